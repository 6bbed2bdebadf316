//! Every reader page loads the app on demand. A prerendered page is
//! complete (an alert's text, series and Previous/Next; the front page's
//! list, counts and chart; a country's timeline; the map and its board), so
//! a reader who opens a link and reads downloads the page and its CSS, not
//! the app: on the slow phones and poor networks alerts are read on, that
//! is most of the cost of a visit. The app (wasm and its JS) loads when the
//! reader asks for what only it does: a list carried in the address
//! (`?country=AZ`; other parameters, such as a campaign tag, do not count),
//! Embed, or a filter. A pointer or focus on the filters fetches it ahead
//! of the change, and each change goes into the address for the app to
//! apply (see loader.js). ← and → follow the page's own links.

use crate::script::{compact, string as js_string};
use alert_model::i18n::languages::{DEFAULT, INTERFACE};
use alert_views::language_switcher::REMEMBER_KEY;
// FNV-1a: a name that follows the text, the same on every machine and
// toolchain (std's hasher promises neither).
use std::hash::Hasher;

/// `page` (a prerendered alert page made from trunk's `index.html`) with
/// trunk's start-up script replaced by the on-demand loader, and the
/// preload hints for the wasm and JS dropped (they would download the app
/// anyway). `None` if the page does not have trunk's script in the form
/// trunk 0.21 writes it.
pub fn load_app_on_demand(page: &str) -> Option<String> {
    load_app_on_demand_from(page, page)
}

/// The same, for a page whose app is another bundle's: the loader brings
/// the app that `app_page` (that bundle's page as trunk wrote it) starts.
/// The map's filters are such a bundle (`map-app.html`), so that the
/// reader's own bundle does not carry them.
pub fn load_app_on_demand_from(page: &str, app_page: &str) -> Option<String> {
    with_loader(page, &Loader::for_app(app_page)?)
}

/// The same, with the app's loader made already: the build makes each
/// app's once, not once for each of its tens of thousands of pages.
pub fn with_loader(page: &str, loader: &Loader) -> Option<String> {
    let start = page.find("<script type=\"module\">")?;
    let end = start + page[start..].find("</script>")? + "</script>".len();
    let tag = format!("<script type=\"module\" src=\"{}\"></script>", loader.src);
    let mut out = String::with_capacity(page.len());
    out.push_str(&page[..start]);
    out.push_str(&tag);
    out.push_str(&page[end..]);
    Some(without_preloads(&out))
}

/// The loader as a file of the build, one per bundle. It was inline on
/// every page: 5.3 KB of each of the four copies of every alert page
/// (about a third of an alert page), the largest part of the build's
/// size at 10,000 alerts. As a file it is fetched once and cached, and
/// its name changes with its text, so a new build never meets an old copy.
#[derive(Debug, Clone, PartialEq)]
pub struct Loader {
    /// Its place in the build, at the top beside the bundles' JS.
    pub file: String,
    /// Its address, as trunk writes the bundles' ("/reader/loader-….js").
    pub src: String,
    pub script: String,
}

impl Loader {
    /// The loader of the app that `app_page` (a bundle's page as trunk
    /// wrote it) starts.
    pub fn for_app(app_page: &str) -> Option<Loader> {
        let script = loader(app_page)?;
        let js = trunk_js(app_page)?;
        let mut hash = fnv::FnvHasher::default();
        hash.write(script.as_bytes());
        let file = format!("loader-{:016x}.js", hash.finish());
        let dir = &js[..js.rfind('/')? + 1];
        Some(Loader {
            src: format!("{dir}{file}"),
            file,
            script,
        })
    }
}

/// The app's JS as trunk's start-up script names it.
fn trunk_js(page: &str) -> Option<&str> {
    let start = page.find("<script type=\"module\">")?;
    let end = start + page[start..].find("</script>")?;
    between(&page[start..end], "from '", "'")
}

