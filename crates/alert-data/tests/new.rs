//! `alert-data new` as technical staff run it: each start writes a draft
//! file that the tool itself reads back, and never writes over a file.

mod common;

use common::run;
use serde_json::{json, Value};
use std::path::{Path, PathBuf};
use std::process::Output;

fn stderr(out: &Output) -> String {
    String::from_utf8_lossy(&out.stderr).into_owned()
}

/// A data folder with a two-alert series and a standalone statement.
fn data_dir(name: &str) -> PathBuf {
    let dir = common::data_dir(name);
    let series = |id: &str, number: u32, title: &str| {
        json!({
            "schema": 1, "id": id, "title": title, "type": "red_flag_alert",
            "status": "published", "published": format!("2024-0{}-01", number + 1),
            "countries": ["MM", "TH"], "language": "en",
            "series": { "id": "example-flag", "number": number },
            "summary": "Sample.", "tags": ["sample"],
            "body": [{ "type": "paragraph", "text": ["Sample text."] }]
        })
    };
    write(
        &dir,
        &series("example-flag", 0, "Example: Red Flag Alert - Myanmar"),
    );
    write(
        &dir,
        &series(
            "example-flag-update-1",
            1,
            "Example: Red Flag Alert - Myanmar - Update 1",
        ),
    );
    write(
        &dir,
        &json!({
            "schema": 1, "id": "example-statement", "title": "Example: Statement", "type": "statement",
            "status": "published", "published": "2024-05-01", "countries": ["SD"], "language": "en",
            "summary": "Sample.", "body": [{ "type": "paragraph", "text": ["Sample text."] }]
        }),
    );
    dir
}

fn write(dir: &Path, alert: &Value) {
    let name = format!("{}.json", alert["id"].as_str().unwrap());
    std::fs::write(dir.join("alerts").join(name), alert.to_string()).unwrap();
}

fn read(dir: &Path, id: &str) -> Value {
    let text = std::fs::read_to_string(dir.join("alerts").join(format!("{id}.json"))).unwrap();
    serde_json::from_str(&text).unwrap()
}

/// The staff's part: a summary, a body and, for an update, what changed.
fn fill_in(dir: &Path, id: &str) {
    let mut alert = read(dir, id);
    alert["summary"] = json!("Sample summary.");
    alert["body"] = json!([{ "type": "paragraph", "text": ["Sample text."] }]);
    if alert.get("series").is_some() {
        alert["changes"] = json!(["Sample change."]);
    }
    write(dir, &alert);
}

