//! The canonical text of an alert file: what the editor saves and
//! `alert-data new` writes, byte for byte the shape of the files in
//! `public/data/alerts/`: `$schema` first, then the fields in the order of
//! docs/schema.md, two-space indentation, UTF-8, a final newline. An
//! unmarked span is a plain string, as people write them by hand.
//!
//! One function, so that opening a file and saving it unchanged gives the
//! same bytes, and a diff in review shows only what the staff changed.

use alert_model::alert::{Links, Series};
use alert_model::{Alert, AlertType, Block, Date, Mark, Span, Status};
use serde::Serialize;
use std::collections::BTreeMap;

/// Where an alert file in `public/data/alerts/` finds its JSON Schema, so
/// editors that read `$schema` check it as it is typed.
pub const SCHEMA_REFERENCE: &str = "../schema/alert.schema.json";

/// The file's text for this alert, ending in a newline.
pub fn alert_file_text(alert: &Alert) -> String {
    let file = AlertFile {
        schema_reference: SCHEMA_REFERENCE,
        schema: alert.schema,
        id: &alert.id,
        title: &alert.title,
        kind: alert.kind,
        status: alert.status,
        published: &alert.published,
        updated: alert.updated.as_ref(),
        countries: &alert.countries,
        series: alert.series.as_ref(),
        language: &alert.language,
        translations: &alert.translations,
        summary: &alert.summary,
        changes: &alert.changes,
        change_note: alert.change_note.as_deref(),
        body: alert.body.iter().map(BlockOut::from).collect(),
        tags: &alert.tags,
        links: &alert.links,
    };
    // Serialising these types cannot fail: every key is a string and
    // every value plain data.
    let mut text = serde_json::to_string_pretty(&file).unwrap_or_default();
    text.push('\n');
    text
}

/// The file name the alert must be saved under.
pub fn file_name(alert: &Alert) -> String {
    format!("{}.json", alert.id)
}

#[derive(Serialize)]
struct AlertFile<'a> {
    #[serde(rename = "$schema")]
    schema_reference: &'static str,
    schema: u64,
    id: &'a str,
    title: &'a str,
    #[serde(rename = "type")]
    kind: AlertType,
    status: Status,
    published: &'a Date,
    updated: Option<&'a Date>,
    countries: &'a [String],
    #[serde(skip_serializing_if = "Option::is_none")]
    series: Option<&'a Series>,
    language: &'a str,
    #[serde(skip_serializing_if = "BTreeMap::is_empty")]
    translations: &'a BTreeMap<String, String>,
    summary: &'a str,
    #[serde(skip_serializing_if = "<[String]>::is_empty")]
    changes: &'a [String],
    #[serde(skip_serializing_if = "Option::is_none")]
    change_note: Option<&'a str>,
    body: Vec<BlockOut<'a>>,
    tags: &'a [String],
    links: &'a Links,
}

#[derive(Serialize)]
#[serde(tag = "type", rename_all = "snake_case")]
pub(crate) enum BlockOut<'a> {
    Paragraph {
        text: Vec<SpanOut<'a>>,
    },
    Heading {
        level: u8,
        text: Vec<SpanOut<'a>>,
    },
    Quote {
        text: Vec<SpanOut<'a>>,
        #[serde(skip_serializing_if = "Option::is_none")]
        cite: Option<&'a str>,
    },
    List {
        ordered: bool,
        items: Vec<Vec<SpanOut<'a>>>,
    },
}

impl<'a> From<&'a Block> for BlockOut<'a> {
    fn from(block: &'a Block) -> Self {
        let spans = |text: &'a [Span]| text.iter().map(SpanOut::from).collect();
        match block {
            Block::Paragraph { text } => BlockOut::Paragraph { text: spans(text) },
            Block::Heading { level, text } => BlockOut::Heading {
                level: *level,
                text: spans(text),
            },
            Block::Quote { text, cite } => BlockOut::Quote {
                text: spans(text),
                cite: cite.as_deref(),
            },
            Block::List { ordered, items } => BlockOut::List {
                ordered: *ordered,
                items: items.iter().map(|i| spans(i)).collect(),
            },
        }
    }
}

