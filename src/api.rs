//! All fetching lives here. Each call returns a typed result whose error
//! says which file failed and why, so a view can show it with a retry.

use alert_model::alert::index_reader::IndexReader;
use alert_model::i18n::Messages;
use alert_model::validate::{
    check_published_alert_text, encoding_problem, syntax_problem, Problem, Severity,
};
use alert_model::{Alert, Catalog, Index, Site, Status};
use futures::future::{FutureExt, LocalBoxFuture, Shared};
use gloo_net::http::Request;
use std::cell::RefCell;
use std::fmt;
use std::io::Read;
use std::rc::Rc;
use std::sync::Arc;
use wasm_bindgen::JsCast;

/// Why a data file could not be used.
#[derive(Debug, Clone, PartialEq)]
pub enum LoadError {
    /// The file does not exist (or is withheld, like a draft).
    NotFound { file: String },
    /// The request never got an answer: offline, blocked, server down.
    Network { file: String, reason: String },
    /// The server answered with an error status.
    Http { file: String, status: u16 },
    /// The file came but could not be read as that kind of data.
    Invalid { file: String, problems: Vec<String> },
}

impl LoadError {
    pub fn file(&self) -> &str {
        match self {
            LoadError::NotFound { file }
            | LoadError::Network { file, .. }
            | LoadError::Http { file, .. }
            | LoadError::Invalid { file, .. } => file,
        }
    }

    /// One plain sentence for the error view, in the reader's language.
    pub fn reason(&self, words: &Messages) -> String {
        match self {
            LoadError::NotFound { .. } => words.text("error.missing"),
            LoadError::Network { reason, .. } => words.fill("error.network", &[("reason", reason)]),
            LoadError::Http { status, .. } => {
                words.fill("error.status", &[("status", &status.to_string())])
            }
            LoadError::Invalid { .. } => words.text("error.damaged"),
        }
    }

    /// The individual problems, for `Invalid`.
    pub fn details(&self) -> &[String] {
        match self {
            LoadError::Invalid { problems, .. } => problems,
            _ => &[],
        }
    }
}

impl fmt::Display for LoadError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        // The staff's preview and the console: English, as their words are.
        let english = match self {
            LoadError::NotFound { .. } => "not found".to_string(),
            LoadError::Network { reason, .. } => format!("request failed ({reason})"),
            LoadError::Http { status, .. } => format!("status {status}"),
            LoadError::Invalid { problems, .. } => problems.join("; "),
        };
        write!(f, "{}: {english}", self.file())
    }
}

/// Paths are relative so they resolve against the document's `<base>`:
/// the same build works at `/` and under a sub-path.
async fn fetch_text(file: &str) -> Result<String, LoadError> {
    let (response, is_html) = fetch_data(file).await?;
    let text = response.text().await.map_err(|e| LoadError::Network {
        file: file.to_string(),
        reason: e.to_string(),
    })?;
    if is_html || text.trim_start().starts_with('<') {
        return Err(LoadError::NotFound {
            file: file.to_string(),
        });
    }
    Ok(text)
}

/// The response for a data file that was found, and whether the server
/// called it HTML (a development server answers unknown paths with the
/// app's own page).
async fn fetch_data(file: &str) -> Result<(gloo_net::http::Response, bool), LoadError> {
    let response = Request::get(file)
        .send()
        .await
        .map_err(|e| LoadError::Network {
            file: file.to_string(),
            reason: e.to_string(),
        })?;
    match response.status() {
        404 | 410 => {
            return Err(LoadError::NotFound {
                file: file.to_string(),
            })
        }
        s if !(200..300).contains(&s) => {
            return Err(LoadError::Http {
                file: file.to_string(),
                status: s,
            })
        }
        _ => {}
    }
    let is_html = response
        .headers()
        .get("content-type")
        .is_some_and(|t| t.contains("text/html"));
    Ok((response, is_html))
}

