//! `/countries/:code`: one country's alerts as a timeline grouped by year,
//! with its series linked.

use crate::components::embed_dialog::EmbedDialog;
use crate::components::load_error::LoadErrorView;
use crate::components::loading::Loading;
use crate::components::page_heading::PageHeading;
use crate::components::type_badge::TypeBadge;
use crate::data::AppData;
use crate::dom;
use crate::routes::not_found::NotFound;
use alert_model::countries::country_name;
use alert_model::embed::EmbedTarget;
use alert_model::timeline::{country_timeline, series_for_country};
use alert_model::Catalog;
use leptos::prelude::*;
use leptos_router::components::A;
use leptos_router::hooks::use_params_map;
use std::sync::Arc;

#[component]
pub fn CountryPage() -> impl IntoView {
    let params = use_params_map();
    let code = Memo::new(move |_| {
        params
            .read()
            .get("code")
            .unwrap_or_default()
            .to_ascii_uppercase()
    });
    let data = AppData::get();
    move || {
        let code = code.get();
        let Some(name) = country_name(&code) else {
            return view! { <NotFound what=format!("“{code}” is not a country code we know.") /> }
                .into_any();
        };
        dom::set_title(&format!("{name} · {}", data.site_name()));
        dom::reveal_app();
        match data.catalog.get() {
            None => view! { <Loading what="the timeline" /> }.into_any(),
            Some(Err(e)) => {
                view! { <LoadErrorView error=e retry=move || data.catalog.refetch() /> }.into_any()
            }
            Some(Ok(catalog)) => view! { <Timeline catalog code name /> }.into_any(),
        }
    }
}

#[component]
fn Timeline(catalog: Arc<Catalog>, code: String, name: &'static str) -> impl IntoView {
    let groups = country_timeline(&catalog, &code);
    let total: usize = groups.iter().map(|g| g.entries.len()).sum();
    let list_query = format!("?country={code}");
    let series =
        series_for_country(&catalog, &code)
            .into_iter()
            .filter(|s| s.members.len() > 1)
            .map(|s| {
                let members = s
                .members
                .iter()
                .map(|e| {
                    let n = e.series.as_ref().map_or(0, |s| s.number);
                    let label = if n == 0 { "Original".to_string() } else { format!("Update {n}") };
                    view! {
                        <li>
                            <A href=dom::href(&format!("/alerts/{}{list_query}", e.id))>{label}</A>
                        </li>
                    }
                })
                .collect_view();
                view! {
                    <li class="series-summary">
                        <span class="series-name">{s.name().to_string()}</span>
                        <ol class="series-chain">{members}</ol>
                    </li>
                }
            })
            .collect_view();
    let years = groups
        .into_iter()
        .map(|g| {
            let entries = g
                .entries
                .into_iter()
                .map(|e| {
                    let series = e.series.as_ref().map(|s| {
                        let label = if s.number == 0 {
                            "Original alert".to_string()
                        } else {
                            format!("Update {}", s.number)
                        };
                        view! { <span class="series-label" data-series=s.id.clone()>{label}</span> }
                    });
                    let in_series = e.series.is_some();
                    let (datetime, date) = (e.published.calendar(), dom::short_date(&e.published));
                    let kind = e.kind;
                    let href = dom::href(&format!("/alerts/{}{list_query}", e.id));
                    let (title, summary) = (e.title.clone(), e.summary.clone());
                    view! {
                        <li class="event" class:in-series=in_series>
                            <p class="card-meta">
                                <time datetime=datetime>{date}</time>
                                <TypeBadge kind />
                                {series}
                            </p>
                            <h3 class="event-title">
                                <A href>{title}</A>
                            </h3>
                            <p class="card-summary">{summary}</p>
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
    let noun = if total == 1 { "alert" } else { "alerts" };
    view! {
        <div class="country">
            <p class="back">
                <A href=dom::href("/")>"← All alerts"</A>
            </p>
            <PageHeading>{name}</PageHeading>
            <p class="lede">
                {format!("{total} {noun} that name {name}, newest first. ")}
                <A href=dom::href(&format!("/?country={code}"))>"Filter the archive by this country"</A>
            </p>
            <EmbedDialog target=EmbedTarget::Latest country=code.clone() />
            {(total == 0).then(|| view! { <p class="empty">"No published alert names this country yet."</p> })}
            <section class="series-list" aria-label="Series">
                <ul>{series}</ul>
            </section>
            <div class="timeline">{years}</div>
        </div>
    }
}
