//! Every page in every interface language, read back: its own address,
//! `lang` and direction; links that stay in the language; the switcher;
//! `hreflang` alternates; a translation announced in the reader's language;
//! and no raw message key and no English word of the interface left.

mod common;

use alert_model::i18n::languages::INTERFACE;
use common::*;
use scraper::{ElementRef, Html, Node};
use serde_json::{json, Value};
use std::path::Path;

/// A small archive: a series with a French translation, an Arabic alert, a
/// withdrawn one, and a site whose tagline is given in French.
fn shared() -> &'static Path {
    static BUILD: std::sync::OnceLock<std::path::PathBuf> = std::sync::OnceLock::new();
    BUILD.get_or_init(|| {
        let (data, build) = folders("languages");
        let mut site: Value =
            serde_json::from_str(&std::fs::read_to_string(data.join("site.json")).unwrap())
                .unwrap();
        site["languages"] = json!({ "fr": { "tagline": "La prévention d’abord" } });
        std::fs::write(data.join("site.json"), site.to_string()).unwrap();
        let mut original = alert("rf-0", "2023-01-10", "published");
        original["type"] = json!("red_flag_alert");
        original["series"] = json!({ "id": "rf", "number": 0 });
        let mut update = alert("rf-1", "2023-03-01", "published");
        update["type"] = json!("red_flag_alert");
        update["series"] = json!({ "id": "rf", "number": 1 });
        update["updated"] = json!("2023-04-02");
        update["translations"] = json!({ "fr": "rf-1-fr", "de": "rf-1-de" });
        let mut french = alert("rf-1-fr", "2023-03-01", "published");
        french["language"] = json!("fr");
        french["title"] = json!("Exemple : mise à jour 1");
        french["translations"] = json!({ "en": "rf-1" });
        // A translation into a language the interface is not written in.
        let mut german = alert("rf-1-de", "2023-03-01", "published");
        german["language"] = json!("de");
        german["title"] = json!("Beispiel");
        german["translations"] = json!({ "en": "rf-1" });
        let mut arabic = alert("sd-ar", "2024-02-02", "published");
        arabic["language"] = json!("ar");
        arabic["title"] = json!("مثال: بيان");
        arabic["countries"] = json!(["SD"]);
        let mut withdrawn = alert("gone", "2022-05-05", "withdrawn");
        withdrawn["countries"] = json!(["SD"]);
        for a in [original, update, french, german, arabic, withdrawn] {
            write(&data, &a);
        }
        prerender(&data, &build, "/r/");
        build
    })
}

/// The pages every language has, by their path within it.
const PAGES: [&str; 6] = [
    "index.html",
    "alerts/rf-1.html",
    "alerts/sd-ar.html",
    "alerts/gone.html",
    "countries/AM.html",
    "countries/FR.html",
];

fn english() -> serde_json::Map<String, Value> {
    serde_json::from_str(
        &std::fs::read_to_string(concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/../../locales/en.json"
        ))
        .unwrap(),
    )
    .unwrap()
}

fn messages(tag: &str) -> serde_json::Map<String, Value> {
    let path = format!("{}/../../locales/{tag}.json", env!("CARGO_MANIFEST_DIR"));
    serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap()
}

/// Every text of a message: the text, or each plural form.
fn forms(v: &Value) -> Vec<String> {
    match v {
        Value::String(s) => vec![s.clone()],
        Value::Object(o) => o
            .values()
            .filter_map(|v| v.as_str().map(String::from))
            .collect(),
        _ => Vec::new(),
    }
}

/// The parts of a text around its placeholders, long enough to be the
/// interface's own words rather than a word an alert might use too.
fn fixed_parts(text: &str) -> Vec<String> {
    let mut parts = Vec::new();
    let mut rest = text;
    loop {
        let (part, after) = match rest.find('{') {
            Some(open) => (
                &rest[..open],
                rest[open..].find('}').map(|c| &rest[open + c + 1..]),
            ),
            None => (rest, None),
        };
        let part = part.trim_matches(|c: char| c.is_whitespace() || ",.:;()“”«»".contains(c));
        // Words only: a digit or a separator ("1", ",") is no language's.
        let words = part.chars().any(char::is_alphabetic);
        if words && (part.chars().count() >= 8 || (after.is_none() && part == text.trim())) {
            parts.push(part.to_string());
        }
        match after {
            Some(a) => rest = a,
            None => break,
        }
    }
    parts
}

/// The nearest `lang` of a node: whose words it is.
fn lang_of(node: ego_tree::NodeRef<'_, Node>) -> Option<String> {
    std::iter::once(node)
        .chain(node.ancestors())
        .filter_map(ElementRef::wrap)
        .find_map(|e| e.value().attr("lang").map(String::from))
}

