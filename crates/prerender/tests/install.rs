//! The installable reader (issue 33): a manifest per interface language,
//! linked from every page of that language, and the icons it names, read
//! back from a build under a sub-path (`/r/`) as a browser would.

mod common;

use alert_model::i18n::languages::{prefix, INTERFACE};
use common::*;
use serde_json::Value;
use std::path::{Path, PathBuf};
use std::sync::OnceLock;

const BASE: &str = "/r/";

fn build() -> &'static PathBuf {
    static BUILD: OnceLock<PathBuf> = OnceLock::new();
    BUILD.get_or_init(|| {
        let (data, build) = folders("install");
        write(&data, &alert("one", "2024-01-01", "published"));
        write(&data, &alert("two", "2024-02-01", "published"));
        prerender(&data, &build, BASE);
        build
    })
}

/// A file of the build by its address under [`BASE`].
fn at(build: &Path, address: &str) -> PathBuf {
    let file = address
        .strip_prefix(BASE)
        .unwrap_or_else(|| panic!("{address} is not under {BASE}"));
    build.join(file)
}

/// Width and height from a PNG's IHDR, read by hand.
fn png_size(bytes: &[u8]) -> (u32, u32) {
    assert_eq!(&bytes[..8], b"\x89PNG\r\n\x1a\n", "a PNG");
    assert_eq!(&bytes[12..16], b"IHDR");
    let n =
        |at: usize| u32::from_be_bytes([bytes[at], bytes[at + 1], bytes[at + 2], bytes[at + 3]]);
    (n(16), n(20))
}

#[test]
fn each_language_has_a_manifest_that_starts_on_its_front_page_under_the_build_path() {
    let build = build();
    for l in INTERFACE {
        let file = format!("{}/manifest.webmanifest", prefix(l.tag));
        let text = std::fs::read_to_string(build.join(file.trim_start_matches('/')))
            .unwrap_or_else(|e| panic!("{}: {e}", l.tag));
        let m: Value = serde_json::from_str(&text).expect("JSON");
        let front = format!(
            "{BASE}{}",
            format!("{}/", prefix(l.tag)).trim_start_matches('/')
        );
        assert_eq!(m["start_url"], front.as_str(), "{}", l.tag);
        assert_eq!(m["id"], front.as_str(), "{}", l.tag);
        assert_eq!(m["scope"], BASE, "{}", l.tag);
        assert_eq!(m["lang"], l.tag);
        assert_eq!(m["dir"], if l.rtl { "rtl" } else { "ltr" }, "{}", l.tag);
        assert_eq!(m["name"], "Example Institute");
        assert_eq!(m["display"], "standalone");
        // The front page answers at the start address.
        assert!(at(build, &format!("{front}index.html")).exists(), "{front}");
        // Chromium wants a 192 and a 512 icon, and a maskable one.
        let icons = m["icons"].as_array().expect("icons");
        let mut sizes = Vec::new();
        for icon in icons {
            let src = icon["src"].as_str().expect("src");
            let bytes = std::fs::read(at(build, src)).unwrap_or_else(|e| panic!("{src}: {e}"));
            let (w, h) = png_size(&bytes);
            assert_eq!(icon["sizes"], format!("{w}x{h}"), "{src}");
            assert_eq!(icon["type"], "image/png");
            sizes.push((w, icon["purpose"].as_str().unwrap_or("any").to_string()));
        }
        assert!(sizes.contains(&(192, "any".into())), "{sizes:?}");
        assert!(sizes.contains(&(512, "any".into())), "{sizes:?}");
        assert!(sizes.contains(&(512, "maskable".into())), "{sizes:?}");
    }
    let en: Value =
        serde_json::from_str(&std::fs::read_to_string(build.join("manifest.webmanifest")).unwrap())
            .unwrap();
    let ar: Value = serde_json::from_str(
        &std::fs::read_to_string(build.join("ar/manifest.webmanifest")).unwrap(),
    )
    .unwrap();
    assert_eq!(en["short_name"], "Alert Reader");
    assert_ne!(ar["short_name"], en["short_name"], "in the language");
}

#[test]
fn every_page_links_its_own_languages_manifest() {
    let build = build();
    let mut pages = 0;
    for l in INTERFACE {
        for file in [
            "index.html",
            "alerts/one.html",
            "countries/AM.html",
            "about.html",
            "map.html",
        ] {
            let file = format!("{}/{file}", prefix(l.tag))
                .trim_start_matches('/')
                .to_string();
            let doc = page(build, &file);
            let links = all(&doc, "head link[rel=manifest]");
            assert_eq!(links.len(), 1, "{file}");
            let base = attr(one(&doc, "base"), "href");
            let href = format!("{base}{}", attr(links[0], "href"));
            assert_eq!(
                href,
                format!(
                    "{BASE}{}manifest.webmanifest",
                    format!("{}/", prefix(l.tag)).trim_start_matches('/')
                ),
                "{file}"
            );
            assert!(at(build, &href).exists(), "{file}: {href}");
            pages += 1;
        }
    }
    assert_eq!(pages, INTERFACE.len() * 5);
}