/// The loader's script for a page made from trunk's `index.html`: its
/// source with the app's paths and the list keys filled in.
fn loader(page: &str) -> Option<String> {
    let start = page.find("<script type=\"module\">")?;
    let end = start + page[start..].find("</script>")?;
    let script = &page[start..end];
    let js = trunk_js(page)?;
    let wasm = between(script, "module_or_path: '", "'")?;
    // Build paths only; anything else means the template is not trunk's.
    let plain = |p: &str| {
        p.starts_with('/')
            && p.chars()
                .all(|c| c.is_ascii_alphanumeric() || "/._-".contains(c))
    };
    if !plain(js) || !plain(wasm) {
        return None;
    }
    // The sheet an alert's page leaves out, when the app's page has one.
    let lists = crate::template::sheet_href(page, crate::template::LISTS_SHEET)
        .filter(|href| plain(href))
        .unwrap_or("");
    // The archive's list and the map's filters ("type" is in both).
    let mut keys: Vec<String> = Vec::new();
    for k in alert_model::reading::query::KEYS
        .iter()
        .chain(&alert_model::overview::map_query::KEYS)
    {
        let quoted = format!("'{k}'");
        if !keys.contains(&quoted) {
            keys.push(quoted);
        }
    }
    // The languages with a prefix of their own: where a reader may be sent.
    let others: Vec<String> = INTERFACE
        .iter()
        .filter(|l| l.tag != DEFAULT)
        .map(|l| js_string(l.tag))
        .collect();
    let others = format!("[{}]", others.join(", "));
    // The build's path, where the apps' code is (trunk's public URL).
    let dir = &js[..js.rfind('/')? + 1];
    Some(format!(
        "{}\n",
        compact(LOADER)
            .replace("{js}", js)
            .replace("{wasm}", wasm)
            .replace("{lists_sheet}", &js_string(lists))
            .replace("{list_keys}", &format!("[{}]", keys.join(", ")))
            .replace("{remember}", &js_string(REMEMBER_KEY))
            .replace("{default}", &js_string(DEFAULT))
            .replace("{languages}", &others)
            .replace("{worker}", &format!("{dir}{}", crate::offline::WORKER_FILE))
            .replace(
                "{keep}",
                &format!("{dir}{}", crate::offline::Keep::new().file)
            )
    ))
}

/// The loader's source, in a file of its own to read as JavaScript.
const LOADER: &str = include_str!("loader.js");

fn between<'a>(s: &'a str, open: &str, close: &str) -> Option<&'a str> {
    let from = s.find(open)? + open.len();
    let to = from + s[from..].find(close)?;
    Some(&s[from..to])
}

/// Drops `<link rel="modulepreload" …>` and `<link rel="preload" …>`.
fn without_preloads(page: &str) -> String {
    let mut out = String::with_capacity(page.len());
    let mut rest = page;
    while let Some(at) = rest.find("<link rel=\"") {
        let tail = &rest[at..];
        let Some(len) = tail.find('>').map(|i| i + 1) else {
            break;
        };
        let tag = &tail[..len];
        out.push_str(&rest[..at]);
        if !(tag.starts_with("<link rel=\"modulepreload\"")
            || tag.starts_with("<link rel=\"preload\""))
        {
            out.push_str(tag);
        }
        rest = &tail[len..];
    }
    out.push_str(rest);
    out
}

#[cfg(test)]
mod tests {
    use super::{load_app_on_demand, load_app_on_demand_from, Loader};

    // The shape trunk 0.21.14 writes (see dist/index.html after a build).
    const TRUNK: &str = r#"<head><link rel="stylesheet" href="/main-1.css"/>
<script type="module">
import init, * as bindings from '/reader/app-2.js';
const wasm = await init({ module_or_path: '/reader/app-2_bg.wasm' });
window.wasmBindings = bindings;
</script>
<link rel="modulepreload" href="/reader/app-2.js" crossorigin="anonymous"><link rel="preload" href="/reader/app-2_bg.wasm" as="fetch" type="application/wasm"></head><body><div id="boot"></div><script>/* live reload */</script></body>"#;

