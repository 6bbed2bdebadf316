//! Publishing safety (issue 11): what a file could do to sneak past the
//! checks or mislead the staff who read the checker's output.

use alert_model::validate::{check_alert_text, Severity};

/// The problems as staff read them: `path: [warning: ]message`.
fn lines(text: &str) -> Vec<String> {
    check_alert_text(text)
        .problems
        .iter()
        .map(|p| p.to_string())
        .collect()
}

const VALID_LINES: &str = r#"{
  "schema": 1,
  "status": "draft",
  "id": "example-a",
  "title": "Example: A",
  "type": "statement",
  "status": "published",
  "published": "2022-10-07",
  "countries": ["AM"],
  "language": "en",
  "summary": "Sample.",
  "body": [{ "type": "paragraph", "text": ["One."], "text": ["Two."] }]
}"#;

#[test]
fn a_key_given_twice_is_an_error_naming_both_lines() {
    let checked = check_alert_text(VALID_LINES);
    assert!(checked.has_errors());
    let errors: Vec<String> = checked
        .problems
        .iter()
        .filter(|p| p.severity == Severity::Error)
        .map(|p| p.to_string())
        .collect();
    assert_eq!(
        errors,
        [
            "status: the key \"status\" appears twice (lines 3 and 7); remove one",
            "body[0].text: the key \"text\" appears twice (both on line 12, at columns 35 and 53); remove one",
        ]
    );
}

