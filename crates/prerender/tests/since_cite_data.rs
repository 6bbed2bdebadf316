//! Issue 12 as the build writes it, read back with independent parsers
//! (scraper for pages, the csv crate, serde_json, roxmltree for Atom):
//! the "since" box, the Compare box, "Cite this alert", citation tags and files,
//! the archive files, and the feed entry's opening lines.

mod common;

use common::*;
use serde_json::{json, Value};
use std::path::Path;

/// An original Red Flag Alert and an SOS update that adds a country, a
/// translation, a paragraph and the staff's points, edited after
/// publication; a withdrawn statement and a draft update beside them.
fn build(name: &str) -> std::path::PathBuf {
    let (data, build) = folders(name);
    let mut site: Value =
        serde_json::from_str(&std::fs::read_to_string(data.join("site.json")).expect("site"))
            .expect("json");
    site["type_order"] = json!(["red_flag_alert", "sos_alert", "active_genocide_alert"]);
    std::fs::write(data.join("site.json"), site.to_string()).expect("write");

    let mut original = alert("s-0", "2024-03-01", "published");
    original["type"] = json!("red_flag_alert");
    original["title"] = json!("Example: Red Flag Alert - Armenia");
    original["series"] = json!({"id": "s", "number": 0});
    original["body"] = json!([
        {"type": "paragraph", "text": ["Forces shelled the town on Monday."]},
        {"type": "paragraph", "text": ["The Institute calls for restraint."]}
    ]);
    write(&data, &original);

    let mut update = alert("s-1", "2024-04-02", "published");
    update["type"] = json!("sos_alert");
    update["title"] = json!("Example: SOS Alert - Armenia - Update 1");
    update["series"] = json!({"id": "s", "number": 1});
    update["countries"] = json!(["AM", "AZ"]);
    update["updated"] = json!("2024-04-05");
    update["translations"] = json!({"fr": "s-1-fr"});
    update["changes"] = json!(["A section on displacement.", "New sources."]);
    update["body"] = json!([
        {"type": "paragraph", "text": ["Forces shelled two towns on Monday."]},
        {"type": "paragraph", "text": ["The Institute calls for restraint."]},
        {"type": "paragraph", "text": ["Thousands have fled."]}
    ]);
    write(&data, &update);
    let mut french = alert("s-1-fr", "2024-04-02", "published");
    french["language"] = json!("fr");
    french["translations"] = json!({"en": "s-1"});
    write(&data, &french);
    write(&data, &alert("gone", "2023-01-01", "withdrawn"));
    let mut draft = alert("s-2", "2024-05-01", "draft");
    draft["series"] = json!({"id": "s", "number": 2});
    write(&data, &draft);
    prerender(&data, &build, "/r/");
    build
}

fn read(build: &Path, file: &str) -> String {
    std::fs::read_to_string(build.join(file)).unwrap_or_else(|e| panic!("{file}: {e}"))
}

#[test]
fn an_update_says_what_changed_since_the_alert_it_follows() {
    let build = build("since-box");
    let doc = page(&build, "alerts/s-1.html");
    assert_eq!(
        text(one(&doc, ".since h2")),
        "Since the original alert (Friday, March 1, 2024)"
    );
    assert_eq!(
        texts(&doc, ".since-points li"),
        ["A section on displacement.", "New sources."]
    );
    assert_eq!(
        texts(&doc, ".since-facts li"),
        [
            "Raised from Red Flag Alert to SOS Alert",
            "Country added: Azerbaijan",
            "New translation: Français",
            "Edited after publication, on Friday, April 5, 2024",
        ]
    );
    let compare = one(&doc, ".since-compare a");
    assert_eq!(text(compare), "Compare with the original alert");
    assert_eq!(attr(compare, "href"), "/r/alerts/s-1#compare");
    // The box sits in the header, under the title, before the text.
    let order: Vec<String> = all(&doc, ".alert-header h1, .alert-header .since, .alert-body")
        .into_iter()
        .map(|e| e.value().name().to_string())
        .collect();
    assert_eq!(
        order,
        ["h1", "section", "div"],
        "title, then the box, then the text"
    );
    // The original follows nothing; an alert outside a series neither.
    assert!(all(&page(&build, "alerts/s-0.html"), ".since").is_empty());
    assert!(all(&page(&build, "alerts/gone.html"), ".since").is_empty());
    // In French, the box speaks French.
    let fr = page(&build, "fr/alerts/s-1.html");
    let heading = text(one(&fr, ".since h2"));
    assert!(heading.contains("mars 2024"), "{heading}");
    assert_eq!(
        attr(one(&fr, ".since-compare a"), "href"),
        "/r/fr/alerts/s-1#compare"
    );
}

