//! The pages about the reader (issue 35): About, Corrections,
//! Accessibility and Privacy, in every interface language, linked from
//! every page's footer and listed in the sitemap; the corrections page and
//! feed hold exactly the withdrawn and edited alerts.

mod common;

use alert_model::i18n::languages::{prefix, INTERFACE};
use common::*;
use serde_json::{json, Value};
use std::path::{Path, PathBuf};
use std::sync::OnceLock;

fn pages_words(tag: &str) -> Value {
    let path = format!(
        "{}/../../locales/pages/{tag}.json",
        env!("CARGO_MANIFEST_DIR")
    );
    serde_json::from_str(&std::fs::read_to_string(path).expect("pages' words")).expect("JSON")
}

fn dated(
    id: &str,
    published: &str,
    status: &str,
    updated: Option<&str>,
    note: Option<&str>,
) -> Value {
    let mut a = alert(id, published, status);
    if let Some(u) = updated {
        a["updated"] = json!(u);
    }
    if let Some(n) = note {
        a["change_note"] = json!(n);
    }
    a
}

/// A build with an about.json (a French definition of one type, a
/// placeholder), and several withdrawn and edited alerts among plain ones.
fn build() -> &'static PathBuf {
    static BUILD: OnceLock<PathBuf> = OnceLock::new();
    BUILD.get_or_init(|| {
        let (data, build) = folders("trust-pages");
        let mut site: Value =
            serde_json::from_str(&std::fs::read_to_string(data.join("site.json")).unwrap()).unwrap();
        site["type_order"] = json!(["red_flag_alert", "sos_alert", "active_genocide_alert"]);
        site["url"] = json!("https://example.org");
        std::fs::write(data.join("site.json"), site.to_string()).unwrap();
        std::fs::write(
            data.join("about.json"),
            json!({
                "placeholder": true,
                "types": {
                    "sos_alert": [{"type": "paragraph", "text": ["Urgent: lives at risk now."]}],
                    "statement": [{"type": "paragraph", "text": ["A position."]}]
                },
                "method": [{"type": "paragraph", "text": ["We weigh sources."]}],
                "corrections_contact": "errors@example.org",
                "accessibility_contact": "access@example.org",
                "languages": {"fr": {"types": {"sos_alert": [{"type": "paragraph", "text": ["Urgence."]}]}}}
            })
            .to_string(),
        )
        .unwrap();
        for a in [
            dated("plain", "2024-05-01", "published", None, None),
            dated("edited-late", "2022-01-01", "published", Some("2024-06-01"), Some("A date was wrong.")),
            dated("gone", "2023-03-03", "withdrawn", Some("2023-04-01"), Some("Issued in error.")),
            dated("gone-quietly", "2023-05-05", "withdrawn", None, None),
            dated("edited-draft", "2024-01-01", "draft", Some("2024-07-01"), None),
            dated("edited-early", "2023-01-01", "published", Some("2023-02-01"), None),
        ] {
            write(&data, &a);
        }
        let mut sos = dated("sos", "2024-02-02", "published", None, None);
        sos["type"] = json!("sos_alert");
        write(&data, &sos);
        prerender(&data, &build, "/r/");
        build
    })
}

const CORRECTED: [&str; 4] = ["edited-late", "gone-quietly", "gone", "edited-early"];

#[test]
fn each_page_is_written_in_every_language_and_linked_from_every_footer() {
    let build = build();
    for l in INTERFACE {
        let words = pages_words(l.tag);
        let folder = match prefix(l.tag).as_str() {
            "" => String::new(),
            p => format!("{}/", &p[1..]),
        };
        for (page, key) in [
            ("about", "about.title"),
            ("corrections", "corrections.title"),
            ("accessibility", "accessibility.title"),
            ("privacy", "privacy.title"),
        ] {
            let doc = common::page(build, &format!("{folder}{page}.html"));
            // As the page's text reads, white space folded.
            let title = words[key]
                .as_str()
                .unwrap()
                .split_whitespace()
                .collect::<Vec<_>>()
                .join(" ");
            assert_eq!(text(one(&doc, "main h1")), title, "{}/{page}", l.tag);
            assert_eq!(attr(one(&doc, "html"), "lang"), l.tag);
            // Well-formed as an HTML parser reads it (html5ever names every
            // misnesting and repair), and no id twice.
            assert!(doc.errors.is_empty(), "{}/{page}: {:?}", l.tag, doc.errors);
            let mut ids: Vec<String> = all(&doc, "[id]")
                .into_iter()
                .map(|e| attr(e, "id"))
                .collect();
            let n = ids.len();
            ids.sort();
            ids.dedup();
            assert_eq!(ids.len(), n, "{}/{page}: an id twice", l.tag);
            assert_eq!(
                attr(one(&doc, "head link[rel=canonical]"), "href"),
                format!("https://alerts.example.org/r{}/{page}", prefix(l.tag))
            );
        }
        // Every page's footer links the four, and what the device keeps
        // for reading offline, in its language, left to the browser by the
        // app's router.
        let alert = common::page(build, &format!("{folder}alerts/plain.html"));
        let links: Vec<(String, String)> = all(&alert, ".site-footer .footer-links a")
            .into_iter()
            .map(|a| (attr(a, "href"), attr(a, "rel")))
            .collect();
        let p = prefix(l.tag);
        assert_eq!(
            links,
            [
                "about",
                "corrections",
                "accessibility",
                "privacy",
                "offline"
            ]
            .map(|page| (format!("/r{p}/{page}"), "external".to_string()))
        );
    }
}

