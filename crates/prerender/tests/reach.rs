//! What lets others follow and share the pages, as the build writes it:
//! feeds (read back by feed-rs, an independent Atom and JSON Feed parser),
//! the sitemap (roxmltree), share cards (their PNG header), link-preview
//! tags and JSON-LD (scraper), oEmbed documents and robots.txt.

mod common;

use common::*;
use serde_json::{json, Value};
use std::collections::BTreeSet;
use std::path::Path;

const BASE: &str = "https://alerts.example.org/r/";

/// The sample archive's build, made once for the tests that only read it.
fn shared() -> &'static Path {
    static BUILD: std::sync::OnceLock<std::path::PathBuf> = std::sync::OnceLock::new();
    BUILD.get_or_init(|| archive("shared").1)
}

/// A small archive with every case: a series with a translation, two
/// countries, a withdrawn alert and a draft.
fn archive(name: &str) -> (std::path::PathBuf, std::path::PathBuf) {
    let (data, build) = folders(name);
    let mut original = alert("rf-0", "2023-01-10", "published");
    original["type"] = json!("red_flag_alert");
    original["series"] = json!({ "id": "rf", "number": 0 });
    original["countries"] = json!(["AM", "AZ"]);
    let mut update = alert("rf-1", "2023-03-01", "published");
    update["type"] = json!("red_flag_alert");
    update["series"] = json!({ "id": "rf", "number": 1 });
    update["updated"] = json!("2023-04-02");
    update["translations"] = json!({ "fr": "rf-1-fr" });
    let mut french = alert("rf-1-fr", "2023-03-01", "published");
    french["language"] = json!("fr");
    french["title"] = json!("Exemple : mise à jour 1");
    french["translations"] = json!({ "en": "rf-1" });
    let mut withdrawn = alert("gone", "2022-05-05", "withdrawn");
    withdrawn["type"] = json!("report");
    withdrawn["updated"] = json!("2023-02-01");
    withdrawn["countries"] = json!(["SD"]);
    let mut draft = alert("secret", "2024-01-01", "draft");
    draft["countries"] = json!(["SD"]);
    for v in [&original, &update, &french, &withdrawn, &draft] {
        write(&data, v);
    }
    write(&data, &alert("plain", "2022-01-01", "published"));
    prerender(&data, &build, "/r/");
    (data, build)
}

fn feed(build: &Path, file: &str) -> feed_rs::model::Feed {
    let bytes = std::fs::read(build.join(file)).unwrap_or_else(|e| panic!("{file}: {e}"));
    feed_rs::parser::parse(bytes.as_slice()).unwrap_or_else(|e| panic!("{file}: {e}"))
}

fn ids(feed: &feed_rs::model::Feed) -> Vec<String> {
    feed.entries.iter().map(|e| e.id.clone()).collect()
}

fn url(id: &str) -> String {
    format!("{BASE}alerts/{id}")
}

#[test]
fn each_feed_lists_exactly_its_alerts_newest_change_first() {
    let build = shared().to_path_buf();
    // Newest change first: rf-1 changed 2023-04-02, rf-1-fr 03-01, gone
    // (withdrawn) 02-01, rf-0 01-10, plain 2022-01-01. Never the draft.
    let everything = ["rf-1", "rf-1-fr", "gone", "rf-0", "plain"]
        .map(url)
        .to_vec();
    for (file, expected) in [
        ("feeds/all.xml", everything.clone()),
        ("feeds/all.json", everything),
        (
            "feeds/countries/AM.xml",
            ["rf-1", "rf-1-fr", "rf-0", "plain"].map(url).to_vec(),
        ),
        ("feeds/countries/AZ.json", vec![url("rf-0")]),
        ("feeds/countries/SD.xml", vec![url("gone")]),
        (
            "feeds/types/red_flag_alert.xml",
            ["rf-1", "rf-0"].map(url).to_vec(),
        ),
        ("feeds/series/rf.xml", ["rf-1", "rf-0"].map(url).to_vec()),
        ("feeds/languages/fr.json", vec![url("rf-1-fr")]),
        (
            "feeds/languages/en.xml",
            ["rf-1", "gone", "rf-0", "plain"].map(url).to_vec(),
        ),
    ] {
        assert_eq!(ids(&feed(&build, file)), expected, "{file}");
    }
    // Each feed says what it follows and who publishes it.
    let title = |file: &str| feed(&build, file).title.map(|t| t.content);
    assert_eq!(
        title("feeds/all.xml").as_deref(),
        Some("All alerts · Example Institute")
    );
    assert_eq!(
        title("feeds/countries/AM.json").as_deref(),
        Some("Armenia · Example Institute")
    );
    assert_eq!(
        title("feeds/series/rf.xml").as_deref(),
        Some("Series: Example: rf-0 · Example Institute")
    );
    // No feed for what has no alerts, nor for a draft's country alone.
    for absent in ["feeds/countries/FR.xml", "feeds/types/sos_alert.xml"] {
        assert!(!build.join(absent).exists(), "{absent}");
    }
    let all = std::fs::read_to_string(build.join("feeds/all.xml")).unwrap();
    assert!(!all.contains("secret"), "a draft never appears");
}