/// The index, read into the app a slice at a time: wasm memory only grows,
/// so its whole text held beside what it parses into (29 MB at 50,000
/// alerts) would stay the tab's for good. Its bytes wait in the JS heap,
/// which lets them go once read.
async fn fetch_index_json(file: &str) -> Result<Index, LoadError> {
    let (response, is_html) = fetch_data(file).await?;
    let lost = |e: wasm_bindgen::JsValue| LoadError::Network {
        file: file.to_string(),
        reason: e
            .as_string()
            .unwrap_or_else(|| "the body was cut off".into()),
    };
    let buffer = web_sys::Response::from(response)
        .array_buffer()
        .map_err(lost)?;
    let bytes = js_sys::Uint8Array::new(
        &wasm_bindgen_futures::JsFuture::from(buffer)
            .await
            .map_err(lost)?,
    );
    let mut reader = JsBytes { bytes, at: 0 };
    if is_html || reader.starts_with(b'<') {
        return Err(LoadError::NotFound {
            file: file.to_string(),
        });
    }
    // Each alert read with serde_json's reader of a string, several times
    // faster than its byte-by-byte `from_reader` (488 to 73 ms at 50,000
    // alerts natively; see alert_model::alert::index_reader).
    let mut pieces = IndexReader::new();
    let mut piece = vec![0; PIECE];
    while let Some(n) = reader.read(&mut piece).ok().filter(|&n| n > 0) {
        pieces.feed(&piece[..n]);
    }
    if let Some(index) = pieces.finish() {
        return Ok(index);
    }
    // Not a well-formed index (or, rarely, one in a shape the pieces do
    // not take): serde_json, given the whole text, reads it or says
    // exactly where it breaks. Holding it whole once is the price of that
    // message; a well-formed index never comes here.
    match String::from_utf8(reader.bytes.to_vec()) {
        Ok(text) => serde_json::from_str(&text).map_err(|e| json_error(file, &e)),
        Err(e) => {
            let problem = encoding_problem(e.as_bytes(), e.utf8_error().valid_up_to());
            Err(invalid(file, [problem.to_string()]))
        }
    }
}

/// How much of the index is copied into wasm at a time.
const PIECE: usize = 64 * 1024;

/// A JS byte array read into wasm through `std::io::Read`.
struct JsBytes {
    bytes: js_sys::Uint8Array,
    at: u32,
}

impl JsBytes {
    /// True if the first byte after any white space is `byte`.
    fn starts_with(&self, byte: u8) -> bool {
        let head = self
            .bytes
            .subarray(0, self.bytes.length().min(256))
            .to_vec();
        head.iter().find(|b| !b.is_ascii_whitespace()) == Some(&byte)
    }
}

impl std::io::Read for JsBytes {
    fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
        let left = self.bytes.length() - self.at;
        let n = left.min(u32::try_from(buf.len()).unwrap_or(u32::MAX));
        self.bytes
            .subarray(self.at, self.at + n)
            .copy_to(&mut buf[..n as usize]);
        self.at += n;
        Ok(n as usize)
    }
}

fn invalid(file: &str, problems: impl IntoIterator<Item = String>) -> LoadError {
    LoadError::Invalid {
        file: file.to_string(),
        problems: problems.into_iter().collect(),
    }
}

fn json_error(file: &str, e: &serde_json::Error) -> LoadError {
    invalid(file, [syntax_problem(e).to_string()])
}

/// The interface language's messages, with its country names from the
/// browser's `Intl.DisplayNames` (the prerender wrote down the same), or,
/// where the browser has no names in that language (Chromium has none in
/// Armenian), from the build's list of CLDR's names.
pub async fn fetch_words(tag: &'static str) -> Result<Arc<Messages>, LoadError> {
    let file = format!("locales/{tag}.json");
    let text = fetch_text(&file).await?;
    let words = Messages::parse(tag, &text).map_err(|e| invalid(&file, [e]))?;
    let names = match browser_country_names(tag) {
        Some(names) => names,
        // Without the list the English names stand in: a page, not an error.
        None => fetch_country_names(tag).await.unwrap_or_default(),
    };
    Ok(Arc::new(words.with_countries(names)))
}

async fn fetch_country_names(tag: &str) -> Result<Vec<(String, String)>, LoadError> {
    let file = format!("locales/countries/{tag}.json");
    let text = fetch_text(&file).await?;
    let names: std::collections::HashMap<String, String> =
        serde_json::from_str(&text).map_err(|e| json_error(&file, &e))?;
    Ok(names.into_iter().collect())
}

/// Every country the reader knows, named by `Intl.DisplayNames` in `tag`;
/// `None` where the browser does not have the language.
fn browser_country_names(tag: &str) -> Option<Vec<(String, String)>> {
    use wasm_bindgen::JsValue;
    let intl = js_sys::Reflect::get(&js_sys::global(), &"Intl".into()).ok()?;
    let class = js_sys::Reflect::get(&intl, &"DisplayNames".into())
        .ok()?
        .dyn_into::<js_sys::Function>()
        .ok()?;
    let locales = js_sys::Array::of1(&JsValue::from_str(tag));
    let supported = js_sys::Reflect::get(&class, &"supportedLocalesOf".into())
        .ok()?
        .dyn_into::<js_sys::Function>()
        .ok()?
        .call1(&class, &locales)
        .ok()?
        .dyn_into::<js_sys::Array>()
        .ok()?;
    if supported.length() == 0 {
        return None;
    }
    let options = js_sys::Object::new();
    let _ = js_sys::Reflect::set(&options, &"type".into(), &"region".into());
    let names = js_sys::Reflect::construct(&class, &js_sys::Array::of2(&locales, &options)).ok()?;
    let of = js_sys::Reflect::get(&names, &"of".into())
        .and_then(|f| f.dyn_into::<js_sys::Function>())
        .ok()?;
    Some(
        alert_model::alert::countries::COUNTRIES
            .iter()
            .filter_map(|(code, _)| {
                let name = of
                    .call1(&names, &JsValue::from_str(code))
                    .ok()?
                    .as_string()?;
                Some((code.to_string(), name))
            })
            .collect(),
    )
}

