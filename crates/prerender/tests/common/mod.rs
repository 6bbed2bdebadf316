//! What the prerender's tests share: running it as the build does on a
//! data folder and trunk's `index.html`, and reading pages back with an
//! independent HTML parser (scraper, html5ever).
#![allow(dead_code)]

use scraper::{ElementRef, Html, Selector};
use serde_json::{json, Value};
use std::path::{Path, PathBuf};
use std::process::{Command, Output};

pub fn run(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_prerender"))
        .args(args)
        // Each test folder has its own card cache.
        .env("ALERT_READER_CARD_CACHE", card_cache(args))
        .output()
        .expect("runs")
}

/// A fresh data folder and build folder under target/.
pub fn folders(name: &str) -> (PathBuf, PathBuf) {
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR")).join(name);
    let _ = std::fs::remove_dir_all(&dir);
    let data = dir.join("data");
    std::fs::create_dir_all(data.join("alerts")).unwrap();
    std::fs::write(
        data.join("site.json"),
        json!({
            "name": "Example Institute", "tagline": "Prevention first",
            "legal": "A nonprofit.", "contact": "info@example.org",
            "donate": "https://example.org/donate",
            "reader_url": "https://alerts.example.org/r/"
        })
        .to_string(),
    )
    .unwrap();
    let build = dir.join("build");
    std::fs::create_dir_all(&build).unwrap();
    (data, build)
}

/// trunk's `index.html` for a build under `base`, as trunk 0.21 writes it
/// (and with the live-reload script `trunk serve` adds).
pub fn template(base: &str) -> String {
    std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/../../index.html"))
        .unwrap()
        .replace("<base data-trunk-public-url />", &format!("<base href=\"{base}\" />"))
        // Each stylesheet as trunk links it: hashed, under the base.
        .replace(
            r#"<link data-trunk rel="css" href="target/style/main.css" crossorigin="anonymous" />"#,
            &format!(r#"<link rel="stylesheet" href="{base}main-1a.css" crossorigin="anonymous" integrity="sha384-m"/>"#),
        )
        .replace(
            r#"<link data-trunk rel="css" href="target/style/lists.css" crossorigin="anonymous" />"#,
            &format!(r#"<link rel="stylesheet" href="{base}lists-2b.css" crossorigin="anonymous" integrity="sha384-l"/>"#),
        )
        .replace("  </body>", "<script>/* live reload */</script>\n  </body>")
        .replace(
            "  </head>",
            &format!("<script type=\"module\">\nimport init, * as bindings from '{base}app-1.js';\nconst wasm = await init({{ module_or_path: '{base}app-1_bg.wasm' }});\n</script>\n<link rel=\"preload\" href=\"{base}app-1_bg.wasm\" as=\"fetch\" type=\"application/wasm\"></head>"),
        )
}

pub fn alert(id: &str, date: &str, status: &str) -> Value {
    json!({
        "schema": 1, "id": id, "title": format!("Example: {id}"), "type": "statement",
        "status": status, "published": date, "countries": ["AM"], "language": "en",
        "summary": format!("Summary of {id}."),
        "body": [{ "type": "paragraph", "text": ["Sample text."] }]
    })
}

pub fn write(data: &Path, v: &Value) {
    let id = v["id"].as_str().unwrap();
    std::fs::write(
        data.join("alerts").join(format!("{id}.json")),
        v.to_string(),
    )
    .unwrap();
}

pub fn prerender(data: &Path, build: &Path, base: &str) {
    std::fs::write(build.join("index.html"), template(base)).unwrap();
    let out = run(&[data.to_str().unwrap(), build.to_str().unwrap()]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
}

/// The address of the loader a page names, and its text as the build holds
/// it (at the top of the build, beside the app's JS).
pub fn loader_of(build: &Path, page: &str) -> (String, String) {
    const OPEN: &str = "<script type=\"module\" src=\"";
    let at = page.find(OPEN).expect("a page names its loader") + OPEN.len();
    let src = page[at..at + page[at..].find('"').unwrap()].to_string();
    let file = src.rsplit('/').next().unwrap();
    let text = std::fs::read_to_string(build.join(file)).unwrap_or_else(|e| panic!("{src}: {e}"));
    (src, text)
}

/// The citation files an alert's page offers to download, by the name each
/// saves as, read from its `data:` link as a browser would.
pub fn downloads(build: &Path, alert_page: &str) -> Vec<(String, String)> {
    let doc = page(build, alert_page);
    all(&doc, ".cite-files a[download]")
        .into_iter()
        .map(|a| {
            let href = attr(a, "href");
            let (_, body) = href.split_once(',').expect("a data: address");
            assert!(
                href.starts_with("data:")
                    && href[..href.len() - body.len()].ends_with(";charset=utf-8,"),
                "{href}"
            );
            let text = percent_encoding::percent_decode_str(body)
                .decode_utf8()
                .expect("UTF-8")
                .into_owned();
            (attr(a, "download"), text)
        })
        .collect()
}

pub fn page(build: &Path, file: &str) -> Html {
    let text = std::fs::read_to_string(build.join(file)).unwrap_or_else(|e| panic!("{file}: {e}"));
    Html::parse_document(&text)
}

pub fn all<'a>(doc: &'a Html, css: &str) -> Vec<ElementRef<'a>> {
    doc.select(&Selector::parse(css).unwrap()).collect()
}

pub fn one<'a>(doc: &'a Html, css: &str) -> ElementRef<'a> {
    let found = all(doc, css);
    assert_eq!(found.len(), 1, "exactly one {css}");
    found[0]
}

pub fn text(e: ElementRef<'_>) -> String {
    e.text()
        .collect::<String>()
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

pub fn texts(doc: &Html, css: &str) -> Vec<String> {
    all(doc, css).into_iter().map(text).collect()
}

pub fn attr(e: ElementRef<'_>, name: &str) -> String {
    e.value().attr(name).unwrap_or_default().to_string()
}

/// A card cache per test folder, kept between runs (outside the folder,
/// which each run starts afresh): cards are drawn once, not every run.
fn card_cache(args: &[&str]) -> PathBuf {
    let build = args.last().map(Path::new).unwrap_or(Path::new("."));
    let test = build.parent().and_then(Path::file_name).unwrap_or_default();
    Path::new(env!("CARGO_TARGET_TMPDIR"))
        .join("card-cache")
        .join(test)
}

/// The names in a folder, sorted.
pub fn names(dir: &Path) -> Vec<String> {
    let mut n: Vec<String> = std::fs::read_dir(dir)
        .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    n.sort();
    n
}
