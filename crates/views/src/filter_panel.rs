//! The archive's filters: country, type and year with counts under the
//! other filters, and a words box. Every change becomes the URL.

use crate::env::href;
use crate::i18n::use_words;
use alert_model::reading::catalog::Facets;
use alert_model::{AlertType, Query};
use leptos::prelude::*;

/// `on_change` receives the new query and whether it replaces the current
/// history entry (typing) or adds one (choosing).
#[component]
pub fn FilterPanel(
    #[prop(into)] query: Signal<Query>,
    #[prop(into)] facets: Signal<Facets>,
    years: Vec<i32>,
    on_change: Callback<(Query, bool)>,
) -> impl IntoView {
    let words = use_words();
    let change = move |f: &dyn Fn(&mut Query), replace: bool| {
        let mut q = query.get_untracked().first_page();
        f(&mut q);
        on_change.run((q, replace));
    };
    // Each select lists its values with their counts under the other filters.
    let w = words.clone();
    let country_options = Signal::derive(move || {
        let chosen = query.get().country;
        facets
            .get()
            .countries
            .into_iter()
            .map(|(code, n)| FacetOption {
                text: w.fill(
                    "filter.option",
                    &[("name", &w.country(&code)), ("n", &w.number(n))],
                ),
                selected: chosen.as_deref() == Some(code.as_str()),
                value: code,
            })
            .collect()
    });
    let w = words.clone();
    let type_options = Signal::derive(move || {
        let chosen = query.get().kind;
        facets
            .get()
            .types
            .into_iter()
            .map(|(t, n)| FacetOption {
                value: t.key().to_string(),
                text: w.fill(
                    "filter.option",
                    &[("name", &w.kind(t)), ("n", &w.number(n))],
                ),
                selected: chosen == Some(t),
            })
            .collect()
    });
    let w = words.clone();
    let year_options = Signal::derive(move || {
        let chosen = query.get().year;
        let counts = facets.get().years;
        years
            .iter()
            .map(|&y| {
                let n = counts
                    .iter()
                    .find(|(year, _)| *year == y)
                    .map_or(0, |(_, n)| *n);
                FacetOption {
                    value: y.to_string(),
                    text: w.fill(
                        "filter.option",
                        &[("name", &y.to_string()), ("n", &w.number(n))],
                    ),
                    selected: chosen == Some(y),
                }
            })
            .collect()
    });
    view! {
        // `name`s are the address's keys and `data-app-form` marks the form
        // for the prerendered page's loader, which keeps the address in
        // step with it until the app is in (crates/prerender/src/loader.js).
        // `action`: the front page, where a list's filters live in the
        // query, even on a list with a path of its own (`/types/…`).
        <form
            action=href("/")
            class="filters"
            role="search"
            aria-label=words.text("filter.label")
            data-app-form
            data-failed=words.text("app.failed")
            on:submit=|ev| ev.prevent_default()
        >
            <div class="field field-words">
                <label for="filter-words">{words.text("filter.words")}</label>
                <input
                    id="filter-words"
                    name="q"
                    type="search"
                    placeholder=words.text("filter.words_hint")
                    autocomplete="off"
                    prop:value=move || query.get().words
                    on:input=move |ev| {
                        let words = event_target_value(&ev);
                        change(&|q| q.words = words.clone(), true);
                    }
                />
            </div>
            <FacetSelect
                id="filter-country"
                name="country"
                label=words.text("filter.country")
                all=words.text("filter.all_countries")
                options=country_options
                on_select=Callback::new(move |v: String| change(&|q| q.country = (!v.is_empty()).then(|| v.clone()), false))
            />
            <FacetSelect
                id="filter-type"
                name="type"
                label=words.text("filter.type")
                all=words.text("filter.all_types")
                options=type_options
                on_select=Callback::new(move |v: String| change(&|q| q.kind = AlertType::from_key(&v), false))
            />
            <FacetSelect
                id="filter-year"
                name="year"
                label=words.text("filter.year")
                all=words.text("filter.all_years")
                options=year_options
                on_select=Callback::new(move |v: String| change(&|q| q.year = v.parse().ok(), false))
            />
            <button
                type="button"
                class="button button-quiet"
                disabled=move || !query.get().is_filtered()
                on:click=move |_| on_change.run((Query::default(), false))
            >
                {words.text("filter.clear")}
            </button>
        </form>
    }
}

/// One value of a filter, as its select shows it.
#[derive(Clone, PartialEq)]
struct FacetOption {
    value: String,
    text: String,
    selected: bool,
}

/// A labelled select with an "All …" option and the facet's values.
#[component]
fn FacetSelect(
    id: &'static str,
    /// The address's key for its value.
    name: &'static str,
    label: String,
    all: String,
    options: Signal<Vec<FacetOption>>,
    on_select: Callback<String>,
) -> impl IntoView {
    let none_chosen = move || options.with(|o| !o.iter().any(|o| o.selected));
    let items = move || {
        options
            .get()
            .into_iter()
            .map(|o| view! { <option value=o.value selected=o.selected>{o.text}</option> })
            .collect_view()
    };
    view! {
        <div class="field">
            <label for=id>{label}</label>
            <select id=id name=name on:change=move |ev| on_select.run(event_target_value(&ev))>
                <option value="" selected=none_chosen>
                    {all}
                </option>
                {items}
            </select>
        </div>
    }
}
