//! The archive's filters: country, type and year with counts under the
//! other filters, and a words box. Every change becomes the URL.

use alert_model::catalog::Facets;
use alert_model::countries::country_name;
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
    let change = move |f: &dyn Fn(&mut Query), replace: bool| {
        let mut q = query.get_untracked().first_page();
        f(&mut q);
        on_change.run((q, replace));
    };
    // Each select lists its values with their counts under the other filters.
    let country_options = Signal::derive(move || {
        let chosen = query.get().country;
        facets
            .get()
            .countries
            .into_iter()
            .map(|(code, n)| FacetOption {
                text: format!("{} ({n})", country_name(&code).unwrap_or(&code)),
                selected: chosen.as_deref() == Some(code.as_str()),
                value: code,
            })
            .collect()
    });
    let type_options = Signal::derive(move || {
        let chosen = query.get().kind;
        facets
            .get()
            .types
            .into_iter()
            .map(|(t, n)| FacetOption {
                value: t.key().to_string(),
                text: format!("{} ({n})", t.label()),
                selected: chosen == Some(t),
            })
            .collect()
    });
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
                    text: format!("{y} ({n})"),
                    selected: chosen == Some(y),
                }
            })
            .collect()
    });
    view! {
        <form class="filters" role="search" aria-label="Filter alerts" on:submit=|ev| ev.prevent_default()>
            <div class="field field-words">
                <label for="filter-words">"Words"</label>
                <input
                    id="filter-words"
                    type="search"
                    placeholder="Title, summary, tag…"
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
                label="Country"
                all="All countries"
                options=country_options
                on_select=Callback::new(move |v: String| change(&|q| q.country = (!v.is_empty()).then(|| v.clone()), false))
            />
            <FacetSelect
                id="filter-type"
                label="Type"
                all="All types"
                options=type_options
                on_select=Callback::new(move |v: String| change(&|q| q.kind = AlertType::from_key(&v), false))
            />
            <FacetSelect
                id="filter-year"
                label="Year"
                all="All years"
                options=year_options
                on_select=Callback::new(move |v: String| change(&|q| q.year = v.parse().ok(), false))
            />
            <button
                type="button"
                class="button button-quiet"
                disabled=move || !query.get().is_filtered()
                on:click=move |_| on_change.run((Query::default(), false))
            >
                "Clear filters"
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
    label: &'static str,
    all: &'static str,
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
            <select id=id on:change=move |ev| on_select.run(event_target_value(&ev))>
                <option value="" selected=none_chosen>
                    {all}
                </option>
                {items}
            </select>
        </div>
    }
}
