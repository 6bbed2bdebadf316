//! Checks one alert file and lists every problem at once, each with the JSON
//! path it concerns and a plain-language reason. The publishing tool, the
//! reader and the draft preview all call this one function.
//!
//! It walks a `serde_json::Value` by hand instead of deriving `Deserialize`,
//! because derived deserialisation stops at the first problem and staff need
//! to see all of them.

use super::json_keys::duplicate_keys;
use super::problem::{syntax_problem, Checked, Problem, Severity, MAX_PROBLEMS_PER_FILE};
use super::text::{first_noncharacter, unbalanced_bidi, Unbalanced};
use crate::alert::countries::is_known_country;
use crate::alert::date::Date;
use crate::alert::{
    link_scheme, link_scheme_allowed, Alert, AlertType, Block, Links, Mark, Series, Span, Status,
    SCHEMA_VERSION,
};
use crate::i18n::bidi::is_bidi_control;
use serde_json::{Map, Value};
use std::collections::BTreeMap;

pub const MAX_ID_CHARS: usize = 120;
pub const MAX_TITLE_CHARS: usize = 300;
pub const MAX_SUMMARY_CHARS: usize = 500;
/// One point of `changes`: a line, not a paragraph.
pub const MAX_CHANGE_CHARS: usize = 300;

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

