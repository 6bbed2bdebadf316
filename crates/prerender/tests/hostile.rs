//! Hostile text in every field that reaches an output, built as the build
//! does and read back by independent parsers: feeds (feed-rs), the sitemap
//! (roxmltree), BibTeX (typst's biblatex, and BibTeX's own brace rule),
//! RIS (its line grammar), CSL-JSON, oEmbed and JSON-LD (serde_json), the
//! CSV (the csv crate). What the validator refuses (noncharacters, bidi
//! controls never closed) stops the build instead.

mod common;

use common::*;
use serde_json::{json, Value};
use std::path::Path;

const BASE: &str = "https://alerts.example.org/r/";

/// Each class of character the security review named, and a few more: a
/// forged BibTeX entry, stray braces, spreadsheet formulas, every line
/// break that is not a control, balanced bidi controls (allowed, with a
/// warning), markup, XML's CDATA end, TeX's specials, Arabic.
const HOSTILE: [&str; 9] = [
    "X}} @misc(injected, title = \"Forged citation\", author = \"Somebody Else\")",
    "a { stray } and } more {",
    "=HYPERLINK(\"https://evil.example\",\"click\")",
    "+1 @SUM(A1) -2",
    "one\u{2028}two\u{2029}three\nfour",
    "\u{2067}\u{645}\u{62b}\u{627}\u{644}\u{2069} and \u{202e}olleh\u{202c} balanced",
    "<script>alert(1)</script> & \"q\" 'a' ]]> <!-- -->",
    "50% $x #1 _a ~ ^ \\ \\} \\{",
    "\u{645}\u{62b}\u{627}\u{644} 🙂 Zürich",
];

fn hostile_alert(i: usize, text: &str) -> Value {
    let mut a = alert(
        &format!("h-{i}"),
        &format!("2023-01-{:02}", i + 1),
        "published",
    );
    a["title"] = json!(text);
    a["summary"] = json!(format!("S {text}"));
    a["tags"] = json!([format!("t {text}")]);
    a["series"] = json!({ "id": format!("s-{i}"), "number": 1 });
    a["changes"] = json!([format!("c {text}")]);
    a["body"] = json!([
        { "type": "heading", "level": 2, "text": [text] },
        { "type": "paragraph", "text": [text, { "text": text, "href": "https://example.org/?q=\"<>" }] },
        { "type": "quote", "text": [text], "cite": format!("q {text}") }
    ]);
    a
}

/// The archive of hostile alerts (each after an original of its series,
/// so feeds carry a "since" opening with the hostile `changes`), built once.
fn build() -> &'static Path {
    static BUILD: std::sync::OnceLock<std::path::PathBuf> = std::sync::OnceLock::new();
    BUILD.get_or_init(|| {
        let (data, build) = folders("hostile");
        let site = json!({
            "name": format!("Inst {}", HOSTILE[0]), "tagline": HOSTILE[2],
            "legal": HOSTILE[6], "contact": "info@example.org", "reader_url": BASE
        });
        std::fs::write(data.join("site.json"), site.to_string()).unwrap();
        for (i, text) in HOSTILE.iter().enumerate() {
            let mut original = alert(&format!("o-{i}"), "2022-01-01", "published");
            original["series"] = json!({ "id": format!("s-{i}"), "number": 0 });
            write(&data, &original);
            write(&data, &hostile_alert(i, text));
        }
        prerender(&data, &build, "/r/");
        build
    })
}

fn read(file: &str) -> String {
    std::fs::read_to_string(build().join(file)).unwrap_or_else(|e| panic!("{file}: {e}"))
}

/// Every citation file the alert pages offer with the ending `ext`: its
/// name (`<id>.bib`) and its text.
fn citation_files(ext: &str) -> Vec<(String, String)> {
    files_under("alerts", ".html")
        .iter()
        .flat_map(|page| downloads(build(), page))
        .filter(|(name, _)| name.ends_with(ext))
        .collect()
}