/// Texts (and the attributes that readers or screen readers meet) that the
/// page says in `tag`, the interface's language.
fn interface_texts(doc: &Html, tag: &str) -> Vec<String> {
    let mut out = Vec::new();
    for node in doc.tree.nodes() {
        match node.value() {
            Node::Text(t) if lang_of(node).as_deref() == Some(tag) => {
                let inside_script = node
                    .ancestors()
                    .filter_map(ElementRef::wrap)
                    .any(|e| ["script", "style", "title"].contains(&e.value().name()));
                if !inside_script && !t.trim().is_empty() {
                    out.push(t.trim().to_string());
                }
            }
            Node::Element(e) if lang_of(node).as_deref() == Some(tag) => {
                for a in [
                    "aria-label",
                    "placeholder",
                    "title",
                    "data-copied",
                    "data-not-copied",
                    "data-failed",
                    "data-framed",
                ] {
                    if let Some(v) = e.attr(a) {
                        out.push(v.to_string());
                    }
                }
            }
            _ => {}
        }
    }
    out
}

#[test]
fn every_page_in_every_language_has_no_key_and_no_english_left() {
    let build = shared();
    let en = english();
    for tag in INTERFACE.iter().map(|l| l.tag).filter(|t| *t != "en") {
        let theirs = messages(tag);
        // English texts that this language writes differently.
        let mut english_parts: Vec<String> = Vec::new();
        for (key, v) in &en {
            if key.starts_with("country.") && key.len() == 10 {
                continue;
            }
            let same = theirs.get(key).is_some_and(|t| forms(t) == forms(v));
            if !same {
                english_parts.extend(forms(v).iter().flat_map(|t| fixed_parts(t)));
            }
        }
        english_parts.sort();
        english_parts.dedup();
        for file in PAGES {
            let doc = page(build, &format!("{tag}/{file}"));
            let texts = interface_texts(&doc, tag);
            assert!(
                texts.len() > 10,
                "{tag}/{file}: the interface's texts carry lang={tag}"
            );
            for text in &texts {
                for key in en.keys() {
                    assert!(
                        !text.contains(key.as_str()) || !key.contains('.') || key.len() < 6,
                        "{tag}/{file}: raw key {key} in {text:?}"
                    );
                }
                for part in &english_parts {
                    // A short word ("Type") may be a word of the language too:
                    // only the whole text counts then.
                    let left = if part.chars().count() >= 8 {
                        text.contains(part.as_str())
                    } else {
                        text == part
                    };
                    assert!(!left, "{tag}/{file}: English {part:?} left in {text:?}");
                }
            }
        }
    }
}

#[test]
fn the_check_for_english_would_see_a_word_left_untranslated() {
    // The same reading of an English page finds the English words.
    let doc = page(shared(), "index.html");
    let texts = interface_texts(&doc, "en");
    assert!(
        texts.iter().any(|t| t.contains("All countries")),
        "{texts:?}"
    );
    assert!(fixed_parts("{n} alerts, newest first").contains(&"alerts, newest first".to_string()));
    assert_eq!(fixed_parts("Copy"), ["Copy"]);
}

#[test]
fn each_language_has_its_own_addresses_direction_and_links() {
    let build = shared();
    for (tag, dir) in [
        ("en", "ltr"),
        ("fr", "ltr"),
        ("es", "ltr"),
        ("ar", "rtl"),
        ("hy", "ltr"),
        ("ru", "ltr"),
    ] {
        let prefix = if tag == "en" {
            String::new()
        } else {
            format!("{tag}/")
        };
        let doc = page(build, &format!("{prefix}alerts/rf-1.html"));
        let html = one(&doc, "html");
        assert_eq!(
            (attr(html, "lang"), attr(html, "dir")),
            (tag.to_string(), dir.to_string())
        );
        let path = if tag == "en" {
            "/alerts/rf-1".to_string()
        } else {
            format!("/{tag}/alerts/rf-1")
        };
        assert_eq!(attr(one(&doc, "#boot"), "data-path"), path);
        // Every page link stays in the language (files and the switcher aside).
        let home = if tag == "en" {
            "/r/".to_string()
        } else {
            format!("/r/{tag}/")
        };
        for a in all(&doc, "#boot a[href^='/']") {
            let in_switcher = a.ancestors().filter_map(ElementRef::wrap).any(|e| {
                e.value()
                    .has_class("languages", scraper::CaseSensitivity::CaseSensitive)
            });
            if in_switcher {
                continue;
            }
            let href = attr(a, "href");
            if href.starts_with("/r/feeds/") {
                continue;
            }
            assert!(
                href.starts_with(&home) || href == home.trim_end_matches('/'),
                "{tag}: {href}"
            );
            if tag == "en" {
                assert!(
                    !INTERFACE
                        .iter()
                        .any(|l| href.starts_with(&format!("/r/{}/", l.tag))),
                    "{href}"
                );
            }
        }
        // The switcher: this page in each language, this one marked.
        let switcher: Vec<(String, String, String)> = all(&doc, ".languages a")
            .into_iter()
            .map(|a| {
                (
                    attr(a, "hreflang"),
                    attr(a, "href"),
                    attr(a, "aria-current"),
                )
            })
            .collect();
        let expected: Vec<(String, String, String)> = INTERFACE
            .iter()
            .map(|l| l.tag)
            .map(|l| {
                let prefix = if l == "en" {
                    String::new()
                } else {
                    format!("/{l}")
                };
                let current = if l == tag { "page" } else { "" };
                (
                    l.to_string(),
                    format!("/r{prefix}/alerts/rf-1"),
                    current.to_string(),
                )
            })
            .collect();
        assert_eq!(switcher, expected);
        // The alert's own text keeps its language whatever the interface's.
        assert_eq!(attr(one(&doc, "article.alert"), "lang"), "en");
    }
    // The front page of a language lives at its folder.
    let doc = page(build, "ar/index.html");
    assert_eq!(attr(one(&doc, "#boot"), "data-path"), "/ar");
}

