//! Reading `index.json` a piece at a time, fast.
//!
//! The app reads the index into wasm a slice at a time, so that its whole
//! text (29 MB at 50,000 alerts) never sits in wasm memory, which only
//! grows. serde_json's reader for that (`from_reader`) goes byte by byte
//! and counts lines and columns as it goes: at 50,000 alerts it was half
//! of loading the list. This reader finds where each alert of the
//! `alerts` array begins and ends (a scan for braces outside strings),
//! reads each one with serde_json's reader of a string (`from_str`, once
//! its bytes are checked to be UTF-8), and reads the
//! rest of the file (`schema`, `generated`, `withdrawn`) the same way with
//! the array left empty. Memory holds one alert's text at a time, besides
//! that rest (whose `withdrawn` list is short).
//!
//! It only says whether it could: on anything but a well-formed index
//! (broken JSON, an `alerts` that is not an array of objects) the caller
//! reads the whole text with serde_json, which gives the exact error, with
//! its line and column, that the reader is shown.

use super::{Index, IndexEntry};

/// Feed it the file's bytes in order, in pieces of any size, then
/// [`IndexReader::finish`].
#[derive(Debug, Default)]
pub struct IndexReader {
    /// The file without the alerts array's items.
    rest: Vec<u8>,
    /// The alert being read, from its `{`.
    item: Vec<u8>,
    alerts: Vec<IndexEntry>,
    place: Place,
    /// Nesting outside the alerts array: 1 inside the top object.
    depth: u32,
    /// Nesting inside the current alert: 1 inside its braces.
    item_depth: u32,
    in_string: bool,
    escaped: bool,
    /// The top level is an object, so strings right inside it are keys.
    top_is_object: bool,
    /// A key of the top object comes next (after its `{` or a `,` right
    /// inside it): only ever true at depth 1.
    expect_key: bool,
    /// The key being read at depth 1, while it could still be `alerts`.
    key: Vec<u8>,
    /// At depth 1, the value after the key `alerts` comes next.
    alerts_next: bool,
    /// Something other than a well-formed index was seen.
    failed: bool,
}

#[derive(Debug, Default, Clone, Copy, PartialEq)]
enum Place {
    /// Outside the alerts array.
    #[default]
    Rest,
    /// Inside the alerts array, between its items; `item_next` after `[`
    /// or `,`, where an item must come (or `]` right after `[`).
    Between { item_next: bool, first: bool },
    /// Inside one alert.
    Item,
}

const ALERTS_KEY: &[u8] = b"alerts";

impl IndexReader {
    pub fn new() -> IndexReader {
        IndexReader::default()
    }

    /// The next bytes of the file.
    pub fn feed(&mut self, bytes: &[u8]) {
        let mut i = 0;
        while i < bytes.len() && !self.failed {
            match self.place {
                Place::Item => i += self.item_bytes(&bytes[i..]),
                Place::Between { item_next, first } => {
                    self.between(bytes[i], item_next, first);
                    i += 1;
                }
                Place::Rest => {
                    self.rest_byte(bytes[i]);
                    i += 1;
                }
            }
        }
    }

    /// The index, or `None` where the file is not a well-formed index (the
    /// caller then reads it the standard way, for the exact error).
    pub fn finish(mut self) -> Option<Index> {
        // Anything unexpected stops the reading inside the alerts array,
        // so the rest is then never a whole document and fails here.
        let mut index: Index = serde_json::from_str(std::str::from_utf8(&self.rest).ok()?).ok()?;
        // The rest's array was left empty (`[]`), unless its key was
        // spelt with an escape and read there; two `alerts` keys fail
        // above, as a duplicate field.
        if !self.alerts.is_empty() {
            if !index.alerts.is_empty() {
                return None;
            }
            index.alerts = std::mem::take(&mut self.alerts);
        }
        Some(index)
    }

    /// Reads as much of one alert as `bytes` hold; returns how many it
    /// took, copied in one go.
    fn item_bytes(&mut self, bytes: &[u8]) -> usize {
        let mut taken = 0;
        let mut done = false;
        while taken < bytes.len() {
            if self.in_string {
                if self.escaped {
                    self.escaped = false;
                    taken += 1;
                    continue;
                }
                // Most of an alert is text: on to its next quote or
                // backslash at once.
                let Some(k) = memchr::memchr2(b'"', b'\\', &bytes[taken..]) else {
                    taken = bytes.len();
                    break;
                };
                taken += k;
                if bytes[taken] == b'"' {
                    self.in_string = false;
                } else {
                    self.escaped = true;
                }
                taken += 1;
                continue;
            }
            match bytes[taken] {
                b'"' => self.in_string = true,
                b'{' | b'[' => self.item_depth += 1,
                b'}' | b']' => {
                    self.item_depth -= 1;
                    if self.item_depth == 0 {
                        done = true;
                    }
                }
                _ => {}
            }
            taken += 1;
            if done {
                break;
            }
        }
        self.item.extend_from_slice(&bytes[..taken]);
        if done {
            // A `]` closing the item is not an object's end: serde_json
            // says so, and the fallback reports it.
            match std::str::from_utf8(&self.item)
                .map_err(|_| ())
                .and_then(|t| serde_json::from_str::<IndexEntry>(t).map_err(|_| ()))
            {
                Ok(entry) => self.alerts.push(entry),
                Err(_) => self.failed = true,
            }
            self.item.clear();
            self.place = Place::Between {
                item_next: false,
                first: false,
            };
        }
        taken
    }