#[test]
fn compare_marks_each_passage_in_words_and_inline_changes() {
    let build = build("compare");
    let doc = page(&build, "alerts/s-1.html");
    // A box on the update's page, closed, after the text; `#compare`, the
    // Since box's link, opens it.
    let boxed = one(&doc, "details.compare-box");
    assert_eq!(boxed.attr("open"), None);
    assert_eq!(
        text(one(&doc, "details.compare-box > summary")),
        "Compare with the original alert"
    );
    assert_eq!(
        one(&doc, "details.compare-box > #compare").value().name(),
        "div"
    );
    let order: Vec<String> = all(&doc, ".alert-body, .compare-box, .cite-box")
        .into_iter()
        .filter_map(|e| attr(e, "class").split(' ').next_back().map(String::from))
        .collect();
    assert_eq!(order, ["alert-body", "compare-box", "cite-box"]);
    assert_eq!(
        text(one(&doc, ".compare-title")),
        "Changes since the original alert"
    );
    assert_eq!(
        text(one(&doc, ".compare-summary strong")),
        "2 passages differ."
    );
    let labels = texts(&doc, ".passage-label");
    assert_eq!(labels, ["Changed", "Added"]);
    assert_eq!(
        texts(&doc, ".passage-changed del"),
        ["removed: the town (end)"],
        "screen readers hear where struck words start and end"
    );
    assert_eq!(
        texts(&doc, ".passage-changed ins"),
        ["added: two towns (end)"]
    );
    assert_eq!(
        text(one(&doc, ".passage-added ins")),
        "Thousands have fled."
    );
    assert_eq!(
        text(one(&doc, ".passage-kept summary")),
        "1 passage unchanged"
    );
    assert_eq!(
        attr(one(&doc, ".compare-with a"), "href"),
        "/r/alerts/s-0",
        "the alert compared with is one click away"
    );
    // Only an update that follows a published alert has one; the draft
    // has no page at all; no page of its own for any.
    for (file, boxes) in [
        ("alerts/s-1.html", 1),
        ("alerts/s-0.html", 0),
        ("alerts/gone.html", 0),
    ] {
        assert_eq!(
            all(&page(&build, file), ".compare-box").len(),
            boxes,
            "{file}"
        );
    }
    assert!(!build.join("alerts/s-2.html").exists());
    for lang in ["", "fr/", "es/", "ar/"] {
        let old = format!("{lang}alerts/s-1/compare.html");
        assert!(!build.join(&old).exists(), "{old}");
    }
    let ar = page(&build, "ar/alerts/s-1.html");
    assert_ne!(
        text(one(&ar, ".compare-title")),
        "Changes since the original alert"
    );
    assert_eq!(attr(one(&ar, "html"), "dir"), "rtl");
    // The passages are in the alert's language, the labels the reader's.
    assert_eq!(attr(one(&ar, ".passages"), "lang"), "en");
    let labels = all(&ar, ".passage-label");
    assert!(labels.iter().all(|l| attr(*l, "lang") == "ar"));
    // So do the words screen readers hear around struck and added words.
    let said = all(&ar, ".passage-changed .visually-hidden");
    assert_eq!(said.len(), 4);
    assert!(said.iter().all(|s| attr(*s, "lang") == "ar"));
}

