//! "By type: Red Flag Alert (12) · SOS Alert (3) … By year: 2024 (8) …":
//! every type's and year's list as a plain link beside the filters. The
//! filters need the app; these lists are files the build writes
//! (`alert_model::reading::list_address`), so a reader without script, or
//! whose app failed to load, and a crawler reach every list and alert.

use crate::env::href;
use crate::i18n::use_words;
use alert_model::reading::catalog::Facets;
use alert_model::reading::list_address::address;
use alert_model::Query;
use leptos::prelude::*;

/// `archive` holds the whole archive's counts; `current` is the list shown,
/// marked as the current page when it is one of these.
#[component]
pub fn BrowseLinks(archive: Facets, #[prop(into)] current: Signal<Query>) -> impl IntoView {
    let words = use_words();
    let link = move |q: Query, name: String, n: usize| {
        let target = address(&q);
        let here = move || (address(&current.get().first_page()) == target).then_some("page");
        view! {
            <li>
                <a href=href(&address(&q)) aria-current=here>{name}</a>
                " "
                <span class="browse-count">{format!("({})", use_words().number(n))}</span>
            </li>
        }
    };
    let kinds = archive
        .types
        .into_iter()
        .filter(|(_, n)| *n > 0)
        .map(|(kind, n)| {
            let q = Query {
                kind: Some(kind),
                ..Query::default()
            };
            link(q, words.kind(kind), n)
        })
        .collect_view();
    let years = archive
        .years
        .into_iter()
        .filter(|(_, n)| *n > 0)
        .map(|(year, n)| {
            let q = Query {
                year: Some(year),
                ..Query::default()
            };
            link(q, year.to_string(), n)
        })
        .collect_view();
    view! {
        <nav class="browse" aria-label=words.text("browse.label")>
            <h2 class="browse-heading" id="browse-types">{words.text("browse.types")}</h2>
            <ul class="browse-list" aria-labelledby="browse-types">{kinds}</ul>
            <h2 class="browse-heading" id="browse-years">{words.text("browse.years")}</h2>
            <ul class="browse-list" aria-labelledby="browse-years">{years}</ul>
        </nav>
    }
}
