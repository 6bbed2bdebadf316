//! One alert in a list: enough to choose whether to read it.

use crate::components::type_badge::TypeBadge;
use crate::dom;
use alert_model::countries::country_name;
use alert_model::IndexEntry;
use leptos::prelude::*;
use leptos_router::components::A;

/// `list_query` is the list's own query (`?country=AZ`), carried into the
/// alert's link so Previous/Next stay within this list.
#[component]
pub fn AlertCard(entry: IndexEntry, #[prop(into)] list_query: String) -> impl IntoView {
    let href = format!("/alerts/{}{list_query}", entry.id);
    let countries = entry
        .countries
        .iter()
        .map(|c| country_name(c).unwrap_or(c))
        .collect::<Vec<_>>()
        .join(", ");
    let series = entry.series.as_ref().map(|s| {
        if s.number == 0 {
            "Original alert".to_string()
        } else {
            format!("Update {}", s.number)
        }
    });
    let dir = if alert_model::alert::is_rtl_language(&entry.language) {
        "rtl"
    } else {
        "ltr"
    };
    view! {
        <article class="card" lang=entry.language.clone() dir=dir>
            <p class="card-meta">
                <TypeBadge kind=entry.kind />
                <time datetime=entry.published.calendar()>{dom::short_date(&entry.published)}</time>
                {series.map(|s| view! { <span class="series-label">{s}</span> })}
            </p>
            <h2 class="card-title">
                <A href=dom::href(&href)>{entry.title.clone()}</A>
            </h2>
            <p class="card-countries">{countries}</p>
            <p class="card-summary">{entry.summary.clone()}</p>
        </article>
    }
}
