//! The map's filters: a type, a "since" day and a region to frame. Before
//! the app is in, the page's loader keeps the address in step with them
//! and fetches the app, which applies the address when it starts; a plain
//! GET form in case the loader does not run. The app applies each change
//! at once.

use crate::env::href;
use crate::i18n::use_words;
use alert_model::overview::map_query::MapQuery;
use alert_model::overview::region::{Region, REGIONS};
use alert_model::{AlertType, Date};
use leptos::html;
use leptos::prelude::*;

#[component]
pub fn MapFilters(
    #[prop(into)] query: Signal<MapQuery>,
    on_change: Callback<MapQuery>,
) -> impl IntoView {
    let words = use_words();
    let w = words.clone();
    let types = move || {
        let chosen = query.get().kind;
        AlertType::ALL
            .into_iter()
            .map(
                |t| view! { <option value=t.key() selected=chosen == Some(t)>{w.kind(t)}</option> },
            )
            .collect_view()
    };
    let w = words.clone();
    let regions = move || {
        let chosen = query.get().region;
        REGIONS
            .into_iter()
            .map(|r| view! { <option value=r.key selected=chosen == Some(r)>{w.text(&r.message())}</option> })
            .collect_view()
    };
    let since = move || query.get().since.map(|d| d.calendar()).unwrap_or_default();
    let (kind, day, region) = (
        NodeRef::<html::Select>::new(),
        NodeRef::<html::Input>::new(),
        NodeRef::<html::Select>::new(),
    );
    // The fields as a query: the app's way of applying them.
    let apply = move || {
        let mut q = query.get_untracked();
        q.kind = kind
            .get_untracked()
            .and_then(|s| AlertType::from_key(&s.value()));
        q.since = day
            .get_untracked()
            .and_then(|i| Date::parse(&i.value()).ok());
        q.region = region
            .get_untracked()
            .and_then(|s| Region::from_key(&s.value()));
        on_change.run(q);
    };
    let submitted = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        apply();
    };
    view! {
        <form
            class="map-filters needs-script"
            method="get"
            action=href("/map")
            data-app-form
            data-failed=words.text("app.failed")
            on:change=move |_| apply() on:submit=submitted>
            <label>
                {words.text("filter.type")}
                <select name="type" node_ref=kind>
                    <option value="">{words.text("filter.all_types")}</option>
                    {types}
                </select>
            </label>
            <label>
                {words.text("map.since")}
                <input type="date" name="since" node_ref=day prop:value=since value=since />
            </label>
            <label>
                {words.text("map.region")}
                <select name="region" node_ref=region>
                    <option value="">{words.text("map.whole_world")}</option>
                    {regions}
                </select>
            </label>
            <button type="submit" class="button">{words.text("map.apply")}</button>
        </form>
    }
}
