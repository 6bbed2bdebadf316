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
