//! Reading offline (issue 33), read back from a build under a sub-path
//! (`/r/`): the service worker the build writes and what it names, the
//! keep script the loader names, the offline page in every language with
//! the words its script needs, and the Keep buttons of a country and a
//! series. The worker's behaviour is the browser's to test
//! (tests/e2e/offline.spec.js).

mod common;

use alert_model::i18n::languages::{prefix, INTERFACE};
use common::*;
use serde_json::Value;
use std::path::{Path, PathBuf};
use std::sync::OnceLock;

const BASE: &str = "/r/";

fn data(name: &str, second_status: &str) -> (PathBuf, PathBuf) {
    let (data, build) = folders(name);
    let mut one = alert("one", "2024-01-01", "published");
    one["series"] = serde_json::json!({ "id": "example-series", "number": 1 });
    let mut two = alert("two", "2024-02-01", second_status);
    two["series"] = serde_json::json!({ "id": "example-series", "number": 2 });
    write(&data, &one);
    write(&data, &two);
    (data, build)
}

fn build() -> &'static PathBuf {
    static BUILD: OnceLock<PathBuf> = OnceLock::new();
    BUILD.get_or_init(|| {
        let (data, build) = data("offline", "published");
        prerender(&data, &build, BASE);
        build
    })
}

/// A JavaScript array of strings the worker holds (`const NAME = [...]`).
fn js_list(script: &str, name: &str) -> Vec<String> {
    let open = format!("const {name} = ");
    let at = script.find(&open).unwrap_or_else(|| panic!("no {name}")) + open.len();
    let end = at + script[at..].find(";\n").expect("a statement");
    let list: Value = serde_json::from_str(&script[at..end]).expect("a JSON array");
    list.as_array()
        .expect("an array")
        .iter()
        .map(|v| v.as_str().expect("a string").to_string())
        .collect()
}

fn worker(build: &Path) -> String {
    std::fs::read_to_string(build.join("sw.js")).expect("the build writes sw.js at its top")
}

#[test]
fn the_worker_is_at_the_top_of_the_build_with_its_path_and_the_shell_it_installs() {
    let build = build();
    let sw = worker(build);
    assert!(sw.contains("const BASE = \"/r/\";"), "the build's path");
    let languages = js_list(&sw, "LANGUAGES");
    let prefixed: Vec<String> = INTERFACE
        .iter()
        .map(|l| prefix(l.tag).trim_start_matches('/').to_string())
        .filter(|p| !p.is_empty())
        .collect();
    assert_eq!(languages, prefixed, "every prefixed interface language");
    let shell = js_list(&sw, "SHELL_FILES");
    // What a page needs to look as it does offline: its loader and the keep
    // script the loader names, each a file of the build.
    let (src, loader) = loader_of(
        build,
        &std::fs::read_to_string(build.join("alerts/one.html")).unwrap(),
    );
    let loader_file = src
        .strip_prefix(BASE)
        .expect("the loader under the build path");
    assert!(
        shell.iter().any(|f| f == loader_file),
        "{shell:?} lacks {loader_file}"
    );
    let keep = between(&loader, "import('", "')").expect("the loader imports the keep script");
    let keep_file = keep.strip_prefix(BASE).expect("under the build path");
    assert!(keep_file.starts_with("keep-"), "{keep}");
    assert!(
        shell.iter().any(|f| f == keep_file),
        "{shell:?} lacks {keep_file}"
    );
    for file in &shell {
        let page = build.join(format!("{file}.html"));
        assert!(
            build.join(file).is_file() || page.is_file(),
            "the worker names {file}, which the build lacks"
        );
    }
    // The offline page, for a page the device lacks, from the start.
    assert!(shell.iter().any(|f| f == "offline"), "{shell:?}");
    // The app's code is cached when the app runs, not on every first visit.
    assert!(!shell.iter().any(|f| f.contains("app-1")), "{shell:?}");
    // Every file named after its text is current, and nothing else.
    let current = js_list(&sw, "CURRENT");
    assert!(
        current.iter().any(|f| f == loader_file) && current.iter().any(|f| f == keep_file),
        "{current:?}"
    );
    for file in &current {
        assert!(build.join(file).is_file(), "{file}");
    }
    assert!(
        !current.iter().any(|f| f == "sw.js" || f.ends_with(".html")),
        "{current:?}"
    );
    // The loader registers the worker at the build's path.
    assert!(loader.contains("register('/r/sw.js')"), "{loader}");
}

