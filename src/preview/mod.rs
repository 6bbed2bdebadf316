//! `/preview`: staff open a draft alert file and see it exactly as readers
//! will (the same `AlertArticle`), with every problem beside it, inside a
//! frame that no one can mistake for a published alert.
//!
//! The draft is read locally (file picker, drop, paste) and kept in this
//! browser. Nothing is uploaded, and nothing is ever fetched from an address
//! given in the URL: a `?url=` parameter would let anyone show a fake alert
//! on the publisher's own domain.

mod change_list;
mod draft_store;
mod file_access;
mod problem_list;

use crate::api;
use crate::data::AppData;
use crate::dom;
use alert_model::reading::placement::placement;
use alert_model::validate::archive::check_draft_text;
use alert_model::validate::{check_alert_text, Checked};
use alert_model::{Alert, Catalog};
use alert_views::alert_article::{marked_parts, AlertArticle};
use alert_views::page_heading::PageHeading;
use change_list::ChangeList;
use draft_store::SavedDraft;
use file_access::MAX_DRAFT_BYTES;
use leptos::prelude::*;
use leptos::task::spawn_local;
use problem_list::ProblemList;
use std::sync::Arc;
use wasm_bindgen::JsValue;

/// What the preview holds, shared with its panels.
#[derive(Clone, Copy)]
struct DraftState {
    draft: RwSignal<Option<SavedDraft>>,
    recent: RwSignal<Vec<SavedDraft>>,
    /// A refusal or failure to tell the user about.
    message: RwSignal<Option<String>>,
    /// The File System Access handle of the open file, where supported.
    handle: StoredValue<Option<JsValue>, LocalStorage>,
    has_handle: RwSignal<bool>,
    watch: RwSignal<bool>,
    /// Counts reads started, so a slow read never overwrites a newer one.
    reads: StoredValue<u64>,
}

impl DraftState {
    fn new() -> DraftState {
        DraftState {
            draft: RwSignal::new(draft_store::current()),
            recent: RwSignal::new(draft_store::recent()),
            message: RwSignal::new(None),
            handle: StoredValue::new_local(None),
            has_handle: RwSignal::new(false),
            watch: RwSignal::new(true),
            reads: StoredValue::new(0),
        }
    }

    fn load(&self, draft: SavedDraft) {
        if draft.text.len() as f64 > MAX_DRAFT_BYTES {
            self.message.set(Some(file_access::too_big_message(
                &draft.name,
                draft.text.len() as f64,
            )));
            return;
        }
        let draft = SavedDraft {
            saved: draft_store::now(),
            ..draft
        };
        match draft_store::save(&draft) {
            Ok(saved) => {
                self.recent.set(saved.recent);
                self.message.set(kept_note(&saved.dropped, saved.set_aside));
            }
            Err(why) => self
                .message
                .set(Some(format!("Shown, but not kept for a reload: {why}."))),
        }
        self.draft.set(Some(draft));
    }

