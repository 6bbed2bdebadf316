//! Every rejection the publishing tool and the draft preview promise.

use alert_model::validate::archive::{check_archive, ArchiveFile};
use alert_model::validate::{check_alert_text, Severity};
use alert_model::Alert;
use serde_json::{json, Value};

fn valid() -> Value {
    json!({
        "schema": 1,
        "id": "example-red-flag-update-1",
        "title": "Example: Red Flag Alert - Update 1",
        "type": "red_flag_alert",
        "status": "published",
        "published": "2022-10-07",
        "updated": null,
        "countries": ["AZ", "AM"],
        "series": { "id": "example-red-flag", "number": 1 },
        "language": "en",
        "summary": "Sample text.",
        "body": [
            { "type": "paragraph", "text": ["Plain, ", { "text": "strong", "marks": ["strong"] }, { "text": "a link", "href": "https://example.org" }] },
            { "type": "heading", "level": 2, "text": ["A heading"] },
            { "type": "quote", "text": ["Quoted."], "cite": "Someone" },
            { "type": "list", "ordered": false, "items": [["First"], ["Second"]] }
        ],
        "tags": ["sample"],
        "links": { "pdf": null, "source": "mailto:info@example.org" }
    })
}

/// Errors as `path: message` lines.
fn errors(v: &Value) -> Vec<String> {
    check_alert_text(&v.to_string())
        .problems
        .iter()
        .filter(|p| p.severity == Severity::Error)
        .map(|p| p.to_string())
        .collect()
}

fn with(path: &[&str], value: Value) -> Value {
    let mut v = valid();
    let mut at = &mut v;
    for (i, key) in path.iter().enumerate() {
        if i + 1 == path.len() {
            match key.parse::<usize>() {
                Ok(n) => at[n] = value.clone(),
                Err(_) => at[*key] = value.clone(),
            }
            break;
        }
        at = match key.parse::<usize>() {
            Ok(n) => &mut at[n],
            Err(_) => &mut at[*key],
        };
    }
    v
}

fn assert_one_error(v: &Value, path: &str, words: &str) {
    let errs = errors(v);
    assert_eq!(errs.len(), 1, "expected one error at {path}, got {errs:#?}");
    assert!(
        errs[0].starts_with(&format!("{path}: ")) && errs[0].contains(words),
        "expected {path}: …{words}…, got {:?}",
        errs[0]
    );
}

#[test]
fn a_complete_alert_passes_with_no_problems_and_renders() {
    let checked = check_alert_text(&valid().to_string());
    assert!(checked.problems.is_empty(), "{:#?}", checked.problems);
    let alert = checked.alert.expect("renderable");
    assert_eq!(alert.body.len(), 4);
    assert_eq!(alert.published.long_english(), "Friday, October 7, 2022");
}

#[test]
fn bad_json_is_reported_with_line_and_column() {
    let checked = check_alert_text("{\n  \"schema\": 1,\n  \"id\": \"x\",,\n}");
    assert!(checked.alert.is_none());
    let msg = checked.problems[0].to_string();
    assert!(msg.contains("line 3, column 13"), "{msg}");
    assert!(msg.starts_with("not valid JSON"), "{msg}");
}

#[test]
fn unknown_type_status_and_country_are_errors() {
    assert_one_error(
        &with(&["type"], json!("red_flag")),
        "type",
        "unknown type \"red_flag\"",
    );
    assert_one_error(
        &with(&["status"], json!("live")),
        "status",
        "unknown status \"live\"",
    );
    assert_one_error(
        &with(&["countries"], json!(["AZ", "ZZ"])),
        "countries[1]",
        "unknown country code \"ZZ\"",
    );
    assert_one_error(
        &with(&["countries"], json!(["az"])),
        "countries[0]",
        "upper case",
    );
    assert_one_error(
        &with(&["countries"], json!([])),
        "countries",
        "at least one",
    );
}

#[test]
fn bad_dates_and_updated_before_published_are_errors() {
    assert_one_error(
        &with(&["published"], json!("2022-02-30")),
        "published",
        "bad date",
    );
    assert_one_error(
        &with(&["published"], json!("7 October 2022")),
        "published",
        "bad date",
    );
    assert_one_error(
        &with(&["updated"], json!("2022-10-06")),
        "updated",
        "before the publication date",
    );
    assert!(errors(&with(&["updated"], json!("2022-10-08T10:00:00+04:00"))).is_empty());
    // Corrected on the day it was published: allowed.
    let published = valid()["published"].clone();
    assert!(errors(&with(&["updated"], published)).is_empty());
}

