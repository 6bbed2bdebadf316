//! Issue 36: the archive without script. Every list a static host can
//! serve (the archive's pages, each type's, each year's) is a page the
//! build writes, linked by "Older"/"Newer" and the browse links, in every
//! interface language; read back with scraper as a reader without script
//! would follow it.

mod common;

use common::*;
use serde_json::json;
use std::collections::BTreeSet;
use std::path::Path;

/// 28 statements of 2023 and 19 Red Flag Alerts of 2024 (twenty a page), and a draft and a
/// withdrawn alert that no list may show.
fn build(name: &str) -> std::path::PathBuf {
    let (data, build) = folders(name);
    for k in 1..=28 {
        write(
            &data,
            &alert(
                &format!("st-{k:02}"),
                &format!("2023-03-{k:02}"),
                "published",
            ),
        );
    }
    for k in 1..=19 {
        let mut a = alert(&format!("rf-{k}"), &format!("2024-05-{k:02}"), "published");
        a["type"] = json!("red_flag_alert");
        write(&data, &a);
    }
    write(&data, &alert("draft", "2024-06-01", "draft"));
    write(&data, &alert("gone", "2024-06-02", "withdrawn"));
    prerender(&data, &build, "/r/");
    build
}

/// The build file an href of the site names: "/r/page/2" → "page/2.html".
fn file_of(href: &str) -> String {
    let path = href.strip_prefix("/r/").expect("within the site");
    match path.trim_end_matches('/') {
        "" => "index.html".into(),
        "fr" => "fr/index.html".into(),
        p => format!("{p}.html"),
    }
}

/// Follows "Older →" from `start` to the end: the alerts listed, in order.
fn walk(build: &Path, start: &str) -> (Vec<String>, usize) {
    let (mut seen, mut pages, mut file) = (Vec::new(), 0, start.to_string());
    loop {
        let doc = page(build, &file);
        pages += 1;
        seen.extend(
            all(&doc, ".cards .card-title a")
                .into_iter()
                .map(|a| attr(a, "href")),
        );
        match all(&doc, ".pager a[rel=next]").first() {
            Some(next) => file = file_of(&attr(*next, "href")),
            None => return (seen, pages),
        }
        assert!(pages < 50, "the walk ends");
    }
}

#[test]
fn older_walks_the_whole_archive_once_without_script() {
    let build = build("lists-walk");
    let (seen, pages) = walk(&build, "index.html");
    assert_eq!(pages, 3);
    let unique: BTreeSet<&String> = seen.iter().collect();
    assert_eq!(seen.len(), 47, "{seen:?}");
    assert_eq!(unique.len(), 47, "each alert once");
    assert_eq!(seen.first().map(String::as_str), Some("/r/alerts/rf-19"));
    assert_eq!(seen.last().map(String::as_str), Some("/r/alerts/st-01"));
    // "Newer" leads back, and each page says where it is.
    let doc = page(&build, "page/3.html");
    assert_eq!(attr(one(&doc, ".pager a[rel=prev]"), "href"), "/r/page/2");
    assert_eq!(text(one(&doc, ".pager-position")), "Page 3 of 3");
    assert_eq!(text(one(&doc, "title")), "Page 3 of 3 · Example Institute");
    assert_eq!(attr(one(&doc, "#boot"), "data-path"), "/page/3");
    assert_eq!(
        attr(one(&doc, "link[rel=canonical]"), "href"),
        "https://alerts.example.org/r/page/3"
    );
    // In another interface language too, within it.
    let (fr, _) = walk(&build, "fr/index.html");
    assert_eq!(fr.len(), 47);
    assert!(fr.iter().all(|h| h.starts_with("/r/fr/alerts/")), "{fr:?}");
    assert!(!build.join("page/4.html").exists());
    // The sitemap names every list, the front page first.
    let sitemap = std::fs::read_to_string(build.join("sitemap.xml")).expect("sitemap");
    let locs: Vec<&str> = sitemap
        .split("<loc>")
        .skip(1)
        .filter_map(|l| l.split("</loc>").next())
        .filter(|l| !l.contains("/alerts/") && !l.contains("/countries/"))
        .collect();
    let base = "https://alerts.example.org/r";
    assert_eq!(
        locs,
        [
            format!("{base}/"),
            format!("{base}/page/2"),
            format!("{base}/page/3"),
            format!("{base}/types/red_flag_alert"),
            format!("{base}/types/statement"),
            format!("{base}/types/statement/page/2"),
            format!("{base}/years/2024"),
            format!("{base}/years/2023"),
            format!("{base}/years/2023/page/2"),
            format!("{base}/map"),
            format!("{base}/about"),
            format!("{base}/corrections"),
            format!("{base}/accessibility"),
            format!("{base}/privacy"),
        ]
    );
    assert!(
        !build.join("page/1.html").exists(),
        "page 1 is the front page"
    );
}

