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
    let country_options = move || {
        let chosen = query.get().country;
        facets
            .get()
            .countries
            .into_iter()
            .map(|(code, n)| {
                let name = country_name(&code).unwrap_or(&code).to_string();
                let selected = chosen.as_deref() == Some(code.as_str());
                view! { <option value=code selected=selected>{format!("{name} ({n})")}</option> }
            })
            .collect_view()
    };
    let type_options = move || {
        let chosen = query.get().kind;
        facets
            .get()
            .types
            .into_iter()
            .map(|(t, n)| {
                view! {
                    <option value=t.key() selected=chosen == Some(t)>
                        {format!("{} ({n})", t.label())}
                    </option>
                }
            })
            .collect_view()
    };
    let year_options = move || {
        let chosen = query.get().year;
        let counts = facets.get().years;
        years
            .iter()
            .map(|&y| {
                let n = counts.iter().find(|(year, _)| *year == y).map_or(0, |(_, n)| *n);
                view! { <option value=y.to_string() selected=chosen == Some(y)>{format!("{y} ({n})")}</option> }
            })
            .collect_view()
    };
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
            <div class="field">
                <label for="filter-country">"Country"</label>
                <select
                    id="filter-country"
                    on:change=move |ev| {
                        let v = event_target_value(&ev);
                        change(&|q| q.country = (!v.is_empty()).then(|| v.clone()), false);
                    }
                >
                    <option value="" selected=move || query.get().country.is_none()>
                        "All countries"
                    </option>
                    {country_options}
                </select>
            </div>
            <div class="field">
                <label for="filter-type">"Type"</label>
                <select
                    id="filter-type"
                    on:change=move |ev| {
                        let v = event_target_value(&ev);
                        change(&|q| q.kind = AlertType::from_key(&v), false);
                    }
                >
                    <option value="" selected=move || query.get().kind.is_none()>
                        "All types"
                    </option>
                    {type_options}
                </select>
            </div>
            <div class="field">
                <label for="filter-year">"Year"</label>
                <select
                    id="filter-year"
                    on:change=move |ev| {
                        let v = event_target_value(&ev);
                        change(&|q| q.year = v.parse().ok(), false);
                    }
                >
                    <option value="" selected=move || query.get().year.is_none()>
                        "All years"
                    </option>
                    {year_options}
                </select>
            </div>
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