#[test]
fn the_next_update_is_numbered_and_carries_the_series() {
    let dir = data_dir("new-update");
    let d = dir.to_str().unwrap();
    let out = run(&["new", "--data", d, "--update-of", "example-flag-update-1"]);
    assert!(out.status.success(), "{}", stderr(&out));
    let alert = read(&dir, "example-flag-update-2");
    assert_eq!(
        alert["series"],
        json!({ "id": "example-flag", "number": 2 })
    );
    assert_eq!(
        alert["title"],
        "Example: Red Flag Alert - Myanmar - Update 2"
    );
    assert_eq!(alert["status"], "draft");
    assert_eq!(alert["countries"], json!(["MM", "TH"]));
    assert_eq!(alert["type"], "red_flag_alert");
    assert!(
        stderr(&out).contains("changes"),
        "asks what changed: {}",
        stderr(&out)
    );

    // Until the staff write their part, the tool says what is missing…
    let check = run(&["check", d]);
    assert!(stderr(&check).contains("example-flag-update-2.json: summary"));
    // …and afterwards it accepts the file.
    fill_in(&dir, "example-flag-update-2");
    let check = run(&["check", d]);
    assert!(check.status.success(), "{}", stderr(&check));
    assert!(
        stderr(&check).contains("0 errors, 0 warnings"),
        "{}",
        stderr(&check)
    );

    // The series id works as well as an alert's, and a draft's number is taken.
    let out = run(&["new", "--data", d, "--update-of", "example-flag"]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert_eq!(read(&dir, "example-flag-update-3")["series"]["number"], 3);
}

#[test]
fn a_translation_links_to_its_original_and_says_how_to_link_back() {
    let dir = data_dir("new-translation");
    let d = dir.to_str().unwrap();
    let out = run(&[
        "new",
        "--data",
        d,
        "--translation-of",
        "example-statement",
        "--language",
        "fr",
    ]);
    assert!(out.status.success(), "{}", stderr(&out));
    let fr = read(&dir, "example-statement-fr");
    assert_eq!(fr["language"], "fr");
    assert_eq!(fr["translations"], json!({ "en": "example-statement" }));
    assert_eq!(fr["body"], read(&dir, "example-statement")["body"]);
    let said = stderr(&out);
    assert!(
        said.contains(r#""translations": { "fr": "example-statement-fr" }"#),
        "{said}"
    );
    // The original is not touched: it may not link to a draft.
    assert!(read(&dir, "example-statement")
        .get("translations")
        .is_none());
    let check = run(&["check", d]);
    assert!(check.status.success(), "{}", stderr(&check));

    let again = run(&[
        "new",
        "--data",
        d,
        "--translation-of",
        "example-statement",
        "--language",
        "en",
    ]);
    assert_eq!(again.status.code(), Some(1));
    assert!(stderr(&again).contains("already in"), "{}", stderr(&again));
}

#[test]
fn a_blank_start_takes_its_id_from_the_title_and_never_reuses_one() {
    let dir = data_dir("new-blank");
    let d = dir.to_str().unwrap();
    let title = "Example: Statement";
    let out = run(&["new", "--data", d, "--title", title, "--language", "es"]);
    assert!(out.status.success(), "{}", stderr(&out));
    // `example-statement` is taken by a published alert.
    let alert = read(&dir, "example-statement-2");
    assert_eq!(alert["title"], title);
    assert_eq!(alert["language"], "es");
    assert_eq!(alert["$schema"], "../schema/alert.schema.json");
    let untitled = run(&["new", "--data", d]);
    assert!(untitled.status.success(), "{}", stderr(&untitled));
    assert_eq!(read(&dir, "new-alert")["title"], "");
    // Run again, the first draft's id is taken too.
    assert!(run(&["new", "--data", d]).status.success());
    assert_eq!(read(&dir, "new-alert-2")["status"], "draft");
    // A blank draft is not ready: the check fails until it is written.
    let check = run(&["check", d]);
    assert_eq!(check.status.code(), Some(1));
    assert!(
        stderr(&check).contains("new-alert.json: title: is empty"),
        "{}",
        stderr(&check)
    );
}

#[test]
fn unknown_alerts_and_wrong_options_are_refused_with_a_reason() {
    let dir = data_dir("new-refused");
    let d = dir.to_str().unwrap();
    let out = run(&[
        "new",
        "--data",
        d,
        "--translation-of",
        "nothing",
        "--language",
        "fr",
    ]);
    assert_eq!(out.status.code(), Some(1));
    assert!(
        stderr(&out).contains(r#"no alert file has the id "nothing""#),
        "{}",
        stderr(&out)
    );
    let out = run(&["new", "--data", d, "--update-of", "example-statement"]);
    assert_eq!(out.status.code(), Some(1));
    assert!(stderr(&out).contains("series"), "{}", stderr(&out));
    for args in [
        &["new", "--translation-of", "example-statement"][..],
        &["new", "--update-of", "x", "--translation-of", "y"],
        &["new", "--update-of", "x", "--title", "y"],
        &["new", "--colour", "red"],
        &["new", "--title"],
    ] {
        assert_eq!(run(args).status.code(), Some(2), "{args:?}");
    }
    let files = std::fs::read_dir(dir.join("alerts")).unwrap().count();
    assert_eq!(files, 3, "nothing written");
}

#[test]
fn an_existing_file_is_never_written_over() {
    let dir = data_dir("new-exists");
    // A file whose name is free as an id (its content has another id).
    let mut stray = read(&dir, "example-statement");
    stray["id"] = json!("something-else");
    let stray_path = dir.join("alerts/example-flag-update-2.json");
    std::fs::write(&stray_path, stray.to_string()).unwrap();
    let before = std::fs::read(&stray_path).unwrap();
    let out = run(&[
        "new",
        "--data",
        dir.to_str().unwrap(),
        "--update-of",
        "example-flag",
    ]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert_eq!(std::fs::read(&stray_path).unwrap(), before);
    let update = read(&dir, "example-flag-update-2-2");
    assert_eq!(update["id"], "example-flag-update-2-2");
    assert_eq!(update["series"]["number"], 2);
}
