//! `/preview`: staff open a draft alert file and see it exactly as readers
//! will (the same `AlertArticle`), with every problem beside it, inside a
//! frame that no one can mistake for a published alert.
//!
//! The draft is read locally (file picker, drop, paste) and kept in this
//! browser. Nothing is uploaded, and nothing is ever fetched from an address
//! given in the URL: a `?url=` parameter would let anyone show a fake alert
//! on the publisher's own domain.

mod change_list;
mod draft_source;
mod draft_store;
mod draft_view;
mod editor;
mod file_access;
mod problem_list;
mod state;

use crate::api;
use crate::data::AppData;
use crate::dom;
use alert_model::validate::archive::check_draft_text;
use alert_model::validate::check_alert_text;
use alert_views::page_heading::PageHeading;
use draft_source::DraftSource;
use draft_view::DraftView;
use editor::{EditorView, StartPanel};
use leptos::prelude::*;
use state::{read_into, DraftState};
use std::sync::Arc;

/// What the page shows: the starts, the editor for a draft written here,
/// or the preview of a file opened as it is.
#[derive(Clone, PartialEq)]
enum Mode {
    Start,
    Edit(String),
    Preview,
}

#[component]
pub fn PreviewPage() -> impl IntoView {
    let state = DraftState::new();
    let data = AppData::get();
    // Each part of the alert marked with its field, for the problems.
    alert_views::field_marks::provide();
    keep_out_of_search_engines();
    dom::reveal_app();

    // Checked as the publishing tool checks it: on its own and, once the
    // published index is in, against it (ids, series numbers, translations).
    let published = LocalResource::new(api::fetch_published);
    let compared = Memo::new(move |_| published.get().map(|p| p.is_ok()));
    let checked = Memo::new(move |_| {
        let published = published.get().and_then(Result::ok);
        state.draft.with(|d| {
            d.as_ref().map(|d| {
                Arc::new(match &published {
                    Some(p) => check_draft_text(&d.text, d.file_name(), p),
                    None => check_alert_text(&d.text),
                })
            })
        })
    });
    let mode = Memo::new(move |_| {
        state.draft.with(|d| match d {
            None => Mode::Start,
            Some(d) if d.form.is_some() => Mode::Edit(d.key()),
            Some(_) => Mode::Preview,
        })
    });
    Effect::new(move |_| {
        // Never the alert's own title: page titles go into the browser's
        // history, which some browsers sync, and a draft may be embargoed.
        let title = match checked.get() {
            Some(_) => "DRAFT: not published · Preview".to_string(),
            None => "Write or preview an alert".to_string(),
        };
        dom::set_title(&format!("{title} · {}", data.site_name()));
    });

    // Edit, save, look: read the file again whenever the page regains focus.
    let on_focus = window_event_listener(leptos::ev::focus, move |_| {
        if state.watch.get_untracked() && state.has_handle.get_untracked() {
            state.reread();
        }
    });
    on_cleanup(move || on_focus.remove());

    // The same draft open in two tabs: say so, rather than let each tab
    // replace the other's work in this browser's copy without a word.
    let on_storage = window_event_listener(leptos::ev::storage, move |ev| {
        let open = state.draft.get_untracked();
        let theirs =
            open.and_then(|open| draft_store::changed_elsewhere(ev.key(), ev.new_value(), &open));
        if let Some(theirs) = theirs {
            state.elsewhere.set(Some(theirs.saved));
        }
    });
    on_cleanup(move || on_storage.remove());

    let dragging = RwSignal::new(false);
    let on_drop = move |ev: web_sys::DragEvent| {
        ev.prevent_default();
        dragging.set(false);
        let file = ev
            .data_transfer()
            .and_then(|t| t.files())
            .and_then(|f| f.get(0));
        if let Some(file) = file {
            state.forget_handle();
            read_into(state, file);
        }
    };

    view! {
        <div
            class="preview"
            class:dragging=move || dragging.get()
            on:dragover=move |ev: web_sys::DragEvent| {
                ev.prevent_default();
                dragging.set(true);
            }
            on:dragleave=move |_| dragging.set(false)
            on:drop=on_drop
        >
            {move || match mode.get() {
                Mode::Start => {
                    view! {
                        <PageHeading>"Write or preview an alert"</PageHeading>
                        <p class="lede">
                            "Start an alert here, or open an alert file to see it exactly as readers will, with every problem listed. Everything stays in this browser: nothing is uploaded."
                        </p>
                        <StartPanel state />
                        <DraftSource state />
                    }
                        .into_any()
                }
                // Made once per draft: typing redraws the preview, not the form.
                Mode::Edit(_) => view! { <EditorView state checked compared /> }.into_any(),
                Mode::Preview => {
                    (move || {
                        checked
                            .get()
                            .map(|checked| view! { <DraftView state checked compared=compared.get() /> })
                    })
                        .into_any()
                }
            }}
        </div>
    }
}

/// Adds `<meta name="robots" content="noindex">` while the preview is open.
fn keep_out_of_search_engines() {
    let Ok(meta) = document().create_element("meta") else {
        return;
    };
    let _ = meta.set_attribute("name", "robots");
    let _ = meta.set_attribute("content", "noindex, nofollow");
    let _ = meta.set_attribute("data-preview", "");
    if let Some(head) = document().head() {
        let _ = head.append_child(&meta);
    }
    on_cleanup(|| {
        if let Ok(Some(meta)) = document().query_selector("meta[data-preview]") {
            meta.remove();
        }
    });
}