#[derive(Serialize)]
#[serde(untagged)]
pub(crate) enum SpanOut<'a> {
    Plain(&'a str),
    Rich {
        text: &'a str,
        #[serde(skip_serializing_if = "<[Mark]>::is_empty")]
        marks: &'a [Mark],
        #[serde(skip_serializing_if = "Option::is_none")]
        href: Option<&'a str>,
    },
}

impl<'a> From<&'a Span> for SpanOut<'a> {
    fn from(span: &'a Span) -> Self {
        if span.marks.is_empty() && span.href.is_none() {
            SpanOut::Plain(&span.text)
        } else {
            SpanOut::Rich {
                text: &span.text,
                marks: &span.marks,
                href: span.href.as_deref(),
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use alert_model::validate::{check_alert_text, ALERT_FIELDS};

    fn read(text: &str) -> Alert {
        check_alert_text(text).alert.expect("a readable alert")
    }

    #[test]
    fn plain_spans_are_strings_and_marked_ones_objects() {
        let text = r#"{"schema": 1, "id": "a", "title": "T", "type": "statement",
            "status": "draft", "published": "2026-01-02", "countries": ["SD"],
            "language": "en", "summary": "S", "body": [{"type": "paragraph",
            "text": ["plain ", {"text": "bold", "marks": ["strong"]},
            {"text": "site", "href": "https://example.org/"}]}]}"#;
        let out: serde_json::Value = serde_json::from_str(&alert_file_text(&read(text))).unwrap();
        assert_eq!(out["body"][0]["text"][0], "plain ");
        assert_eq!(out["body"][0]["text"][1]["marks"][0], "strong");
        assert!(out["body"][0]["text"][1].get("href").is_none());
        assert_eq!(out["body"][0]["text"][2]["href"], "https://example.org/");
        assert!(out["body"][0]["text"][2].get("marks").is_none());
    }

    #[test]
    fn schema_first_then_the_contracts_order_and_a_final_newline() {
        let text = r#"{"links": {"pdf": null, "source": null}, "tags": [], "body": [],
            "summary": "S", "language": "fr", "countries": ["SD"], "updated": null,
            "published": "2026-01-02", "status": "draft", "type": "report", "title": "T",
            "id": "a", "schema": 1, "series": {"id": "s", "number": 2},
            "changes": ["More"], "change_note": "Why.", "translations": {"en": "b"}}"#;
        let out = alert_file_text(&read(text));
        assert!(out.ends_with("}\n") && !out.ends_with("\n\n"));
        let keys: Vec<&str> = out
            .lines()
            .filter(|l| l.starts_with("  \"") && !l.starts_with("   "))
            .map(|l| l.trim_start().split('"').nth(1).unwrap())
            .collect();
        // The contract's order, `$schema` first.
        let mut contract = vec!["$schema"];
        contract.extend(ALERT_FIELDS.iter().filter(|k| **k != "$schema"));
        assert_eq!(keys, contract);
        assert!(out.contains("\n  \"$schema\": \"../schema/alert.schema.json\",\n"));
        assert_eq!(file_name(&read(text)), "a.json");
    }

    #[test]
    fn optional_fields_left_empty_are_left_out() {
        let text = r#"{"schema": 1, "id": "a", "title": "T", "type": "statement",
            "status": "draft", "published": "2026-01-02", "countries": ["SD"],
            "language": "en", "summary": "S", "body": [{"type": "quote", "text": ["Q"]}]}"#;
        let out = alert_file_text(&read(text));
        for absent in ["\"series\"", "\"translations\"", "\"changes\"", "\"cite\""] {
            assert!(!out.contains(absent), "{absent} in {out}");
        }
        // Always there, as in every file of the sample data.
        for present in ["\"updated\": null", "\"tags\": []", "\"pdf\": null"] {
            assert!(out.contains(present), "{present} missing in {out}");
        }
    }
}