#[test]
fn an_entry_carries_its_dates_language_categories_and_translations() {
    let build = shared().to_path_buf();
    let atom = feed(&build, "feeds/all.xml");
    let entry = &atom.entries[0];
    assert_eq!(entry.id, url("rf-1"));
    assert_eq!(
        entry.published.unwrap().to_rfc3339(),
        "2023-03-01T00:00:00+00:00"
    );
    assert_eq!(
        entry.updated.unwrap().to_rfc3339(),
        "2023-04-02T00:00:00+00:00"
    );
    let terms: Vec<&str> = entry.categories.iter().map(|c| c.term.as_str()).collect();
    assert_eq!(terms, ["AM", "red_flag_alert"]);
    let french: Vec<(&str, Option<&str>)> = entry
        .links
        .iter()
        .map(|l| (l.href.as_str(), l.href_lang.as_deref()))
        .collect();
    assert_eq!(
        french,
        [
            (url("rf-1").as_str(), Some("en")),
            (url("rf-1-fr").as_str(), Some("fr"))
        ]
    );
    assert_eq!(entry.summary.as_ref().unwrap().content, "Summary of rf-1.");
    // Each entry in its own language (xml:lang, which feed-rs reads only
    // from <content>): read with an XML parser.
    let text = std::fs::read_to_string(build.join("feeds/all.xml")).unwrap();
    let xml = roxmltree::Document::parse(&text).unwrap();
    let langs: Vec<&str> = xml
        .descendants()
        .filter(|n| n.has_tag_name(("http://www.w3.org/2005/Atom", "entry")))
        .map(|n| {
            n.attribute(("http://www.w3.org/XML/1998/namespace", "lang"))
                .unwrap_or("none")
        })
        .collect();
    assert_eq!(langs, ["en", "fr", "en", "en", "en"]);

    // A withdrawal is an updated entry that says so.
    let gone = atom.entries.iter().find(|e| e.id == url("gone")).unwrap();
    assert_eq!(
        gone.title.as_ref().unwrap().content,
        "Withdrawn: Example: gone"
    );
    assert_eq!(
        gone.updated.unwrap().to_rfc3339(),
        "2023-02-01T00:00:00+00:00"
    );
    assert!(gone
        .summary
        .as_ref()
        .unwrap()
        .content
        .starts_with("Example Institute withdrew this alert on Wednesday, February 1, 2023."));

    // The JSON Feed says the same, with its own fields.
    let json: Value =
        serde_json::from_slice(&std::fs::read(build.join("feeds/all.json")).unwrap()).unwrap();
    assert_eq!(json["version"], "https://jsonfeed.org/version/1.1");
    assert_eq!(json["feed_url"], format!("{BASE}feeds/all.json"));
    assert_eq!(json["items"][0]["language"], "en");
    assert_eq!(json["items"][0]["date_modified"], "2023-04-02T00:00:00Z");
    assert_eq!(
        json["items"][0]["_alert_reader"]["translations"]["fr"],
        url("rf-1-fr")
    );
    assert_eq!(json["items"][2]["_alert_reader"]["withdrawn"], true);
    assert!(
        json.get("next_url").is_none(),
        "everything fits in one document"
    );
    let complete = std::fs::read_to_string(build.join("feeds/all.xml")).unwrap();
    assert!(
        complete.contains("<fh:complete/>"),
        "RFC 5005: a complete feed says so"
    );
}