#[test]
fn the_same_data_makes_the_same_worker_and_a_withdrawal_a_new_one() {
    let sw = worker(build());
    let (data, again) = data("offline-again", "published");
    prerender(&data, &again, BASE);
    assert_eq!(worker(&again), sw, "a build is deterministic");
    let (data, withdrawn) = data_withdrawn();
    prerender(&data, &withdrawn, BASE);
    let changed = worker(&withdrawn);
    assert_ne!(
        changed, sw,
        "an alert withdrawn: a new worker, which refreshes what is kept"
    );
    let version = |s: &str| between(s, "const VERSION = \"", "\"").map(str::to_string);
    assert_ne!(version(&changed), version(&sw));
}

fn data_withdrawn() -> (PathBuf, PathBuf) {
    let (data, build) = data("offline-withdrawn", "withdrawn");
    // A withdrawn alert says why (a warning otherwise, not an error).
    let file = data.join("alerts/two.json");
    let mut two: Value = serde_json::from_str(&std::fs::read_to_string(&file).unwrap()).unwrap();
    two["change_note"] = "Withdrawn for the test.".into();
    two["updated"] = "2024-03-01".into();
    write(&data, &two);
    (data, build)
}

#[test]
fn every_language_has_an_offline_page_with_the_words_its_script_fills() {
    let build = build();
    for l in INTERFACE {
        let file = format!("{}/offline.html", prefix(l.tag));
        let doc = page(build, file.trim_start_matches('/'));
        let root = one(&doc, "#offline");
        for (key, holes) in [
            ("stale", &["{date}"][..]),
            ("keeping", &["{done}", "{total}"]),
            ("kept", &["{count}", "{size}"]),
            ("quota", &["{done}", "{total}"]),
            ("failed", &["{done}", "{total}"]),
            ("total", &["{size}"]),
            ("remove", &[]),
            ("removed", &[]),
            ("see", &[]),
            ("withdrawn", &[]),
            ("opened", &[]),
            ("clear", &[]),
            ("cleared", &[]),
            ("empty", &[]),
        ] {
            let text = attr(root, &format!("data-{key}"));
            assert!(
                !text.is_empty() && !text.starts_with("offline."),
                "{}: data-{key} {text:?}",
                l.tag
            );
            for hole in holes {
                assert!(
                    text.contains(hole),
                    "{}: data-{key} {text:?} lacks {hole}",
                    l.tag
                );
            }
        }
        // Hidden until the worker serves it for a page the device lacks.
        assert!(
            one(&doc, "#offline-missed")
                .value()
                .attr("hidden")
                .is_some(),
            "{}",
            l.tag
        );
        // Without script (or a worker) the page says why it lists nothing.
        assert!(!text(one(&doc, "#kept-state")).is_empty(), "{}", l.tag);
        assert_eq!(attr(one(&doc, "html"), "lang"), l.tag);
    }
}

#[test]
fn every_page_links_the_offline_page_and_the_sitemap_does_not() {
    let build = build();
    for file in [
        "index.html",
        "alerts/one.html",
        "fr/countries/AM.html",
        "ar/about.html",
    ] {
        let doc = page(build, file);
        let links: Vec<String> = all(&doc, ".footer-links a")
            .into_iter()
            .map(|a| attr(a, "href"))
            .collect();
        let lang = file
            .split('/')
            .next()
            .filter(|p| p.len() == 2)
            .map(|p| format!("{p}/"))
            .unwrap_or_default();
        assert!(
            links.contains(&format!("{BASE}{lang}offline")),
            "{file}: {links:?}"
        );
    }
    let sitemap = std::fs::read_to_string(build.join("sitemap.xml")).expect("a sitemap");
    assert!(
        !sitemap.contains("/offline"),
        "a page about one device is not one to index"
    );
}

#[test]
fn a_country_and_a_series_offer_to_be_kept() {
    let build = build();
    let country = page(build, "countries/AM.html");
    assert_eq!(
        attr(one(&country, "button[data-keep]"), "data-keep"),
        "country:AM"
    );
    for file in ["alerts/one.html", "ar/alerts/two.html"] {
        let doc = page(build, file);
        let button = one(&doc, ".series button[data-keep]");
        assert_eq!(attr(button, "data-keep"), "series:example-series", "{file}");
        assert!(!text(button).is_empty(), "{file}");
    }
}

fn between<'a>(s: &'a str, open: &str, close: &str) -> Option<&'a str> {
    let from = s.find(open)? + open.len();
    let to = from + s[from..].find(close)?;
    Some(&s[from..to])
}