/// The text of a passage outside its struck and added words.
fn kept_words(passage: scraper::ElementRef<'_>) -> String {
    passage
        .descendants()
        .filter(|node| {
            !node.ancestors().any(|a| {
                a.value().as_element().is_some_and(|e| {
                    matches!(e.name(), "del" | "ins")
                        || e.has_class("passage-label", scraper::CaseSensitivity::CaseSensitive)
                })
            })
        })
        .filter_map(|node| node.value().as_text().map(|t| t.to_string()))
        .collect()
}

#[test]
fn the_sample_series_compare_only_a_passage_with_its_own_rewrite() {
    let (data, build) = folders("sample-compare");
    let sample = Path::new(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../../public/data/alerts"
    ));
    for entry in std::fs::read_dir(sample).expect("sample data") {
        let path = entry.expect("entry").path();
        std::fs::copy(
            &path,
            data.join("alerts").join(path.file_name().expect("name")),
        )
        .expect("copy");
    }
    prerender(&data, &build, "/");
    let (mut boxes, mut changed, mut unchanged) = (0, 0, 0);
    for file in names(&build.join("alerts")) {
        let doc = page(&build, &format!("alerts/{file}"));
        boxes += all(&doc, ".compare-box").len();
        // A Since box never stands as a heading over nothing.
        for since in all(&doc, ".since") {
            let said = all_in(since, ".since-points li, .since-facts li, .since-unchanged");
            assert!(!said.is_empty(), "{file}: {:?}", text(since));
            unchanged += all_in(since, ".since-unchanged").len();
        }
        for passage in all(&doc, ".passage-changed") {
            changed += 1;
            // A reader sees what stayed: words kept, and words changed.
            let kept = kept_words(passage);
            assert!(
                kept.split_whitespace().count() >= 2,
                "{file}: a changed passage keeps words: {:?}",
                text(passage)
            );
            assert!(!all_in(passage, "del, ins").is_empty(), "{file}");
        }
    }
    assert!(boxes >= 8, "{boxes} compare boxes");
    assert!(changed >= 3, "{changed} rewritten passages");
    assert!(unchanged >= 1, "an update that changes no type or country");
    // The walkthrough's page: a paragraph on graves and the heading that
    // followed it in the next update are a removal and an addition.
    let doc = page(&build, "alerts/azerbaijan-red-flag-update-3.html");
    assert_eq!(all(&doc, ".passage-changed").len(), 0);
    let removed = texts(&doc, ".passage-removed .passage-text");
    assert!(
        removed
            .iter()
            .any(|t| t.starts_with("According to the Institute, attacks on graves")),
        "{removed:?}"
    );
    let added_headings = texts(&doc, ".passage-added .passage-heading");
    assert_eq!(added_headings, ["What the Institute calls for"]);
}

fn all_in<'a>(e: scraper::ElementRef<'a>, css: &str) -> Vec<scraper::ElementRef<'a>> {
    e.select(&scraper::Selector::parse(css).expect("selector"))
        .collect()
}