#[test]
fn a_large_feed_keeps_the_newest_fifty_and_the_main_feed_archives_the_rest() {
    let (data, build) = folders("archives");
    let mut expected = BTreeSet::new();
    for i in 0..120 {
        let id = format!("a{i:03}");
        let date = format!("20{:02}-{:02}-{:02}", 10 + i / 12, 1 + i % 12, 1 + i % 28);
        write(&data, &alert(&id, &date, "published"));
        expected.insert(url(&id));
    }
    prerender(&data, &build, "/r/");
    let current = feed(&build, "feeds/all.xml");
    assert_eq!(current.entries.len(), 50);
    let raw = std::fs::read_to_string(build.join("feeds/all.xml")).unwrap();
    assert!(
        !raw.contains("fh:complete"),
        "a feed with archives is not complete"
    );
    assert_eq!(current.entries[0].id, url("a119"), "newest first");
    let rel = |f: &feed_rs::model::Feed, rel: &str| {
        f.links
            .iter()
            .find(|l| l.rel.as_deref() == Some(rel))
            .map(|l| l.href.clone())
    };
    // Follow prev-archive links to the oldest page, gathering entries.
    let mut seen: Vec<String> = ids(&current);
    let mut next = rel(&current, "prev-archive");
    let mut pages = 0;
    while let Some(href) = next {
        let file = href.strip_prefix(BASE).expect("under the reader");
        let page = feed(&build, file);
        assert_eq!(rel(&page, "current"), Some(format!("{BASE}feeds/all.xml")));
        seen.extend(ids(&page));
        next = rel(&page, "prev-archive");
        pages += 1;
    }
    assert_eq!(pages, 2);
    assert_eq!(seen.len(), 120, "every entry once");
    assert_eq!(seen.into_iter().collect::<BTreeSet<_>>(), expected);
    // The oldest page holds the oldest fifty, so its address keeps them.
    let oldest = feed(&build, "feeds/all-archive-1.xml");
    assert_eq!(oldest.entries.len(), 50);
    // Each archive page points to the next newer one; the newest to none.
    assert_eq!(
        rel(&oldest, "next-archive"),
        Some(format!("{BASE}feeds/all-archive-2.xml"))
    );
    assert_eq!(rel(&oldest, "prev-archive"), None);
    let newest = feed(&build, "feeds/all-archive-2.xml");
    assert_eq!(newest.entries.len(), 20);
    assert_eq!(rel(&newest, "next-archive"), None);
    assert_eq!(
        rel(&newest, "prev-archive"),
        Some(format!("{BASE}feeds/all-archive-1.xml"))
    );
    assert_eq!(oldest.entries.last().unwrap().id, url("a000"));
    // JSON Feed pages the same way.
    let json: Value =
        serde_json::from_slice(&std::fs::read(build.join("feeds/all.json")).unwrap()).unwrap();
    assert_eq!(json["items"].as_array().unwrap().len(), 50);
    assert_eq!(json["next_url"], format!("{BASE}feeds/all-archive-2.json"));
    // A country's feed (every alert names AM) is the newest fifty alone:
    // the main feed's archive holds the rest, once.
    let country = feed(&build, "feeds/countries/AM.xml");
    assert_eq!(ids(&country), ids(&current));
    assert_eq!(rel(&country, "prev-archive"), None);
    let raw = std::fs::read_to_string(build.join("feeds/countries/AM.xml")).unwrap();
    assert!(!raw.contains("fh:complete"), "fifty of 120 is not complete");
    let json: Value =
        serde_json::from_slice(&std::fs::read(build.join("feeds/countries/AM.json")).unwrap())
            .unwrap();
    assert_eq!(json["items"].as_array().unwrap().len(), 50);
    assert!(json.get("next_url").is_none());
    let archives: Vec<_> = std::fs::read_dir(build.join("feeds/countries"))
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|n| n.contains("archive"))
        .collect();
    assert_eq!(archives, Vec::<String>::new());
}