/// Parses and checks the text of one alert file. The publishing tool, the
/// reader and the draft preview all call this.
pub fn check_alert_text(text: &str) -> Checked {
    match serde_json::from_str::<Value>(text) {
        Ok(value) => {
            // serde_json kept the last of each repeated key: say so first.
            let mut c = Checker::default();
            for p in duplicate_keys(text) {
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

/// Every key an alert file may have, in docs/schema.md's order (the order
/// the editor writes them in, `$schema` first).
pub const ALERT_FIELDS: &[&str] = &[
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
    "change_note",
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
pub(super) struct Checker {
    pub(super) errors: Vec<Problem>,
    pub(super) warnings: Vec<Problem>,
    pub(super) omitted: (usize, usize),
}

impl Checker {
    pub(super) fn push_problem(&mut self, p: Problem) {
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

    pub(super) fn finish(mut self, alert: Option<Alert>) -> Checked {
        self.errors.append(&mut self.warnings);
        Checked::capped(alert, self.errors, self.omitted)
    }

    pub(super) fn error(&mut self, path: &str, message: impl Into<String>) {
        self.push(path, message.into(), Severity::Error);
    }

    pub(super) fn warn(&mut self, path: &str, message: impl Into<String>) {
        self.push(path, message.into(), Severity::Warning);
    }

    pub(super) fn push(&mut self, path: &str, message: String, severity: Severity) {
        self.push_problem(Problem {
            path: path.to_string(),
            message,
            severity,
        });
    }

    /// Returns the alert when it can be rendered; records every problem.
    pub(super) fn alert(&mut self, value: &Value) -> Option<Alert> {
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
        let change_note = self.change_note(obj, status, updated.is_some());
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
            change_note,
            body: body?,
            tags,
            links,
        })
    }

    pub(super) fn required<'v>(
        &mut self,
        obj: &'v Map<String, Value>,
        key: &str,
    ) -> Option<&'v Value> {
        match obj.get(key) {
            None => {
                self.error(key, "is missing");
                None
            }
            Some(v) => Some(v),
        }
    }

    pub(super) fn required_str<'v>(
        &mut self,
        obj: &'v Map<String, Value>,
        key: &str,
    ) -> Option<&'v str> {
        let v = self.required(obj, key)?;
        self.string(key, v)
    }

    /// Text readers see: control characters other than tab and newline
    /// are errors (they show as nothing or as boxes, and NUL cuts strings
    /// short elsewhere), and so are noncharacters and bidirectional
    /// controls that are not closed within the text (see `text`);
    /// balanced bidirectional controls are warnings (they can show the
    /// words in another order than they are written).
    pub(super) fn text_chars(&mut self, path: &str, text: &str) {
        if let Some((at, c)) = first_noncharacter(text) {
            self.error(
                path,
                format!("contains the noncharacter U+{:04X} at character {at}: feed readers refuse a feed that holds one, so subscribers would stop getting alerts; remove it", c as u32),
            );
        }
        let unbalanced = unbalanced_bidi(text);
        match unbalanced {
            Some(Unbalanced::NeverClosed(at, c)) => self.error(
                path,
                format!(
                    "opens U+{:04X} {} at character {at} and never closes it: everything after this text in titles, feeds, citations and cards would show in another order; close it (U+{}) or remove it",
                    c as u32,
                    bidi_name(c),
                    if matches!(c, '\u{2066}'..='\u{2068}') { "2069" } else { "202C" }
                ),
            ),
            Some(Unbalanced::ClosesNothing(at, c)) => self.error(
                path,
                format!(
                    "has U+{:04X} {} at character {at}, which closes nothing: it can reorder the text around this one; remove it",
                    c as u32,
                    bidi_name(c)
                ),
            ),
            None => {}
        }
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
        // Balanced: the words may show reordered, but only inside this text.
        if let (n, Some((at, c)), None) = (bidi.0, bidi.1, unbalanced) {
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
    pub(super) fn text<'v>(&mut self, path: &str, v: &'v Value) -> Option<&'v str> {
        let s = self.string(path, v)?;
        self.text_chars(path, s);
        Some(s)
    }

    pub(super) fn string<'v>(&mut self, path: &str, v: &'v Value) -> Option<&'v str> {
        match v.as_str() {
            Some(s) => Some(s),
            None => {
                self.error(path, format!("must be text, not {}", describe(v)));
                None
            }
        }
    }

    pub(super) fn schema(&mut self, obj: &Map<String, Value>) -> bool {
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

    pub(super) fn id(&mut self, obj: &Map<String, Value>) -> Option<String> {
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

    pub(super) fn title(&mut self, obj: &Map<String, Value>) -> Option<String> {
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

    pub(super) fn kind(&mut self, obj: &Map<String, Value>) -> Option<AlertType> {
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

    pub(super) fn status(&mut self, obj: &Map<String, Value>) -> Option<Status> {
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

    pub(super) fn date(&mut self, path: &str, v: &Value) -> Option<Date> {
        let text = self.string(path, v)?;
        match Date::parse(text) {
            Ok(d) => Some(d),
            Err(why) => {
                self.error(path, format!("bad date: {why}"));
                None
            }
        }
    }

    pub(super) fn required_date(&mut self, obj: &Map<String, Value>, key: &str) -> Option<Date> {
        let v = self.required(obj, key)?;
        self.date(key, v)
    }

    pub(super) fn updated(
        &mut self,
        obj: &Map<String, Value>,
        published: Option<&Date>,
    ) -> Option<Date> {
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

    pub(super) fn countries(&mut self, obj: &Map<String, Value>) -> Vec<String> {
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

    pub(super) fn series(&mut self, obj: &Map<String, Value>) -> Option<Series> {
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

    pub(super) fn language(&mut self, obj: &Map<String, Value>) -> String {
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

    pub(super) fn translations(
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

    /// `change_note`: why the alert was withdrawn, or what an edit after
    /// publication corrected. Plain text, shown on the alert and on the
    /// corrections page; only there when there is a change to explain.
    pub(super) fn change_note(
        &mut self,
        obj: &Map<String, Value>,
        status: Option<Status>,
        edited: bool,
    ) -> Option<String> {
        let v = obj.get("change_note").filter(|v| !v.is_null())?;
        let note = self.text("change_note", v)?;
        let n = note.chars().count();
        if n > MAX_SUMMARY_CHARS {
            self.error(
                "change_note",
                format!("has {n} characters; at most {MAX_SUMMARY_CHARS} are allowed"),
            );
        }
        if note.trim().is_empty() {
            self.warn("change_note", "is empty: leave it out instead");
            return None;
        }
        if status != Some(Status::Withdrawn) && !edited {
            self.warn(
                "change_note",
                "explains a change, but the alert is neither withdrawn nor edited (no \"updated\" date): readers will not see it",
            );
        }
        Some(note.to_string())
    }

    pub(super) fn summary(&mut self, obj: &Map<String, Value>) -> String {
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
    pub(super) fn changes(
        &mut self,
        obj: &Map<String, Value>,
        series: Option<&Series>,
    ) -> Vec<String> {
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

    pub(super) fn body(&mut self, obj: &Map<String, Value>) -> Option<Vec<Block>> {
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

    pub(super) fn block(&mut self, path: &str, v: &Value) -> Option<Block> {
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

    pub(super) fn list(&mut self, path: &str, b: &Map<String, Value>) -> Option<Block> {
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

    pub(super) fn spans_field(&mut self, path: &str, b: &Map<String, Value>) -> Option<Vec<Span>> {
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
    pub(super) fn spans(&mut self, path: &str, v: &Value) -> Option<Vec<Span>> {
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

    pub(super) fn span(&mut self, path: &str, v: &Value) -> Option<Span> {
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

    pub(super) fn marks(&mut self, path: &str, v: Option<&Value>) -> Vec<Mark> {
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
    pub(super) fn href(&mut self, path: &str, v: &Value) -> Option<String> {
        let href = self.text(path, v)?;
        self.check_link(path, href);
        Some(href.to_string())
    }

    pub(super) fn check_link(&mut self, path: &str, href: &str) {
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

    pub(super) fn tags(&mut self, obj: &Map<String, Value>) -> Vec<String> {
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

    pub(super) fn links(&mut self, obj: &Map<String, Value>) -> Links {
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
pub(super) fn describe(v: &Value) -> &'static str {
    match v {
        Value::Null => "null",
        Value::Bool(_) => "true/false",
        Value::Number(_) => "a number",
        Value::String(_) => "text",
        Value::Array(_) => "a list",
        Value::Object(_) => "an object",
    }
}