#[test]
fn the_about_page_defines_each_type_in_order_of_gravity_in_the_publishers_words() {
    let build = build();
    let doc = common::page(build, "about.html");
    let order: Vec<String> = all(&doc, ".about-types dt")
        .into_iter()
        .map(|d| attr(d, "id"))
        .collect();
    assert_eq!(
        order,
        [
            "red_flag_alert",
            "sos_alert",
            "active_genocide_alert",
            "statement",
            "report"
        ]
    );
    let definitions: Vec<String> = all(&doc, ".about-types dd").into_iter().map(text).collect();
    let en = pages_words("en");
    let undefined = en["about.type_undefined"].as_str().unwrap();
    assert!(definitions[0].contains(undefined), "{definitions:?}");
    assert!(
        definitions[1].starts_with("Urgent: lives at risk now."),
        "{definitions:?}"
    );
    // A type with alerts links its list; one without does not.
    assert_eq!(
        all(&doc, ".about-types dd a")
            .into_iter()
            .map(|a| attr(a, "href"))
            .collect::<Vec<_>>(),
        ["/r/types/sos_alert", "/r/types/statement"]
    );
    assert_eq!(
        text(one(&doc, ".notice")),
        en["about.placeholder"].as_str().unwrap()
    );
    assert!(text(one(&doc, "#method ~ .publishers-words")).contains("We weigh sources."));
    assert!(all(&doc, "a[href='mailto:errors@example.org']").len() == 1);
    assert!(all(&doc, "a[href='https://example.org']").len() == 1);
    // French readers get the French definition; Spanish ones the default,
    // marked as English.
    let fr = common::page(build, "fr/about.html");
    let sos = all(&fr, ".about-types .publishers-words")[0];
    assert_eq!(
        (attr(sos, "lang"), text(sos)),
        ("fr".into(), "Urgence.".into())
    );
    let es = common::page(build, "es/about.html");
    let sos = all(&es, ".about-types .publishers-words")[0];
    assert_eq!(attr(sos, "lang"), "en");
    // An alert's badge says what its type is, there.
    let alert = common::page(build, "fr/alerts/sos.html");
    assert_eq!(
        attr(one(&alert, ".badge-help"), "href"),
        "/r/fr/about#sos_alert"
    );
    // And its Cite box's version, in the reader's language.
    assert_eq!(
        attr(one(&alert, ".cite-version a"), "href"),
        "/r/fr/about#version"
    );
    // (`text` reads a no-break space as a space.)
    let fr_words = pages_words("fr");
    let expected: Vec<&str> = fr_words["about.version"]
        .as_str()
        .unwrap()
        .split_whitespace()
        .collect();
    assert_eq!(text(one(&fr, "#version ~ p")), expected.join(" "));
    assert_eq!(
        text(one(&doc, "#version")),
        en["about.version_heading"].as_str().unwrap()
    );
}

#[test]
fn without_about_json_the_page_says_the_publisher_has_not_described_its_alerts() {
    let (data, build) = folders("trust-pages-bare");
    write(&data, &alert("one", "2024-01-01", "published"));
    prerender(&data, &build, "/");
    let doc = common::page(&build, "about.html");
    let en = pages_words("en");
    assert_eq!(all(&doc, ".about-types dd").len(), 5);
    assert!(all(&doc, ".about-types dd")
        .into_iter()
        .all(|d| text(d).contains(en["about.type_undefined"].as_str().unwrap())));
    assert!(text(one(&doc, "#method ~ p")).contains(en["about.method_missing"].as_str().unwrap()));
    assert!(all(&doc, ".notice").is_empty(), "no placeholder note");
}

