//! `/embed/latest`, `/embed/alert/:id` and `/embed/board`: compact panels for partner
//! sites, without site chrome. Only published alerts appear (the index holds
//! no drafts or withdrawn alerts), and every link opens the full reader in a
//! new tab.

use crate::components::embed_frame::EmbedFrame;
use crate::components::loading::Loading;
use crate::data::AppData;
use crate::dom;
use alert_model::alert::direction_of;
use alert_model::i18n::Messages;
use alert_model::outputs::embed::{latest, EmbedOptions, Refused};
use alert_model::overview::map_query::{MapQuery, Sort};
use alert_model::IndexEntry;
use alert_views::i18n::use_words;
use alert_views::map::{in_region, lines, BoardTable, MapLegend, WorldMap};
use alert_views::type_badge::TypeBadge;
use leptos::prelude::*;
use leptos_router::hooks::{use_params_map, use_query_map};

fn use_embed_options() -> Memo<(EmbedOptions, Vec<Refused>)> {
    let map = use_query_map();
    Memo::new(move |_| {
        let map = map.read();
        let pairs: Vec<(&str, String)> = EmbedOptions::KEYS
            .into_iter()
            .filter_map(|k| map.get(k).map(|v| (k, v)))
            .collect();
        EmbedOptions::from_pairs(pairs.iter().map(|(k, v)| (*k, v.as_str())))
    })
}

/// An absolute address in the full reader, in the panel's language, for
/// links out of the frame. Resolved against the page's address, not its
/// origin: in a sandbox without `allow-same-origin` (WordPress) the origin
/// is "null".
fn reader_url(app_path: &str) -> String {
    let href = dom::href_in(dom::language(), app_path);
    let here = window().location().href().unwrap_or_default();
    web_sys::Url::new_with_base(&href, &here)
        .map(|u| u.href())
        .unwrap_or(href)
}

#[component]
pub fn EmbedLatest() -> impl IntoView {
    let data = AppData::get();
    let options = use_embed_options();
    let w = use_words();
    move || {
        let w = w.clone();
        let (o, refused) = options.get();
        let title = match o.country.as_deref() {
            Some(code) => w.fill("panel.latest_for", &[("country", &w.country(code))]),
            None => w.text("panel.latest"),
        };
        dom::set_title(&title);
        let more = match &o.country {
            Some(c) => reader_url(&format!("/countries/{c}")),
            None => reader_url("/"),
        };
        let body = match data.catalog.get() {
            None => view! { <Loading what="loading.alerts" /> }.into_any(),
            Some(Err(_)) => view! { <p>{w.text("panel.none")}</p> }.into_any(),
            Some(Ok(catalog)) => {
                let items: Vec<IndexEntry> = latest(&catalog, &o).into_iter().cloned().collect();
                if items.is_empty() {
                    view! { <p>{w.text("panel.none")}</p> }.into_any()
                } else {
                    let list = items.into_iter().map(|e| item(&w, e)).collect_view();
                    view! { <ol class="embed-list">{list}</ol> }.into_any()
                }
            }
        };
        view! {
            <EmbedFrame options=o.clone() refused>
                <h1>{title}</h1>
                {body}
                <p class="embed-more">
                    <a href=more target="_blank" rel="noopener noreferrer">
                        {w.text("panel.all_alerts")}
                    </a>
                </p>
            </EmbedFrame>
        }
    }
}

fn item(w: &Messages, e: IndexEntry) -> impl IntoView {
    let href = reader_url(&format!("/alerts/{}", e.id));
    view! {
        <li>
            <p class="card-meta">
                <TypeBadge kind=e.kind />
                <time datetime=e.published.calendar()>{w.short_date(&e.published)}</time>
            </p>
            <a class="embed-link" href=href target="_blank" rel="noopener noreferrer" lang=e.language.clone() dir=direction_of(&e.language)>
                {e.title.clone()}
            </a>
            <p class="embed-summary" lang=e.language.clone() dir=direction_of(&e.language)>{e.summary.clone()}</p>
        </li>
    }
}

