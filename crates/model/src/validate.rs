//! Checks one alert file and lists every problem at once, each with the JSON
//! path it concerns and a plain-language reason. The publishing tool, the
//! reader and the draft preview all call this one function.
//!
//! It walks a `serde_json::Value` by hand instead of deriving `Deserialize`,
//! because derived deserialisation stops at the first problem and staff need
//! to see all of them.

use crate::alert::{
    link_scheme, link_scheme_allowed, Alert, AlertType, Block, Links, Mark, Series, Span, Status,
    SCHEMA_VERSION,
};
use crate::countries::is_known_country;
use crate::date::Date;
use serde_json::{Map, Value};

mod site;
pub use site::{check_site_text, is_plausible_email, CheckedSite};
use std::borrow::Cow;
use std::collections::BTreeMap;
use std::fmt;

pub const MAX_ID_CHARS: usize = 120;
pub const MAX_TITLE_CHARS: usize = 300;
pub const MAX_SUMMARY_CHARS: usize = 500;
/// One point of `changes`: a line, not a paragraph.
pub const MAX_CHANGE_CHARS: usize = 300;

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

/// Bidirectional embeddings, overrides and isolates: U+202A–U+202E and
/// U+2066–U+2069.
pub fn is_bidi_control(c: char) -> bool {
    matches!(c, '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}')
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

fn bidi_name(c: char) -> &'static str {
    match c {
        '\u{202a}' => "left-to-right embedding",
        '\u{202b}' => "right-to-left embedding",
        '\u{202c}' => "pop directional formatting",
        '\u{202d}' => "left-to-right override",
        '\u{202e}' => "right-to-left override",
        '\u{2066}' => "left-to-right isolate",
        '\u{2067}' => "right-to-left isolate",
        '\u{2068}' => "first strong isolate",
        _ => "pop directional isolate",
    }
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

    fn capped(alert: Option<Alert>, problems: Vec<Problem>, omitted: (usize, usize)) -> Checked {
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
fn cap(problems: Vec<Problem>, omitted: (usize, usize)) -> (Vec<Problem>, (usize, usize)) {
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

fn counts(problems: &[Problem], omitted: (usize, usize)) -> (usize, usize) {
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

/// Parses and checks the text of one alert file. The publishing tool, the
/// reader and the draft preview all call this.
pub fn check_alert_text(text: &str) -> Checked {
    match serde_json::from_str::<Value>(text) {
        Ok(value) => {
            // serde_json kept the last of each repeated key: say so first.
            let mut c = Checker::default();
            for p in crate::json_keys::duplicate_keys(text) {
                c.push_problem(p);
            }
            let alert = c.alert(&value);
            c.finish(alert)
        }
        Err(e) => Checked::new(None, vec![syntax_problem(&e)]),
    }
}

/// `check_alert_text` without the scan for repeated keys: for the reader,
/// whose files the publishing tool checked at build (repeated keys
/// included). Every other check is the same; leaving the scan out keeps it
/// out of what every reader downloads.
pub fn check_published_alert_text(text: &str) -> Checked {
    match serde_json::from_str::<Value>(text) {
        Ok(value) => {
            let mut c = Checker::default();
            let alert = c.alert(&value);
            c.finish(alert)
        }
        Err(e) => Checked::new(None, vec![syntax_problem(&e)]),
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

/// Is this a valid alert or series id: `[a-z0-9]+(-[a-z0-9]+)*`?
pub fn is_valid_id(id: &str) -> bool {
    !id.is_empty()
        && id.len() <= MAX_ID_CHARS
        && id.split('-').all(|part| {
            !part.is_empty() && part.bytes().all(|b| matches!(b, b'a'..=b'z' | b'0'..=b'9'))
        })
}

/// A BCP 47 tag's shape: `en`, `hy`, `ar`, `pt-BR`, `zh-Hant-TW`.
pub fn is_valid_language_tag(tag: &str) -> bool {
    let mut parts = tag.split('-');
    let primary_ok = parts
        .next()
        .is_some_and(|p| (2..=3).contains(&p.len()) && p.bytes().all(|b| b.is_ascii_alphabetic()));
    primary_ok
        && parts.all(|p| (1..=8).contains(&p.len()) && p.bytes().all(|b| b.is_ascii_alphanumeric()))
}

const ALERT_FIELDS: &[&str] = &[
    "schema",
    "id",
    "title",
    "type",
    "status",
    "published",
    "updated",
    "countries",
    "series",
    "language",
    "translations",
    "summary",
    "changes",
    "body",
    "tags",
    "links",
    // The JSON Schema an editor checks the file against (docs/api.md).
    "$schema",
];

/// Collects problems. It keeps at most `MAX_PROBLEMS_PER_FILE` of each
/// severity and only counts the rest, so a huge damaged file costs no more
/// memory than a small one.
#[derive(Default)]
pub(crate) struct Checker {
    errors: Vec<Problem>,
    warnings: Vec<Problem>,
    omitted: (usize, usize),
}

impl Checker {
    pub(crate) fn push_problem(&mut self, p: Problem) {
        let (kept, omitted) = match p.severity {
            Severity::Error => (&mut self.errors, &mut self.omitted.0),
            Severity::Warning => (&mut self.warnings, &mut self.omitted.1),
        };
        if kept.len() < MAX_PROBLEMS_PER_FILE {
            kept.push(p);
        } else {
            *omitted += 1;
        }
    }

    pub(crate) fn finish(mut self, alert: Option<Alert>) -> Checked {
        self.errors.append(&mut self.warnings);
        Checked::capped(alert, self.errors, self.omitted)
    }

    fn error(&mut self, path: &str, message: impl Into<String>) {
        self.push(path, message.into(), Severity::Error);
    }

    fn warn(&mut self, path: &str, message: impl Into<String>) {
        self.push(path, message.into(), Severity::Warning);
    }

    fn push(&mut self, path: &str, message: String, severity: Severity) {
        self.push_problem(Problem {
            path: path.to_string(),
            message,
            severity,
        });
    }

    /// Returns the alert when it can be rendered; records every problem.
    fn alert(&mut self, value: &Value) -> Option<Alert> {
        let Some(obj) = value.as_object() else {
            self.error(
                "",
                format!("an alert must be a JSON object, not {}", describe(value)),
            );
            return None;
        };
        for key in obj.keys() {
            if !ALERT_FIELDS.contains(&key.as_str()) {
                self.warn(key, format!("unknown field {key:?} is ignored"));
            }
        }
        let schema_ok = self.schema(obj);
        let id = self.id(obj);
        let title = self.title(obj);
        let kind = self.kind(obj);
        let status = self.status(obj);
        let published = self.required_date(obj, "published");
        let updated = self.updated(obj, published.as_ref());
        let countries = self.countries(obj);
        let series = self.series(obj);
        let language = self.language(obj);
        let translations = self.translations(obj, &language);
        let summary = self.summary(obj);
        let changes = self.changes(obj, series.as_ref());
        let body = self.body(obj);
        let tags = self.tags(obj);
        let links = self.links(obj);

        // Without these there is nothing sensible to render.
        if !schema_ok {
            return None;
        }
        Some(Alert {
            schema: SCHEMA_VERSION,
            id: id?,
            title: title?,
            kind: kind?,
            status: status.unwrap_or(Status::Draft),
            published: published?,
            updated,
            countries,
            series,
            language,
            translations,
            summary,
            changes,
            body: body?,
            tags,
            links,
        })
    }

    fn required<'v>(&mut self, obj: &'v Map<String, Value>, key: &str) -> Option<&'v Value> {
        match obj.get(key) {
            None => {
                self.error(key, "is missing");
                None
            }
            Some(v) => Some(v),
        }
    }

    fn required_str<'v>(&mut self, obj: &'v Map<String, Value>, key: &str) -> Option<&'v str> {
        let v = self.required(obj, key)?;
        self.string(key, v)
    }

    /// Text readers see: control characters other than tab and newline
    /// are errors (they show as nothing or as boxes, and NUL cuts strings
    /// short elsewhere); bidirectional controls are warnings (they can show
    /// the words in another order than they are written).
    fn text_chars(&mut self, path: &str, text: &str) {
        let mut control = (0, None);
        let mut bidi = (0, None);
        for (i, c) in text.chars().enumerate() {
            if c.is_control() && !matches!(c, '\t' | '\n') {
                control.0 += 1;
                control.1.get_or_insert((i + 1, c));
            } else if is_bidi_control(c) {
                bidi.0 += 1;
                bidi.1.get_or_insert((i + 1, c));
            }
        }
        if let (n, Some((at, c))) = control {
            let code = format!("U+{:04X}", c as u32);
            self.error(
                path,
                if n == 1 {
                    format!("contains the control character {code} at character {at}; remove it")
                } else {
                    format!("contains {n} control characters (the first is {code}, at character {at}); remove them")
                },
            );
        }
        if let (n, Some((at, c))) = bidi {
            let what = format!("U+{:04X} {}", c as u32, bidi_name(c));
            self.warn(
                path,
                if n == 1 {
                    format!("contains a bidirectional control character ({what}) at character {at}: it can show the text in another order than it is written; remove it unless the text needs it")
                } else {
                    format!("contains {n} bidirectional control characters (the first is {what}, at character {at}): they can show the text in another order than it is written; remove them unless the text needs them")
                },
            );
        }
    }

    /// A string that readers see as text.
    fn text<'v>(&mut self, path: &str, v: &'v Value) -> Option<&'v str> {
        let s = self.string(path, v)?;
        self.text_chars(path, s);
        Some(s)
    }

    fn string<'v>(&mut self, path: &str, v: &'v Value) -> Option<&'v str> {
        match v.as_str() {
            Some(s) => Some(s),
            None => {
                self.error(path, format!("must be text, not {}", describe(v)));
                None
            }
        }
    }

    fn schema(&mut self, obj: &Map<String, Value>) -> bool {
        let Some(v) = self.required(obj, "schema") else {
            return false;
        };
        match v.as_u64() {
            Some(SCHEMA_VERSION) => true,
            Some(n) if n > SCHEMA_VERSION => {
                self.error(
                    "schema",
                    format!(
                        "schema {n} is newer than this reader understands (it reads schema {SCHEMA_VERSION}); update the reader"
                    ),
                );
                false
            }
            _ => {
                self.error("schema", format!("must be {SCHEMA_VERSION}, not {v}"));
                false
            }
        }
    }

    fn id(&mut self, obj: &Map<String, Value>) -> Option<String> {
        let id = self.required_str(obj, "id")?;
        if id.chars().count() > MAX_ID_CHARS {
            self.error("id", format!("is longer than {MAX_ID_CHARS} characters"));
        } else if !is_valid_id(id) {
            self.error(
                "id",
                format!("{id:?} must be lower-case letters and digits in words joined by single hyphens, like \"azerbaijan-red-flag-update-3\""),
            );
        }
        Some(id.to_string())
    }

    fn title(&mut self, obj: &Map<String, Value>) -> Option<String> {
        let title = self.required_str(obj, "title")?;
        self.text_chars("title", title);
        let n = title.chars().count();
        if title.trim().is_empty() {
            self.error("title", "is empty");
            return None;
        }
        if n > MAX_TITLE_CHARS {
            self.error(
                "title",
                format!("has {n} characters; at most {MAX_TITLE_CHARS} are allowed"),
            );
        }
        Some(title.to_string())
    }

    fn kind(&mut self, obj: &Map<String, Value>) -> Option<AlertType> {
        let key = self.required_str(obj, "type")?;
        let kind = AlertType::from_key(key);
        if kind.is_none() {
            let known: Vec<&str> = AlertType::ALL.iter().map(|t| t.key()).collect();
            self.error(
                "type",
                format!("unknown type {key:?}; use one of {}", known.join(", ")),
            );
        }
        kind
    }

    fn status(&mut self, obj: &Map<String, Value>) -> Option<Status> {
        let key = self.required_str(obj, "status")?;
        let status = Status::from_key(key);
        if status.is_none() {
            self.error(
                "status",
                format!("unknown status {key:?}; use published, draft or withdrawn"),
            );
        }
        status
    }

    fn date(&mut self, path: &str, v: &Value) -> Option<Date> {
        let text = self.string(path, v)?;
        match Date::parse(text) {
            Ok(d) => Some(d),
            Err(why) => {
                self.error(path, format!("bad date: {why}"));
                None
            }
        }
    }

    fn required_date(&mut self, obj: &Map<String, Value>, key: &str) -> Option<Date> {
        let v = self.required(obj, key)?;
        self.date(key, v)
    }

    fn updated(&mut self, obj: &Map<String, Value>, published: Option<&Date>) -> Option<Date> {
        let v = obj.get("updated").filter(|v| !v.is_null())?;
        let updated = self.date("updated", v)?;
        if let Some(published) = published {
            if updated < *published {
                self.error(
                    "updated",
                    format!("{updated} is before the publication date {published}"),
                );
            }
        }
        Some(updated)
    }

    fn countries(&mut self, obj: &Map<String, Value>) -> Vec<String> {
        let Some(v) = self.required(obj, "countries") else {
            return Vec::new();
        };
        let Some(items) = v.as_array() else {
            self.error(
                "countries",
                format!("must be a list of country codes, not {}", describe(v)),
            );
            return Vec::new();
        };
        if items.is_empty() {
            self.error(
                "countries",
                "must name at least one country (the first is the primary one)",
            );
        }
        let mut codes: Vec<String> = Vec::new();
        for (i, item) in items.iter().enumerate() {
            let path = format!("countries[{i}]");
            let Some(code) = self.string(&path, item) else {
                continue;
            };
            if is_known_country(code) {
                if codes.iter().any(|c| c == code) {
                    self.warn(&path, format!("{code} is listed twice"));
                    continue;
                }
            } else if is_known_country(&code.to_ascii_uppercase()) {
                self.error(
                    &path,
                    format!(
                        "country codes are upper case: write {:?}",
                        code.to_ascii_uppercase()
                    ),
                );
            } else {
                self.error(
                    &path,
                    format!("unknown country code {code:?} (ISO 3166-1 alpha-2, like \"AZ\")"),
                );
            }
            codes.push(code.to_string());
        }
        codes
    }

    fn series(&mut self, obj: &Map<String, Value>) -> Option<Series> {
        let v = obj.get("series").filter(|v| !v.is_null())?;
        let Some(s) = v.as_object() else {
            self.error(
                "series",
                format!("must be an object with id and number, not {}", describe(v)),
            );
            return None;
        };
        let id = match s.get("id") {
            None => {
                self.error("series.id", "is missing");
                None
            }
            Some(v) => self.string("series.id", v).map(str::to_string),
        };
        if let Some(id) = &id {
            if !is_valid_id(id) {
                self.error(
                    "series.id",
                    format!("{id:?} must be lower-case words joined by hyphens"),
                );
            }
        }
        let number = match s.get("number") {
            None => {
                self.error(
                    "series.number",
                    "is missing (0 for the original alert, 1, 2, 3… for updates)",
                );
                None
            }
            Some(v) => match v.as_u64().and_then(|n| u32::try_from(n).ok()) {
                Some(n) => Some(n),
                None => {
                    self.error(
                        "series.number",
                        format!("must be a whole number 0 or more, not {v}"),
                    );
                    None
                }
            },
        };
        Some(Series {
            id: id?,
            number: number?,
        })
    }

    fn language(&mut self, obj: &Map<String, Value>) -> String {
        let Some(tag) = self.required_str(obj, "language") else {
            return "en".to_string();
        };
        if !is_valid_language_tag(tag) {
            self.error(
                "language",
                format!("{tag:?} is not a language tag like \"en\" or \"ar\""),
            );
        }
        tag.to_string()
    }

    fn translations(
        &mut self,
        obj: &Map<String, Value>,
        language: &str,
    ) -> BTreeMap<String, String> {
        let mut out = BTreeMap::new();
        let Some(v) = obj.get("translations").filter(|v| !v.is_null()) else {
            return out;
        };
        let Some(map) = v.as_object() else {
            self.error(
                "translations",
                format!("must map language tags to alert ids, not {}", describe(v)),
            );
            return out;
        };
        for (lang, target) in map {
            let path = format!("translations.{lang}");
            if !is_valid_language_tag(lang) {
                self.error(&path, format!("{lang:?} is not a language tag"));
            }
            if lang == language {
                self.warn(&path, "names the alert's own language");
            }
            let Some(target) = self.string(&path, target) else {
                continue;
            };
            if !is_valid_id(target) {
                self.error(&path, format!("{target:?} is not a valid alert id"));
            }
            out.insert(lang.clone(), target.to_string());
        }
        out
    }

    fn summary(&mut self, obj: &Map<String, Value>) -> String {
        let Some(summary) = self.required_str(obj, "summary") else {
            return String::new();
        };
        self.text_chars("summary", summary);
        let n = summary.chars().count();
        if n > MAX_SUMMARY_CHARS {
            self.error(
                "summary",
                format!("has {n} characters; at most {MAX_SUMMARY_CHARS} are allowed"),
            );
        }
        if summary.trim().is_empty() {
            self.warn(
                "summary",
                "is empty: lists and link previews will show no summary",
            );
        }
        summary.to_string()
    }

    /// `changes`: short plain-text points, each checked like the summary.
    /// Only an update has an earlier alert to change from.
    fn changes(&mut self, obj: &Map<String, Value>, series: Option<&Series>) -> Vec<String> {
        let Some(v) = obj.get("changes").filter(|v| !v.is_null()) else {
            return Vec::new();
        };
        let Some(items) = v.as_array() else {
            self.error(
                "changes",
                format!("must be a list of short texts, not {}", describe(v)),
            );
            return Vec::new();
        };
        if !items.is_empty() && series.is_none_or(|s| s.number == 0) {
            self.warn(
                "changes",
                "only an update (series number 1 or more) shows what changed; ignored here",
            );
        }
        let mut out = Vec::new();
        for (i, item) in items.iter().enumerate() {
            let path = format!("changes[{i}]");
            let Some(text) = self.text(&path, item) else {
                continue;
            };
            let n = text.chars().count();
            if n > MAX_CHANGE_CHARS {
                self.error(
                    &path,
                    format!("has {n} characters; at most {MAX_CHANGE_CHARS} are allowed"),
                );
            }
            if text.trim().is_empty() {
                self.warn(&path, "is empty and is left out");
                continue;
            }
            out.push(text.to_string());
        }
        out
    }

    fn body(&mut self, obj: &Map<String, Value>) -> Option<Vec<Block>> {
        let v = self.required(obj, "body")?;
        let Some(blocks) = v.as_array() else {
            self.error(
                "body",
                format!("must be a list of blocks, not {}", describe(v)),
            );
            return None;
        };
        if blocks.is_empty() {
            self.warn("body", "has no blocks: the alert will show only its title");
        }
        Some(
            blocks
                .iter()
                .enumerate()
                .filter_map(|(i, b)| self.block(&format!("body[{i}]"), b))
                .collect(),
        )
    }

    fn block(&mut self, path: &str, v: &Value) -> Option<Block> {
        let Some(b) = v.as_object() else {
            self.error(
                path,
                format!("a block must be an object, not {}", describe(v)),
            );
            return None;
        };
        let type_path = format!("{path}.type");
        let Some(kind) = b.get("type") else {
            self.error(&type_path, "is missing (paragraph, heading, quote or list)");
            return None;
        };
        let kind = self.string(&type_path, kind)?;
        let known: &[&str] = match kind {
            "paragraph" => &["type", "text"],
            "heading" => &["type", "text", "level"],
            "quote" => &["type", "text", "cite"],
            "list" => &["type", "ordered", "items"],
            other => {
                self.error(
                    &type_path,
                    format!("unknown block type {other:?}; use paragraph, heading, quote or list"),
                );
                return None;
            }
        };
        for key in b.keys() {
            if !known.contains(&key.as_str()) {
                self.warn(
                    &format!("{path}.{key}"),
                    format!("unknown field {key:?} in a {kind} is ignored"),
                );
            }
        }
        match kind {
            "paragraph" => Some(Block::Paragraph {
                text: self.spans_field(path, b)?,
            }),
            "heading" => {
                let level = match b.get("level") {
                    None => 2,
                    Some(v) => {
                        match v.as_u64() {
                            Some(n @ 2..=4) => n as u8,
                            _ => {
                                self.error(
                                &format!("{path}.level"),
                                format!("must be 2, 3 or 4 (the title is the only level 1), not {v}"),
                            );
                                2
                            }
                        }
                    }
                };
                Some(Block::Heading {
                    level,
                    text: self.spans_field(path, b)?,
                })
            }
            "quote" => {
                let cite = match b.get("cite").filter(|v| !v.is_null()) {
                    None => None,
                    Some(v) => self.text(&format!("{path}.cite"), v).map(str::to_string),
                };
                Some(Block::Quote {
                    text: self.spans_field(path, b)?,
                    cite,
                })
            }
            _ => self.list(path, b),
        }
    }

    fn list(&mut self, path: &str, b: &Map<String, Value>) -> Option<Block> {
        let ordered = match b.get("ordered") {
            None => false,
            Some(Value::Bool(o)) => *o,
            Some(v) => {
                self.error(
                    &format!("{path}.ordered"),
                    format!("must be true or false, not {v}"),
                );
                false
            }
        };
        let items_path = format!("{path}.items");
        let Some(items) = b.get("items") else {
            self.error(&items_path, "is missing");
            return None;
        };
        let Some(items) = items.as_array() else {
            self.error(
                &items_path,
                format!("must be a list of items, not {}", describe(items)),
            );
            return None;
        };
        let items = items
            .iter()
            .enumerate()
            .filter_map(|(i, item)| self.spans(&format!("{items_path}[{i}]"), item))
            .collect();
        Some(Block::List { ordered, items })
    }

    fn spans_field(&mut self, path: &str, b: &Map<String, Value>) -> Option<Vec<Span>> {
        let text_path = format!("{path}.text");
        match b.get("text") {
            None => {
                self.error(&text_path, "is missing");
                None
            }
            Some(v) => self.spans(&text_path, v),
        }
    }

    /// Text is a list of spans; a bare string is accepted as one span.
    fn spans(&mut self, path: &str, v: &Value) -> Option<Vec<Span>> {
        match v {
            Value::String(s) => {
                self.text_chars(path, s);
                Some(vec![Span::plain(s.as_str())])
            }
            Value::Array(items) => Some(
                items
                    .iter()
                    .enumerate()
                    .filter_map(|(i, s)| self.span(&format!("{path}[{i}]"), s))
                    .collect(),
            ),
            other => {
                self.error(
                    path,
                    format!("must be a list of text spans, not {}", describe(other)),
                );
                None
            }
        }
    }

    fn span(&mut self, path: &str, v: &Value) -> Option<Span> {
        let obj = match v {
            Value::String(s) => {
                self.text_chars(path, s);
                return Some(Span::plain(s.as_str()));
            }
            Value::Object(obj) => obj,
            other => {
                self.error(
                    path,
                    format!(
                        "a span must be text or an object with \"text\", not {}",
                        describe(other)
                    ),
                );
                return None;
            }
        };
        for key in obj.keys() {
            if !matches!(key.as_str(), "text" | "marks" | "href") {
                self.warn(
                    &format!("{path}.{key}"),
                    format!("unknown field {key:?} in a span is ignored"),
                );
            }
        }
        let text_path = format!("{path}.text");
        let text = match obj.get("text") {
            None => {
                self.error(&text_path, "is missing");
                return None;
            }
            Some(t) => self.text(&text_path, t)?.to_string(),
        };
        let marks = self.marks(path, obj.get("marks"));
        let href = obj
            .get("href")
            .filter(|h| !h.is_null())
            .and_then(|h| self.href(&format!("{path}.href"), h));
        Some(Span { text, marks, href })
    }

    fn marks(&mut self, path: &str, v: Option<&Value>) -> Vec<Mark> {
        let Some(v) = v.filter(|v| !v.is_null()) else {
            return Vec::new();
        };
        let marks_path = format!("{path}.marks");
        let Some(items) = v.as_array() else {
            self.error(
                &marks_path,
                format!("must be a list like [\"strong\"], not {}", describe(v)),
            );
            return Vec::new();
        };
        let mut marks = Vec::new();
        for (i, item) in items.iter().enumerate() {
            match item.as_str() {
                Some("strong") => marks.push(Mark::Strong),
                Some("em") => marks.push(Mark::Em),
                _ => self.error(
                    &format!("{marks_path}[{i}]"),
                    format!("unknown mark {item}; use \"strong\" or \"em\""),
                ),
            }
        }
        marks
    }

    /// Keeps the link even when its scheme is refused: the reader then shows
    /// the words as plain text (see `Span::safe_href`).
    fn href(&mut self, path: &str, v: &Value) -> Option<String> {
        let href = self.text(path, v)?;
        self.check_link(path, href);
        Some(href.to_string())
    }

    fn check_link(&mut self, path: &str, href: &str) {
        if link_scheme_allowed(href) {
            return;
        }
        match link_scheme(href) {
            Some(scheme) => self.error(
                path,
                format!("scheme {scheme:?} is not allowed (only https, http and mailto)"),
            ),
            None => self.error(
                path,
                format!("{href:?} is not a full address; write it with https://"),
            ),
        }
    }

    fn tags(&mut self, obj: &Map<String, Value>) -> Vec<String> {
        let Some(v) = obj.get("tags").filter(|v| !v.is_null()) else {
            return Vec::new();
        };
        let Some(items) = v.as_array() else {
            self.error(
                "tags",
                format!("must be a list of words, not {}", describe(v)),
            );
            return Vec::new();
        };
        items
            .iter()
            .enumerate()
            .filter_map(|(i, t)| self.text(&format!("tags[{i}]"), t).map(str::to_string))
            .collect()
    }

    fn links(&mut self, obj: &Map<String, Value>) -> Links {
        let mut links = Links::default();
        let Some(v) = obj.get("links").filter(|v| !v.is_null()) else {
            return links;
        };
        let Some(map) = v.as_object() else {
            self.error(
                "links",
                format!(
                    "must be an object like {{\"pdf\": null, \"source\": null}}, not {}",
                    describe(v)
                ),
            );
            return links;
        };
        for (key, v) in map {
            let path = format!("links.{key}");
            let slot = match key.as_str() {
                "pdf" => &mut links.pdf,
                "source" => &mut links.source,
                _ => {
                    self.warn(&path, format!("unknown link {key:?} is ignored"));
                    continue;
                }
            };
            if v.is_null() {
                continue;
            }
            let Some(href) = v.as_str() else {
                self.error(
                    &path,
                    format!("must be an address or null, not {}", describe(v)),
                );
                continue;
            };
            *slot = Some(href.to_string());
            self.text_chars(&path, href);
            self.check_link(&path, href);
        }
        links
    }
}

/// "a number", "a list"…: for messages.
fn describe(v: &Value) -> &'static str {
    match v {
        Value::Null => "null",
        Value::Bool(_) => "true/false",
        Value::Number(_) => "a number",
        Value::String(_) => "text",
        Value::Array(_) => "a list",
        Value::Object(_) => "an object",
    }
}
