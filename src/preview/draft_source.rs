//! Ways to open a draft (file, followed file, drop, pasted JSON), the open
//! draft's controls (close, discard) and the recent drafts kept here.

use super::draft_store::{self, SavedDraft};
use super::file_access;
use super::state::{read_into, DraftState};
use leptos::prelude::*;
use leptos::task::spawn_local;

/// Ways to open a draft, the open draft's controls and the recent list.
#[component]
pub fn DraftSource(state: DraftState) -> impl IntoView {
    let pasted = RwSignal::new(String::new());
    let has_draft = move || state.draft.with(Option::is_some);
    let on_file = move |ev: leptos::ev::Event| {
        use wasm_bindgen::JsCast;
        let input: Option<web_sys::HtmlInputElement> = ev.target().and_then(|t| t.dyn_into().ok());
        let Some(input) = input else { return };
        if let Some(file) = input.files().and_then(|f| f.get(0)) {
            state.forget_handle();
            read_into(state, file);
        }
        // Picking the same file again must fire `change` again.
        input.set_value("");
    };
    let open_with_handle = move |_| {
        spawn_local(async move {
            let Some(handle) = file_access::pick_file_handle().await else {
                return;
            };
            state.handle.set_value(Some(handle));
            state.has_handle.set(true);
            state.reread();
        });
    };
    let recent = move || {
        let current = state.draft.with(|d| d.as_ref().map(SavedDraft::key));
        state
            .recent
            .get()
            .into_iter()
            .filter(|d| Some(d.key()) != current)
            .map(|d| {
                let label = format!("{} · saved {}", d.name, draft_store::saved_label(d.saved));
                view! {
                    <li>
                        <button
                            type="button"
                            class="link-button"
                            on:click=move |_| {
                                state.forget_handle();
                                state.load(d.clone());
                            }
                        >
                            {label}
                        </button>
                    </li>
                }
            })
            .collect_view()
    };
    view! {
        <section class="draft-source" aria-labelledby="source-heading">
            <h2 id="source-heading">{move || if has_draft() { "Draft file" } else { "Open a draft" }}</h2>
            {move || state.message.get().map(|m| view! { <p class="notice notice-error" role="alert">{m}</p> })}
            <div class="source-actions">
                <label class="button" for="draft-file">
                    "Choose a file…"
                </label>
                <input id="draft-file" class="visually-hidden" type="file" accept=".json,application/json" on:change=on_file />
                {file_access::has_file_handles()
                    .then(|| {
                        view! {
                            <button type="button" class="button button-quiet" on:click=open_with_handle>
                                "Open and follow a file…"
                            </button>
                        }
                    })}
            </div>
            <p class="hint">"…or drop a .json file anywhere on this page. Files over 2 MB are refused."</p>
            {move || {
                state
                    .has_handle
                    .get()
                    .then(|| {
                        view! {
                            <div class="source-actions">
                                <button type="button" class="button" on:click=move |_| state.reread()>
                                    "Read the file again"
                                </button>
                                <label class="check">
                                    <input
                                        type="checkbox"
                                        prop:checked=move || state.watch.get()
                                        on:change=move |ev| state.watch.set(event_target_checked(&ev))
                                    />
                                    " Re-read when I come back to this page"
                                </label>
                            </div>
                        }
                    })
            }}
            <details class="paste">
                <summary>"Paste the JSON instead"</summary>
                <label for="draft-text">"Alert JSON"</label>
                <textarea
                    id="draft-text"
                    rows="8"
                    spellcheck="false"
                    prop:value=move || pasted.get()
                    on:input=move |ev| pasted.set(event_target_value(&ev))
                ></textarea>
                <button
                    type="button"
                    class="button"
                    on:click=move |_| {
                        let text = pasted.get_untracked();
                        if !text.trim().is_empty() {
                            state.forget_handle();
                            state.load(SavedDraft::pasted(text));
                        }
                    }
                >
                    "Preview this text"
                </button>
            </details>
            {move || {
                has_draft()
                    .then(|| {
                        view! {
                            <p class="source-actions">
                                <button type="button" class="button button-quiet" on:click=move |_| state.close()>
                                    "Close this draft"
                                </button>
                                <button type="button" class="button button-quiet" on:click=move |_| state.discard()>
                                    "Discard this draft"
                                </button>
                            </p>
                        }
                    })
            }}
            {move || {
                let others = state.recent.with(|r| r.len()) > usize::from(has_draft());
                others.then(|| view! { <h3>"Recent drafts"</h3> })
            }}
            <ul class="recent-drafts">{recent}</ul>
            <p class="hint">
                "Drafts are kept in this browser only, so a reload loses nothing. Anyone using this computer's browser can open them here."
            </p>
            {move || {
                (has_draft() || state.recent.with(|r| !r.is_empty()))
                    .then(|| {
                        view! {
                            <p>
                                <button type="button" class="button button-quiet" on:click=move |_| state.forget_all()>
                                    "Forget all drafts on this computer"
                                </button>
                            </p>
                        }
                    })
            }}
        </section>
    }
}
