//! Issue 14 as the build writes it, read back with an independent parser:
//! `/map` in every language (each country with a published alert linked on
//! the map and in the board, coloured along `type_order`, the disclaimer),
//! its loader bringing the map's own bundle when the build has one, the
//! shapes for the app, the sitemap entry, and the charts.

mod common;

use common::*;
use serde_json::json;
use std::path::{Path, PathBuf};

/// Sudan: a Red Flag Alert, then an SOS Alert (escalated). Armenia: one
/// statement. A withdrawn alert on Brazil and a draft on Chad, which
/// neither map nor board may show.
fn build(name: &str, map_bundle: bool) -> PathBuf {
    let (data, build) = folders(name);
    let site = std::fs::read_to_string(data.join("site.json")).expect("site");
    let mut site: serde_json::Value = serde_json::from_str(&site).expect("json");
    site["type_order"] = json!(["red_flag_alert", "sos_alert", "active_genocide_alert"]);
    std::fs::write(data.join("site.json"), site.to_string()).expect("write");
    let mut red = alert("sd-red", "2023-05-01", "published");
    red["type"] = json!("red_flag_alert");
    red["countries"] = json!(["SD"]);
    write(&data, &red);
    let mut sos = alert("sd-sos", "2024-05-30", "published");
    sos["type"] = json!("sos_alert");
    sos["countries"] = json!(["SD"]);
    write(&data, &sos);
    write(&data, &alert("am-statement", "2024-02-01", "published"));
    let mut gone = alert("br-gone", "2024-01-01", "withdrawn");
    gone["countries"] = json!(["BR"]);
    write(&data, &gone);
    let mut draft = alert("td-draft", "2024-06-01", "draft");
    draft["countries"] = json!(["TD"]);
    write(&data, &draft);
    if map_bundle {
        // As scripts/post-build copies it in before the prerender runs.
        let map_app = template("/r/").replace("app-1", "map-7");
        std::fs::write(build.join("map-app.html"), map_app).expect("write");
    }
    prerender(&data, &build, "/r/");
    build
}

fn read(build: &Path, file: &str) -> String {
    std::fs::read_to_string(build.join(file)).unwrap_or_else(|e| panic!("{file}: {e}"))
}

