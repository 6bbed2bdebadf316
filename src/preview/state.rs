//! What the preview holds: the open draft, the recent ones, a message for
//! the staff member, and the handle of a file followed on disk. Every way
//! of opening a draft goes through `load`, so each is kept alike.

use super::draft_store::{self, SavedDraft};
use super::file_access::{self, MAX_DRAFT_BYTES};
use leptos::prelude::*;
use leptos::task::spawn_local;
use wasm_bindgen::JsValue;

/// What the preview holds, shared with its panels.
#[derive(Clone, Copy)]
pub struct DraftState {
    pub draft: RwSignal<Option<SavedDraft>>,
    pub recent: RwSignal<Vec<SavedDraft>>,
    /// A refusal or failure to tell the user about.
    pub message: RwSignal<Option<String>>,
    /// The File System Access handle of the open file, where supported.
    pub handle: StoredValue<Option<JsValue>, LocalStorage>,
    pub has_handle: RwSignal<bool>,
    pub watch: RwSignal<bool>,
    /// Counts reads started, so a slow read never overwrites a newer one.
    pub reads: StoredValue<u64>,
    /// When another tab of this browser last changed the open draft: each
    /// tab replaces the other's copy as it types, so the editor says so.
    pub elsewhere: RwSignal<Option<f64>>,
}

impl DraftState {
    pub fn new() -> DraftState {
        DraftState {
            draft: RwSignal::new(draft_store::current()),
            recent: RwSignal::new(draft_store::recent()),
            message: RwSignal::new(None),
            handle: StoredValue::new_local(None),
            has_handle: RwSignal::new(false),
            watch: RwSignal::new(true),
            reads: StoredValue::new(0),
            elsewhere: RwSignal::new(None),
        }
    }

    pub fn load(&self, draft: SavedDraft) {
        if draft.text.len() as f64 > MAX_DRAFT_BYTES {
            self.message.set(Some(file_access::too_big_message(
                &draft.name,
                draft.text.len() as f64,
            )));
            return;
        }
        self.message.set(match self.store(draft) {
            Ok(note) => note,
            Err(why) => Some(format!("Shown, but not kept for a reload: {why}.")),
        });
    }

    /// Keeps the editor's draft as it is typed: like `load`, but a note
    /// about drafts dropped earlier stays until there is a new one.
    pub fn keep(&self, draft: SavedDraft) {
        match self.store(draft) {
            Ok(None) => {}
            Ok(Some(note)) => self.message.set(Some(note)),
            Err(why) => self.message.set(Some(format!(
                "Not kept for a reload: {why}. Save it to a file."
            ))),
        }
    }

    /// Shows `draft` and keeps it in this browser: what that cost the
    /// other drafts, in words, or why it could not be kept.
    fn store(&self, draft: SavedDraft) -> Result<Option<String>, String> {
        let draft = SavedDraft {
            saved: draft_store::now(),
            ..draft
        };
        let same = self
            .draft
            .with_untracked(|d| d.as_ref().map(SavedDraft::key))
            == Some(draft.key());
        if !same {
            self.elsewhere.set(None);
        }
        let kept = draft_store::save(&draft).map(|saved| {
            self.recent.set(saved.recent);
            kept_note(&saved.dropped, saved.set_aside)
        });
        self.draft.set(Some(draft));
        kept
    }

    /// Forgets every draft kept in this browser, once staff confirm.
    pub fn forget_all(&self) {
        let sure = window()
            .confirm_with_message("Forget every draft kept in this browser? This cannot be undone.")
            .unwrap_or(false);
        if !sure {
            return;
        }
        draft_store::forget_all();
        self.recent.set(Vec::new());
        self.forget_handle();
        self.draft.set(None);
        self.message.set(Some(
            "Every draft kept in this browser is forgotten.".to_string(),
        ));
    }

    pub fn forget_handle(&self) {
        self.handle.set_value(None);
        self.has_handle.set(false);
    }

    /// Back to the starts; the draft stays among the recent ones.
    pub fn close(&self) {
        draft_store::close();
        self.forget_handle();
        self.elsewhere.set(None);
        self.draft.set(None);
        self.message.set(None);
    }

    /// Forgets the open draft; work not yet in a file only once confirmed.
    pub fn discard(&self) {
        let unsaved = self
            .draft
            .with_untracked(|d| d.as_ref().is_some_and(SavedDraft::is_unsaved_work));
        if unsaved
            && !window()
                .confirm_with_message(
                    "This draft has changes that are not in a file. Discard them for good?",
                )
                .unwrap_or(false)
        {
            return;
        }
        if let Some(draft) = self.draft.get_untracked() {
            self.recent.set(draft_store::discard(&draft));
        }
        self.forget_handle();
        self.elsewhere.set(None);
        self.draft.set(None);
        self.message.set(None);
    }

    /// Loads what a read of a file gives, unless another read started
    /// meanwhile: a slow file must never overwrite a newer one. Every way of
    /// opening a file goes through here.
    pub fn load_when_read(
        &self,
        read: impl std::future::Future<Output = Result<(String, String), String>> + 'static,
    ) {
        let state = *self;
        state.reads.update_value(|n| *n += 1);
        let this_read = state.reads.get_value();
        spawn_local(async move {
            let result = read.await;
            if state.reads.get_value() != this_read {
                return;
            }
            match result {
                Ok((name, text)) => {
                    let unchanged = state.draft.with_untracked(|d| {
                        d.as_ref().is_some_and(|d| d.name == name && d.text == text)
                    });
                    if unchanged {
                        state.message.set(None);
                    } else {
                        state.load(SavedDraft::from_file(name, text));
                    }
                }
                Err(why) => state.message.set(Some(why)),
            }
        });
    }

    /// Reads the open file again, if the browser gave us a handle on it.
    pub fn reread(&self) {
        if let Some(handle) = self.handle.get_value() {
            self.load_when_read(async move { file_access::read_handle(&handle).await });
        }
    }
}

/// Reads a picked or dropped file into the preview.
pub fn read_into(state: DraftState, file: web_sys::File) {
    state.load_when_read(async move {
        let text = file_access::read_file(&file).await?;
        Ok((file.name(), text))
    });
}

/// What keeping a draft cost the others, in words; `None` when nothing.
fn kept_note(dropped: &[String], set_aside: bool) -> Option<String> {
    let mut notes = Vec::new();
    if !dropped.is_empty() {
        let names: Vec<String> = dropped.iter().map(|n| format!("“{n}”")).collect();
        notes.push(format!(
            "To keep this draft, older drafts were dropped from this browser: {}.",
            names.join(", ")
        ));
    }
    if set_aside {
        notes.push(
            "The list of recent drafts could not be read. It was set aside, not deleted, and a new list started."
                .to_string(),
        );
    }
    (!notes.is_empty()).then(|| notes.join(" "))
}
