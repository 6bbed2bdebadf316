//! Keys given twice in one JSON object. `serde_json::Value` silently keeps
//! the last one, so `"status": "draft"` followed by `"status": "published"`
//! would publish the file. This pass finds every such key, at any depth,
//! with the line (and column) of each occurrence.
//!
//! A plain scan of the text: no recursion, no filesystem, so it runs in the
//! browser's preview as well as in the publishing tool. It expects text
//! that `serde_json` has already parsed; on anything else it stops quietly.

use super::problem::{Problem, Severity};
use crate::alert::sort::sort_by;
use std::collections::HashMap;

/// Where a key starts: its 1-based line, the byte offsets of that line and
/// of the key, and its 1-based column in characters. The column is counted
/// only for keys that repeat (`with_column`): counting it for every key
/// would make a long single-line file quadratic.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
struct Pos {
    line: usize,
    line_start: usize,
    start: usize,
    column: usize,
}

impl Pos {
    fn with_column(self, text: &str) -> Pos {
        let column = text
            .get(self.line_start..self.start)
            .map_or(0, |s| s.chars().count())
            + 1;
        Pos { column, ..self }
    }
}

enum Frame {
    Object {
        path: String,
        /// Each key with where it appears, in order.
        keys: HashMap<String, Vec<Pos>>,
        expect_key: bool,
        current: String,
    },
    Array {
        path: String,
        index: usize,
    },
}

/// One problem per key that appears more than once in the same object,
/// in the order of the keys' first appearance.
pub fn duplicate_keys(text: &str) -> Vec<Problem> {
    let mut found: Vec<(Pos, String, String, Vec<Pos>)> = Vec::new();
    let mut stack: Vec<Frame> = Vec::new();
    let bytes = text.as_bytes();
    let mut i = 0;
    let mut line = 1;
    let mut line_start = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'\n' => {
                line += 1;
                line_start = i + 1;
                i += 1;
            }
            b'{' | b'[' => {
                let path = child_path(&stack);
                stack.push(if bytes[i] == b'{' {
                    Frame::Object {
                        path,
                        keys: HashMap::new(),
                        expect_key: true,
                        current: String::new(),
                    }
                } else {
                    Frame::Array { path, index: 0 }
                });
                i += 1;
            }
            b'}' | b']' => {
                if let Some(Frame::Object { path, keys, .. }) = stack.pop() {
                    for (key, at) in keys {
                        if at.len() > 1 {
                            found.push((at[0], join(&path, &key), key, at));
                        }
                    }
                }
                i += 1;
            }
            b',' => {
                match stack.last_mut() {
                    Some(Frame::Object { expect_key, .. }) => *expect_key = true,
                    Some(Frame::Array { index, .. }) => *index += 1,
                    None => {}
                }
                i += 1;
            }
            b'"' => {
                let start = i;
                let Some(end) = string_end(bytes, start) else {
                    break;
                };
                i = end + 1;
                if let Some(Frame::Object {
                    keys,
                    expect_key,
                    current,
                    ..
                }) = stack.last_mut()
                {
                    if *expect_key {
                        *expect_key = false;
                        let raw = &text[start..=end];
                        let key = if raw.contains('\\') {
                            serde_json::from_str::<String>(raw)
                                .unwrap_or_else(|_| raw[1..raw.len() - 1].to_string())
                        } else {
                            raw[1..raw.len() - 1].to_string()
                        };
                        let pos = Pos {
                            line,
                            line_start,
                            start,
                            column: 0,
                        };
                        keys.entry(key.clone()).or_default().push(pos);
                        *current = key;
                    }
                }
            }
            _ => i += 1,
        }
    }
    sort_by(&mut found, |a, b| a.0.cmp(&b.0));
    found
        .into_iter()
        .map(|(_, path, key, at)| {
            let at: Vec<Pos> = at.into_iter().map(|p| p.with_column(text)).collect();
            Problem {
                path,
                message: message(&key, &at),
                severity: Severity::Error,
            }
        })
        .collect()
}

/// The index of the closing quote of the string that opens at `start`.
fn string_end(bytes: &[u8], start: usize) -> Option<usize> {
    let mut j = start + 1;
    while j < bytes.len() {
        match bytes[j] {
            b'\\' => j += 2,
            b'"' => return Some(j),
            _ => j += 1,
        }
    }
    None
}

/// The JSON path of the value about to start, in the validator's notation.
fn child_path(stack: &[Frame]) -> String {
    match stack.last() {
        None => String::new(),
        Some(Frame::Object { path, current, .. }) => join(path, current),
        Some(Frame::Array { path, index }) => format!("{path}[{index}]"),
    }
}

fn join(path: &str, key: &str) -> String {
    if path.is_empty() {
        key.to_string()
    } else {
        format!("{path}.{key}")
    }
}

/// `the key "status" appears twice (lines 3 and 7); remove one`.
fn message(key: &str, at: &[Pos]) -> String {
    let times = match at.len() {
        2 => "twice".to_string(),
        n => format!("{n} times"),
    };
    let first_line = at[0].line;
    let where_ = if at.iter().all(|p| p.line == first_line) {
        let columns: Vec<String> = at.iter().map(|p| p.column.to_string()).collect();
        let all = if at.len() == 2 { "both" } else { "all" };
        format!(
            "{all} on line {first_line}, at columns {}",
            and_list(&columns)
        )
    } else {
        let mut lines: Vec<usize> = at.iter().map(|p| p.line).collect();
        lines.dedup();
        if lines.len() == at.len() {
            let lines: Vec<String> = lines.iter().map(usize::to_string).collect();
            format!("lines {}", and_list(&lines))
        } else {
            let places: Vec<String> = at
                .iter()
                .map(|p| format!("line {} column {}", p.line, p.column))
                .collect();
            and_list(&places)
        }
    };
    let fix = if at.len() == 2 {
        "remove one"
    } else {
        "keep one"
    };
    format!("the key {key:?} appears {times} ({where_}); {fix}")
}

/// `a, b and c`.
fn and_list(items: &[String]) -> String {
    match items {
        [] => String::new(),
        [one] => one.clone(),
        [rest @ .., last] => format!("{} and {last}", rest.join(", ")),
    }
}

#[cfg(test)]
mod tests {
    use super::duplicate_keys;

    fn found(text: &str) -> Vec<String> {
        duplicate_keys(text).iter().map(|p| p.to_string()).collect()
    }

    #[test]
    fn a_repeated_key_is_found_in_the_array_element_it_is_in() {
        assert_eq!(
            found(r#"{"body": [{"a": 1}, {"b": 1}, {"c": 1, "c": 2}]}"#),
            ["body[2].c: the key \"c\" appears twice (both on line 1, at columns 32 and 40); remove one"]
        );
    }

    #[test]
    fn escaped_quotes_belong_to_the_key() {
        assert_eq!(
            found(r#"{"a\"b": 1, "a\"b": 2, "a": 3}"#),
            ["a\"b: the key \"a\\\"b\" appears twice (both on line 1, at columns 2 and 13); remove one"]
        );
    }
}
