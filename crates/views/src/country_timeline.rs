//! `/countries/:code` (and `/countries/:code/page/:n` for older alerts):
//! one country's alerts as a timeline grouped by year, with their series
//! linked. The first page also carries the chart, Follow and the page's
//! tools.

use crate::alerts_chart::AlertsChart;
use crate::env::href;
use crate::follow::Follow;
use crate::i18n::use_words;
use crate::keep_button::{KeepButton, Kept};
use crate::page_heading::PageHeading;
use crate::pager::Pager;
use crate::type_badge::TypeBadge;
use alert_model::alert::direction_of;
use alert_model::i18n::words::{country_lede, page_position, series_label, series_member};
use alert_model::outputs::follow;
use alert_model::reading::timeline::{country_page, country_path, series_among};
use alert_model::Catalog;
use leptos::prelude::*;

/// `page` is from 1 and within the country's pages (the caller checks, see
/// `country_pages`); `children` are the page's tools (Embed).
#[component]
pub fn CountryTimeline(
    catalog: std::sync::Arc<Catalog>,
    code: String,
    name: String,
    page: usize,
    children: Children,
) -> impl IntoView {
    let words = use_words();
    let Some(shown) = country_page(&catalog, &code, page) else {
        return ().into_any();
    };
    let (total, number, pages) = (shown.total, shown.number, shown.pages);
    let lede = country_lede(&words, total, &name);
    // A reader who lands on an older page learns where they are at once.
    let position = (number > 1).then(|| {
        let position = page_position(&words, number, pages);
        view! { <p class="page-position"><strong>{position}</strong></p> }
    });
    let list_query = format!("?country={code}");
    let pager_code = code.clone();
    let series: Vec<_> = series_among(&catalog, shown.entries())
        .into_iter()
        .filter(|s| s.members.len() > 1)
        .collect();
    let has_series = !series.is_empty();
    let series = series
        .into_iter()
        .map(|s| {
            let members = s
                .members
                .iter()
                .map(|e| {
                    let label = series_member(&words, e.series.as_ref().map_or(0, |s| s.number));
                    view! {
                        <li>
                            <a href=href(&format!("/alerts/{}{list_query}", e.id))>{label}</a>
                        </li>
                    }
                })
                .collect_view();
            // The series is named by its first member's title, in its language.
            let lang = s.members.first().map_or_else(String::new, |e| e.language.clone());
            view! {
                <li class="series-summary">
                    <span class="series-name" lang=lang.clone() dir=direction_of(&lang)>{s.name().to_string()}</span>
                    <ol class="series-chain">{members}</ol>
                </li>
            }
        })
        .collect_view();
    let years = shown
        .groups
        .into_iter()
        .map(|g| {
            let entries = g
                .entries
                .into_iter()
                .map(|e| {
                    let series = e.series.as_ref().map(|s| {
                        view! { <span class="series-label" data-series=s.id.clone()>{series_label(&words, s.number)}</span> }
                    });
                    let class = if e.series.is_some() { "event in-series" } else { "event" };
                    view! {
                        <li class=class>
                            <p class="card-meta">
                                <time datetime=e.published.calendar()>{words.short_date(&e.published)}</time>
                                <TypeBadge kind=e.kind />
                                {series}
                            </p>
                            <h3 class="event-title" lang=e.language.clone() dir=direction_of(&e.language)>
                                <a href=href(&format!("/alerts/{}{list_query}", e.id))>{e.title.clone()}</a>
                            </h3>
                            <p class="card-summary" lang=e.language.clone() dir=direction_of(&e.language)>{e.summary.clone()}</p>
                        </li>
                    }
                })
                .collect_view();
            let heading_id = format!("year-{}", g.year);
            view! {
                <section class="year" aria-labelledby=heading_id.clone()>
                    <h2 id=heading_id.clone() class="year-heading">{g.year.to_string()}</h2>
                    <ol class="events">{entries}</ol>
                </section>
            }
        })
        .collect_view();
    view! {
        <div class="country">
            <p class="back">
                <a href=href("/")>{words.text("country.back")}</a>
            </p>
            <PageHeading>{name}</PageHeading>
            {if total == 0 {
                // Nothing to filter, follow or embed yet.
                view! { <p class="empty">{words.text("country.empty")}</p> }.into_any()
            } else {
                view! {
                    <p class="lede">
                        {lede}
                        " "
                        <a href=href(&format!("/{list_query}"))>{words.text("country.filter")}</a>
                    </p>
                    {position}
                    {(number == 1).then(|| view! {
                        <div class="page-tools">{children()} <KeepButton kept=Kept::Country(code.clone()) /></div>
                        <Follow feed=follow::country(&code) />
                        <AlertsChart catalog=catalog.clone() country=Some(code.clone()) />
                    })}
                    {has_series.then(|| view! {
                        <section class="series-list" aria-label=words.text("series.list")>
                            <ul>{series}</ul>
                        </section>
                    })}
                    <div class="timeline">{years}</div>
                    <Pager number pages path=move |n| country_path(&pager_code, n) />
                }
                .into_any()
            }}
        </div>
    }
    .into_any()
}
