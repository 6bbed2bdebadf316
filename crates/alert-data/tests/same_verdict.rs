//! The preview and the publishing tool give the same verdict (issue 16).
//!
//! Each defective draft below is run through both paths:
//! (a) the tool's: `check_data_dir` on a folder holding some published
//!     alerts and the draft saved as a file, and
//! (b) the preview's: `check_alert_text` plus `check_against_published`
//!     against the index built from the same published alerts,
//! and both must find errors at the same JSON paths.

use alert_data::check::check_data_dir;
use alert_model::validate::archive::{
    build_index, check_against_published, check_draft_text, ready_to_publish, Published,
};
use alert_model::validate::{check_alert_text, Severity};
use serde_json::{json, Value};
use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

fn alert(id: &str, date: &str, status: &str) -> Value {
    json!({
        "schema": 1, "id": id, "title": format!("Example: {id}"), "type": "red_flag_alert",
        "status": status, "published": date, "countries": ["AM"], "language": "en",
        "summary": "Sample.", "body": [{ "type": "paragraph", "text": ["Sample text."] }]
    })
}

/// The published archive every draft is checked against: a series with
/// updates 0–2 (an English original with an Armenian translation) and a
/// withdrawn statement.
fn published() -> Vec<(String, Value)> {
    let mut original = alert("az", "2022-01-01", "published");
    original["series"] = json!({ "id": "az", "number": 0 });
    original["translations"] = json!({ "hy": "az-hy" });
    let mut hy = alert("az-hy", "2022-01-01", "published");
    hy["language"] = json!("hy");
    hy["translations"] = json!({ "en": "az" });
    let mut one = alert("az-1", "2022-02-01", "published");
    one["series"] = json!({ "id": "az", "number": 1 });
    let mut two = alert("az-2", "2022-03-01", "published");
    two["series"] = json!({ "id": "az", "number": 2 });
    let mut gone = alert("gone", "2022-04-01", "withdrawn");
    gone["series"] = json!({ "id": "gone-series", "number": 0 });
    [original, hy, one, two, gone]
        .into_iter()
        .map(|v| (format!("{}.json", v["id"].as_str().unwrap()), v))
        .collect()
}

/// A draft with nothing wrong: update 3 of the series.
fn good_draft() -> Value {
    let mut v = alert("az-3", "2022-05-01", "draft");
    v["series"] = json!({ "id": "az", "number": 3 });
    v
}

struct Case {
    name: &'static str,
    file: &'static str,
    draft: Value,
    /// Other drafts in the folder (the tool sees them; the index never does).
    other_drafts: Vec<Value>,
    /// The error paths both must find.
    errors: &'static [&'static str],
}

fn cases() -> Vec<Case> {
    let edit = |f: &dyn Fn(&mut Value)| {
        let mut v = good_draft();
        f(&mut v);
        v
    };
    vec![
        Case {
            name: "no defect",
            file: "az-3.json",
            draft: good_draft(),
            other_drafts: vec![],
            errors: &[],
        },
        Case {
            name: "translation to a missing id",
            file: "az-3.json",
            draft: edit(&|v| v["translations"] = json!({ "fr": "no-such-alert" })),
            other_drafts: vec![],
            errors: &["translations.fr"],
        },
        Case {
            name: "translation to a draft",
            file: "az-3.json",
            draft: edit(&|v| v["translations"] = json!({ "fr": "az-3-fr" })),
            other_drafts: vec![{
                let mut fr = alert("az-3-fr", "2022-05-01", "draft");
                fr["language"] = json!("fr");
                fr["translations"] = json!({ "en": "az-3" });
                fr
            }],
            errors: &["translations.fr"],
        },
        Case {
            name: "translation to a withdrawn alert is allowed",
            file: "az-3.json",
            draft: edit(&|v| v["translations"] = json!({ "en-GB": "gone" })),
            other_drafts: vec![],
            errors: &[],
        },
        Case {
            name: "series number taken",
            file: "az-3.json",
            draft: edit(&|v| v["series"]["number"] = json!(2)),
            other_drafts: vec![],
            errors: &["series.number"],
        },
        Case {
            name: "series number taken by a withdrawn alert",
            file: "az-3.json",
            draft: edit(&|v| v["series"] = json!({ "id": "gone-series", "number": 0 })),
            other_drafts: vec![],
            errors: &["series.number"],
        },
        Case {
            name: "id taken by another file",
            file: "az-3.json",
            draft: edit(&|v| v["id"] = json!("az-1")),
            other_drafts: vec![],
            errors: &["id"],
        },
        Case {
            name: "id of a withdrawn alert taken by another file",
            file: "az-3.json",
            draft: edit(&|v| v["id"] = json!("gone")),
            other_drafts: vec![],
            errors: &["id"],
        },
        Case {
            name: "file name does not match the id",
            file: "az-update-3.json",
            draft: good_draft(),
            other_drafts: vec![],
            errors: &["id"],
        },
        Case {
            name: "a javascript link",
            file: "az-3.json",
            draft: edit(&|v| {
                v["body"][0]["text"] = json!([{ "text": "x", "href": "javascript:alert(1)" }])
            }),
            other_drafts: vec![],
            errors: &["body[0].text[0].href"],
        },
        Case {
            name: "an unknown country",
            file: "az-3.json",
            draft: edit(&|v| v["countries"] = json!(["ZZ"])),
            other_drafts: vec![],
            errors: &["countries[0]"],
        },
        Case {
            name: "updated before published",
            file: "az-3.json",
            draft: edit(&|v| v["updated"] = json!("2021-01-01")),
            other_drafts: vec![],
            errors: &["updated"],
        },
        Case {
            name: "a NUL in the title",
            file: "az-3.json",
            draft: edit(&|v| v["title"] = json!("Exam\u{0}ple")),
            other_drafts: vec![],
            errors: &["title"],
        },
        Case {
            name: "an empty title",
            file: "az-3.json",
            draft: edit(&|v| v["title"] = json!(" ")),
            other_drafts: vec![],
            errors: &["title"],
        },
    ]
}

