//! A draft drawn as readers will see it (the reader's own `AlertArticle`)
//! inside its frame, where it will sit once published, and what it changes
//! against the published version. The editor and the file preview share it.

use super::change_list::ChangeList;
use super::draft_source::DraftSource;
use super::draft_store::SavedDraft;
use super::problem_list::ProblemList;
use super::state::DraftState;
use crate::api;
use crate::data::AppData;
use crate::dom;
use alert_model::reading::placement::placement;
use alert_model::validate::Checked;
use alert_model::{Alert, Catalog};
use alert_views::alert_article::{marked_parts, AlertArticle};
use alert_views::page_heading::PageHeading;
use leptos::prelude::*;
use std::sync::Arc;

/// The draft rendered in its frame, with the checks beside it.
#[component]
pub fn DraftView(
    state: DraftState,
    checked: Arc<Checked>,
    compared: Option<bool>,
) -> impl IntoView {
    let name = state
        .draft
        .with_untracked(|d| d.as_ref().map(|d| d.name.clone()))
        .unwrap_or_default();
    let problems = checked.problems.clone();
    let counts = checked.counts();
    let shown = checked.alert.as_ref().map(marked_parts).unwrap_or_default();
    let article = draft_article(checked.alert.clone());
    let editable = checked.alert.clone().map(|alert| {
        let opened = state
            .draft
            .with_untracked(|d| d.as_ref().map(|d| d.text.clone()));
        let edit = move |_| {
            state.forget_handle();
            state.load(SavedDraft::edited(
                alert_authoring::form::Form::from_alert(&alert),
                opened.clone(),
                None,
            ));
        };
        view! {
            <p>
                <button type="button" class="button" on:click=edit>
                    "Edit in the form"
                </button>
            </p>
        }
    });
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
                {editable}
                {alert.map(|a| view! { <PlacementPanel draft=Arc::new(a) /> })}
                <DraftSource state />
            </aside>
        </div>
    }
}

/// The draft as readers will see it, or why it cannot be shown yet.
pub fn draft_article(alert: Option<Alert>) -> AnyView {
    let Some(alert) = alert else {
        return view! {
            <div class="cannot-render">
                <PageHeading>"This draft cannot be shown yet"</PageHeading>
                <p>"Fix the errors listed here and it will appear as readers will see it."</p>
            </div>
        }
        .into_any();
    };
    let alert = Arc::new(alert);
    let data = AppData::get();
    // The series track places the draft among published alerts, and the
    // box under the title says what it changes since the latest of them,
    // as readers will see it.
    (move || {
        let catalog = data
            .catalog
            .get()
            .and_then(Result::ok)
            .map(|c| with_draft(&c, &alert));
        let order = match data.site.get() {
            Some(Ok(site)) => site.type_order.clone(),
            _ => Vec::new(),
        };
        let since = catalog
            .as_ref()
            .and_then(|c| alert_model::reading::since::for_alert(&alert, c, &order));
        view! { <AlertArticle alert=alert.clone() catalog since /> }
    })
    .into_any()
}

/// The published alerts with the draft among them, as readers will have
/// them once it is published: its series track then shows it in its place.
/// Only a draft in a series needs it (the track is the only part drawn from
/// other alerts), so the others keep the catalog as it is.
fn with_draft(catalog: &Arc<Catalog>, draft: &Alert) -> Arc<Catalog> {
    if draft.series.is_none() {
        return catalog.clone();
    }
    let mut entry = draft.entry();
    if entry.status == alert_model::Status::Draft {
        entry.status = alert_model::Status::Published;
    }
    let mut entries: Vec<_> = catalog
        .entries()
        .iter()
        .filter(|e| e.id != draft.id)
        .cloned()
        .collect();
    entries.push(entry);
    Arc::new(Catalog::new(entries))
}

/// Where the draft will sit once published, and what it changes.
#[component]
pub fn PlacementPanel(draft: Arc<Alert>) -> impl IntoView {
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