/// The entries' alert ids of a feed, read with an XML parser.
fn atom_ids(build: &Path, file: &str) -> Vec<String> {
    let xml = std::fs::read_to_string(build.join(file)).expect("the feed");
    let doc = roxmltree::Document::parse(&xml).expect("XML");
    doc.descendants()
        .filter(|n| n.has_tag_name("entry"))
        .filter_map(|e| e.children().find(|c| c.has_tag_name("link")))
        .filter_map(|l| l.attribute("href"))
        .map(|h| h.rsplit('/').next().unwrap_or_default().to_string())
        .collect()
}

#[test]
fn the_corrections_page_and_feed_list_exactly_the_withdrawn_and_edited_alerts() {
    let build = build();
    for folder in ["", "ar/"] {
        let doc = common::page(build, &format!("{folder}corrections.html"));
        let listed: Vec<String> = all(&doc, ".correction .correction-title a")
            .into_iter()
            .map(|a| {
                attr(a, "href")
                    .rsplit('/')
                    .next()
                    .unwrap_or_default()
                    .to_string()
            })
            .collect();
        assert_eq!(listed, CORRECTED, "{folder}");
        let statuses: Vec<String> = all(&doc, ".correction")
            .into_iter()
            .map(|c| attr(c, "data-status"))
            .collect();
        assert_eq!(
            statuses,
            ["published", "withdrawn", "withdrawn", "published"]
        );
    }
    let doc = common::page(build, "corrections.html");
    let notes: Vec<(String, String)> = all(&doc, ".correction-note q")
        .into_iter()
        .map(|q| (attr(q, "lang"), text(q)))
        .collect();
    assert_eq!(
        notes,
        [
            ("en".into(), "A date was wrong.".into()),
            ("en".into(), "Issued in error.".into())
        ]
    );
    let when = text(all(&doc, ".correction-when")[2]);
    assert!(
        when.contains("April 1, 2023") && when.contains("March 3, 2023"),
        "{when}"
    );
    assert_eq!(
        attr(one(&doc, "main a[type='application/atom+xml']"), "href"),
        "/r/feeds/corrections.xml"
    );
    assert_eq!(atom_ids(build, "feeds/corrections.xml"), CORRECTED);
    let json: Value = serde_json::from_str(
        &std::fs::read_to_string(build.join("feeds/corrections.json")).unwrap(),
    )
    .unwrap();
    let ids: Vec<&str> = json["items"]
        .as_array()
        .unwrap()
        .iter()
        .map(|i| i["url"].as_str().unwrap().rsplit('/').next().unwrap())
        .collect();
    assert_eq!(ids, CORRECTED);
    // The note travels with the entry.
    let xml = std::fs::read_to_string(build.join("feeds/corrections.xml")).unwrap();
    assert!(
        xml.contains("withdrew this alert on Saturday, April 1, 2023: Issued in error. It was:"),
        "{xml}"
    );
    // And it is on the alert's own page, in the alert's language.
    let gone = common::page(build, "alerts/gone.html");
    assert_eq!(
        text(one(&gone, ".notice-withdrawn .change-note q")),
        "Issued in error."
    );
    let edited = common::page(build, "alerts/edited-late.html");
    assert_eq!(
        text(one(&edited, ".alert-date .change-note q")),
        "A date was wrong."
    );
}

#[test]
fn the_sitemap_lists_the_pages_about_the_reader() {
    let xml = std::fs::read_to_string(build().join("sitemap.xml")).unwrap();
    let doc = roxmltree::Document::parse(&xml).expect("XML");
    let locs: Vec<&str> = doc
        .descendants()
        .filter(|n| n.has_tag_name("loc"))
        .filter_map(|n| n.text())
        .collect();
    for page in ["about", "corrections", "accessibility", "privacy"] {
        assert!(
            locs.contains(&format!("https://alerts.example.org/r/{page}").as_str()),
            "{page}"
        );
    }
}

#[test]
fn the_accessibility_page_names_its_tests_and_where_to_report_a_barrier() {
    let doc = common::page(build(), "hy/accessibility.html");
    let claims = all(&doc, ".claim");
    assert_eq!(claims.len(), alert_views::accessibility_page::CLAIMS.len());
    for (claim, expected) in claims.iter().zip(alert_views::accessibility_page::CLAIMS) {
        let named: Vec<String> = claim
            .select(&scraper::Selector::parse("ul.claim-tests code").unwrap())
            .map(text)
            .collect();
        assert_eq!(named, expected.tests);
        assert!(!named.is_empty());
    }
    assert_eq!(all(&doc, "a[href='mailto:access@example.org']").len(), 1);
}