#[test]
fn the_map_links_every_country_with_a_published_alert_in_every_language() {
    let build = build("map-page", true);
    for (file, lang, sudan) in [
        ("map.html", "en", "Sudan"),
        ("fr/map.html", "fr", "Soudan"),
        ("es/map.html", "es", "Sudán"),
        ("ar/map.html", "ar", "السودان"),
    ] {
        let doc = page(&build, file);
        assert_eq!(attr(one(&doc, "html"), "lang"), lang);
        let places: Vec<(String, String)> = all(&doc, "svg a.place")
            .into_iter()
            .map(|a| (attr(a, "data-country"), attr(a, "data-tone")))
            .collect();
        // Sudan's latest is an SOS Alert (rank 1), Armenia's a statement,
        // which the order does not rank; no withdrawn or draft country.
        assert_eq!(
            places,
            [
                ("SD".into(), "rank-1".into()),
                ("AM".into(), "other".into())
            ],
            "{file}"
        );
        let prefix = if lang == "en" {
            String::new()
        } else {
            format!("{lang}/")
        };
        let sd = one(&doc, r#"svg a.place[data-country="SD"]"#);
        assert_eq!(
            attr(sd, "href"),
            format!("/r/{prefix}countries/SD"),
            "{file}"
        );
        assert!(
            attr(sd, "aria-label").starts_with(sudan),
            "{file}: {}",
            attr(sd, "aria-label")
        );
        let rows: Vec<String> = all(&doc, ".board tbody tr")
            .into_iter()
            .map(|r| attr(r, "data-country"))
            .collect();
        assert_eq!(rows, ["SD", "AM"], "{file}: gravest first");
        let trend = all(&doc, ".board tbody tr .trend");
        assert!(text(trend[0]).starts_with('▲'), "{file}: Sudan escalated");
        // Armenia is small: a marker to tap.
        assert_eq!(
            all(&doc, r#"a.place[data-country="AM"] circle.marker"#).len(),
            1
        );
        assert!(!text(one(&doc, ".map-note")).is_empty());
        // The legend follows the order, then the types it does not rank.
        let legend: Vec<String> = all(&doc, ".map-legend li[data-type]")
            .into_iter()
            .map(|li| attr(li, "data-type"))
            .collect();
        assert_eq!(
            legend,
            ["red_flag_alert", "sos_alert", "active_genocide_alert"]
        );
        // Its own address, and the same page in every other language.
        assert_eq!(
            attr(one(&doc, "head link[rel=canonical]"), "href"),
            format!("https://alerts.example.org/r/{prefix}map")
        );
        // Each interface language and x-default.
        let languages = alert_model::i18n::languages::INTERFACE.len();
        assert_eq!(
            all(&doc, "head link[hreflang]").len(),
            languages + 1,
            "{file}"
        );
        assert_eq!(
            attr(one(&doc, "meta[property='og:type']"), "content"),
            "website"
        );
    }
    let en = read(&build, "map.html");
    assert!(en.contains("The boundaries and names on this map do not imply any opinion"));
    // Its stylesheet, and the map's own bundle rather than the reader's.
    assert!(
        en.contains(r#"<link rel="stylesheet" href="/r/map.css" />"#),
        "{en}"
    );
    let (map_loader, map_js) = loader_of(&build, &en);
    assert!(map_js.contains("module_or_path: '/r/map-7_bg.wasm'"));
    assert!(
        !map_js.contains("app-1"),
        "the reader's bundle is not named on /map"
    );
    let (reader_loader, reader_js) = loader_of(&build, &read(&build, "index.html"));
    assert!(reader_js.contains("app-1"), "other pages keep it");
    assert_ne!(map_loader, reader_loader);
    // The shapes for the app, as committed.
    assert_eq!(
        read(&build, "data/world.json"),
        alert_prerender::world::JSON
    );
    assert!(read(&build, "sitemap.xml").contains("<loc>https://alerts.example.org/r/map</loc>"));
}

#[test]
fn without_the_maps_bundle_the_map_page_loads_the_readers_app() {
    let build = build("map-page-one-bundle", false);
    let en = read(&build, "map.html");
    let (_, js) = loader_of(&build, &en);
    assert!(js.contains("module_or_path: '/r/app-1_bg.wasm'"), "{js}");
}

#[test]
fn the_front_and_country_pages_chart_alerts_per_period_with_links() {
    let build = build("map-charts", false);
    let home = page(&build, "index.html");
    // 2023-05 to 2024-05 is under two years: one bar per month, 13 of them.
    assert_eq!(all(&home, ".chart-table tbody tr").len(), 13);
    let links: Vec<String> = all(&home, ".chart-svg a")
        .into_iter()
        .map(|a| attr(a, "href"))
        .collect();
    // Each year's own list (a page the build writes).
    assert_eq!(links, ["/r/years/2023", "/r/years/2024", "/r/years/2024"]);
    // Time runs the way the language reads: from the right in Arabic.
    let xs = |doc: &scraper::Html| -> Vec<f32> {
        all(doc, ".chart-svg a rect.hit")
            .into_iter()
            .map(|r| attr(r, "x").parse().expect("a number"))
            .collect()
    };
    let (en, ar) = (xs(&home), xs(&page(&build, "ar/index.html")));
    assert!(en.windows(2).all(|w| w[0] < w[1]), "{en:?}");
    assert!(ar.windows(2).all(|w| w[0] > w[1]), "{ar:?}");
    assert_eq!(en.first(), ar.last(), "the same slots, mirrored");
    let sudan = page(&build, "countries/SD.html");
    let sudan_links: Vec<String> = all(&sudan, ".chart-svg a")
        .into_iter()
        .map(|a| attr(a, "href"))
        .collect();
    assert_eq!(
        sudan_links,
        ["/r/?country=SD&year=2023", "/r/?country=SD&year=2024"]
    );
    let labels: Vec<String> = all(&sudan, ".chart-svg a")
        .into_iter()
        .map(|a| attr(a, "aria-label"))
        .collect();
    assert_eq!(labels[1], "May 2024: 1 alert (SOS Alert: 1)");
    // A month on its own is named as Russian names it alone ("май"), not
    // as in a date ("30 мая").
    let ru = page(&build, "ru/index.html");
    let ticks: Vec<String> = all(&ru, ".chart-svg text.tick")
        .into_iter()
        .map(|t| t.text().collect())
        .collect();
    assert!(ticks.contains(&"май".to_string()), "{ticks:?}");
    assert!(!ticks.contains(&"мая".to_string()), "{ticks:?}");
    let rows: Vec<String> = all(&ru, ".chart-table tbody th")
        .into_iter()
        .map(|t| t.text().collect())
        .collect();
    assert_eq!(rows.last().map(String::as_str), Some("май 2024\u{a0}г."));
    assert!(
        all(&page(&build, "countries/BR.html"), ".chart-svg").is_empty(),
        "no published alert, no chart"
    );
}