#[test]
fn link_schemes_other_than_web_and_mail_are_errors_with_their_path() {
    let v = with(
        &["body", "0", "text", "2", "href"],
        json!("javascript:alert(1)"),
    );
    assert_one_error(
        &v,
        "body[0].text[2].href",
        "scheme \"javascript\" is not allowed",
    );
    // The reader still renders it, with the words as plain text.
    let alert = check_alert_text(&v.to_string()).alert.expect("renderable");
    let alert_model::Block::Paragraph { text } = &alert.body[0] else {
        panic!()
    };
    assert_eq!(text[2].safe_href(), None);
    assert_one_error(
        &with(&["links", "pdf"], json!("data:application/pdf;base64,AA")),
        "links.pdf",
        "\"data\"",
    );
}

#[test]
fn a_newer_schema_says_so_and_is_not_rendered() {
    let checked = check_alert_text(&with(&["schema"], json!(2)).to_string());
    assert!(checked.alert.is_none());
    assert!(checked.problems[0]
        .to_string()
        .contains("newer than this reader understands"));
}

#[test]
fn an_older_or_odd_schema_says_which_one_is_read() {
    for value in [json!(0), json!("1"), json!(1.5)] {
        let checked = check_alert_text(&with(&["schema"], value.clone()).to_string());
        assert!(checked.alert.is_none(), "{value}");
        assert_eq!(
            checked.problems[0].to_string(),
            format!("schema: must be 1, not {value}")
        );
    }
}

#[test]
fn every_problem_is_listed_at_once() {
    let mut v = valid();
    v["type"] = json!("rumour");
    v["published"] = json!("yesterday");
    v["countries"] = json!(["XX"]);
    v["id"] = json!("Not An Id");
    v["body"][0]["text"][2]["href"] = json!("vbscript:x");
    v["body"][1]["level"] = json!(1);
    v["body"]
        .as_array_mut()
        .unwrap()
        .push(json!({ "type": "video" }));
    v.as_object_mut().unwrap().remove("summary");
    let errs = errors(&v);
    for path in [
        "type",
        "published",
        "countries[0]",
        "id",
        "body[0].text[2].href",
        "body[1].level",
        "body[4].type",
        "summary",
    ] {
        assert!(
            errs.iter().any(|e| e.starts_with(&format!("{path}: "))),
            "no error at {path} in {errs:#?}"
        );
    }
    assert_eq!(errs.len(), 8, "{errs:#?}");
}

#[test]
fn missing_required_fields_and_wrong_shapes_are_named() {
    let mut v = valid();
    v.as_object_mut().unwrap().remove("title");
    assert_one_error(&v, "title", "is missing");
    assert_one_error(&with(&["title"], json!("  ")), "title", "empty");
    assert_one_error(
        &with(&["title"], json!("x".repeat(301))),
        "title",
        "at most 300",
    );
    assert_one_error(&with(&["body"], json!("text")), "body", "list of blocks");
    assert_one_error(
        &with(&["series", "number"], json!(-1)),
        "series.number",
        "whole number",
    );
    assert_one_error(
        &with(&["language"], json!("English")),
        "language",
        "language tag",
    );
    assert!(check_alert_text("[1, 2]").problems[0]
        .message
        .contains("JSON object"));
}

#[test]
fn unknown_fields_are_warnings_not_errors() {
    let checked = check_alert_text(&with(&["titel"], json!("typo")).to_string());
    assert!(!checked.has_errors());
    assert_eq!(
        checked.problems[0].to_string(),
        "titel: warning: unknown field \"titel\" is ignored"
    );
}

#[test]
fn script_in_text_is_just_text() {
    let v = with(
        &["title"],
        json!("<script>alert(1)</script><img src=x onerror=alert(1)>"),
    );
    let alert = check_alert_text(&v.to_string()).alert.unwrap();
    assert_eq!(
        alert.title,
        "<script>alert(1)</script><img src=x onerror=alert(1)>"
    );
}

#[test]
fn deep_nesting_is_refused_not_a_crash() {
    let deep = format!("{}{}", "[".repeat(10_000), "]".repeat(10_000));
    let checked = check_alert_text(&deep);
    assert!(checked.alert.is_none());
    assert!(checked.has_errors());
}

// Checks across files.

fn alert(v: Value) -> Alert {
    check_alert_text(&v.to_string()).alert.expect("renderable")
}

fn archive_errors(files: &[(&str, &Alert)]) -> Vec<String> {
    let files: Vec<ArchiveFile<'_>> = files
        .iter()
        .map(|(name, alert)| ArchiveFile { name, alert })
        .collect();
    check_archive(&files)
        .into_iter()
        .filter(|p| p.problem.severity == Severity::Error)
        .map(|p| format!("{}: {}", p.file, p.problem))
        .collect()
}

