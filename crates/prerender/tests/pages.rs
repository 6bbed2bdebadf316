//! The prerender as the build runs it: on a data folder and trunk's
//! `index.html`. Every page is read back with an independent HTML parser
//! (scraper, html5ever) and checked for what a reader would see.

mod common;

use common::*;
use scraper::Html;
use serde_json::json;

#[test]
fn an_alert_page_has_every_part_of_the_alert_and_the_site() {
    let (data, build) = folders("every-part");
    let mut first = alert("first", "2022-10-07", "published");
    first["series"] = json!({ "id": "s", "number": 0 });
    first["updated"] = json!("2022-10-09");
    first["tags"] = json!(["prisoners", "sanctions"]);
    first["translations"] = json!({ "fr": "first-fr" });
    first["links"] =
        json!({ "source": "https://example.org/a", "pdf": "https://example.org/a.pdf" });
    first["body"] = json!([
        { "type": "heading", "level": 2, "text": ["What it asks"] },
        { "type": "paragraph", "text": ["Plain ", { "text": "strong", "marks": ["strong"] }, { "text": "link", "href": "https://example.org/x" }] },
        { "type": "list", "ordered": true, "items": [["one"], ["two"]] },
        { "type": "quote", "text": ["Quoted."], "cite": "The Institute" }
    ]);
    write(&data, &first);
    let mut fr = alert("first-fr", "2022-10-07", "published");
    fr["language"] = json!("fr");
    fr["translations"] = json!({ "en": "first" });
    write(&data, &fr);
    let mut second = alert("second", "2022-11-01", "published");
    second["series"] = json!({ "id": "s", "number": 1 });
    write(&data, &second);
    prerender(&data, &build, "/reader/");

    let doc = page(&build, "alerts/first.html");
    assert_eq!(
        text(one(&doc, "title")),
        "Example: first · Example Institute"
    );
    assert_eq!(
        attr(one(&doc, "meta[name=description]"), "content"),
        "Summary of first."
    );
    let boot = one(&doc, "#boot.prerendered");
    assert_eq!(attr(boot, "data-path"), "/alerts/first");
    // The site: skip link to this page's main, header, footer.
    assert_eq!(
        attr(one(&doc, "#boot > a.skip-link"), "href"),
        "/reader/alerts/first#main"
    );
    assert_eq!(
        text(one(&doc, ".site-header .site-name")),
        "Example Institute"
    );
    assert_eq!(
        attr(one(&doc, ".site-header .site-name"), "href"),
        "/reader/"
    );
    assert_eq!(text(one(&doc, ".site-header .tagline")), "Prevention first");
    assert_eq!(
        attr(one(&doc, ".site-nav .donate"), "href"),
        "https://example.org/donate"
    );
    assert_eq!(text(one(&doc, ".site-footer .legal")), "A nonprofit.");
    assert_eq!(
        attr(one(&doc, ".site-footer a[href^='mailto:']"), "href"),
        "mailto:info@example.org"
    );
    // The alert: badge, one h1, dates, countries, series, translations.
    assert_eq!(attr(one(&doc, "main .back a"), "href"), "/reader/");
    assert_eq!(
        text(one(&doc, "article.alert .badge.badge-statement")),
        "Statement"
    );
    assert_eq!(text(one(&doc, "h1")), "Example: first");
    assert_eq!(
        text(one(&doc, ".alert-date")),
        "Friday, October 7, 2022 · Updated Sunday, October 9, 2022"
    );
    assert_eq!(
        attr(one(&doc, ".alert-date > time"), "datetime"),
        "2022-10-07"
    );
    assert_eq!(
        attr(one(&doc, ".country-links a"), "href"),
        "/reader/countries/AM"
    );
    assert_eq!(
        text(one(&doc, ".series-position")),
        "Original alert, 1 update follows"
    );
    assert_eq!(
        texts(&doc, ".series-track li strong"),
        ["Original", "Update 1"]
    );
    assert_eq!(
        texts(&doc, ".series-track .track-date"),
        ["Oct 7, 2022", "Nov 1, 2022"]
    );
    assert_eq!(
        attr(one(&doc, ".series-track li.current > span"), "aria-current"),
        "page"
    );
    assert_eq!(
        attr(one(&doc, ".notice-newer a"), "href"),
        "/reader/alerts/second"
    );
    let fr_link = one(&doc, ".translations a");
    assert_eq!(
        (
            text(fr_link),
            attr(fr_link, "hreflang"),
            attr(fr_link, "href")
        ),
        (
            "Français".into(),
            "fr".into(),
            "/reader/alerts/first-fr".into()
        )
    );
    // The body, block by block, with marks and links; none of the marks
    // that tie a part to its field in the file, which only the staff
    // preview reads.
    assert!(
        doc.select(&scraper::Selector::parse("main [data-path]").unwrap())
            .next()
            .is_none(),
        "a reader's page carries no field marks"
    );
    assert_eq!(
        text(one(&doc, ".alert-body > h2:nth-child(1)")),
        "What it asks"
    );
    assert_eq!(
        text(one(&doc, ".alert-body > p:nth-child(2) strong")),
        "strong"
    );
    assert_eq!(
        attr(one(&doc, ".alert-body p a"), "href"),
        "https://example.org/x"
    );
    assert_eq!(
        texts(&doc, ".alert-body > ol:nth-child(3) li"),
        ["one", "two"]
    );
    assert_eq!(
        text(one(&doc, ".alert-body figure.quote figcaption")),
        "— The Institute"
    );
    // Under the text: tags and the publisher's links.
    assert_eq!(texts(&doc, ".tags li"), ["prisoners", "sanctions"]);
    assert_eq!(texts(&doc, ".alert-links a"), ["Publisher’s page", "PDF"]);
    // Tools wait hidden for the app; Previous/Next say where they lead.
    let embed = one(&doc, ".alert-tools button[data-app-action=embed]");
    assert!(embed.value().attr("hidden").is_some());
    assert_eq!(text(one(&doc, ".step-prev")), "← PreviousExample: first-fr");
    assert_eq!(attr(one(&doc, ".step-prev"), "rel"), "prev");
    assert_eq!(text(one(&doc, ".step-next")), "Next →Example: second");
    assert_eq!(
        attr(one(&doc, ".step-next"), "href"),
        "/reader/alerts/second"
    );
}