#[component]
pub fn EmbedAlert() -> impl IntoView {
    let data = AppData::get();
    let options = use_embed_options();
    let params = use_params_map();
    let w = use_words();
    move || {
        let w = w.clone();
        let (o, refused) = options.get();
        let id = params.read().get("id").unwrap_or_default();
        let body = match data.catalog.get() {
            None => view! { <Loading what="loading.alert" /> }.into_any(),
            Some(Err(_)) => view! { <p>{w.text("panel.unavailable")}</p> }.into_any(),
            Some(Ok(catalog)) => match catalog.get(&id).cloned() {
                // Drafts and withdrawn alerts are not in the index.
                None => view! {
                    <h1>{w.text("panel.unavailable")}</h1>
                    <p class="embed-more">
                        <a href=reader_url("/") target="_blank" rel="noopener noreferrer">{w.text("panel.all_alerts")}</a>
                    </p>
                }
                .into_any(),
                Some(e) => {
                    dom::set_title(&e.title);
                    let href = reader_url(&format!("/alerts/{}", e.id));
                    view! {
                        <p class="card-meta">
                            <TypeBadge kind=e.kind />
                            <time datetime=e.published.calendar()>{w.long_date(&e.published)}</time>
                        </p>
                        <h1 class="embed-alert-title" lang=e.language.clone() dir=direction_of(&e.language)>{e.title.clone()}</h1>
                        <p class="embed-summary" lang=e.language.clone() dir=direction_of(&e.language)>{e.summary.clone()}</p>
                        <p class="embed-more">
                            <a href=href target="_blank" rel="noopener noreferrer">{w.text("panel.read_full")}</a>
                        </p>
                    }
                    .into_any()
                }
            },
        };
        view! {
            <EmbedFrame options=o.clone() refused>
                {body}
            </EmbedFrame>
        }
    }
}

/// `/embed/board`: the map and situation board for a partner, framed on
/// the region the partner chose (`?region=south-caucasus`).
#[component]
pub fn EmbedBoard() -> impl IntoView {
    let data = AppData::get();
    let options = use_embed_options();
    let world = LocalResource::new(crate::api::fetch_world);
    let w = use_words();
    move || {
        let w = w.clone();
        let (o, refused) = options.get();
        let title = match o.region {
            Some(r) => w.fill("panel.board_for", &[("region", &w.text(&r.message()))]),
            None => w.text("panel.board"),
        };
        dom::set_title(&title);
        let query = MapQuery {
            region: o.region,
            ..MapQuery::default()
        };
        let more = reader_url(&format!("/map{}", query.to_query_string()));
        let loaded = (data.site.get(), data.catalog.get(), world.get());
        let body = match loaded {
            (Some(Ok(site)), Some(Ok(catalog)), Some(Ok(world))) => {
                let order = site.type_order.clone();
                let all = lines(&catalog, &query, &order, &w);
                let shown = in_region(all.clone(), o.region);
                // Compact: the table alone, for a narrow column; the map
                // needs the width (and its note goes with it).
                let map = (!o.compact).then(|| {
                    view! {
                        <WorldMap world order=order.clone() lines=all region=o.region />
                        <MapLegend order />
                        <p class="map-note">{w.text("map.disclaimer")}</p>
                    }
                });
                view! {
                    {map}
                    <BoardTable lines=shown sort=Sort::Gravity query />
                }
                .into_any()
            }
            (Some(Err(_)), _, _) | (_, Some(Err(_)), _) | (_, _, Some(Err(_))) => {
                view! { <p>{w.text("panel.none")}</p> }.into_any()
            }
            _ => view! { <Loading what="loading.alerts" /> }.into_any(),
        };
        view! {
            <EmbedFrame options=o.clone() refused>
                <h1>{title}</h1>
                <div class="embed-board">{body}</div>
                <p class="embed-more">
                    <a href=more target="_blank" rel="noopener noreferrer">
                        {w.text("panel.open_map")}
                    </a>
                </p>
            </EmbedFrame>
        }
    }
}