#[test]
fn every_page_has_one_canonical_address_and_one_card_that_exists() {
    let build = shared().to_path_buf();
    let mut pages = vec![
        "index.html".to_string(),
        "countries/AM.html".into(),
        "countries/FR.html".into(),
    ];
    pages
        .extend(["rf-0", "rf-1", "rf-1-fr", "gone", "plain"].map(|id| format!("alerts/{id}.html")));
    for file in &pages {
        let doc = page(&build, file);
        let canonical = attr(one(&doc, "link[rel=canonical]"), "href");
        let path = file.trim_end_matches(".html").trim_end_matches("index");
        assert_eq!(canonical, format!("{BASE}{path}"), "{file}");
        assert_eq!(
            attr(one(&doc, "meta[property=\"og:url\"]"), "content"),
            canonical
        );
        let image = attr(one(&doc, "meta[property=\"og:image\"]"), "content");
        let png = std::fs::read(build.join(image.strip_prefix(BASE).expect("under the reader")))
            .unwrap_or_else(|e| panic!("{file}: {image}: {e}"));
        assert_eq!(&png[..8], b"\x89PNG\r\n\x1a\n", "{image}");
        let size = |at: usize| u32::from_be_bytes(png[at..at + 4].try_into().unwrap());
        assert_eq!((size(16), size(20)), (1200, 630), "{image}");
        assert!(png.len() <= 60_000, "{image}: {} bytes", png.len());
        assert_eq!(
            attr(one(&doc, "meta[name=\"twitter:card\"]"), "content"),
            "summary_large_image"
        );
    }
    let doc = page(&build, "alerts/rf-1.html");
    assert_eq!(
        attr(one(&doc, "meta[property=\"og:type\"]"), "content"),
        "article"
    );
    assert_eq!(
        attr(one(&doc, "meta[property=\"og:image\"]"), "content"),
        format!("{BASE}cards/rf-1.png")
    );
    assert_eq!(
        attr(one(&doc, "meta[property=\"og:locale\"]"), "content"),
        "en_US"
    );
    assert_eq!(
        attr(
            one(&doc, "meta[property=\"og:locale:alternate\"]"),
            "content"
        ),
        "fr_FR"
    );
    assert_eq!(
        attr(one(&doc, "meta[property=\"og:description\"]"), "content"),
        "Summary of rf-1."
    );
    assert_eq!(
        attr(
            one(&doc, "meta[property=\"article:modified_time\"]"),
            "content"
        ),
        "2023-04-02T00:00:00Z"
    );
    assert!(
        !build.join("cards/secret.png").exists(),
        "no card for a draft"
    );
}

#[test]
fn pages_link_the_feeds_that_match_them() {
    let build = shared().to_path_buf();
    let feeds = |file: &str| -> Vec<String> {
        let doc = page(&build, file);
        all(&doc, "link[rel=alternate][type=\"application/atom+xml\"]")
            .into_iter()
            .map(|l| attr(l, "href").replace(BASE, ""))
            .collect()
    };
    assert_eq!(feeds("index.html"), ["feeds/all.xml"]);
    assert_eq!(feeds("countries/AM.html"), ["feeds/countries/AM.xml"]);
    let doc = page(&build, "countries/AM.html");
    let titles: Vec<String> = all(&doc, "link[rel=alternate][title]")
        .into_iter()
        .map(|l| attr(l, "title"))
        .collect();
    assert_eq!(
        titles,
        [
            "Follow alerts that name Armenia (Atom)",
            "Armenia · Example Institute"
        ]
    );
    assert_eq!(
        feeds("countries/FR.html"),
        Vec::<String>::new(),
        "no alerts, no feed"
    );
    assert_eq!(
        feeds("alerts/rf-0.html"),
        [
            "feeds/series/rf.xml",
            "feeds/countries/AM.xml",
            "feeds/countries/AZ.xml"
        ]
    );
    for file in ["index.html", "countries/AM.html", "alerts/rf-0.html"] {
        for href in feeds(file) {
            assert!(
                build.join(&href).exists(),
                "{file} links {href}, which the build wrote"
            );
        }
    }
    // The visible Follow control gives the same address.
    let doc = page(&build, "countries/AM.html");
    assert_eq!(
        attr(one(&doc, ".follow-address"), "value"),
        format!("{BASE}feeds/countries/AM.xml")
    );
    assert_eq!(
        attr(one(&doc, ".follow-copy"), "data-copy"),
        format!("{BASE}feeds/countries/AM.xml")
    );
    assert_eq!(
        text(one(&doc, ".follow-title")),
        "Follow alerts that name Armenia"
    );
    let doc = page(&build, "alerts/rf-1.html");
    assert_eq!(
        text(one(&doc, ".follow-title")),
        "Follow updates in this series"
    );
    assert!(
        all(&page(&build, "alerts/plain.html"), ".follow").is_empty(),
        "no series, nothing to follow"
    );
}