#[test]
fn the_ends_of_the_list_say_why_and_withdrawn_alerts_stay_readable() {
    let (data, build) = folders("ends");
    write(&data, &alert("one", "2022-10-07", "published"));
    write(&data, &alert("gone", "2022-10-08", "withdrawn"));
    write(&data, &alert("next", "2022-10-09", "draft"));
    prerender(&data, &build, "/");
    let one_page = page(&build, "alerts/one.html");
    assert_eq!(
        text(one(&one_page, ".step-prev.disabled .step-title")),
        "This is the earliest alert"
    );
    assert_eq!(
        text(one(&one_page, ".step-next.disabled .step-title")),
        "This is the latest alert"
    );
    let gone = page(&build, "alerts/gone.html");
    assert_eq!(text(one(&gone, ".notice-withdrawn strong")), "Withdrawn.");
    assert_eq!(attr(one(&gone, ".step-prev"), "href"), "/alerts/one");
    assert!(
        all(&gone, ".embed-open").is_empty(),
        "withdrawn alerts are not offered for embedding"
    );
    assert!(
        !build.join("alerts/next.html").exists(),
        "drafts are never written"
    );
}

#[test]
fn the_front_page_lists_published_alerts_with_filters_and_counts() {
    let (data, build) = folders("home");
    write(&data, &alert("one", "2022-10-07", "published"));
    let mut two = alert("two", "2023-01-01", "published");
    two["countries"] = json!(["SD", "AM"]);
    two["type"] = json!("sos_alert");
    write(&data, &two);
    write(&data, &alert("gone", "2022-10-08", "withdrawn"));
    write(&data, &alert("next", "2022-10-09", "draft"));
    prerender(&data, &build, "/");
    let home = page(&build, "index.html");
    assert_eq!(attr(one(&home, "#boot"), "data-path"), "/");
    assert_eq!(text(one(&home, "title")), "Alerts · Example Institute");
    assert_eq!(text(one(&home, "h1")), "Alerts");
    assert_eq!(text(one(&home, ".result-count")), "2 alerts, newest first");
    assert_eq!(
        texts(&home, ".card-title a"),
        ["Example: two", "Example: one"]
    );
    assert_eq!(
        attr(one(&home, ".card-title a[href='/alerts/two']"), "href"),
        "/alerts/two"
    );
    // The filters carry their counts, as the app shows them.
    assert_eq!(
        texts(&home, "#filter-country option"),
        ["All countries", "Armenia (2)", "Sudan (1)"]
    );
    assert_eq!(
        texts(&home, "#filter-type option"),
        [
            "All types",
            "Red Flag Alert (0)",
            "Active Genocide Alert (0)",
            "SOS Alert (1)",
            "Statement (1)",
            "Report (0)"
        ]
    );
    assert_eq!(
        texts(&home, "#filter-year option"),
        ["All years", "2023 (1)", "2022 (1)"]
    );
    assert!(
        one(&home, ".filters button")
            .value()
            .attr("disabled")
            .is_some(),
        "nothing to clear"
    );
    // The loader keeps the address in step with the filters until the app
    // is in: each field is named after the address's key for it.
    let form = one(&home, "form.filters[data-app-form]");
    let names: Vec<_> = [
        "#filter-words",
        "#filter-country",
        "#filter-type",
        "#filter-year",
    ]
    .iter()
    .map(|id| attr(one(&home, id), "name"))
    .collect();
    assert_eq!(names, ["q", "country", "type", "year"]);
    for name in &names {
        assert!(
            alert_model::reading::query::KEYS.contains(&name.as_str()),
            "{name}"
        );
    }
    assert!(attr(form, "data-failed").contains("could not be loaded"));
    // It loads the app on demand: the filters' first use fetches it.
    let raw = std::fs::read_to_string(build.join("index.html")).unwrap();
    assert!(!raw.contains("import init") && !raw.contains("rel=\"preload\""));
    assert!(loader_of(&build, &raw)
        .1
        .contains("import(tries++ ? '/app-1.js?retry='"));
    assert!(
        raw.contains("<script>/* live reload */</script>"),
        "the rest of the template is kept"
    );
    assert!(
        !raw.contains("Loading alerts…"),
        "the boot note is replaced"
    );
}