    fn between(&mut self, b: u8, item_next: bool, first: bool) {
        match b {
            b' ' | b'\t' | b'\n' | b'\r' => {}
            b'{' if item_next => {
                self.item.push(b);
                self.item_depth = 1;
                self.place = Place::Item;
            }
            b',' if !item_next => {
                self.place = Place::Between {
                    item_next: true,
                    first: false,
                }
            }
            b']' if !item_next || first => {
                self.rest.push(b']');
                self.place = Place::Rest;
            }
            // A trailing comma, an item that is not an object.
            _ => self.failed = true,
        }
    }

    fn rest_byte(&mut self, b: u8) {
        self.rest.push(b);
        if self.in_string {
            if self.escaped {
                self.escaped = false;
            } else if b == b'\\' {
                self.escaped = true;
            } else if b == b'"' {
                self.in_string = false;
                if self.expect_key {
                    self.expect_key = false;
                    self.alerts_next = self.key == ALERTS_KEY;
                }
                return;
            }
            // The key as written: one spelt with an escape (`"\u0061lerts"`)
            // is read with the rest, which is only slower.
            if self.key.len() <= ALERTS_KEY.len() {
                self.key.push(b);
            }
            return;
        }
        match b {
            b'"' => {
                self.in_string = true;
                self.key.clear();
            }
            b'[' if self.alerts_next => {
                self.alerts_next = false;
                self.place = Place::Between {
                    item_next: true,
                    first: true,
                };
            }
            b'{' | b'[' => {
                if self.depth == 0 {
                    self.top_is_object = b == b'{';
                    self.expect_key = self.top_is_object;
                }
                self.depth += 1;
                self.alerts_next = false;
            }
            b'}' | b']' => {
                self.depth = self.depth.saturating_sub(1);
                self.alerts_next = false;
            }
            b',' if self.depth == 1 => {
                self.expect_key = self.top_is_object;
                self.alerts_next = false;
            }
            b':' | b' ' | b'\t' | b'\n' | b'\r' => {}
            _ => self.alerts_next = false,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn standard(text: &str) -> Option<Index> {
        serde_json::from_str(text).ok()
    }

    /// The file fed in pieces of every size from 1 byte to the whole:
    /// what each read, and what it held besides the alerts.
    fn in_pieces(text: &str) -> Vec<(Option<Index>, String)> {
        (1..=text.len())
            .map(|size| {
                let mut reader = IndexReader::new();
                for piece in text.as_bytes().chunks(size) {
                    reader.feed(piece);
                }
                let rest = String::from_utf8_lossy(&reader.rest).into_owned();
                (reader.finish(), rest)
            })
            .collect()
    }

    /// Reads `text` as the standard reader does, at every size of piece,
    /// holding no more than `rest` besides the alerts.
    fn reads_as_standard(text: &str, rest: &str) {
        let expected = standard(text).expect("a valid index");
        for (size, (got, held)) in in_pieces(text).into_iter().enumerate() {
            assert_eq!(
                got.as_ref(),
                Some(&expected),
                "pieces of {} bytes",
                size + 1
            );
            assert_eq!(held, rest, "pieces of {} bytes", size + 1);
        }
    }

    fn entry(id: &str, title: &str) -> String {
        format!(
            r#"{{"id":"{id}","title":"{title}","type":"statement","status":"published","published":"2024-01-02","updated":null,"countries":["AM"],"series":null,"language":"en","summary":"s {{ [ ] }}"}}"#
        )
    }

    #[test]
    fn reads_the_same_index_as_the_standard_reader_in_pieces_of_any_size() {
        let text = format!(
            "{{\n  \"schema\": 1,\n  \"generated\": \"2026-01-01T00:00:00Z\",\n  \"alerts\": [\n    {},\n    {} ,{}\n  ],\n  \"withdrawn\": [{}]\n}}\n",
            entry("a", r#"quote \" and brace } in a title"#),
            entry("b", r"back\\slash"),
            entry("c", "\u{0531}\u{0580}"),
            entry("w", "withdrawn"),
        );
        let expected = standard(&text).expect("a valid index");
        assert_eq!(expected.alerts.len(), 3);
        assert_eq!(expected.withdrawn.len(), 1);
        let rest = format!(
            "{{\n  \"schema\": 1,\n  \"generated\": \"2026-01-01T00:00:00Z\",\n  \"alerts\": [],\n  \"withdrawn\": [{}]\n}}\n",
            entry("w", "withdrawn"),
        );
        reads_as_standard(&text, &rest);
    }

    #[test]
    fn reads_an_empty_list_and_keys_in_any_order() {
        for (text, rest) in [
            (
                r#"{"schema":1,"generated":"x","alerts":[]}"#,
                r#"{"schema":1,"generated":"x","alerts":[]}"#,
            ),
            (
                r#"{"alerts" : [ ] , "generated":"x","schema":1}"#,
                r#"{"alerts" : [] , "generated":"x","schema":1}"#,
            ),
            (
                r#"{"withdrawn":[],"generated":"alerts","schema":1,"alerts":[ {"id":"a","title":"t","type":"report","status":"published","published":"2024-01-02","updated":null,"countries":[],"series":null,"language":"en","summary":""} ]}"#,
                r#"{"withdrawn":[],"generated":"alerts","schema":1,"alerts":[]}"#,
            ),
        ] {
            reads_as_standard(text, rest);
        }
    }

    #[test]
    fn an_alerts_key_inside_an_alert_or_as_a_value_is_not_the_list() {
        // "alerts" as a string value at the top, and as a key deeper down
        // (an unknown field in an alert, which serde ignores).
        let nested =
            entry("n", "t").replacen('{', r#"{"x":{"alerts":[1,2]},"y":{"z":0,"alerts":[3]},"#, 1);
        // And deeper down in the rest, after a comma (an unknown field).
        let extra = r#""extra":{"a":1,"alerts":[1]}"#;
        let text = format!(r#"{{{extra},"generated":"alerts","schema":1,"alerts":[{nested}]}}"#);
        assert_eq!(standard(&text).expect("valid").alerts[0].id, "n");
        reads_as_standard(
            &text,
            &format!(r#"{{{extra},"generated":"alerts","schema":1,"alerts":[]}}"#),
        );
    }

    #[test]
    fn anything_the_standard_reader_refuses_is_left_to_it() {
        let one = entry("a", "t");
        let cases = [
            String::new(),
            "[]".to_string(),
            format!(r#"{{"schema":1,"generated":"x","alerts":[{one},]}}"#),
            format!(r#"{{"schema":1,"generated":"x","alerts":[{one}{one}]}}"#),
            format!(r#"{{"schema":1,"generated":"x","alerts":[{one}, 3]}}"#),
            format!(r#"{{"schema":1,"generated":"x","alerts":[{one}"#),
            format!(r#"{{"schema":1,"generated":"x","alerts":[{one}]}} trailing"#),
            format!(r#"{{"schema":1,"generated":"x","alerts":[{one},,{one}]}}"#),
            format!(r#"{{"schema":1,"generated":"x","alerts":[,{one}]}}"#),
            // A `]` where the alert's `}` should be.
            format!(
                r#"{{"schema":1,"generated":"x","alerts":[{}]]}}"#,
                &one[..one.len() - 1]
            ),
            format!(r#"{{"schema":1,"generated":"x","alerts":[{one}"#),
            format!(r#"{{"schema":1,"generated":"x","alerts":[{one}]"#),
            format!(
                r#"{{"schema":1,"generated":"x","alerts":[{}]}}"#,
                one.replace("\"t\"", "\"t")
            ),
            format!(r#"{{"schema":1,"generated":"x","alerts":[{one}],"alerts":[]}}"#),
            format!(r#"{{"schema":1,"alerts":[{one}]}}"#),
            format!(r#"{{"schema":1,"generated":"x","alerts":{{"a":{one}}}}}"#),
            format!(r#"{{"schema":1,"generated":"x","alerts":[{one}]}}"#).replace("AM", "A\u{1}M"),
            r#"{"schema":1,"generated":"x","alerts":[{"id":"a"}]}"#.to_string(),
        ];
        for text in cases {
            assert_eq!(standard(&text), None, "the standard reader refuses {text}");
            for (got, _) in in_pieces(&text) {
                assert_eq!(got, None, "{text}");
            }
        }
    }

    #[test]
    fn an_escaped_key_is_read_with_the_rest_and_is_not_taken_for_another() {
        let one = entry("a", "t");
        let escaped = format!(r#"{{"schema":1,"generated":"x","\u0061lerts":[{one}]}}"#);
        assert_eq!(standard(&escaped).expect("valid").alerts.len(), 1);
        reads_as_standard(&escaped, &escaped);
        let other = format!(r#"{{"schema":1,"generated":"x","\nalerts":[],"alerts":[{one}]}}"#);
        reads_as_standard(
            &other,
            r#"{"schema":1,"generated":"x","\nalerts":[],"alerts":[]}"#,
        );
    }

    #[test]
    fn an_index_of_thousands_reads_as_the_standard_reader_does() {
        let items: Vec<String> = (0..3000).map(|i| entry(&format!("id-{i}"), "t")).collect();
        let text = format!(
            r#"{{"schema":1,"generated":"x","alerts":[{}]}}"#,
            items.join(",\n")
        );
        let mut reader = IndexReader::new();
        for piece in text.as_bytes().chunks(64 * 1024) {
            reader.feed(piece);
        }
        assert_eq!(reader.finish(), standard(&text));
    }
}