    #[test]
    fn the_app_is_loaded_by_the_loader_only_and_nothing_preloads_it() {
        let page = load_app_on_demand(TRUNK).expect("trunk's page");
        let loader = Loader::for_app(TRUNK).expect("trunk's page");
        let tag = format!("<script type=\"module\" src=\"{}\"></script>", loader.src);
        assert!(page.contains(&tag), "{page}");
        assert!(
            loader.src.starts_with("/reader/loader-") && loader.src.ends_with(".js"),
            "beside the app's JS, under the base path: {}",
            loader.src
        );
        assert_eq!(loader.src, format!("/reader/{}", loader.file));
        let script = loader.script;
        assert!(script
            .contains("import(tries++ ? '/reader/app-2.js?retry=' + tries : '/reader/app-2.js')"));
        assert!(script.contains("module_or_path: '/reader/app-2_bg.wasm'"));
        assert!(
            script.contains(
                "if (['country', 'type', 'year', 'q', 'page', 'since', 'region', 'sort'].some((k) => params.has(k))) start();"
            ),
            "a list or the map's filters in the address start the app: the keys the app reads, each once"
        );
        assert!(!page.contains("import init"), "trunk's eager start is gone");
        // Trunk's hints are gone; the loader's own hints (made when the
        // app is asked for) name its data, never the app itself.
        assert!(
            !page.contains("<link rel=\"modulepreload\"")
                && !page.contains("<link rel=\"preload\""),
            "{page}"
        );
        assert!(script.contains("'data/index.json'"));
        assert!(!page.contains("app-2"), "{page}");
        assert!(page.contains(r#"<link rel="stylesheet" href="/main-1.css"/>"#));
        assert!(page.contains("<script>/* live reload */</script>"));
    }

    #[test]
    fn the_loader_brings_the_sheet_an_alerts_page_leaves_out() {
        let with = TRUNK.replace(
            r#"href="/main-1.css"/>"#,
            r#"href="/main-1.css"/><link rel="stylesheet" href="/reader/lists-3f.css" integrity="sha384-x"/>"#,
        );
        let script = Loader::for_app(&with).expect("trunk's page").script;
        assert!(
            script.contains(r#"const sheet = "/reader/lists-3f.css";"#),
            "{script}"
        );
        // A bundle without it (trunk serve's) brings none.
        let script = Loader::for_app(TRUNK).expect("trunk's page").script;
        assert!(script.contains(r#"const sheet = "";"#), "{script}");
    }

    #[test]
    fn a_page_may_load_another_bundles_app() {
        let map_app = TRUNK.replace("app-2", "app-9");
        let page = load_app_on_demand_from(TRUNK, &map_app).expect("trunk's pages");
        let (reader, map) = (
            Loader::for_app(TRUNK).expect("trunk's page"),
            Loader::for_app(&map_app).expect("trunk's page"),
        );
        assert!(page.contains(&map.src) && !page.contains(&reader.src));
        assert_ne!(
            map.file, reader.file,
            "each bundle's loader has its own name"
        );
        assert!(map
            .script
            .contains("module_or_path: '/reader/app-9_bg.wasm'"));
        assert!(map.script.contains("'/reader/app-9.js'"));
        assert!(
            !page.contains("app-2") && !map.script.contains("app-2"),
            "nothing of the page's own bundle: {page}"
        );
        assert!(load_app_on_demand_from(TRUNK, "<p>no script</p>").is_none());
    }

    #[test]
    fn a_page_without_trunks_script_or_with_odd_paths_is_refused() {
        assert!(load_app_on_demand("<html><body></body></html>").is_none());
        let odd = TRUNK.replacen("/reader/app-2.js", "/reader/app 2.js", 1);
        assert!(load_app_on_demand(&odd).is_none());
    }
}