#[test]
fn every_country_has_a_page_and_pages_load_the_app_on_demand_only() {
    let (data, build) = folders("countries");
    write(&data, &alert("one", "2022-10-07", "published"));
    prerender(&data, &build, "/");
    let am = page(&build, "countries/AM.html");
    assert_eq!(attr(one(&am, "#boot"), "data-path"), "/countries/AM");
    assert_eq!(text(one(&am, "h1")), "Armenia");
    assert_eq!(
        text(one(&am, ".lede")),
        "1 alert that names Armenia. Filter the archive by this country"
    );
    assert_eq!(text(one(&am, ".year-heading")), "2022");
    assert_eq!(
        attr(one(&am, ".event-title a"), "href"),
        "/alerts/one?country=AM"
    );
    assert!(one(&am, "button.embed-open")
        .value()
        .attr("hidden")
        .is_some());
    let fr = page(&build, "countries/FR.html");
    assert_eq!(
        text(one(&fr, ".empty")),
        "No published alert names this country yet."
    );
    for file in ["countries/AM.html", "alerts/one.html"] {
        let raw = std::fs::read_to_string(build.join(file)).unwrap();
        assert!(
            !raw.contains("import init") && !raw.contains("rel=\"preload\""),
            "{file}"
        );
        assert!(
            loader_of(&build, &raw)
                .1
                .contains("import(tries++ ? '/app-1.js?retry='"),
            "{file}"
        );
    }
}

