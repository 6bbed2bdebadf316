//! `/`: the archive, newest first, with filters and pages.

use crate::components::alert_card::AlertCard;
use crate::components::filter_panel::FilterPanel;
use crate::components::load_error::LoadErrorView;
use crate::components::loading::Loading;
use crate::components::page_heading::PageHeading;
use crate::components::pager::Pager;
use crate::data::AppData;
use crate::dom;
use crate::routes::use_list_query;
use alert_model::catalog::page;
use alert_model::countries::country_name;
use alert_model::{Catalog, Query};
use leptos::prelude::*;
use leptos_router::hooks::use_navigate;
use leptos_router::NavigateOptions;
use std::sync::Arc;

#[component]
pub fn Home() -> impl IntoView {
    let data = AppData::get();
    Effect::new(move |_| dom::set_title(&format!("Alerts · {}", data.site_name())));
    view! {
        <div class="home">
            <PageHeading>"Alerts"</PageHeading>
            {move || match data.catalog.get() {
                None => view! { <Loading what="alerts" /> }.into_any(),
                Some(Err(e)) => {
                    dom::reveal_app();
                    view! { <LoadErrorView error=e retry=move || data.catalog.refetch() /> }.into_any()
                }
                Some(Ok(catalog)) => {
                    dom::reveal_app();
                    view! { <Archive catalog /> }.into_any()
                }
            }}
        </div>
    }
}

#[component]
fn Archive(catalog: Arc<Catalog>) -> impl IntoView {
    let list = use_list_query();
    let query = Signal::derive(move || list.get().0);
    let navigate = use_navigate();
    let on_change = Callback::new(move |(q, replace): (Query, bool)| {
        let options = NavigateOptions {
            replace,
            scroll: false,
            ..Default::default()
        };
        navigate(&format!("/{}", q.to_query_string()), options);
    });

    // One pass per change gives the list and every facet count.
    let c = catalog.clone();
    let results = Memo::new(move |_| c.search(&query.get()));
    let facets = Signal::derive(move || results.with(|r| r.facets.clone()));
    let positions = Memo::new(move |_| results.with(|r| r.positions.clone()));
    let years = catalog.years();

    let count = move || {
        let n = positions.with(Vec::len);
        let q = query.get();
        let noun = if n == 1 { "alert" } else { "alerts" };
        if q.is_filtered() {
            format!(
                "{n} {noun} match{}{}",
                if n == 1 { "es" } else { "" },
                describe(&q)
            )
        } else {
            format!("{n} {noun}, newest first")
        }
    };
    let ignored = move || {
        let ignored = list.get().1;
        (!ignored.is_empty()).then(|| {
            let text = ignored
                .iter()
                .map(|i| format!("{} “{}” ({})", i.key, i.value, i.reason))
                .collect::<Vec<_>>()
                .join("; ");
            view! { <p class="notice">{format!("Ignored in the link: {text}.")}</p> }
        })
    };
    let c = catalog.clone();
    let results = move || {
        let q = query.get();
        let list_query = q.first_page().to_query_string();
        positions.with(|positions| {
            let p = page(&c, positions, q.page);
            if p.total == 0 {
                return view! {
                    <div class="empty">
                        <p>"No alerts match these filters."</p>
                        <button type="button" class="button" on:click=move |_| on_change.run((Query::default(), false))>
                            "Clear all filters"
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
                <Pager query=q.clone() number=p.number pages=p.pages />
            }
            .into_any()
        })
    };
    view! {
        <div class="archive">
            <FilterPanel query facets years on_change />
            <section class="results" aria-label="Results">
                {ignored}
                <p class="result-count" role="status" aria-live="polite">{count}</p>
                {results}
            </section>
        </div>
    }
}

/// " for Azerbaijan, Red Flag Alert, 2022, “prisoners”"
fn describe(q: &Query) -> String {
    let mut parts: Vec<String> = Vec::new();
    if let Some(c) = &q.country {
        parts.push(country_name(c).unwrap_or(c).to_string());
    }
    if let Some(t) = q.kind {
        parts.push(t.label().to_string());
    }
    if let Some(y) = q.year {
        parts.push(y.to_string());
    }
    if !q.words.trim().is_empty() {
        parts.push(format!("“{}”", q.words.trim()));
    }
    format!(": {}", parts.join(", "))
}