fn files_under(dir: &str, ext: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut stack = vec![build().join(dir)];
    while let Some(d) = stack.pop() {
        for e in std::fs::read_dir(&d).unwrap().flatten() {
            let p = e.path();
            if p.is_dir() {
                stack.push(p);
            } else if p.to_string_lossy().ends_with(ext) {
                out.push(
                    p.strip_prefix(build())
                        .unwrap()
                        .to_string_lossy()
                        .into_owned(),
                );
            }
        }
    }
    out.sort();
    out
}

/// Bidirectional controls and what isolates them: the plain-text outputs
/// may add an isolate around a title, so compare the text without them.
fn visible(text: &str) -> String {
    text.chars()
        .filter(|c| !matches!(c, '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}'))
        .collect()
}

#[test]
fn every_feed_parses_and_carries_each_hostile_title_whole() {
    let atom = files_under(
        "feeds",
        &format!(".{}", alert_model::outputs::follow::ATOM_EXT),
    );
    let json_feeds = files_under(
        "feeds",
        &format!(".{}", alert_model::outputs::follow::JSON_EXT),
    );
    assert!(atom.len() > 5 && atom.len() == json_feeds.len(), "{atom:?}");
    let mut hostile_entries = 0;
    for file in atom.iter().chain(&json_feeds) {
        let feed =
            feed_rs::parser::parse(read(file).as_bytes()).unwrap_or_else(|e| panic!("{file}: {e}"));
        for entry in &feed.entries {
            let title = entry.title.as_ref().expect("a title").content.clone();
            if let Some(i) = entry
                .id
                .split_once("/alerts/h-")
                .and_then(|(_, n)| n.parse::<usize>().ok())
            {
                assert_eq!(visible(&title), visible(HOSTILE[i]), "{file}");
                hostile_entries += 1;
            }
        }
    }
    // Each hostile alert is in the all-alerts, type, country, series and
    // language feeds, in both formats.
    assert!(
        hostile_entries >= HOSTILE.len() * 2 * 4,
        "{hostile_entries}"
    );
}

#[test]
fn the_sitemap_parses_and_names_only_addresses_under_the_reader() {
    let text = read("sitemap.xml");
    let doc = roxmltree::Document::parse(&text).expect("XML");
    let locs: Vec<&str> = doc
        .descendants()
        .filter(|n| n.has_tag_name("loc"))
        .filter_map(|n| n.text())
        .collect();
    assert!(locs.len() >= HOSTILE.len() * 2);
    assert!(locs.iter().all(|l| l.starts_with(BASE)), "{locs:?}");
}

#[test]
fn every_bibtex_file_is_one_entry_with_all_its_fields() {
    use biblatex::{Bibliography, ChunksExt};
    let files = citation_files(".bib");
    assert_eq!(files.len(), HOSTILE.len() * 2);
    for (file, text) in files {
        // BibTeX counts every brace, backslash or not: the entry's braces
        // close once, at its end.
        let mut depth = 0;
        let mut closed = 0;
        for c in text.chars() {
            match c {
                '{' => depth += 1,
                '}' => {
                    depth -= 1;
                    closed += usize::from(depth == 0);
                }
                _ => {}
            }
            assert!(depth >= 0, "{file}: a brace closes nothing\n{text}");
        }
        assert_eq!((closed, depth), (1, 0), "{file}\n{text}");
        let bib = Bibliography::parse(&text).unwrap_or_else(|e| panic!("{file}: {e:?}"));
        assert_eq!(bib.len(), 1, "{file}\n{text}");
        let entry = bib.iter().next().unwrap();
        let id = file.trim_end_matches(".bib");
        assert_eq!(entry.key, id);
        for field in [
            "author",
            "title",
            "institution",
            "type",
            "year",
            "date",
            "version",
            "langid",
            "url",
            "month",
        ] {
            assert!(
                entry.fields.contains_key(field),
                "{file}: no {field}\n{text}"
            );
        }
        assert!(
            !entry.fields["title"].format_verbatim().contains('\n'),
            "{file}"
        );
    }
}

