//! A problem found in a file, and the outcome of checking one: every
//! problem at once, errors first, capped so that a damaged file costs no
//! more than a small one. Also what may never reach a terminal raw, since
//! problems quote the file.

use crate::alert::Alert;
use crate::i18n::bidi::is_bidi_control;
use std::borrow::Cow;
use std::fmt;

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Severity {
    Error,
    Warning,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    /// JSON path such as `body[3].text[1].href`; empty for the whole file.
    pub path: String,
    pub message: String,
    pub severity: Severity,
}

/// `path: reason` or `path: warning: reason`, as the publishing tool prints
/// it. Control characters from the file (a key can hold any) are escaped,
/// so a file can never write to the terminal or forge a line of output.
impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let kind = match self.severity {
            Severity::Error => "",
            Severity::Warning => "warning: ",
        };
        let message = escape_controls(&self.message);
        if self.path.is_empty() {
            write!(f, "{kind}{message}")
        } else {
            write!(f, "{}: {kind}{message}", escape_controls(&self.path))
        }
    }
}

/// Characters that must never reach a terminal raw: C0 controls (tab and
/// newline too, which could forge a line), DEL, C1 controls, bidirectional
/// embeddings, overrides and isolates (they reorder what is shown), the
/// invisible marks LRM/RLM/ALM, and the line and paragraph separators.
pub fn is_unsafe_to_print(c: char) -> bool {
    c.is_control()
        || is_bidi_control(c)
        || matches!(
            c,
            '\u{200e}' | '\u{200f}' | '\u{61c}' | '\u{2028}' | '\u{2029}'
        )
}

/// `text` with every character `is_unsafe_to_print` written as `\u{1b}`.
pub fn escape_controls(text: &str) -> Cow<'_, str> {
    if !text.chars().any(is_unsafe_to_print) {
        return Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len() + 16);
    for c in text.chars() {
        if is_unsafe_to_print(c) {
            out.push_str(&format!("\\u{{{:x}}}", c as u32));
        } else {
            out.push(c);
        }
    }
    Cow::Owned(out)
}

/// At most this many problems are listed per file; one more line then
/// says how many were left out. A damaged 2 MB file can hold a million.
pub const MAX_PROBLEMS_PER_FILE: usize = 200;

/// The outcome of checking one file.
#[derive(Debug, Clone, PartialEq)]
pub struct Checked {
    /// Present when the file can be rendered, even if it has problems.
    pub alert: Option<Alert>,
    /// Errors first, then warnings, each in the order found. At most
    /// `MAX_PROBLEMS_PER_FILE`, then one last problem, "and N more problems
    /// not listed (…)", which is an error when any left out is one.
    pub problems: Vec<Problem>,
    /// Problems left out of `problems`: (errors, warnings).
    omitted: (usize, usize),
}

impl Checked {
    /// A result with these problems, errors first and capped.
    pub fn new(alert: Option<Alert>, problems: Vec<Problem>) -> Checked {
        Checked::capped(alert, problems, (0, 0))
    }

    /// True when any problem, listed or not, is an error.
    pub fn has_errors(&self) -> bool {
        self.omitted.0 > 0 || self.problems.iter().any(|p| p.severity == Severity::Error)
    }

    /// How many errors and warnings there are, the ones left out included
    /// (the "and N more" line is not counted).
    pub fn counts(&self) -> (usize, usize) {
        counts(&self.problems, self.omitted)
    }

    /// Adds problems found later (the checks against other files), keeping
    /// the order and the cap.
    pub fn add_problems(&mut self, more: impl IntoIterator<Item = Problem>) {
        let listed = self.listed();
        self.problems.truncate(listed);
        let problems = std::mem::take(&mut self.problems)
            .into_iter()
            .chain(more)
            .collect();
        *self = Checked::capped(self.alert.take(), problems, self.omitted);
    }

    pub(super) fn capped(
        alert: Option<Alert>,
        problems: Vec<Problem>,
        omitted: (usize, usize),
    ) -> Checked {
        let (problems, omitted) = cap(problems, omitted);
        Checked {
            alert,
            problems,
            omitted,
        }
    }

