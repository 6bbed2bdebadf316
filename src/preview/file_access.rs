//! Reading draft files from the user's disk, locally. Files are read in
//! the browser and never uploaded. Where Chromium's File System Access API
//! exists, an opened file keeps a handle so it can be read again after an
//! edit, with one click or when the page regains focus.

use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;

/// Drafts larger than this are refused before reading: a real alert is a
/// few kilobytes, and a huge file would freeze the tab.
pub const MAX_DRAFT_BYTES: f64 = 2.0 * 1024.0 * 1024.0;

pub fn too_big_message(name: &str, bytes: f64) -> String {
    format!(
        "“{name}” is {:.1} MB. Drafts over {:.0} MB are refused: an alert file is normally a few kilobytes.",
        bytes / 1_048_576.0,
        MAX_DRAFT_BYTES / 1_048_576.0
    )
}

/// Reads a picked or dropped file as text, refusing oversized ones.
pub async fn read_file(file: &web_sys::File) -> Result<String, String> {
    let name = file.name();
    if file.size() > MAX_DRAFT_BYTES {
        return Err(too_big_message(&name, file.size()));
    }
    let text = JsFuture::from(file.text())
        .await
        .map_err(|_| format!("“{name}” could not be read."))?;
    text.as_string()
        .ok_or_else(|| format!("“{name}” is not a text file."))
}

/// Does this browser let a page keep a handle on a file it opened?
pub fn has_file_handles() -> bool {
    js_sys::Reflect::has(&leptos::prelude::window(), &"showOpenFilePicker".into()).unwrap_or(false)
}

/// Asks the user for a JSON file with `showOpenFilePicker`, returning its
/// handle, or None when they cancel.
pub async fn pick_file_handle() -> Option<JsValue> {
    let window = leptos::prelude::window();
    let picker = js_sys::Reflect::get(&window, &"showOpenFilePicker".into())
        .ok()?
        .dyn_into::<js_sys::Function>()
        .ok()?;
    let options = js_sys::JSON::parse(
        r#"{"multiple":false,"types":[{"description":"Alert file","accept":{"application/json":[".json"]}}]}"#,
    )
    .ok()?;
    let promise = picker
        .call1(&window, &options)
        .ok()?
        .dyn_into::<js_sys::Promise>()
        .ok()?;
    let handles = JsFuture::from(promise).await.ok()?;
    let handle = js_sys::Array::from(&handles).get(0);
    (!handle.is_undefined()).then_some(handle)
}

/// Reads the file behind a handle as it is on disk now.
pub async fn read_handle(handle: &JsValue) -> Result<(String, String), String> {
    let get_file = js_sys::Reflect::get(handle, &"getFile".into())
        .ok()
        .and_then(|f| f.dyn_into::<js_sys::Function>().ok())
        .ok_or("the browser no longer gives access to the file")?;
    let promise = get_file
        .call0(handle)
        .ok()
        .and_then(|p| p.dyn_into::<js_sys::Promise>().ok())
        .ok_or("the file could not be opened again")?;
    let file: web_sys::File = JsFuture::from(promise)
        .await
        .map_err(|_| "the file could not be read again (moved or deleted?)".to_string())?
        .dyn_into()
        .map_err(|_| "the browser did not return a file".to_string())?;
    let text = read_file(&file).await?;
    Ok((file.name(), text))
}
