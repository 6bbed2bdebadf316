//! `/`: the archive, newest first, with filters, a live count and pages.

use crate::alert_card::AlertCard;
use crate::alerts_chart::AlertsChart;
use crate::browse_links::BrowseLinks;
use crate::export_links::ExportLinks;
use crate::filter_panel::FilterPanel;
use crate::follow::Follow;
use crate::i18n::use_words;
use crate::ignored_notice::IgnoredNotice;
use crate::page_heading::PageHeading;
use crate::pager::Pager;
use alert_model::outputs::export::Download;
use alert_model::outputs::follow;
use alert_model::reading::catalog::page;
use alert_model::reading::count::result_count;
use alert_model::reading::list_address::address;
use alert_model::reading::query::Ignored;
use alert_model::{Catalog, Query};
use leptos::prelude::*;
use std::sync::Arc;

/// The front page's frame: its heading, then the archive (or why it
/// cannot be shown yet).
#[component]
pub fn HomeFrame(children: Children) -> impl IntoView {
    view! {
        <div class="home">
            <PageHeading>{use_words().text("home.heading")}</PageHeading>
            {children()}
        </div>
    }
}

/// `query` is the list state in the address, with the values `ignored`
/// there. `on_change` receives a new state and whether it replaces the
/// current history entry (typing) or adds one (choosing).
#[component]
pub fn Archive(
    catalog: Arc<Catalog>,
    #[prop(into)] query: Signal<Query>,
    #[prop(into)] ignored: Signal<Vec<Ignored>>,
    on_change: Callback<(Query, bool)>,
    /// Writes the filtered list as a download (the app); without it the
    /// download links lead to the whole archive's files.
    #[prop(optional)]
    on_export: Option<Callback<Download>>,
) -> impl IntoView {
    // One pass per change gives the list and every facet count.
    let c = catalog.clone();
    let results = Memo::new(move |_| c.search(&query.get()));
    let facets = Signal::derive(move || results.with(|r| r.facets.clone()));
    let positions = Memo::new(move |_| results.with(|r| r.positions.clone()));
    let years = catalog.years();
    let chart_catalog = catalog.clone();
    let archive = catalog.search(&Query::default()).facets;
    let words = use_words();

    let w = words.clone();
    let count = move || result_count(&w, positions.with(Vec::len), &query.get());
    let w = words.clone();
    let results = move || {
        let q = query.get();
        let list_query = q.first_page().to_query_string();
        positions.with(|positions| {
            let p = page(&catalog, positions, q.page);
            // An empty archive has no filters to blame or clear.
            if p.total == 0 && !q.is_filtered() {
                return view! { <div class="empty"><p>{w.text("panel.none")}</p></div> }.into_any();
            }
            if p.total == 0 {
                return view! {
                    <div class="empty">
                        <p>{w.text("results.none")}</p>
                        <button type="button" class="button" on:click=move |_| on_change.run((Query::default(), false))>
                            {w.text("results.clear")}
                        </button>
                    </div>
                }
                .into_any();
            }
            let cards = p
                .items
                .iter()
                .map(|e| view! { <li><AlertCard entry=(*e).clone() list_query=list_query.clone() /></li> })
                .collect_view();
            view! {
                <ol class="cards">{cards}</ol>
                <Pager number=p.number pages=p.pages path=move |n| address(&Query { page: n, ..q.clone() }) />
                <ExportLinks query on_export />
            }
            .into_any()
        })
    };
    // Erased, so that the page's type stays within the compiler's depth
    // limit when the prerender renders it.
    let side = view! {
        <div class="archive-side">
            <FilterPanel query facets years on_change />
            <BrowseLinks archive current=query />
        </div>
    }
    .into_any();
    view! {
        <div class="archive">
            {side}
            <section class="results" aria-label=words.text("results.label")>
                // After the filters, so the keyboard meets them first.
                // The whole archive over time, on the front page only: on
                // a filtered list or a later page it would say nothing new
                // (and weigh 12 KB on each of thousands of list pages).
                {move || {
                    let front = query.with(|q| !q.is_filtered() && q.page <= 1);
                    front.then(|| view! { <AlertsChart catalog=chart_catalog.clone() country=None /> })
                }}
                <IgnoredNotice ignored />
                <p class="result-count" role="status" aria-live="polite">{count}</p>
                {results}
                // A list without alerts has no feed to follow yet.
                {move || {
                    let any = positions.with(|p| !p.is_empty());
                    follow::for_query(&query.get()).filter(|_| any).map(|feed| view! { <Follow feed /> })
                }}
            </section>
        </div>
    }
}