#[test]
fn nothing_from_the_data_becomes_markup() {
    let (data, build) = folders("hostile");
    let mut v = alert("hostile", "2022-10-07", "published");
    v["title"] = json!("<script>alert(1)</script> & \"quotes\" <!>");
    v["summary"] = json!("\"><img src=x onerror=alert(1)>");
    v["tags"] = json!(["<b>bold</b>"]);
    v["body"] = json!([{ "type": "paragraph", "text": ["<img src=x onerror=alert(1)>", { "text": " plain " }, { "text": "good", "href": "https://example.org/?a=1&b=\"2\"" }] }]);
    write(&data, &v);
    prerender(&data, &build, "/");
    for file in ["alerts/hostile.html", "index.html", "countries/AM.html"] {
        let doc = page(&build, file);
        assert!(
            all(&doc, "#boot script, #boot img, #boot b").is_empty(),
            "{file}"
        );
        assert_eq!(
            all(&doc, "script:not([type=\"application/ld+json\"])").len(),
            2,
            "{file}: the template's own scripts only"
        );
    }
    // The alert's JSON-LD is one data block that says the title as it is:
    // nothing in it closed the element early.
    let doc = page(&build, "alerts/hostile.html");
    let block = one(&doc, "script[type=\"application/ld+json\"]");
    let ld: serde_json::Value = serde_json::from_str(&block.inner_html()).expect("JSON");
    assert_eq!(ld["headline"], "<script>alert(1)</script> & \"quotes\" <!>");
    assert!(!block.inner_html().contains('<'));
    let doc = page(&build, "alerts/hostile.html");
    assert_eq!(
        text(one(&doc, "h1")),
        "<script>alert(1)</script> & \"quotes\" <!>"
    );
    assert_eq!(
        text(one(&doc, "title")),
        "<script>alert(1)</script> & \"quotes\" <!> · Example Institute"
    );
    assert_eq!(
        attr(one(&doc, "meta[name=description]"), "content"),
        "\"><img src=x onerror=alert(1)>"
    );
    assert_eq!(text(one(&doc, ".tags li")), "<b>bold</b>");
    let links: Vec<String> = all(&doc, ".alert-body a")
        .into_iter()
        .map(|a| attr(a, "href"))
        .collect();
    assert_eq!(
        links,
        ["https://example.org/?a=1&b=\"2\""],
        "the one link, its address intact"
    );
    assert!(text(one(&doc, ".alert-body p")).starts_with("<img src=x onerror=alert(1)> plain"));
}

#[test]
fn data_with_errors_is_refused_and_nothing_is_written() {
    let (data, build) = folders("refused");
    write(&data, &alert("one", "2022-10-07", "published"));
    let mut broken = alert("two", "2022-10-08", "published");
    broken["countries"] = json!([]);
    write(&data, &broken);
    std::fs::write(build.join("index.html"), template("/")).unwrap();
    let out = run(&[data.to_str().unwrap(), build.to_str().unwrap()]);
    assert!(!out.status.success());
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains("1 error(s)") && err.contains("alert-data check"),
        "{err}"
    );
    assert!(!build.join("alerts").exists());
    assert_eq!(
        std::fs::read_to_string(build.join("index.html")).unwrap(),
        template("/")
    );
}