    /// Forgets every draft kept in this browser, once staff confirm.
    fn forget_all(&self) {
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

    fn forget_handle(&self) {
        self.handle.set_value(None);
        self.has_handle.set(false);
    }

    fn discard(&self) {
        if let Some(draft) = self.draft.get_untracked() {
            self.recent.set(draft_store::discard(&draft));
        }
        self.forget_handle();
        self.draft.set(None);
        self.message.set(None);
    }

    /// Loads what a read of a file gives, unless another read started
    /// meanwhile: a slow file must never overwrite a newer one. Every way of
    /// opening a file goes through here.
    fn load_when_read(
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
    fn reread(&self) {
        if let Some(handle) = self.handle.get_value() {
            self.load_when_read(async move { file_access::read_handle(&handle).await });
        }
    }
}

#[component]
pub fn PreviewPage() -> impl IntoView {
    let state = DraftState::new();
    let data = AppData::get();
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
    Effect::new(move |_| {
        let title = match checked.get().and_then(|c| c.alert.clone()) {
            Some(a) => format!("DRAFT: {} · Preview", a.title),
            None => "Preview a draft".to_string(),
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
            {move || match checked.get() {
                None => {
                    view! {
                        <PageHeading>"Preview a draft"</PageHeading>
                        <p class="lede">
                            "Open an alert file to see it exactly as readers will, with every problem listed. The file is read in this browser only: nothing is uploaded."
                        </p>
                        <DraftSource state />
                    }
                        .into_any()
                }
                Some(checked) => view! { <DraftView state checked compared=compared.get() /> }.into_any(),
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

fn read_into(state: DraftState, file: web_sys::File) {
    state.load_when_read(async move {
        let text = file_access::read_file(&file).await?;
        Ok((file.name(), text))
    });
}

/// The draft rendered in its frame, with the checks beside it.
#[component]
fn DraftView(state: DraftState, checked: Arc<Checked>, compared: Option<bool>) -> impl IntoView {
    let name = state
        .draft
        .with_untracked(|d| d.as_ref().map(|d| d.name.clone()))
        .unwrap_or_default();
    let problems = checked.problems.clone();
    let counts = checked.counts();
    let (article, shown) = match checked.alert.clone() {
        Some(alert) => {
            let shown = marked_parts(&alert);
            let alert = Arc::new(alert);
            let data = AppData::get();
            // The series track places the draft among published alerts,
            // and the box under the title says what it changes since the
            // latest of them, as readers will see it.
            let article = move || {
                let catalog = data.catalog.get().and_then(Result::ok);
                let order = match data.site.get() {
                    Some(Ok(site)) => site.type_order.clone(),
                    _ => Vec::new(),
                };
                let since = catalog
                    .as_ref()
                    .and_then(|c| alert_model::reading::since::for_alert(&alert, c, &order));
                view! { <AlertArticle alert=alert.clone() catalog since /> }
            };
            (article.into_any(), shown)
        }
        None => (
            view! {
                <div class="cannot-render">
                    <PageHeading>"This draft cannot be shown yet"</PageHeading>
                    <p>"Fix the errors listed here and it will appear as readers will see it."</p>
                </div>
            }
            .into_any(),
            Vec::new(),
        ),
    };
    let alert = checked.alert.clone();
    view! {
        // Above both columns and sticky, so it stays in sight on any screen.
        <p class="draft-banner" role="note">
            <strong>"DRAFT: not published."</strong>
            " Only you can see this, in this browser: "
            <code>{name}</code>
        </p>
        <div class="preview-layout">
            <div class="draft-frame">
                <div class="draft-watermark" aria-hidden="true"></div>
                {article}
            </div>
            <aside class="preview-panel" aria-label="Draft checks">
                <ProblemList problems counts shown compared />
                {alert.map(|a| view! { <PlacementPanel draft=Arc::new(a) /> })}
                <DraftSource state />
            </aside>
        </div>
    }
}

/// Where the draft will sit once published, and what it changes.
#[component]
fn PlacementPanel(draft: Arc<Alert>) -> impl IntoView {
    let data = AppData::get();
    move || match data.catalog.get() {
        None => view! { <p class="loading">"Comparing with published alerts…"</p> }.into_any(),
        Some(Err(e)) => {
            let why = format!("Published alerts could not be loaded to compare: {e}");
            view! { <p class="notice">{why}</p> }.into_any()
        }
        Some(Ok(catalog)) => placement_view(&catalog, &draft),
    }
}

fn placement_view(catalog: &Catalog, draft: &Arc<Alert>) -> AnyView {
    let place = placement(catalog, draft);
    let step = |label: &'static str, e: Option<&alert_model::IndexEntry>| {
        let link = match e {
            Some(e) => {
                let (href, title) = (dom::href(&format!("/alerts/{}", e.id)), e.title.clone());
                view! { <a href=href>{title}</a> }.into_any()
            }
            None => view! { <span>"none: it will be at this end of the list"</span> }.into_any(),
        };
        view! {
            <li>
                <span class="label">{label}</span>
                " "
                {link}
            </li>
        }
    };
    let warnings = place
        .warnings
        .iter()
        .map(|w| view! { <li class="problem problem-warning">{w.clone()}</li> })
        .collect_view();
    let diff = place
        .replaces
        .map(|e| view! { <PublishedDiff id=e.id.clone() draft=draft.clone() /> });
    view! {
        <section class="placement" aria-labelledby="placement-heading">
            <h2 id="placement-heading">"Once published"</h2>
            {place.series.map(|s| view! { <p>{s}</p> })}
            <ul class="placement-steps">
                {step("Previous:", place.previous)}
                {step("Next:", place.next)}
            </ul>
            <ul class="problem-items">{warnings}</ul>
            {diff}
        </section>
    }
    .into_any()
}

/// Fields and blocks this draft adds, removes or changes against the
/// published alert it would replace.
#[component]
fn PublishedDiff(id: String, draft: Arc<Alert>) -> impl IntoView {
    let published = LocalResource::new(move || api::fetch_alert(id.clone()));
    view! {
        <section class="diff" aria-labelledby="diff-heading">
            <h3 id="diff-heading">"Changes against the published version"</h3>
            {move || match published.get() {
                None => view! { <p class="loading">"Loading the published version…"</p> }.into_any(),
                Some(Err(e)) => view! { <p class="notice">{e.to_string()}</p> }.into_any(),
                Some(Ok(old)) => {
                    view! { <ChangeList changes=alert_model::reading::diff::diff_alerts(&old, &draft) /> }.into_any()
                }
            }}
        </section>
    }
}

/// Ways to open a draft, the open draft's controls and the recent list.
#[component]
fn DraftSource(state: DraftState) -> impl IntoView {
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
                            <p>
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