    /// How many of `problems` are real ones (not the "and N more" line).
    fn listed(&self) -> usize {
        listed(&self.problems, self.omitted)
    }
}

/// Errors first, at most `MAX_PROBLEMS_PER_FILE` listed, then the
/// "and N more" line when any were left out (`omitted` already were).
/// Returns the list and how many were left out in all.
pub(super) fn cap(
    problems: Vec<Problem>,
    omitted: (usize, usize),
) -> (Vec<Problem>, (usize, usize)) {
    let (mut errors, mut warnings): (Vec<Problem>, Vec<Problem>) = problems
        .into_iter()
        .partition(|p| p.severity == Severity::Error);
    let (mut e, mut w) = omitted;
    if errors.len() > MAX_PROBLEMS_PER_FILE {
        e += errors.len() - MAX_PROBLEMS_PER_FILE;
        errors.truncate(MAX_PROBLEMS_PER_FILE);
    }
    let room = MAX_PROBLEMS_PER_FILE - errors.len();
    if warnings.len() > room {
        w += warnings.len() - room;
        warnings.truncate(room);
    }
    errors.append(&mut warnings);
    let mut problems = errors;
    if e + w > 0 {
        let n = e + w;
        let noun = if n == 1 { "problem" } else { "problems" };
        // Only the kinds there are: "(3 warnings)", not "(0 errors, 3 warnings)".
        let kinds: Vec<String> = [(e, "error"), (w, "warning")]
            .into_iter()
            .filter(|(k, _)| *k > 0)
            .map(|(k, word)| format!("{k} {word}{}", plural(k)))
            .collect();
        problems.push(Problem {
            path: String::new(),
            message: format!(
                "and {n} more {noun} not listed ({}): fix the ones above and check again",
                kinds.join(", ")
            ),
            severity: if e > 0 {
                Severity::Error
            } else {
                Severity::Warning
            },
        });
    }
    (problems, (e, w))
}

fn listed(problems: &[Problem], omitted: (usize, usize)) -> usize {
    problems.len() - usize::from(omitted.0 + omitted.1 > 0)
}

pub(super) fn counts(problems: &[Problem], omitted: (usize, usize)) -> (usize, usize) {
    let listed = &problems[..listed(problems, omitted)];
    let errors = listed
        .iter()
        .filter(|p| p.severity == Severity::Error)
        .count();
    (errors + omitted.0, listed.len() - errors + omitted.1)
}

fn plural(n: usize) -> &'static str {
    if n == 1 {
        ""
    } else {
        "s"
    }
}

/// Bytes that are not UTF-8 at `at`, said as [`syntax_problem`] says
/// where JSON breaks (lines and columns counted in bytes, from 1).
pub fn encoding_problem(text: &[u8], at: usize) -> Problem {
    let before = &text[..at.min(text.len())];
    let line_start = before
        .iter()
        .rposition(|&b| b == b'\n')
        .map_or(0, |p| p + 1);
    let line = before.iter().filter(|&&b| b == b'\n').count() + 1;
    let column = before.len() - line_start + 1;
    Problem {
        path: String::new(),
        message: format!("not valid JSON: line {line}, column {column}: the text is not UTF-8"),
        severity: Severity::Error,
    }
}

/// A JSON syntax error, with the line and column staff need to find it.
pub fn syntax_problem(e: &serde_json::Error) -> Problem {
    // serde_json appends " at line L column C"; we say it first instead.
    let full = e.to_string();
    let reason = full
        .rsplit_once(" at line ")
        .map_or(full.as_str(), |(r, _)| r);
    Problem {
        path: String::new(),
        message: format!(
            "not valid JSON: line {}, column {}: {reason}",
            e.line(),
            e.column()
        ),
        severity: Severity::Error,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn text_that_is_not_utf8_is_placed_as_a_syntax_error_is() {
        let text = b"{\n  \"title\": \"caf\xe9\"\n}";
        let at = text.iter().position(|&b| b == 0xe9).unwrap();
        assert_eq!(
            encoding_problem(text, at).message,
            "not valid JSON: line 2, column 16: the text is not UTF-8"
        );
        assert!(encoding_problem(b"\xff", 0)
            .message
            .contains("line 1, column 1:"));
    }
}