#[test]
fn the_json_ld_of_an_alert_is_what_schema_org_readers_expect() {
    let build = shared().to_path_buf();
    let doc = page(&build, "alerts/rf-1.html");
    let ld: Value =
        serde_json::from_str(&one(&doc, "script[type=\"application/ld+json\"]").inner_html())
            .unwrap();
    let publisher = json!({ "@type": "Organization", "name": "Example Institute" });
    assert_eq!(
        ld,
        json!({
            "@context": "https://schema.org",
            "@type": "NewsArticle",
            "@id": url("rf-1"),
            "url": url("rf-1"),
            "headline": "Example: rf-1",
            "abstract": "Summary of rf-1.",
            "genre": "Red Flag Alert",
            "inLanguage": "en",
            "datePublished": "2023-03-01",
            "dateModified": "2023-04-02",
            "image": format!("{BASE}cards/rf-1.png"),
            "author": publisher,
            "publisher": publisher,
            "spatialCoverage": [{ "@type": "Country", "name": "Armenia", "identifier": "AM" }],
            "isPartOf": {
                "@type": "CreativeWorkSeries",
                "identifier": "rf",
                "name": "Example: rf-0",
                "url": url("rf-0"),
            },
            "position": 1,
            "workTranslation": [{ "@type": "NewsArticle", "@id": url("rf-1-fr"), "inLanguage": "fr" }],
        })
    );
    let gone = page(&build, "alerts/gone.html");
    let ld: Value =
        serde_json::from_str(&one(&gone, "script[type=\"application/ld+json\"]").inner_html())
            .unwrap();
    assert_eq!(ld["creativeWorkStatus"], "Withdrawn");
    assert_eq!(ld["@type"], "Report", "a report is a schema.org Report");
    assert!(all(
        &page(&build, "index.html"),
        "script[type=\"application/ld+json\"]"
    )
    .is_empty());
}

#[test]
fn the_sitemap_lists_every_published_and_withdrawn_alert_once() {
    let build = shared().to_path_buf();
    let text = std::fs::read_to_string(build.join("sitemap.xml")).unwrap();
    let doc = roxmltree::Document::parse(&text).expect("well-formed XML");
    let ns = "http://www.sitemaps.org/schemas/sitemap/0.9";
    let urls: Vec<roxmltree::Node> = doc
        .descendants()
        .filter(|n| n.has_tag_name((ns, "url")))
        .collect();
    let child = |n: &roxmltree::Node, name: &str| {
        n.children()
            .find(|c| c.has_tag_name((ns, name)))
            .and_then(|c| c.text())
            .map(str::to_string)
    };
    let locs: Vec<String> = urls.iter().filter_map(|u| child(u, "loc")).collect();
    let alerts: Vec<&String> = locs.iter().filter(|l| l.contains("/alerts/")).collect();
    assert_eq!(
        alerts,
        ["gone", "plain", "rf-0", "rf-1", "rf-1-fr"]
            .map(url)
            .iter()
            .collect::<Vec<_>>()
    );
    assert_eq!(locs.iter().filter(|l| l.as_str() == BASE).count(), 1);
    // Countries with published alerts; SD's only alert was withdrawn.
    let countries: Vec<&String> = locs.iter().filter(|l| l.contains("/countries/")).collect();
    assert_eq!(
        countries,
        [format!("{BASE}countries/AM"), format!("{BASE}countries/AZ")]
            .iter()
            .collect::<Vec<_>>()
    );
    let rf1 = urls
        .iter()
        .find(|u| child(u, "loc") == Some(url("rf-1")))
        .unwrap();
    assert_eq!(child(rf1, "lastmod").as_deref(), Some("2023-04-02"));
    let alternates: Vec<(String, String)> = rf1
        .children()
        .filter(|c| c.has_tag_name(("http://www.w3.org/1999/xhtml", "link")))
        .map(|c| {
            (
                c.attribute("hreflang").unwrap().into(),
                c.attribute("href").unwrap().into(),
            )
        })
        .collect();
    assert_eq!(
        alternates,
        [
            ("en".to_string(), url("rf-1")),
            ("fr".to_string(), url("rf-1-fr"))
        ]
    );
    assert!(!text.contains("secret"));

    let robots = std::fs::read_to_string(build.join("robots.txt")).unwrap();
    assert!(
        robots
            .lines()
            .any(|l| l == format!("Sitemap: {BASE}sitemap.xml")),
        "{robots}"
    );
    assert!(
        robots.lines().any(|l| l == "Disallow: /r/preview"),
        "{robots}"
    );
}