#[test]
fn a_key_spelled_with_escapes_is_the_same_key() {
    let text = "{\"schema\": 1, \"id\": \"x\",\n \"i\\u0064\": \"y\", \"a\": {\"k\": 1, \"k\": 2, \"k\": 3}}";
    let all = lines(text);
    assert!(
        all.contains(&"id: the key \"id\" appears twice (lines 1 and 2); remove one".to_string()),
        "{all:#?}"
    );
    assert!(
        all.contains(&"a.k: the key \"k\" appears 3 times (all on line 2, at columns 24, 32 and 40); keep one".to_string()),
        "{all:#?}"
    );
    // Keys that only look alike are different keys; strings that are
    // values are not keys.
    let fine = lines(r#"{"a": {"k": "k", "K": ["k", "k"]}, "b": {"k": 1}}"#);
    assert!(!fine.iter().any(|l| l.contains("appears")), "{fine:#?}");
}

/// A valid alert with `edit` applied.
fn alert_with(edit: impl FnOnce(&mut serde_json::Value)) -> String {
    let mut v = serde_json::json!({
        "schema": 1, "id": "example-a", "title": "Example: A", "type": "statement",
        "status": "published", "published": "2022-10-07", "countries": ["AM"],
        "language": "en", "summary": "Sample.", "tags": ["sample"],
        "body": [
            { "type": "paragraph", "text": ["One.", { "text": "two", "href": "https://example.org" }] },
            { "type": "list", "items": [["a"], ["b"]] }
        ]
    });
    edit(&mut v);
    v.to_string()
}

#[test]
fn terminal_escapes_in_a_file_are_shown_escaped_never_sent_raw() {
    // ESC [2J clears the screen; a newline could forge a line of output; a
    // C1 CSI and DEL are control characters too; U+202E reorders the line.
    let text = alert_with(|v| {
        v["\u{1b}[2J\nalerts/x.json: ok \u{9b}\u{7f}\u{202e}"] = serde_json::json!(1);
    });
    let all = lines(&text);
    assert_eq!(
        all,
        ["\\u{1b}[2J\\u{a}alerts/x.json: ok \\u{9b}\\u{7f}\\u{202e}: warning: unknown field \"\\u{1b}[2J\\nalerts/x.json: ok \\u{9b}\\u{7f}\\u{202e}\" is ignored"]
    );
    for line in &all {
        assert!(
            !line.chars().any(|c| c.is_control() || c == '\u{202e}'),
            "{line:?}"
        );
    }
}

#[test]
fn control_characters_in_text_are_errors_and_bidi_controls_warnings() {
    let text = alert_with(|v| {
        v["title"] = "Ex\u{0}ample".into();
        v["summary"] = "Sample \u{202e}txet\u{202c}".into();
        v["tags"][0] = "a\u{7}b\u{1b}".into();
        v["body"][0]["text"][0] =
            "Tabs\tand\nnewlines are fine; \u{2066}isolates\u{2069} are not.".into();
        v["body"][0]["text"][1]["text"] = "t\u{85}wo".into();
        v["body"][1]["items"][1][0] = "\u{1f}b".into();
    });
    let mut all = lines(&text);
    all.sort();
    let mut expected = [
            "title: contains the control character U+0000 at character 3; remove it",
            "tags[0]: contains 2 control characters (the first is U+0007, at character 2); remove them",
            "body[0].text[1].text: contains the control character U+0085 at character 2; remove it",
            "body[1].items[1][0]: contains the control character U+001F at character 1; remove it",
            "summary: warning: contains 2 bidirectional control characters (the first is U+202E right-to-left override, at character 8): they can show the text in another order than it is written; remove them unless the text needs them",
            "body[0].text[0]: warning: contains 2 bidirectional control characters (the first is U+2066 left-to-right isolate, at character 29): they can show the text in another order than it is written; remove them unless the text needs them",
        ];
    expected.sort();
    assert_eq!(all, expected);
}

/// A noncharacter anywhere makes every Atom feed holding the alert
/// unreadable; an override never closed (or a close of nothing) reorders
/// what follows the text in titles, feeds, citations and cards.
#[test]
fn noncharacters_and_unbalanced_bidi_controls_are_errors() {
    let text = alert_with(|v| {
        v["title"] = "Title \u{202e}reversed".into();
        v["summary"] = "Sum\u{fffe}mary".into();
        v["tags"][0] = "tag\u{10ffff}".into();
        v["body"][0]["text"][0] = "closes \u{2069}nothing".into();
        v["body"][0]["text"][1]["text"] = "\u{fdd0}".into();
    });
    let mut all = lines(&text);
    all.sort();
    let mut expected = [
        "title: opens U+202E right-to-left override at character 7 and never closes it: everything after this text in titles, feeds, citations and cards would show in another order; close it (U+202C) or remove it",
        "summary: contains the noncharacter U+FFFE at character 4: feed readers refuse a feed that holds one, so subscribers would stop getting alerts; remove it",
        "tags[0]: contains the noncharacter U+10FFFF at character 4: feed readers refuse a feed that holds one, so subscribers would stop getting alerts; remove it",
        "body[0].text[0]: has U+2069 pop directional isolate at character 8, which closes nothing: it can reorder the text around this one; remove it",
        "body[0].text[1].text: contains the noncharacter U+FDD0 at character 1: feed readers refuse a feed that holds one, so subscribers would stop getting alerts; remove it",
    ];
    expected.sort();
    assert_eq!(all, expected);
    // An isolate opened and never closed names the close it needs.
    let open = alert_with(|v| v["summary"] = "a\u{2067}b".into());
    assert!(lines(&open).iter().any(|l| l
        .contains("U+2067 right-to-left isolate at character 2 and never closes it")
        && l.contains("close it (U+2069)")));
}

#[test]
fn problems_per_file_are_capped_errors_first() {
    use alert_model::validate::MAX_PROBLEMS_PER_FILE;
    // 300 unknown fields (warnings) before 20,000 refused links (errors).
    let text = alert_with(|v| {
        for i in 0..300 {
            v[format!("extra{i:03}")] = serde_json::json!(1);
        }
        let spans: Vec<serde_json::Value> = (0..20_000)
            .map(|_| serde_json::json!({ "text": "x", "href": "javascript:alert(1)" }))
            .collect();
        v["body"][0]["text"] = spans.into();
    });
    let checked = check_alert_text(&text);
    assert!(checked.has_errors());
    assert_eq!(checked.problems.len(), MAX_PROBLEMS_PER_FILE + 1);
    assert_eq!(MAX_PROBLEMS_PER_FILE, 200);
    assert!(checked.problems[..200]
        .iter()
        .all(|p| p.severity == Severity::Error
            && p.message == "scheme \"javascript\" is not allowed (only https, http and mailto)"));
    let last = checked.problems.last().unwrap();
    assert_eq!(
        last.to_string(),
        "and 20100 more problems not listed (19800 errors, 300 warnings): fix the ones above and check again"
    );
    assert_eq!(last.severity, Severity::Error);
    assert_eq!(checked.counts(), (20_000, 300));

    // Warnings never push an error out of the list.
    let text = alert_with(|v| {
        for i in 0..300 {
            v[format!("extra{i:03}")] = serde_json::json!(1);
        }
        v["type"] = "rumour".into();
    });
    let checked = check_alert_text(&text);
    assert!(checked.has_errors());
    assert_eq!(checked.problems.len(), 201);
    assert!(checked.problems[0]
        .to_string()
        .starts_with("type: unknown type \"rumour\""));
    let last = checked.problems.last().unwrap();
    assert_eq!(
        last.to_string(),
        "warning: and 101 more problems not listed (101 warnings): fix the ones above and check again"
    );
    assert_eq!(checked.counts(), (1, 300));

    // Under the cap nothing is added, and errors still come first.
    let text = alert_with(|v| {
        v["extra"] = serde_json::json!(1);
        v["type"] = "rumour".into();
    });
    let all = lines(&text);
    assert_eq!(all.len(), 2, "{all:#?}");
    assert!(all[0].starts_with("type: "), "{all:#?}");
    assert!(all[1].starts_with("extra: warning: "), "{all:#?}");
}