#[test]
fn an_alert_page_cites_itself_in_each_style_and_file() {
    let build = build("cite");
    let doc = page(&build, "alerts/s-1.html");
    let url = "https://alerts.example.org/r/alerts/s-1";
    // Closed until asked for, and the address `#cite` opens it.
    let boxed = one(&doc, "details.cite-box");
    assert_eq!(boxed.attr("open"), None);
    assert_eq!(
        text(one(&doc, "details.cite-box > summary")),
        "Cite this alert"
    );
    assert_eq!(one(&doc, "details.cite-box > #cite").value().name(), "div");
    let apa = text(one(&doc, "#cite-apa"));
    assert!(apa.starts_with("Example Institute. (2024, April 2). Example: SOS Alert - Armenia - Update 1 (Update 1, version "), "{apa}");
    assert!(
        apa.ends_with(&format!("[SOS Alert]. Last updated April 5, 2024. {url}")),
        "{apa}"
    );
    assert_eq!(
        texts(&doc, "#cite-apa i"),
        ["Example: SOS Alert - Armenia - Update 1"]
    );
    let version = text(one(&doc, ".cite-version strong"));
    let id = version.strip_prefix("Version ").expect("a version");
    assert_eq!(id.len(), 8);
    for style in ["#cite-chicago", "#cite-mla"] {
        let t = text(one(&doc, style));
        assert!(
            t.contains(id) && t.contains("Update 1") && t.contains("Example Institute"),
            "{t}"
        );
    }
    // Each file downloads from its link, naming the same version.
    let files = downloads(&build, "alerts/s-1.html");
    let names: Vec<&str> = files.iter().map(|(n, _)| n.as_str()).collect();
    assert_eq!(names, ["s-1.bib", "s-1.ris", "s-1.csl.json"]);
    for (name, file) in &files {
        assert!(file.contains(id), "{name} names the version");
        assert!(file.contains("Update 1"), "{name} names the update");
    }
    assert!(files[0].1.starts_with("@techreport{s-1,"), "{}", files[0].1);
    let csl: Value = serde_json::from_str(&files[2].1).expect("CSL-JSON");
    assert_eq!(csl[0]["URL"], url);
    assert_eq!(csl[0]["number"], "Update 1");
    assert!(files[1].1.ends_with("ER  - \r\n"));
    // In every language, the same citation (the styles are English
    // conventions) in the interface's words.
    let fr = page(&build, "fr/alerts/s-1.html");
    assert_eq!(text(one(&fr, "#cite-apa")), apa);
    assert_ne!(
        text(one(&fr, "details.cite-box > summary")),
        "Cite this alert"
    );
    assert_eq!(downloads(&build, "fr/alerts/s-1.html"), files);
    // No citation file and no Cite page in the build: the links carry them.
    assert!(!build.join("cite").exists());
    for lang in ["", "fr/", "es/", "ar/"] {
        let old = format!("{lang}alerts/s-1/cite.html");
        assert!(!build.join(&old).exists(), "{old}");
    }
    // The withdrawn alert is still cited; the draft never.
    assert_eq!(downloads(&build, "alerts/gone.html").len(), 3);
    assert!(!build.join("alerts/s-2.html").exists());
}

#[test]
fn alert_pages_carry_highwire_citation_tags() {
    let build = build("highwire");
    let doc = page(&build, "fr/alerts/s-1.html");
    let meta = |name: &str| attr(one(&doc, &format!("meta[name=\"{name}\"]")), "content");
    assert_eq!(
        meta("citation_title"),
        "Example: SOS Alert - Armenia - Update 1"
    );
    assert_eq!(meta("citation_author"), "Example Institute");
    assert_eq!(meta("citation_publication_date"), "2024/04/02");
    assert_eq!(meta("citation_technical_report_number"), "Update 1");
    assert_eq!(
        meta("citation_language"),
        "en",
        "the alert's language, not the page's"
    );
    assert_eq!(
        meta("citation_abstract_html_url"),
        "https://alerts.example.org/r/alerts/s-1"
    );
}