#[test]
fn oembed_documents_offer_the_framed_panel() {
    let build = shared().to_path_buf();
    let read = |file: &str| -> Value {
        serde_json::from_slice(
            &std::fs::read(build.join(file)).unwrap_or_else(|e| panic!("{file}: {e}")),
        )
        .unwrap()
    };
    let alert = read("oembed/alerts/rf-1.json");
    assert_eq!(alert["version"], "1.0");
    assert_eq!(alert["type"], "rich");
    assert_eq!(alert["provider_url"], BASE);
    let html = scraper::Html::parse_fragment(alert["html"].as_str().unwrap());
    let frame = one(&html, "iframe");
    assert_eq!(attr(frame, "src"), format!("{BASE}embed/alert/rf-1"));
    assert_eq!(attr(frame, "title"), "Example: rf-1");
    assert_eq!(alert["thumbnail_url"], format!("{BASE}cards/rf-1.png"));
    let country = read("oembed/countries/AM.json");
    let html = scraper::Html::parse_fragment(country["html"].as_str().unwrap());
    assert_eq!(
        attr(one(&html, "iframe"), "src"),
        format!("{BASE}embed/latest.html?country=AM")
    );
    let doc = page(&build, "alerts/rf-1.html");
    assert_eq!(
        attr(one(&doc, "link[type=\"application/json+oembed\"]"), "href"),
        format!("{BASE}oembed/alerts/rf-1.json")
    );
    assert!(!build.join("oembed/alerts/secret.json").exists());
}

#[test]
fn the_same_data_gives_the_same_bytes_and_unchanged_cards_are_not_drawn_again() {
    let (data, build) = archive("deterministic");
    let files = [
        "feeds/all.xml",
        "feeds/all.json",
        "feeds/series/rf.xml",
        "sitemap.xml",
        "robots.txt",
        "cards/rf-1.png",
        "cards/site.png",
        "oembed/alerts/rf-1.json",
        "alerts/rf-1.html",
    ];
    let before: Vec<Vec<u8>> = files
        .iter()
        .map(|f| std::fs::read(build.join(f)).unwrap())
        .collect();
    std::fs::write(build.join("index.html"), template("/r/")).unwrap();
    let out = run(&[data.to_str().unwrap(), build.to_str().unwrap()]);
    assert!(out.status.success());
    assert!(
        String::from_utf8_lossy(&out.stderr).contains("share cards: 6 (0 drawn"),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    // all, the corrections (an edit, a withdrawal), AM, AZ, SD, three
    // types, one series, two languages: one document each.
    assert!(String::from_utf8_lossy(&out.stderr)
        .contains("wrote 11 feeds (11 documents, Atom and JSON Feed)"));
    for (file, bytes) in files.iter().zip(before) {
        assert_eq!(std::fs::read(build.join(file)).unwrap(), bytes, "{file}");
    }
    // A changed title is a changed card.
    let path = data.join("alerts/rf-1.json");
    let mut v: Value = serde_json::from_slice(&std::fs::read(&path).unwrap()).unwrap();
    v["title"] = json!("Example: a new title");
    std::fs::write(&path, v.to_string()).unwrap();
    std::fs::write(build.join("index.html"), template("/r/")).unwrap();
    let out = run(&[data.to_str().unwrap(), build.to_str().unwrap()]);
    assert!(String::from_utf8_lossy(&out.stderr).contains("share cards: 6 (1 drawn"));
}

#[test]
fn without_a_public_address_nothing_absolute_is_written() {
    let (data, build) = folders("no-address");
    let mut site: Value =
        serde_json::from_slice(&std::fs::read(data.join("site.json")).unwrap()).unwrap();
    site.as_object_mut().unwrap().remove("reader_url");
    std::fs::write(data.join("site.json"), site.to_string()).unwrap();
    write(&data, &alert("one", "2023-01-01", "published"));
    std::fs::write(build.join("index.html"), template("/")).unwrap();
    let out = run(&[data.to_str().unwrap(), build.to_str().unwrap()]);
    assert!(out.status.success());
    assert!(String::from_utf8_lossy(&out.stderr).contains("site.json has no reader_url"));
    assert!(!build.join("feeds").exists() && !build.join("sitemap.xml").exists());
    let doc = page(&build, "alerts/one.html");
    assert!(all(&doc, "link[rel=canonical]").is_empty());
    assert!(all(&doc, "meta[property^=\"og:\"]").is_empty());
}