#[test]
fn each_type_and_year_has_its_list_linked_from_every_list() {
    let build = build("lists-browse");
    let front = page(&build, "index.html");
    let links: Vec<(String, String)> = all(&front, ".browse a")
        .into_iter()
        .map(|a| (text(a), attr(a, "href")))
        .collect();
    assert_eq!(
        links,
        [
            (
                "Red Flag Alert".to_string(),
                "/r/types/red_flag_alert".to_string()
            ),
            ("Statement".into(), "/r/types/statement".into()),
            ("2024".into(), "/r/years/2024".into()),
            ("2023".into(), "/r/years/2023".into()),
        ]
    );
    assert_eq!(
        texts(&front, ".browse-count"),
        ["(19)", "(28)", "(19)", "(28)"]
    );
    assert!(all(&front, ".browse a[aria-current]").is_empty());
    // Each list holds exactly its alerts, and marks itself among the links.
    for (file, count, prefix) in [
        ("types/red_flag_alert.html", 19, "/r/alerts/rf-"),
        ("types/statement.html", 28, "/r/alerts/st-"),
        ("years/2024.html", 19, "/r/alerts/rf-"),
        ("years/2023.html", 28, "/r/alerts/st-"),
    ] {
        let (seen, _) = walk(&build, file);
        assert_eq!(seen.len(), count, "{file}: {seen:?}");
        assert!(
            seen.iter().all(|h| h.starts_with(prefix)),
            "{file}: {seen:?}"
        );
        let doc = page(&build, file);
        let here = all(&doc, ".browse a[aria-current=page]");
        assert_eq!(here.len(), 1, "{file}");
        assert_eq!(file_of(&attr(here[0], "href")), file);
    }
    let doc = page(&build, "types/statement/page/2.html");
    assert_eq!(
        text(one(&doc, "title")),
        "Statement · Page 2 of 2 · Example Institute"
    );
    assert_eq!(
        text(one(&doc, ".result-count")),
        "28 alerts match: Statement"
    );
    // The filters still name the front page, where combined filters live.
    assert_eq!(attr(one(&doc, "form.filters"), "action"), "/r/");
    assert_eq!(
        attr(one(&doc, "#filter-type option[selected]"), "value"),
        "statement"
    );
    // No list for a type or year without alerts, nor for a combination.
    for absent in [
        "types/sos_alert.html",
        "years/2022.html",
        "types/statement/years",
    ] {
        assert!(!build.join(absent).exists(), "{absent}");
    }
    let ar = page(&build, "ar/years/2023.html");
    assert_eq!(attr(one(&ar, "html"), "dir"), "rtl");
    assert_eq!(all(&ar, ".cards > li").len(), 20);
}

#[test]
fn an_empty_archive_says_nothing_is_published_yet() {
    let (data, build) = folders("lists-empty");
    write(&data, &alert("draft", "2024-06-01", "draft"));
    prerender(&data, &build, "/r/");
    let front = page(&build, "index.html");
    assert_eq!(
        text(one(&front, ".empty")),
        "No alerts have been published yet."
    );
    // No filters to blame, nor a button to clear them; no list to browse.
    assert!(all(&front, ".empty button").is_empty());
    assert!(all(&front, ".browse a").is_empty());
    assert!(!build.join("page/2.html").exists());
    assert!(!build.join("types").exists() && !build.join("years").exists());
    // Nor a feed: none is written, and no page links one.
    assert!(!build.join("feeds/all.xml").exists());
    assert!(all(&front, "link[rel=alternate][type='application/atom+xml']").is_empty());
    assert!(all(&front, ".follow").is_empty());
}