#[test]
fn every_ris_file_is_tagged_lines_with_one_title() {
    for (file, text) in citation_files(".ris") {
        assert!(text.ends_with("ER  - \r\n"), "{file}");
        let lines: Vec<&str> = text.split("\r\n").filter(|l| !l.is_empty()).collect();
        for line in &lines {
            let tag_ok = line.len() >= 5
                && line.as_bytes()[..2]
                    .iter()
                    .all(|b| b.is_ascii_uppercase() || b.is_ascii_digit())
                && line[2..].starts_with("  -");
            assert!(tag_ok, "{file}: {line:?}");
            assert!(
                !line.contains(['\n', '\r', '\u{2028}', '\u{2029}', '\u{85}']),
                "{file}: {line:?}"
            );
        }
        assert_eq!(
            lines.iter().filter(|l| l.starts_with("TI  - ")).count(),
            1,
            "{file}"
        );
    }
}

#[test]
fn csl_json_oembed_and_json_ld_parse_and_keep_the_title() {
    for (i, text) in HOSTILE.iter().enumerate() {
        let id = format!("h-{i}");
        let name = format!("{id}.csl.json");
        let (_, csl_text) = downloads(build(), &format!("alerts/{id}.html"))
            .into_iter()
            .find(|(n, _)| *n == name)
            .expect("a CSL-JSON download");
        let csl: Value = serde_json::from_str(&csl_text).expect("CSL-JSON");
        assert_eq!(visible(csl[0]["title"].as_str().unwrap()), visible(text));
        let oembed: Value =
            serde_json::from_str(&read(&format!("oembed/alerts/{id}.json"))).expect("oEmbed");
        assert_eq!(oembed["type"], "rich");
        assert!(oembed["title"].as_str().is_some());
        let page = scraper::Html::parse_document(&read(&format!("alerts/{id}.html")));
        let sel = scraper::Selector::parse("script[type=\"application/ld+json\"]").unwrap();
        let ld: Value =
            serde_json::from_str(&page.select(&sel).next().expect("JSON-LD").inner_html())
                .expect("JSON");
        assert_eq!(ld["headline"].as_str(), Some(*text));
    }
}

#[test]
fn the_csv_parses_and_no_cell_can_run_as_a_formula() {
    for file in ["data/alerts.csv", "data/alerts-excel.csv"] {
        let text = read(file);
        let mut reader = csv::Reader::from_reader(text.trim_start_matches('\u{feff}').as_bytes());
        let rows: Vec<csv::StringRecord> = reader.records().map(|r| r.expect("a row")).collect();
        assert_eq!(rows.len(), HOSTILE.len() * 2, "{file}");
        for row in &rows {
            for cell in row.iter() {
                assert!(
                    !cell
                        .trim_start_matches(' ')
                        .starts_with(['=', '+', '-', '@', '\t', '\r']),
                    "{file}: {cell:?}"
                );
            }
        }
        let formula = rows
            .iter()
            .find(|r| &r[0] == "h-2")
            .expect("the formula's row");
        assert_eq!(&formula[2], format!("'{}", HOSTILE[2]));
    }
}

/// What the validator refuses never reaches an output: the build stops
/// and says which file and field.
#[test]
fn noncharacters_and_unclosed_overrides_stop_the_build() {
    for (name, text) in [("nonchar", "a\u{fffe}b"), ("override", "a\u{202e}b")] {
        let (data, build) = folders(&format!("hostile-{name}"));
        write(&data, &hostile_alert(0, text));
        std::fs::write(build.join("index.html"), template("/")).unwrap();
        let out = run(&[data.to_str().unwrap(), build.to_str().unwrap()]);
        assert!(!out.status.success(), "{name}");
        assert!(
            String::from_utf8_lossy(&out.stderr).contains("error"),
            "{name}"
        );
        assert!(!build.join("feeds").exists(), "{name}: feeds written");
    }
}
