//! Drafts kept in this browser (localStorage) so nothing is lost on a
//! reload or a crash: the open draft, and the last few for reopening.
//! Nothing leaves the browser, and nothing is dropped without a word: the
//! drafts live on the public site's origin, so staff can forget them all.

use alert_authoring::form::Form;
use leptos::prelude::*;
use serde::{Deserialize, Serialize};

const CURRENT: &str = "alert-reader/draft";
const RECENT: &str = "alert-reader/recent-drafts";
/// Where a recent list that could not be read is kept, rather than wiped.
const UNREADABLE: &str = "alert-reader/recent-drafts-unreadable";
pub const RECENT_KEPT: usize = 5;

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct SavedDraft {
    /// The file name, or "pasted text".
    pub name: String,
    pub text: String,
    /// Milliseconds since 1970, for "saved at".
    pub saved: f64,
    /// Tells drafts apart: a file opened again replaces itself, while every
    /// paste is a draft of its own. Empty in drafts kept before keys were.
    #[serde(default)]
    pub key: String,
    /// The editor's fields, for a draft written in the editor: the form
    /// comes back as typed after a reload, even where `text` is invalid.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub form: Option<Form>,
    /// What the draft's own file held when the editor opened it (a
    /// published alert being edited), so a save never silently replaces a
    /// file someone changed since.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub opened: Option<String>,
    /// A translation's original, which needs the link back to it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub original: Option<Form>,
    /// The file text the editor started from, so an untouched start is not
    /// work to lose, after a reload too.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub start: Option<String>,
}

impl SavedDraft {
    /// A draft read from the file `name`.
    pub fn from_file(name: String, text: String) -> SavedDraft {
        SavedDraft {
            key: format!("file:{name}"),
            name,
            text,
            saved: now(),
            ..SavedDraft::default()
        }
    }

    /// A draft written in the editor: its form, what its file held when
    /// opened (a published alert being edited), and a translation's
    /// original. A draft of its own, like a paste.
    pub fn edited(form: Form, opened: Option<String>, original: Option<Form>) -> SavedDraft {
        let saved = now();
        let text = form.write().text;
        SavedDraft {
            name: form.file_name(),
            start: Some(text.clone()),
            text,
            saved,
            key: format!("editor:{saved}"),
            form: Some(form),
            opened,
            original,
        }
    }

    /// Written in the editor and changed since its file was last read or
    /// saved: the only copy of someone's work.
    pub fn is_unsaved_work(&self) -> bool {
        self.form.is_some()
            && self.opened.as_deref() != Some(self.text.as_str())
            && self.start.as_deref() != Some(self.text.as_str())
    }

    /// Pasted text: no file name, so a draft of its own each time.
    pub fn pasted(text: String) -> SavedDraft {
        let saved = now();
        SavedDraft {
            key: format!("paste:{saved}"),
            name: "pasted text".to_string(),
            text,
            saved,
            ..SavedDraft::default()
        }
    }

    /// The file it was read from, or the editor saves it under; `None`
    /// for pasted text.
    pub fn file_name(&self) -> Option<&str> {
        let key = self.key();
        (key.starts_with("file:") || key.starts_with("editor:")).then_some(self.name.as_str())
    }

    pub fn key(&self) -> String {
        if self.key.is_empty() {
            format!("file:{}", self.name)
        } else {
            self.key.clone()
        }
    }
}

/// What saving a draft did to the others, for the preview to say.
#[derive(Debug, Default)]
pub struct Saved {
    pub recent: Vec<SavedDraft>,
    /// Older drafts dropped because the browser's storage was full.
    pub dropped: Vec<String>,
    /// The recent list could not be read: it was set aside, not wiped.
    pub set_aside: bool,
}

fn storage() -> Option<web_sys::Storage> {
    window().local_storage().ok().flatten()
}

fn raw(key: &str) -> Option<String> {
    storage()?.get_item(key).ok().flatten()
}

fn write<T: Serialize>(key: &str, value: &T) -> Result<(), String> {
    let storage = storage().ok_or("this browser keeps no local storage")?;
    let text = serde_json::to_string(value).map_err(|e| e.to_string())?;
    storage
        .set_item(key, &text)
        .map_err(|_| "this browser's storage for the page is full".to_string())
}

/// The open draft as another tab of this browser has just kept it, when
/// that tab holds the same draft as `open` with other text: two tabs on
/// one draft would each replace the other's work on every keystroke.
/// `key` and `value` are a `storage` event's.
pub fn changed_elsewhere(
    key: Option<String>,
    value: Option<String>,
    open: &SavedDraft,
) -> Option<SavedDraft> {
    if key.as_deref() != Some(CURRENT) {
        return None;
    }
    let theirs: SavedDraft = serde_json::from_str(&value?).ok()?;
    (theirs.key() == open.key() && theirs.text != open.text).then_some(theirs)
}

pub fn current() -> Option<SavedDraft> {
    serde_json::from_str(&raw(CURRENT)?).ok()
}

/// The recent drafts, or `Err` with the stored text when it cannot be read.
fn read_recent() -> Result<Vec<SavedDraft>, String> {
    match raw(RECENT) {
        None => Ok(Vec::new()),
        Some(text) => serde_json::from_str(&text).map_err(|_| text),
    }
}

pub fn recent() -> Vec<SavedDraft> {
    read_recent().unwrap_or_default()
}

/// Keeps `draft` as the open draft and at the top of the recent list. When
/// storage runs out, older drafts are dropped first, and named.
pub fn save(draft: &SavedDraft) -> Result<Saved, String> {
    write(CURRENT, draft)?;
    let mut saved = Saved::default();
    let mut list = match read_recent() {
        Ok(list) => list,
        Err(text) => {
            // Keep what could not be read where it cannot be overwritten.
            saved.set_aside = storage().is_some_and(|s| s.set_item(UNREADABLE, &text).is_ok());
            Vec::new()
        }
    };
    list.retain(|d| d.key() != draft.key());
    list.insert(0, draft.clone());
    // Beyond the few kept, the oldest go first, but never work written in
    // the editor and not yet in a file: that is the only copy.
    while list.len() > RECENT_KEPT {
        let Some(at) = list.iter().rposition(|d| !d.is_unsaved_work()) else {
            break;
        };
        saved.dropped.push(list.remove(at).name);
    }
    while write(RECENT, &list).is_err() && list.len() > 1 {
        if let Some(gone) = list.pop() {
            saved.dropped.push(gone.name);
        }
    }
    saved.recent = list;
    Ok(saved)
}

/// Forgets the open draft everywhere. Returns the new recent list.
pub fn discard(draft: &SavedDraft) -> Vec<SavedDraft> {
    if let Some(s) = storage() {
        let _ = s.remove_item(CURRENT);
    }
    let Ok(mut list) = read_recent() else {
        return Vec::new();
    };
    list.retain(|d| d.key() != draft.key());
    let _ = write(RECENT, &list);
    list
}

/// Closes the open draft: it stays in the recent list, to reopen.
pub fn close() {
    if let Some(s) = storage() {
        let _ = s.remove_item(CURRENT);
    }
}

/// Forgets every draft this browser keeps for the preview.
pub fn forget_all() {
    if let Some(s) = storage() {
        for key in [CURRENT, RECENT, UNREADABLE] {
            let _ = s.remove_item(key);
        }
    }
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
