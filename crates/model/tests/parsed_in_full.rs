//! A complete alert is read back whole: every field, mark, link and cite
//! the file gives, and nothing else. And the length limits hold at their
//! edges.

use alert_model::alert::{Links, SCHEMA_VERSION};
use alert_model::validate::{check_alert_text, MAX_ID_CHARS, MAX_SUMMARY_CHARS, MAX_TITLE_CHARS};
use alert_model::{Alert, AlertType, Block, Date, Mark, Series, Span, Status};
use serde_json::{json, Value};

fn complete() -> Value {
    json!({
        "schema": 1, "id": "example-full", "title": "Example: full", "type": "red_flag_alert",
        "status": "withdrawn", "published": "2022-10-07", "updated": "2022-10-09",
        "countries": ["AZ", "AM"], "series": { "id": "example-series", "number": 2 },
        "language": "en", "translations": { "fr": "example-full-fr" },
        "summary": "A summary.",
        "changes": ["A new section.", "Sources added."],
        "$schema": "../schema/alert.schema.json",
        "body": [
            { "type": "heading", "level": 3, "text": ["Heading"] },
            { "type": "paragraph", "text": ["Plain, ", { "text": "both", "marks": ["strong", "em"] }, { "text": "link", "href": "https://example.org/a" }] },
            { "type": "quote", "text": ["Quoted."], "cite": "The Institute" },
            { "type": "list", "ordered": true, "items": [["one"], [{ "text": "two", "marks": ["em"] }]] }
        ],
        "tags": ["prisoners", "sanctions"],
        "links": { "source": "https://example.org/source", "pdf": "https://example.org/a.pdf" }
    })
}

fn span(text: &str, marks: &[Mark], href: Option<&str>) -> Span {
    Span {
        text: text.into(),
        marks: marks.to_vec(),
        href: href.map(str::to_string),
    }
}

#[test]
fn every_field_of_a_complete_alert_is_read_as_written() {
    let checked = check_alert_text(&complete().to_string());
    assert_eq!(checked.problems, [], "a complete alert has no problem");
    let expected = Alert {
        schema: SCHEMA_VERSION,
        id: "example-full".into(),
        title: "Example: full".into(),
        kind: AlertType::RedFlagAlert,
        status: Status::Withdrawn,
        published: Date::parse("2022-10-07").unwrap(),
        updated: Some(Date::parse("2022-10-09").unwrap()),
        countries: vec!["AZ".into(), "AM".into()],
        series: Some(Series {
            id: "example-series".into(),
            number: 2,
        }),
        language: "en".into(),
        translations: [("fr".to_string(), "example-full-fr".to_string())].into(),
        summary: "A summary.".into(),
        body: vec![
            Block::Heading {
                level: 3,
                text: vec![Span::plain("Heading")],
            },
            Block::Paragraph {
                text: vec![
                    Span::plain("Plain, "),
                    span("both", &[Mark::Strong, Mark::Em], None),
                    span("link", &[], Some("https://example.org/a")),
                ],
            },
            Block::Quote {
                text: vec![Span::plain("Quoted.")],
                cite: Some("The Institute".into()),
            },
            Block::List {
                ordered: true,
                items: vec![
                    vec![Span::plain("one")],
                    vec![span("two", &[Mark::Em], None)],
                ],
            },
        ],
        changes: vec!["A new section.".into(), "Sources added.".into()],
        change_note: None,
        tags: vec!["prisoners".into(), "sanctions".into()],
        links: Links {
            source: Some("https://example.org/source".into()),
            pdf: Some("https://example.org/a.pdf".into()),
        },
    };
    assert_eq!(checked.alert, Some(expected));
}

/// The error paths for `complete()` with `field` set to `value`.
fn errors_with(field: &str, value: Value) -> Vec<String> {
    let mut v = complete();
    v[field] = value;
    if field == "id" {
        v["translations"] = json!({});
    }
    check_alert_text(&v.to_string())
        .problems
        .into_iter()
        .filter(|p| p.severity == alert_model::validate::Severity::Error)
        .map(|p| p.path)
        .collect()
}

#[test]
fn lengths_are_allowed_up_to_their_limit_and_refused_past_it() {
    let id = |n: usize| json!(format!("example-{}", "a".repeat(n - "example-".len())));
    assert!(errors_with("id", id(MAX_ID_CHARS)).is_empty());
    assert_eq!(errors_with("id", id(MAX_ID_CHARS + 1)), ["id"]);
    let text = |n: usize| json!("é".repeat(n));
    assert!(
        errors_with("title", text(MAX_TITLE_CHARS)).is_empty(),
        "characters, not bytes"
    );
    assert_eq!(errors_with("title", text(MAX_TITLE_CHARS + 1)), ["title"]);
    assert!(errors_with("summary", text(MAX_SUMMARY_CHARS)).is_empty());
    assert_eq!(
        errors_with("summary", text(MAX_SUMMARY_CHARS + 1)),
        ["summary"]
    );
}

#[test]
fn changes_are_short_plain_points_of_an_update() {
    let with = |changes: Value, number: u32| {
        let mut v = complete();
        v["changes"] = changes;
        v["series"]["number"] = json!(number);
        check_alert_text(&v.to_string())
    };
    let problems = |c: &alert_model::validate::Checked| -> Vec<(String, bool)> {
        c.problems
            .iter()
            .map(|p| {
                (
                    p.path.clone(),
                    p.severity == alert_model::validate::Severity::Error,
                )
            })
            .collect()
    };
    let long = "x".repeat(alert_model::validate::MAX_CHANGE_CHARS);
    let ok = with(json!([long.clone()]), 2);
    assert_eq!(problems(&ok), []);
    let too_long = with(json!([format!("{long}x")]), 2);
    assert_eq!(problems(&too_long), [("changes[0]".to_string(), true)]);
    let wrong = with(json!("one point"), 2);
    assert_eq!(problems(&wrong), [("changes".to_string(), true)]);
    let not_text = with(json!(["fine", 3]), 2);
    assert_eq!(problems(&not_text), [("changes[1]".to_string(), true)]);
    let empty = with(json!(["  ", "kept"]), 2);
    assert_eq!(problems(&empty), [("changes[0]".to_string(), false)]);
    assert_eq!(empty.alert.expect("alert").changes, ["kept"]);
    let original = with(json!(["a point"]), 0);
    assert_eq!(problems(&original), [("changes".to_string(), false)]);
    let none = with(Value::Null, 2);
    assert_eq!(none.alert.expect("alert").changes, Vec::<String>::new());
    let mut outside = complete();
    outside.as_object_mut().expect("object").remove("series");
    let outside = check_alert_text(&outside.to_string());
    assert!(
        outside.problems.iter().any(|p| p.path == "changes"),
        "{:?}",
        outside.problems
    );
}