#[test]
fn id_must_match_the_file_name() {
    let a = alert(valid());
    let errs = archive_errors(&[("other-name.json", &a)]);
    assert_eq!(errs.len(), 1, "{errs:?}");
    assert!(errs[0].starts_with(
        "other-name.json: id: \"example-red-flag-update-1\" does not match the file name"
    ));
}

#[test]
fn duplicate_ids_and_series_numbers_are_errors() {
    let a = alert(valid());
    let errs = archive_errors(&[("example-red-flag-update-1.json", &a), ("copy.json", &a)]);
    assert!(
        errs.iter().any(|e| e.contains("copy.json: id:")
            && e.contains("already used by example-red-flag-update-1.json")),
        "{errs:#?}"
    );
    assert!(
        errs.iter().any(|e| e.contains("copy.json: series.number:")
            && e.contains("already has Update 1 in example-red-flag-update-1.json")),
        "{errs:#?}"
    );
}

#[test]
fn a_gap_in_a_series_is_a_warning() {
    let mut v = valid();
    v["id"] = json!("example-red-flag");
    v["series"]["number"] = json!(0);
    let original = alert(v);
    let mut v = valid();
    v["id"] = json!("example-red-flag-update-3");
    v["series"]["number"] = json!(3);
    let third = alert(v);
    let files = [
        ArchiveFile {
            name: "example-red-flag.json",
            alert: &original,
        },
        ArchiveFile {
            name: "example-red-flag-update-3.json",
            alert: &third,
        },
    ];
    let problems = check_archive(&files);
    assert_eq!(problems.len(), 1);
    assert_eq!(problems[0].problem.severity, Severity::Warning);
    assert!(problems[0]
        .problem
        .message
        .contains("is missing Update 1, Update 2 before this one"));
}

#[test]
fn a_translation_must_point_at_an_existing_alert() {
    let a = alert(with(
        &["translations"],
        json!({ "hy": "example-red-flag-update-1-hy" }),
    ));
    let errs = archive_errors(&[("example-red-flag-update-1.json", &a)]);
    assert_eq!(errs, vec!["example-red-flag-update-1.json: translations.hy: points to \"example-red-flag-update-1-hy\", but no alert has that id"]);
}

#[test]
fn a_translation_must_not_point_at_a_draft() {
    // A published (or withdrawn) alert that links to a draft shows the
    // draft's id on a public page.
    let mut v = valid();
    v["id"] = json!("example-hy");
    v["status"] = json!("draft");
    v["language"] = json!("hy");
    v["series"] = Value::Null;
    v["translations"] = json!({ "en": "example-red-flag-update-1" });
    let draft = alert(v);
    for status in ["published", "withdrawn"] {
        let a = alert(with(&["status"], json!(status)));
        let a = Alert {
            translations: [("hy".to_string(), "example-hy".to_string())].into(),
            ..a
        };
        let errs = archive_errors(&[
            ("example-red-flag-update-1.json", &a),
            ("example-hy.json", &draft),
        ]);
        assert!(
            errs.contains(&"example-red-flag-update-1.json: translations.hy: \"example-hy\" is a draft: its id would appear on a public page; publish it first, or remove this link".to_string()),
            "{status}: {errs:#?}"
        );
    }
}

#[test]
fn every_bidirectional_control_is_named() {
    for (c, name) in [
        ('\u{202a}', "U+202A left-to-right embedding"),
        ('\u{202b}', "U+202B right-to-left embedding"),
        ('\u{202c}', "U+202C pop directional formatting"),
        ('\u{202d}', "U+202D left-to-right override"),
        ('\u{202e}', "U+202E right-to-left override"),
        ('\u{2066}', "U+2066 left-to-right isolate"),
        ('\u{2067}', "U+2067 right-to-left isolate"),
        ('\u{2068}', "U+2068 first strong isolate"),
        ('\u{2069}', "U+2069 pop directional isolate"),
    ] {
        let v = with(&["title"], json!(format!("Example{c} title")));
        let checked = check_alert_text(&v.to_string());
        let title: Vec<&str> = checked
            .problems
            .iter()
            .filter(|p| p.path == "title")
            .map(|p| p.message.as_str())
            .collect();
        assert_eq!(title.len(), 1, "{name}");
        assert!(
            // Alone, each is unbalanced: an error that names it.
            title[0].contains(&format!("{name} at character 8")),
            "{}",
            title[0]
        );
    }
}