pub async fn fetch_site() -> Result<Arc<Site>, LoadError> {
    const FILE: &str = "data/site.json";
    let text = fetch_text(FILE).await?;
    // The name, tagline and legal line in the page's language.
    serde_json::from_str::<Site>(&text)
        .map(|site| Arc::new(site.in_language(crate::dom::language())))
        .map_err(|e| json_error(FILE, &e))
}

pub async fn fetch_catalog() -> Result<Arc<Catalog>, LoadError> {
    // The index's own list when no one else holds it (the reader), a copy
    // when the preview's checks read it too.
    let alerts = match Rc::try_unwrap(fetch_index().await?) {
        Ok(index) => index.alerts,
        Err(shared) => shared.alerts.clone(),
    };
    Ok(Arc::new(Catalog::new(alerts)))
}

/// The world map's shapes, which the build copies from the prerender's
/// committed `map/world.json`.
pub async fn fetch_world() -> Result<Arc<alert_model::overview::world::World>, LoadError> {
    const FILE: &str = "data/world.json";
    let text = fetch_text(FILE).await?;
    alert_model::overview::world::World::parse(&text)
        .map(Arc::new)
        .map_err(|e| invalid(FILE, [e]))
}

/// What the publishing tool knows of published and withdrawn alerts, for
/// the staff preview's checks across files (only its bundle calls this).
pub async fn fetch_published() -> Result<Arc<alert_model::validate::archive::Published>, LoadError>
{
    let index = fetch_index().await?;
    Ok(Arc::new(
        alert_model::validate::archive::Published::from_index(&index),
    ))
}

type IndexFetch = Shared<LocalBoxFuture<'static, Result<Rc<Index>, LoadError>>>;

thread_local! {
    /// The index fetch under way, which a second asker joins.
    static INDEX: RefCell<Option<IndexFetch>> = const { RefCell::new(None) };
}

/// The index, fetched once for all who ask: the staff preview's checks
/// and its catalog both read it (it was fetched twice), the checks once
/// the preview's view is up, after the catalog's fetch has often ended. So
/// the preview's bundle keeps it; elsewhere the catalog is its one reader,
/// which takes it without a copy, and nothing keeps a second copy in
/// memory. A failure is forgotten, so that a retry fetches again.
async fn fetch_index() -> Result<Rc<Index>, LoadError> {
    let fetch = INDEX.with(|cell| {
        cell.borrow_mut()
            .get_or_insert_with(|| load_index().boxed_local().shared())
            .clone()
    });
    let result = fetch.clone().await;
    if result.is_err() || !cfg!(feature = "preview") {
        INDEX.with(|cell| {
            let mut cell = cell.borrow_mut();
            if cell.as_ref().is_some_and(|f| f.ptr_eq(&fetch)) {
                *cell = None;
            }
        });
    }
    drop(fetch);
    result
}

async fn load_index() -> Result<Rc<Index>, LoadError> {
    const FILE: &str = "data/index.json";
    let index = fetch_index_json(FILE).await?;
    if index.schema != alert_model::alert::SCHEMA_VERSION {
        return Err(invalid(
            FILE,
            [format!(
                "schema {} is not the version this reader understands",
                index.schema
            )],
        ));
    }
    Ok(Rc::new(index))
}

/// One alert, checked by the same validator the publishing tool uses.
/// Drafts are never served from a link.
pub async fn fetch_alert(id: String) -> Result<Arc<Alert>, LoadError> {
    let file = format!("data/alerts/{id}.json");
    if !alert_model::validate::is_valid_id(&id) {
        return Err(LoadError::NotFound { file });
    }
    let text = fetch_text(&file).await?;
    let checked = check_published_alert_text(&text);
    let Some(alert) = checked.alert else {
        return Err(invalid(
            &file,
            checked.problems.iter().map(Problem::to_string),
        ));
    };
    if alert.status == Status::Draft {
        return Err(LoadError::NotFound { file });
    }
    for p in checked
        .problems
        .iter()
        .filter(|p| p.severity == Severity::Error)
    {
        leptos::logging::warn!("{file}: {p}");
    }
    Ok(Arc::new(alert))
}
