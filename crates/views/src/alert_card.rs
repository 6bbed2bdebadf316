//! One alert in a list: enough to choose whether to read it.

use crate::env::href;
use crate::i18n::use_words;
use crate::type_badge::TypeBadge;
use alert_model::alert::direction_of;
use alert_model::i18n::words::series_label;
use alert_model::IndexEntry;
use leptos::prelude::*;

/// `list_query` is the list's own query (`?country=AZ`), carried into the
/// alert's link so Previous/Next stay within this list.
#[component]
pub fn AlertCard(entry: IndexEntry, #[prop(into)] list_query: String) -> impl IntoView {
    let link = href(&format!("/alerts/{}{list_query}", entry.id));
    let words = use_words();
    let countries: Vec<String> = entry.countries.iter().map(|c| words.country(c)).collect();
    let countries = words.list(&countries);
    let series = entry
        .series
        .as_ref()
        .map(|s| series_label(&words, s.number));
    let dir = direction_of(&entry.language);
    view! {
        <article class="card" lang=entry.language.clone() dir=dir>
            // The interface's words, in its language, within the alert's card.
            <p class="card-meta" lang=words.lang()>
                <TypeBadge kind=entry.kind />
                <time datetime=entry.published.calendar()>{words.short_date(&entry.published)}</time>
                {series.map(|s| view! { <span class="series-label">{s}</span> })}
            </p>
            <h2 class="card-title">
                <a href=link>{entry.title.clone()}</a>
            </h2>
            <p class="card-countries" lang=words.lang()>{countries}</p>
            <p class="card-summary">{entry.summary.clone()}</p>
        </article>
    }
}
