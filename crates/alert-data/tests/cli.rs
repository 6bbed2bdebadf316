//! The publishing tool as staff run it: on a folder of alert files.

mod common;

use common::{data_dir, run};
use serde_json::{json, Value};
use std::path::Path;

fn alert(id: &str, date: &str, status: &str) -> Value {
    json!({
        "schema": 1, "id": id, "title": format!("Example: {id}"), "type": "statement",
        "status": status, "published": date, "countries": ["AM"], "language": "en",
        "summary": "Sample.", "body": [{ "type": "paragraph", "text": ["Sample text."] }]
    })
}

fn write(dir: &Path, file: &str, v: &Value) {
    std::fs::write(dir.join("alerts").join(file), v.to_string()).unwrap();
}

#[test]
fn index_holds_published_alerts_only_newest_first_without_bodies() {
    let dir = data_dir("good");
    write(
        &dir,
        "older.json",
        &alert("older", "2021-01-05", "published"),
    );
    write(
        &dir,
        "newer.json",
        &alert("newer", "2023-03-01", "published"),
    );
    write(&dir, "gone.json", &alert("gone", "2022-01-01", "withdrawn"));
    write(&dir, "next.json", &alert("next", "2024-01-01", "draft"));
    let out = run(&["index", dir.to_str().unwrap()]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let index: Value =
        serde_json::from_str(&std::fs::read_to_string(dir.join("index.json")).unwrap()).unwrap();
    let ids: Vec<&str> = index["alerts"]
        .as_array()
        .unwrap()
        .iter()
        .map(|a| a["id"].as_str().unwrap())
        .collect();
    assert_eq!(ids, ["newer", "older"]);
    assert!(index["alerts"][0].get("body").is_none());
    assert_eq!(index["schema"], 1);
}

#[test]
fn every_problem_in_every_file_is_reported_and_nothing_is_written() {
    let dir = data_dir("bad");
    std::fs::write(
        dir.join("alerts/broken.json"),
        "{\n  \"schema\": 1,\n  oops\n}",
    )
    .unwrap();
    let mut v = alert("wrong-name", "2022-10-07", "live");
    v["type"] = json!("rumour");
    v["countries"] = json!(["ZZ"]);
    v["updated"] = json!("2022-10-01");
    v["body"][0]["text"] = json!([{ "text": "x", "href": "javascript:alert(1)" }]);
    v["translations"] = json!({ "ar": "missing-translation" });
    write(&dir, "misnamed.json", &v);
    write(
        &dir,
        "bad-date.json",
        &alert("bad-date", "2022-13-01", "published"),
    );
    // A file with a fatal error cannot be compared with others, so the
    // twins below have only problems that still let them be read.
    let mut a = alert("twin", "2022-01-02", "published");
    a["series"] = json!({ "id": "s", "number": 1 });
    write(&dir, "twin.json", &a);
    let mut b = alert("twin", "2022-01-01", "published");
    b["series"] = json!({ "id": "s", "number": 1 });
    write(&dir, "twin-copy.json", &b);

    let out = run(&["index", dir.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(1));
    let err = String::from_utf8_lossy(&out.stderr);
    for expected in [
        "alerts/broken.json: not valid JSON: line 3, column 3",
        "alerts/misnamed.json: type: unknown type \"rumour\"",
        "alerts/misnamed.json: status: unknown status \"live\"",
        "alerts/misnamed.json: countries[0]: unknown country code \"ZZ\"",
        "alerts/misnamed.json: updated: 2022-10-01 is before the publication date 2022-10-07",
        "alerts/misnamed.json: body[0].text[0].href: scheme \"javascript\" is not allowed",
        "alerts/bad-date.json: published: bad date: \"2022-13-01\": month 13 does not exist",
        "alerts/twin.json: id: \"twin\" is already used by twin-copy.json",
        "alerts/twin-copy.json: id: \"twin\" does not match the file name",
        "alerts/twin.json: series.number: series s already has Update 1 in twin-copy.json",
        // Files are read in name order: twin-copy.json comes first.
        "index.json not written",
    ] {
        assert!(err.contains(expected), "missing {expected:?} in:\n{err}");
    }
    assert!(!dir.join("index.json").exists());
}

#[test]
fn a_translation_pointing_nowhere_and_a_misnamed_file_are_errors() {
    let dir = data_dir("links");
    let mut v = alert("a", "2022-01-01", "published");
    v["translations"] = json!({ "ar": "a-ar" });
    write(&dir, "a.json", &v);
    write(&dir, "b.json", &alert("c", "2022-01-01", "published"));
    let out = run(&["check", dir.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(1));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains(
            "alerts/a.json: translations.ar: points to \"a-ar\", but no alert has that id"
        ),
        "{err}"
    );
    assert!(
        err.contains("alerts/b.json: id: \"c\" does not match the file name"),
        "{err}"
    );
    assert!(
        err.contains("checked 3 files: 2 errors, 0 warnings"),
        "{err}"
    );
}

#[test]
fn a_single_draft_file_can_be_checked_on_its_own() {
    let drafts = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../samples/drafts");
    let ok = run(&["check", drafts.join("example-draft.json").to_str().unwrap()]);
    assert!(
        ok.status.success(),
        "{}",
        String::from_utf8_lossy(&ok.stderr)
    );
    let bad = run(&["check", drafts.join("broken-draft.json").to_str().unwrap()]);
    assert_eq!(bad.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&bad.stderr).contains("scheme \"javascript\" is not allowed"));
}

#[test]
fn usage_errors_exit_2() {
    assert_eq!(run(&[]).status.code(), Some(2));
    assert_eq!(run(&["publish"]).status.code(), Some(2));
}

#[test]
fn a_synthetic_index_is_valid_deterministic_and_the_size_asked_for() {
    let a = run(&["synth", "300", "--seed", "7"]);
    assert!(a.status.success());
    let b = run(&["synth", "300", "--seed", "7"]);
    assert_eq!(a.stdout, b.stdout, "same seed, same bytes");
    assert_ne!(a.stdout, run(&["synth", "300", "--seed", "8"]).stdout);
    let index: alert_model::Index = serde_json::from_slice(&a.stdout).expect("reads as an index");
    assert_eq!(index.alerts.len(), 300);
    let catalog = alert_model::Catalog::new(index.alerts.clone());
    assert_eq!(catalog.len(), 300, "ids are unique");
    assert!(
        index
            .alerts
            .windows(2)
            .all(|w| w[0].published >= w[1].published),
        "newest first"
    );
    let countries: std::collections::BTreeSet<&str> = index
        .alerts
        .iter()
        .flat_map(|e| e.countries.iter().map(String::as_str))
        .collect();
    assert!(countries.len() > 40, "facets are wide: {}", countries.len());
    assert!(countries
        .iter()
        .all(|c| alert_model::alert::countries::is_known_country(c)));
    let years: std::collections::BTreeSet<i32> =
        index.alerts.iter().map(|e| e.published.year()).collect();
    assert!(years.len() >= 15, "{years:?}");
    assert!(
        index.alerts.iter().all(|e| e.title.starts_with("Example:")),
        "synthetic data says so"
    );
}

#[test]
fn synthetic_alert_files_pass_the_check_with_bodies_series_and_translations() {
    let dir = data_dir("synth-files");
    let out = run(&[
        "synth",
        "600",
        "--seed",
        "3",
        "--files",
        dir.to_str().unwrap(),
    ]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let check = run(&["check", dir.to_str().unwrap()]);
    let said = String::from_utf8_lossy(&check.stderr);
    assert!(check.status.success(), "{said}");
    assert!(said.contains("0 errors, 0 warnings"), "{said}");

    let files: Vec<(String, Value)> = std::fs::read_dir(dir.join("alerts"))
        .unwrap()
        .map(|e| {
            let text = std::fs::read_to_string(e.unwrap().path()).unwrap();
            let value = serde_json::from_str(&text).unwrap();
            (text, value)
        })
        .collect();
    assert_eq!(files.len(), 600);
    let alerts: Vec<&Value> = files.iter().map(|(_, v)| v).collect();
    let in_series = alerts.iter().filter(|a| a.get("series").is_some()).count();
    assert!(
        (190..=210).contains(&in_series),
        "a third in series: {in_series}"
    );
    let french: Vec<&&Value> = alerts.iter().filter(|a| a["language"] == "fr").collect();
    assert_eq!(french.len(), 30, "5% in French");
    // One country is watched far more than the others, as in a real archive.
    let mut by_country: std::collections::BTreeMap<&str, usize> = Default::default();
    for a in &alerts {
        for c in a["countries"].as_array().unwrap() {
            *by_country.entry(c.as_str().unwrap()).or_default() += 1;
        }
    }
    let mut counts: Vec<usize> = by_country.into_values().collect();
    counts.sort_unstable();
    let (most, next) = (counts[counts.len() - 1], counts[counts.len() - 2]);
    assert!((110..=170).contains(&most), "about a fifth: {most}");
    assert!(next * 4 < most, "{next} against {most}");
    let by_id: std::collections::BTreeMap<&str, &Value> = alerts
        .iter()
        .map(|a| (a["id"].as_str().unwrap(), *a))
        .collect();
    for translation in &french {
        let original = by_id[translation["translations"]["en"].as_str().unwrap()];
        assert_eq!(
            original["translations"]["fr"], translation["id"],
            "linked both ways"
        );
        assert_eq!(original["language"], "en");
    }
    // Each update follows the one before it in its series.
    let mut series: std::collections::BTreeMap<&str, Vec<(u64, &str)>> = Default::default();
    for a in &alerts {
        if let Some(s) = a.get("series") {
            series.entry(s["id"].as_str().unwrap()).or_default().push((
                s["number"].as_u64().unwrap(),
                a["published"].as_str().unwrap(),
            ));
        }
    }
    assert!(series.values().any(|s| s.len() == 3));
    for members in series.values_mut() {
        members.sort();
        assert!(members.iter().enumerate().all(|(i, (n, _))| *n == i as u64));
        assert!(members.windows(2).all(|w| w[0].1 < w[1].1), "{members:?}");
    }
    let body_bytes: usize = alerts.iter().map(|a| a["body"].to_string().len()).sum();
    let average = body_bytes / alerts.len();
    assert!(
        (2_000..=3_500).contains(&average),
        "about 2.5 KB of body: {average}"
    );

    // The same seed, the same bytes.
    let again = data_dir("synth-files-again");
    run(&[
        "synth",
        "600",
        "--seed",
        "3",
        "--files",
        again.to_str().unwrap(),
    ]);
    for entry in std::fs::read_dir(dir.join("alerts")).unwrap() {
        let path = entry.unwrap().path();
        let twin = again.join("alerts").join(path.file_name().unwrap());
        assert_eq!(std::fs::read(&path).unwrap(), std::fs::read(twin).unwrap());
    }
}

#[test]
fn nothing_from_a_file_reaches_the_terminal_raw() {
    let dir = data_dir("escapes");
    let mut v = alert("a", "2022-01-01", "published");
    v["\u{1b}]0;pwned\u{7}\u{1b}[2J"] = json!(1);
    write(&dir, "a.json", &v);
    // A file name can hold control characters too.
    write(
        &dir,
        "\u{1b}[31mb\u{9b}.json",
        &alert("b", "2022-01-02", "published"),
    );
    let out = run(&["check", dir.to_str().unwrap()]);
    let err = String::from_utf8(out.stderr).unwrap();
    assert!(
        !err.chars().any(|c| c.is_control() && c != '\n'),
        "raw control characters in:\n{err:?}"
    );
    assert!(
        err.contains("alerts/a.json: \\u{1b}]0;pwned\\u{7}\\u{1b}[2J: warning: unknown field"),
        "{err}"
    );
    assert!(
        err.contains("alerts/\\u{1b}[31mb\\u{9b}.json: id: \"b\" does not match the file name"),
        "{err}"
    );
}

#[test]
fn a_file_with_thousands_of_problems_lists_two_hundred_and_counts_all() {
    let dir = data_dir("many");
    let mut v = alert("a", "2022-01-01", "published");
    let spans: Vec<Value> = (0..5_000)
        .map(|_| json!({ "text": "x", "href": "javascript:alert(1)" }))
        .collect();
    v["body"][0]["text"] = spans.into();
    v["extra"] = json!(1);
    write(&dir, "a.json", &v);
    let out = run(&["check", dir.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(1));
    let err = String::from_utf8_lossy(&out.stderr);
    let listed = err
        .lines()
        .filter(|l| l.starts_with("alerts/a.json: body[0].text["))
        .count();
    assert_eq!(listed, 200, "{err}");
    assert!(
        err.contains("alerts/a.json: and 4801 more problems not listed (4800 errors, 1 warning): fix the ones above and check again"),
        "{err}"
    );
    assert!(
        err.contains("checked 2 files: 5000 errors, 1 warning"),
        "{err}"
    );
}

#[test]
fn site_json_is_checked_like_an_alert_with_paths() {
    let dir = data_dir("site");
    write(&dir, "a.json", &alert("a", "2022-01-01", "published"));
    std::fs::write(
        dir.join("site.json"),
        json!({
            "name": "Example Institute",
            "tagline": "Creating a shared language\u{1b}[2J",
            "url": "data:text/html,<script>alert(1)</script>",
            "reader_url": "https://alerts.example.org/../",
            "donate": "javascript:alert(document.cookie)",
            "contact": "info at example.org",
            "legal": "x".repeat(501),
            "embed": { "allowed_origins": ["https://partner.example", "https://x.example; script-src *"] },
            "sample_data": "yes",
            "colour": "red"
        })
        .to_string(),
    )
    .unwrap();
    let out = run(&["check", dir.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(1));
    let err = String::from_utf8_lossy(&out.stderr);
    let site: Vec<&str> = err.lines().filter(|l| l.starts_with("site.json")).collect();
    assert_eq!(
        site,
        [
            "site.json: tagline: contains the control character U+001B at character 27; remove it",
            "site.json: url: scheme \"data\" is not allowed (only https, http and mailto)",
            "site.json: reader_url: \"https://alerts.example.org/../\" has a path with empty, \".\" or \"..\" parts or characters outside letters, digits and - _ . ~",
            "site.json: donate: scheme \"javascript\" is not allowed (only https, http and mailto)",
            "site.json: contact: \"info at example.org\" is not an email address like \"info@example.org\"",
            "site.json: legal: has 501 characters; at most 500 are allowed",
            "site.json: embed.allowed_origins[1]: \"https://x.example; script-src *\" is not an origin like \"https://partner.example\" (scheme, host and port only)",
            "site.json: sample_data: must be true or false, not text",
            "site.json: colour: warning: unknown field \"colour\" is ignored",
        ],
        "{err}"
    );

    // A name is required, and an empty one says why it matters.
    std::fs::write(dir.join("site.json"), r#"{"name": " ", "name": "X"}"#).unwrap();
    let err = String::from_utf8_lossy(&run(&["check", dir.to_str().unwrap()]).stderr).into_owned();
    assert!(
        err.contains("site.json: name: the key \"name\" appears twice (both on line 1, at columns 2 and 15); remove one"),
        "{err}"
    );
    std::fs::write(
        dir.join("site.json"),
        r#"{"name": " ", "reader_url": "https://a.org/", "donate": null, "contact": "mailto:info@example.org"}"#,
    )
    .unwrap();
    let err = String::from_utf8_lossy(&run(&["check", dir.to_str().unwrap()]).stderr).into_owned();
    let site: Vec<&str> = err.lines().filter(|l| l.starts_with("site.json")).collect();
    assert_eq!(
        site,
        [
            "site.json: name: is empty: every page names the publisher",
            "site.json: contact: write the address alone, without \"mailto:\" (the reader adds it)",
        ],
        "{err}"
    );
}
