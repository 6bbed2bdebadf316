//! Drafts kept in this browser (localStorage) so nothing is lost on a
//! reload or a crash: the open draft, and the last few for reopening.
//! Nothing leaves the browser.

use leptos::prelude::*;
use serde::{Deserialize, Serialize};

const CURRENT: &str = "alert-reader/draft";
const RECENT: &str = "alert-reader/recent-drafts";
pub const RECENT_KEPT: usize = 5;

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct SavedDraft {
    /// The file name, or "pasted text".
    pub name: String,
    pub text: String,
    /// Milliseconds since 1970, for "saved at".
    pub saved: f64,
}

fn storage() -> Option<web_sys::Storage> {
    window().local_storage().ok().flatten()
}

fn read<T: for<'de> Deserialize<'de>>(key: &str) -> Option<T> {
    let text = storage()?.get_item(key).ok().flatten()?;
    serde_json::from_str(&text).ok()
}

fn write<T: Serialize>(key: &str, value: &T) -> Result<(), String> {
    let storage = storage().ok_or("this browser keeps no local storage")?;
    let text = serde_json::to_string(value).map_err(|e| e.to_string())?;
    storage
        .set_item(key, &text)
        .map_err(|_| "this browser's storage for the page is full".to_string())
}

pub fn current() -> Option<SavedDraft> {
    read(CURRENT)
}

pub fn recent() -> Vec<SavedDraft> {
    read(RECENT).unwrap_or_default()
}

/// Keeps `draft` as the open draft and at the top of the recent list.
/// Older drafts are dropped first when storage runs out. Returns the new
/// recent list, or why the draft could not be kept.
pub fn save(draft: &SavedDraft) -> Result<Vec<SavedDraft>, String> {
    write(CURRENT, draft)?;
    let mut list = recent();
    list.retain(|d| d.name != draft.name);
    list.insert(0, draft.clone());
    list.truncate(RECENT_KEPT);
    while write(RECENT, &list).is_err() && list.len() > 1 {
        list.pop();
    }
    Ok(list)
}

/// Forgets the open draft everywhere. Returns the new recent list.
pub fn discard(name: &str) -> Vec<SavedDraft> {
    if let Some(s) = storage() {
        let _ = s.remove_item(CURRENT);
    }
    let mut list = recent();
    list.retain(|d| d.name != name);
    let _ = write(RECENT, &list);
    list
}

pub fn now() -> f64 {
    js_sys::Date::now()
}

/// "14:05" today, or "28 Nov, 14:05", in the reader's language.
pub fn saved_label(ms: f64) -> String {
    let date = js_sys::Date::new(&wasm_bindgen::JsValue::from_f64(ms));
    let locale = window()
        .navigator()
        .language()
        .unwrap_or_else(|| "en-US".into());
    let options = js_sys::Object::new();
    for (k, v) in [("dateStyle", "medium"), ("timeStyle", "short")] {
        let _ = js_sys::Reflect::set(&options, &k.into(), &v.into());
    }
    date.to_locale_string(&locale, &options).into()
}