#[test]
fn the_baseline_page_is_the_alert_alone_with_the_given_stylesheet() {
    let (data, _) = folders("baseline");
    write(&data, &alert("one", "2022-10-07", "published"));
    let out = run(&[
        "baseline",
        data.to_str().unwrap(),
        "one",
        "--css",
        "/main.css",
    ]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let doc = Html::parse_document(&String::from_utf8(out.stdout).unwrap());
    assert_eq!(attr(one(&doc, "link[rel=stylesheet]"), "href"), "/main.css");
    assert_eq!(text(one(&doc, "h1")), "Example: one");
    assert!(all(&doc, "script").is_empty(), "no app at all");
    assert!(all(&doc, ".prev-next").is_empty());
    // Without --css it links style.css.
    let plain = run(&["baseline", data.to_str().unwrap(), "one"]);
    let doc = Html::parse_document(&String::from_utf8(plain.stdout).unwrap());
    assert_eq!(attr(one(&doc, "link[rel=stylesheet]"), "href"), "style.css");
    let missing = run(&["baseline", data.to_str().unwrap(), "nope"]);
    assert_eq!(missing.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&missing.stderr).contains("no alert with the id \"nope\""));
    // Anything else is a usage error, not a guess.
    for args in [
        vec!["what"],
        vec!["base-line", data.to_str().unwrap(), "one"],
        vec![
            "baseline",
            data.to_str().unwrap(),
            "one",
            "--style",
            "/main.css",
        ],
        vec![
            "base-line",
            data.to_str().unwrap(),
            "one",
            "--css",
            "/main.css",
        ],
    ] {
        let out = run(&args);
        assert_eq!(out.status.code(), Some(2), "{args:?}");
        assert!(String::from_utf8_lossy(&out.stderr).starts_with("usage:"));
    }
}

#[test]
fn only_published_and_withdrawn_alerts_are_left_in_the_builds_data() {
    let (data, build) = folders("data-left");
    write(&data, &alert("one", "2022-10-07", "published"));
    write(&data, &alert("gone", "2022-10-08", "withdrawn"));
    write(&data, &alert("secret", "2022-10-09", "draft"));
    // What trunk's copy-dir put into the build: every file, as it was.
    let copied = build.join("data/alerts");
    std::fs::create_dir_all(copied.join("old")).unwrap();
    for name in [
        "one.json",
        "gone.json",
        "secret.json",
        "one.json~",
        ".one.json.swp",
        "ONE.JSON",
    ] {
        std::fs::write(copied.join(name), "{}").unwrap();
    }
    std::fs::write(build.join("index.html"), template("/")).unwrap();
    let out = run(&[data.to_str().unwrap(), build.to_str().unwrap()]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let left = names(&copied);
    assert_eq!(left, ["gone.json", "one.json"]);
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains("left out of the build (not a published alert): data/alerts/secret.json"),
        "{err}"
    );
}

/// Beside the alerts, only what the reader reads leaves the build: a
/// staff member's notes, an export or a backup in `public/data` do not.
#[test]
fn only_what_the_reader_reads_is_left_of_public_data() {
    let (data, build) = folders("data-kept");
    write(&data, &alert("one", "2022-10-07", "published"));
    // What trunk's copy-dir put into the build beside the alerts.
    let copied = build.join("data");
    std::fs::create_dir_all(copied.join("alerts")).unwrap();
    std::fs::create_dir_all(copied.join("schema")).unwrap();
    std::fs::create_dir_all(copied.join("drafts")).unwrap();
    for name in [
        "site.json",
        "index.json",
        "notes.txt",
        "site.json~",
        "embargoed.docx",
        "drafts/next.json",
    ] {
        std::fs::write(copied.join(name), "{}").unwrap();
    }
    for name in [
        "alert.schema.json",
        "index.schema.json",
        "site.schema.json",
        "old.schema.json",
    ] {
        std::fs::write(copied.join("schema").join(name), "{}").unwrap();
    }
    std::fs::write(build.join("index.html"), template("/")).unwrap();
    let out = run(&[data.to_str().unwrap(), build.to_str().unwrap()]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let top = names(&copied);
    for gone in ["notes.txt", "site.json~", "embargoed.docx", "drafts"] {
        assert!(!top.contains(&gone.to_string()), "{gone} left in {top:?}");
    }
    for kept in ["site.json", "index.json", "alerts", "schema"] {
        assert!(
            top.contains(&kept.to_string()),
            "{kept} missing from {top:?}"
        );
    }
    assert_eq!(
        names(&copied.join("schema")),
        ["alert.schema.json", "index.schema.json", "site.schema.json"]
    );
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains("left out of the build (not read by the reader): data/notes.txt"),
        "{err}"
    );
}