#[test]
fn each_page_names_its_versions_in_the_other_languages() {
    let build = shared();
    let doc = page(build, "es/alerts/rf-1.html");
    let alternates: Vec<(String, String)> = all(&doc, "head link[rel=alternate][hreflang]")
        .into_iter()
        .map(|l| (attr(l, "hreflang"), attr(l, "href")))
        .collect();
    let base = "https://alerts.example.org/r";
    assert_eq!(
        alternates,
        [
            ("en".to_string(), format!("{base}/alerts/rf-1")),
            ("ar".to_string(), format!("{base}/ar/alerts/rf-1")),
            ("es".to_string(), format!("{base}/es/alerts/rf-1")),
            // The alert's own French translation is the page for French readers.
            ("fr".to_string(), format!("{base}/fr/alerts/rf-1-fr")),
            ("hy".to_string(), format!("{base}/hy/alerts/rf-1")),
            ("ru".to_string(), format!("{base}/ru/alerts/rf-1")),
            ("x-default".to_string(), format!("{base}/alerts/rf-1")),
            // Listed as it is: there are no German pages of the interface.
            ("de".to_string(), format!("{base}/alerts/rf-1-de")),
        ]
    );
    assert_eq!(
        attr(one(&doc, "head link[rel=canonical]"), "href"),
        format!("{base}/es/alerts/rf-1")
    );
    let doc = page(build, "fr/countries/AM.html");
    assert_eq!(
        attr(one(&doc, "head link[rel=canonical]"), "href"),
        format!("{base}/fr/countries/AM")
    );
    assert_eq!(
        attr(one(&doc, "meta[property='og:locale']"), "content"),
        "fr_FR"
    );
    // Each interface language and x-default.
    assert_eq!(all(&doc, "head link[hreflang]").len(), INTERFACE.len() + 1);
}

#[test]
fn a_translation_in_the_readers_language_is_announced_at_the_top_in_it() {
    let build = shared();
    let doc = page(build, "fr/alerts/rf-1.html");
    let notice = one(&doc, ".notice-translation");
    assert_eq!(attr(notice, "lang"), "fr");
    assert!(
        text(notice).starts_with("Cette alerte existe aussi en français"),
        "{}",
        text(notice)
    );
    assert_eq!(
        attr(one(&doc, ".notice-translation a"), "href"),
        "/r/fr/alerts/rf-1-fr"
    );
    // First in the alert's header, above its title.
    let header = one(&doc, ".alert-header");
    let first = header
        .children()
        .filter_map(ElementRef::wrap)
        .next()
        .unwrap();
    assert!(attr(first, "class").contains("notice-translation"));
    // An English reader of the French alert is told of the English one.
    let doc = page(build, "alerts/rf-1-fr.html");
    assert_eq!(
        attr(one(&doc, ".notice-translation a"), "href"),
        "/r/alerts/rf-1"
    );
    // No notice where the alert is in the reader's language, or has no
    // translation into it.
    for file in [
        "alerts/rf-1.html",
        "fr/alerts/rf-1-fr.html",
        "ar/alerts/rf-1.html",
    ] {
        assert!(
            all(&page(build, file), ".notice-translation").is_empty(),
            "{file}"
        );
    }
}

#[test]
fn the_site_and_counts_speak_the_language() {
    let build = shared();
    let fr = page(build, "fr/index.html");
    assert_eq!(text(one(&fr, ".tagline")), "La prévention d’abord");
    assert_eq!(
        text(one(&page(build, "es/index.html"), ".tagline")),
        "Prevention first"
    );
    // Five alerts on the list: French and Arabic count them in their forms.
    let count = |doc: &Html| text(one(doc, ".result-count"));
    let fr_count = count(&fr);
    assert!(fr_count.starts_with('5'), "{fr_count}");
    let ar = page(build, "ar/index.html");
    let ar_messages = messages("ar");
    let few = ar_messages["results.newest"]["few"]
        .as_str()
        .unwrap()
        .replace("{n}", "5");
    assert_eq!(count(&ar), few);
    // Dates in the language's words and order.
    let date = text(one(
        &page(build, "fr/alerts/rf-1.html"),
        ".alert-date > time",
    ));
    assert_eq!(
        date, "mercredi 1er mars 2023",
        "French writes the first of the month 1er"
    );
    assert_eq!(attr(one(&ar, "html"), "dir"), "rtl");
}