fn folder(name: &str) -> PathBuf {
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR"))
        .join("same-verdict")
        .join(name.replace(' ', "-"));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(dir.join("alerts")).unwrap();
    std::fs::write(dir.join("site.json"), r#"{"name": "Example Institute"}"#).unwrap();
    dir
}

/// (a) The tool: error paths it reports for the draft's file.
fn tool_errors(case: &Case) -> BTreeSet<String> {
    let dir = folder(case.name);
    for (file, v) in published() {
        std::fs::write(dir.join("alerts").join(file), v.to_string()).unwrap();
    }
    for v in &case.other_drafts {
        let file = format!("{}.json", v["id"].as_str().unwrap());
        std::fs::write(dir.join("alerts").join(file), v.to_string()).unwrap();
    }
    std::fs::write(dir.join("alerts").join(case.file), case.draft.to_string()).unwrap();
    let (report, _) = check_data_dir(&dir).unwrap();
    // A draft never makes a published file fail.
    let published_files: Vec<String> = published()
        .into_iter()
        .map(|(file, _)| format!("alerts/{file}"))
        .collect();
    let others: Vec<&(String, alert_model::validate::Problem)> = report
        .problems
        .iter()
        .filter(|(file, p)| p.severity == Severity::Error && published_files.contains(file))
        .collect();
    assert!(
        others.is_empty(),
        "{}: the draft made published files fail: {others:#?}",
        case.name
    );
    report
        .problems
        .iter()
        .filter(|(file, p)| {
            p.severity == Severity::Error && *file == format!("alerts/{}", case.file)
        })
        .map(|(_, p)| p.path.clone())
        .collect()
}

/// (b) The preview: the draft's text and the published index.
fn preview_errors(case: &Case, published: &Published) -> (BTreeSet<String>, bool) {
    let text = case.draft.to_string();
    let mut checked = check_alert_text(&text);
    // A draft that cannot be rendered cannot be compared either.
    if let Some(alert) = checked.alert.clone() {
        checked.add_problems(check_against_published(&alert, Some(case.file), published));
    }
    // The one call the preview can make instead does the same.
    assert_eq!(
        check_draft_text(&text, Some(case.file), published),
        checked,
        "{}",
        case.name
    );
    let paths = checked
        .problems
        .iter()
        .filter(|p| p.severity == Severity::Error)
        .map(|p| p.path.clone())
        .collect();
    (paths, ready_to_publish(&checked.problems))
}

#[test]
fn every_defective_draft_gets_the_same_errors_from_the_tool_and_the_preview() {
    let alerts: Vec<alert_model::Alert> = published()
        .iter()
        .map(|(_, v)| check_alert_text(&v.to_string()).alert.unwrap())
        .collect();
    let index = build_index(&alerts, "2026-01-01T00:00:00Z".into());
    // The index as the preview fetches it: through JSON.
    let index: alert_model::Index =
        serde_json::from_str(&serde_json::to_string(&index).unwrap()).unwrap();
    let published = Published::from_index(&index);
    for case in cases() {
        let expected: BTreeSet<String> = case.errors.iter().map(|s| s.to_string()).collect();
        let tool = tool_errors(&case);
        let (preview, ready) = preview_errors(&case, &published);
        assert_eq!(tool, expected, "the tool, for {}", case.name);
        assert_eq!(preview, expected, "the preview, for {}", case.name);
        assert_eq!(
            ready,
            expected.is_empty(),
            "ready to publish, for {}",
            case.name
        );
    }
}