#[test]
fn an_alerts_page_leaves_out_the_lists_sheet_and_the_loader_brings_it() {
    let (data, build) = folders("sheets");
    write(&data, &alert("one", "2022-10-07", "published"));
    prerender(&data, &build, "/reader/");
    let sheets = |file: &str| -> Vec<String> {
        let page = std::fs::read_to_string(build.join(file)).unwrap();
        let doc = Html::parse_document(&page);
        doc.select(&scraper::Selector::parse("head link[rel=stylesheet]").unwrap())
            .filter_map(|l| l.value().attr("href").map(String::from))
            .collect()
    };
    for file in [
        "alerts/one.html",
        "fr/alerts/one.html",
        "ar/alerts/one.html",
    ] {
        assert_eq!(sheets(file), ["/reader/main-1a.css"], "{file}");
    }
    for file in [
        "index.html",
        "fr/index.html",
        "countries/AM.html",
        "about.html",
        "map.html",
    ] {
        assert_eq!(
            sheets(file)[..2],
            ["/reader/main-1a.css", "/reader/lists-2b.css"],
            "{file}"
        );
    }
    // Started on an alert's page, the app's other views need it.
    let page = std::fs::read_to_string(build.join("alerts/one.html")).unwrap();
    let (_, loader) = loader_of(&build, &page);
    assert!(
        loader.contains(r#"const sheet = "/reader/lists-2b.css";"#),
        "{loader}"
    );
}

#[test]
fn every_page_names_one_loader_file_that_the_build_holds() {
    let (data, build) = folders("loader");
    write(&data, &alert("one", "2022-10-07", "published"));
    prerender(&data, &build, "/reader/");
    let page = std::fs::read_to_string(build.join("alerts/one.html")).unwrap();
    let (named, loader) = loader_of(&build, &page);
    let file = named.strip_prefix("/reader/").expect("under the base path");
    assert!(
        file.starts_with("loader-") && file.ends_with(".js"),
        "{named}"
    );
    assert!(loader.contains("import(tries++ ? '/reader/app-1.js?retry='"));
    // One script for every language: its words come from the page, and
    // it knows where the other languages' pages are.
    assert!(!loader.contains("Copied."), "{loader}");
    let french = std::fs::read_to_string(build.join("fr/alerts/one.html")).unwrap();
    assert_eq!(loader_of(&build, &french).0, named);
    // Fetched on every first visit: written without its comments, blank
    // lines or indentation.
    assert!(
        loader
            .lines()
            .all(|l| !l.is_empty() && !l.starts_with("//") && !l.starts_with(' ')),
        "{loader}"
    );
    assert!(
        include_str!("../src/loader.js").contains("\n// "),
        "the source keeps its comments"
    );
    assert!(
        loader.contains("const languages = [\"ar\", \"es\", \"fr\", \"hy\", \"ru\"];"),
        "{loader}"
    );
    assert!(loader.contains("localStorage.getItem(\"alert-reader-lang\")"));
    // No script runs from the page itself (the JSON-LD is data), and
    // nothing is left of trunk's start-up script or of the preload hints:
    // every "<" in the head closes with its own ">" (text from the data is
    // escaped).
    let doc = Html::parse_document(&page);
    let scripts: Vec<_> = doc
        .select(&scraper::Selector::parse("script").unwrap())
        .filter(|s| s.value().attr("type") != Some("application/ld+json"))
        .collect();
    let named_scripts: Vec<_> = scripts
        .iter()
        .filter_map(|s| s.value().attr("src"))
        .collect();
    assert_eq!(named_scripts, [named.as_str()]);
    assert!(
        scripts.iter().all(|s| !s.inner_html().contains("import")),
        "nothing inline starts an app: {page}"
    );
    let head = &page[..page.find("</head>").unwrap()];
    assert_eq!(
        head.matches('<').count(),
        head.matches('>').count(),
        "{head}"
    );
    assert!(!head.contains("rel=\"preload\"") && !head.contains("modulepreload"));
    assert!(!head.contains("import init"), "{head}");
}

#[test]
fn a_country_with_many_alerts_is_paged_fifty_at_a_time_in_every_language() {
    let (data, build) = folders("country-pages");
    for i in 0..120 {
        let date = format!("20{:02}-{:02}-01", 10 + i / 12, 1 + i % 12);
        write(&data, &alert(&format!("a{i:03}"), &date, "published"));
    }
    prerender(&data, &build, "/r/");
    for (prefix, page_two) in [("", "Page 2 of 3"), ("fr/", "Page 2 sur 3")] {
        let first = page(&build, &format!("{prefix}countries/AM.html"));
        assert_eq!(all(&first, ".timeline .event").len(), 50, "{prefix}");
        let titles = texts(&first, ".event-title");
        assert_eq!(
            (titles[0].as_str(), titles[49].as_str()),
            ("Example: a119", "Example: a070")
        );
        // Every alert is counted, and the older ones are a link away.
        assert!(text(one(&first, ".lede")).contains("120"), "{prefix}");
        assert_eq!(all(&first, "a[rel=prev]").len(), 0);
        let older = attr(one(&first, ".pager a[rel=next]"), "href");
        assert_eq!(older, format!("/r/{prefix}countries/AM/page/2"));
        assert!(
            all(&first, ".chart-svg, .follow").len() >= 2,
            "{prefix}: the chart and Follow"
        );

        let second = page(&build, &format!("{prefix}countries/AM/page/2.html"));
        assert_eq!(all(&second, ".timeline .event").len(), 50);
        assert_eq!(texts(&second, ".event-title")[0], "Example: a069");
        assert_eq!(text(one(&second, ".pager-position")), page_two);
        assert_eq!(text(one(&second, ".page-position")), page_two);
        assert_eq!(all(&first, ".page-position").len(), 0);
        assert!(text(one(&second, "title")).contains(page_two), "{prefix}");
        assert_eq!(
            attr(one(&second, "link[rel=canonical]"), "href"),
            format!("https://alerts.example.org/r/{prefix}countries/AM/page/2")
        );
        assert_eq!(
            attr(one(&second, ".pager a[rel=prev]"), "href"),
            format!("/r/{prefix}countries/AM")
        );
        // The first page's tools are not repeated down the pages.
        assert_eq!(all(&second, ".chart-svg, .follow").len(), 0);

        let third = page(&build, &format!("{prefix}countries/AM/page/3.html"));
        assert_eq!(all(&third, ".timeline .event").len(), 20);
        assert_eq!(all(&third, ".pager a[rel=next]").len(), 0);
    }
    assert!(!build.join("countries/AM/page/4.html").exists());
    // The sitemap leads to each page, and to no page that is not there.
    let sitemap = std::fs::read_to_string(build.join("sitemap.xml")).expect("sitemap");
    let doc = roxmltree::Document::parse(&sitemap).expect("XML");
    let countries: Vec<&str> = doc
        .descendants()
        .filter(|n| n.has_tag_name("loc"))
        .filter_map(|n| n.text())
        .filter(|t| t.contains("/countries/"))
        .collect();
    assert_eq!(
        countries,
        [
            "https://alerts.example.org/r/countries/AM",
            "https://alerts.example.org/r/countries/AM/page/2",
            "https://alerts.example.org/r/countries/AM/page/3"
        ]
    );
    assert!(!build.join("countries/AM/page/1.html").exists());
    // A country with few alerts has one page and no pager.
    assert!(!build.join("countries/SD/page").exists());
}