#[test]
fn language_tags_have_the_shape_of_bcp_47() {
    use alert_model::validate::is_valid_language_tag;
    for ok in [
        "en",
        "hy",
        "fil",
        "pt-BR",
        "zh-Hant-TW",
        "de-1996",
        "en-a-bbbbbbbb",
    ] {
        assert!(is_valid_language_tag(ok), "{ok}");
    }
    for bad in [
        "e",
        "engl",
        "en-",
        "en-!!",
        "en-abcdefghi",
        "e1",
        "en_GB",
        "",
        "-en",
    ] {
        assert!(!is_valid_language_tag(bad), "{bad}");
    }
}

/// A file with `errors` bad links and `warnings` unknown fields.
fn problems(errors: usize, warnings: usize) -> alert_model::validate::Checked {
    let mut v = valid();
    let spans: Vec<Value> = (0..errors)
        .map(|i| json!({ "text": format!("l{i}"), "href": "javascript:x" }))
        .collect();
    v["body"] = json!([{ "type": "paragraph", "text": spans }]);
    for i in 0..warnings {
        v[format!("extra{i:03}")] = json!(1);
    }
    check_alert_text(&v.to_string())
}

#[test]
fn two_hundred_problems_are_listed_then_one_line_counts_the_rest() {
    let max = alert_model::validate::MAX_PROBLEMS_PER_FILE;
    // Exactly the cap: all listed, no extra line.
    let c = problems(max, 0);
    assert_eq!((c.problems.len(), c.counts()), (max, (max, 0)));
    // One more error: 200 listed, then the line, errors counted in full.
    let c = problems(max + 1, 3);
    assert_eq!(c.problems.len(), max + 1);
    assert_eq!(c.counts(), (max + 1, 3));
    assert!(c.has_errors());
    assert_eq!(
        c.problems[max].message,
        "and 4 more problems not listed (1 error, 3 warnings): fix the ones above and check again"
    );
    assert!(c.problems[..max]
        .iter()
        .all(|p| p.severity == Severity::Error));
    // Errors first; warnings fill the room that is left.
    let c = problems(150, 60);
    assert_eq!(c.counts(), (150, 60));
    let (listed, line) = c.problems.split_at(c.problems.len() - 1);
    let warnings = listed
        .iter()
        .filter(|p| p.severity == Severity::Warning)
        .count();
    assert_eq!((listed.len(), warnings), (200, 50));
    assert!(line[0].message.starts_with("and 10 more"));
    assert_eq!(
        c.problems.last().unwrap().message,
        "and 10 more problems not listed (10 warnings): fix the ones above and check again"
    );
}

#[test]
fn problems_added_later_keep_the_cap_and_one_count_line() {
    use alert_model::validate::{Checked, Problem};
    let problem = |s: Severity, i: usize| Problem {
        path: format!("p{i}"),
        message: "m".into(),
        severity: s,
    };
    let max = alert_model::validate::MAX_PROBLEMS_PER_FILE;
    let mut c = Checked::new(
        None,
        (0..max + 50).map(|i| problem(Severity::Error, i)).collect(),
    );
    assert_eq!(c.counts(), (max + 50, 0));
    c.add_problems([problem(Severity::Warning, 0), problem(Severity::Error, 1)]);
    assert_eq!(c.counts(), (max + 51, 1));
    assert_eq!(c.problems.len(), max + 1);
    let lines: Vec<&str> = c
        .problems
        .iter()
        .filter(|p| p.message.contains("more problem"))
        .map(|p| p.message.as_str())
        .collect();
    assert_eq!(lines, ["and 52 more problems not listed (51 errors, 1 warning): fix the ones above and check again"]);
    // Few problems added to few: all listed.
    let mut c = Checked::new(None, vec![problem(Severity::Warning, 0)]);
    c.add_problems([problem(Severity::Error, 1)]);
    assert_eq!(c.problems.len(), 2);
    assert_eq!(c.problems[0].severity, Severity::Error);
    assert!(c.has_errors());
}

#[test]
fn an_alert_in_a_right_to_left_language_reads_right_to_left() {
    let text = |lang: &str| {
        format!(
            r#"{{"schema": 1, "id": "a", "title": "t", "type": "statement", "status": "published",
            "published": "2022-01-01", "countries": ["AM"], "language": "{lang}", "summary": "s",
            "body": [{{"type": "paragraph", "text": ["x"]}}]}}"#
        )
    };
    let alert = |lang: &str| check_alert_text(&text(lang)).alert.expect("valid");
    assert_eq!(alert("ar").direction(), "rtl");
    assert_eq!(alert("fa-IR").direction(), "rtl");
    assert_eq!(alert("en").direction(), "ltr");
    assert_eq!(alert("hy").direction(), "ltr");
}