#[test]
fn the_archive_files_hold_every_published_alert_and_nothing_else() {
    let build = build("archive-files");
    let mut reader = csv::Reader::from_path(build.join("data/alerts.csv")).expect("csv");
    let header: Vec<String> = reader
        .headers()
        .expect("header")
        .iter()
        .map(str::to_string)
        .collect();
    assert_eq!(header, alert_model::outputs::export::COLUMNS);
    let rows: Vec<csv::StringRecord> = reader.records().map(|r| r.expect("row")).collect();
    let ids: Vec<&str> = rows.iter().map(|r| &r[0]).collect();
    assert_eq!(
        ids,
        ["s-1", "s-1-fr", "s-0"],
        "newest first; no draft, no withdrawn alert"
    );
    assert_eq!(&rows[0][1], "https://alerts.example.org/r/alerts/s-1");
    assert_eq!(&rows[0][6], "AM; AZ");
    assert_eq!((&rows[0][7], &rows[0][8]), ("s", "1"));
    let raw = std::fs::read(build.join("data/alerts.csv")).expect("bytes");
    assert!(raw.windows(2).any(|w| w == b"\r\n"), "CRLF line ends");
    let excel = std::fs::read(build.join("data/alerts-excel.csv")).expect("bytes");
    assert!(excel.starts_with("\u{feff}".as_bytes()));
    let json: Value = serde_json::from_str(&read(&build, "data/alerts.json")).expect("json");
    let json_ids: Vec<&str> = json["alerts"]
        .as_array()
        .expect("list")
        .iter()
        .filter_map(|a| a["id"].as_str())
        .collect();
    assert_eq!(json_ids, ids);
    assert_eq!(json["count"], 3);
    assert_eq!(json["alerts"][0]["countries"], json!(["AM", "AZ"]));
    // The front page's links lead to them.
    let home = page(&build, "index.html");
    let hrefs: Vec<String> = all(&home, ".export a")
        .into_iter()
        .map(|a| attr(a, "href"))
        .collect();
    assert_eq!(
        hrefs,
        [
            "/r/data/alerts.csv",
            "/r/data/alerts-excel.csv",
            "/r/data/alerts.json"
        ]
    );
}

#[test]
fn a_feed_entry_opens_with_what_changed() {
    let build = build("feed-opening");
    let text = read(&build, "feeds/all.xml");
    let doc = roxmltree::Document::parse(&text).expect("well-formed");
    let content = |id: &str| {
        doc.descendants()
            .filter(|n| n.has_tag_name("entry"))
            .find(|e| {
                e.children().any(|c| {
                    c.has_tag_name("id")
                        && c.text() == Some(&format!("https://alerts.example.org/r/alerts/{id}"))
                })
            })
            .and_then(|e| e.children().find(|c| c.has_tag_name("content")))
            .and_then(|c| c.text().map(str::to_string))
    };
    assert_eq!(
        content("s-1").as_deref(),
        Some("Since the original alert (Friday, March 1, 2024):\n• A section on displacement.\n• New sources.\n• Raised from Red Flag Alert to SOS Alert\n• Country added: Azerbaijan\n• New translation: Français\n• Edited after publication, on Friday, April 5, 2024\n\nSummary of s-1.")
    );
    assert_eq!(content("s-0").as_deref(), Some("Summary of s-0."));
    let json: Value = serde_json::from_str(&read(&build, "feeds/all.json")).expect("json");
    let item = json["items"]
        .as_array()
        .expect("items")
        .iter()
        .find(|i| i["url"] == "https://alerts.example.org/r/alerts/s-1")
        .expect("item");
    assert!(item["content_text"]
        .as_str()
        .is_some_and(|t| t.starts_with("Since the original alert")));
    assert_eq!(item["summary"], "Summary of s-1.");
}

#[test]
fn the_build_says_how_many_alerts_its_archive_holds() {
    let (data, build) = folders("cite-count");
    write(&data, &alert("one", "2024-01-01", "published"));
    write(&data, &alert("two", "2024-01-02", "withdrawn"));
    write(&data, &alert("three", "2024-01-03", "draft"));
    std::fs::write(build.join("index.html"), template("/")).expect("template");
    let out = run(&[data.to_str().expect("path"), build.to_str().expect("path")]);
    let said = String::from_utf8_lossy(&out.stderr);
    assert!(
        said.contains("wrote the archive as CSV and JSON (1 alerts)\n"),
        "{said}"
    );
}
