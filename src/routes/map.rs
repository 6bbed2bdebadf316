//! `/map`: the world map and situation board (the view is
//! `alert_views::map`). The app adds what the prerendered page cannot:
//! filters, a region and a sort order from the address, applied at once.

use crate::api::{self, LoadError};
use crate::components::embed_dialog::EmbedDialog;
use crate::components::page_state::page_state;
use crate::data::AppData;
use crate::dom;
use alert_model::i18n::words::page_title;
use alert_model::outputs::embed::EmbedTarget;
use alert_model::overview::map_query::{MapQuery, KEYS};
use alert_model::overview::world::World;
use alert_model::{Catalog, Site};
use alert_views::i18n::use_words;
use alert_views::map::MapView;
use leptos::prelude::*;
use leptos_router::hooks::{use_navigate, use_query_map};
use leptos_router::NavigateOptions;
use std::sync::Arc;

#[component]
pub fn MapPage() -> impl IntoView {
    let data = AppData::get();
    let words = use_words();
    Effect::new(move |_| {
        dom::set_title(&page_title(
            &words,
            &words.text("map.heading"),
            &data.site_name(),
        ))
    });
    let world = LocalResource::new(api::fetch_world);
    let map = use_query_map();
    let state = Memo::new(move |_| {
        let map = map.read();
        let pairs: Vec<(&str, String)> = KEYS
            .into_iter()
            .filter_map(|k| map.get(k).map(|v| (k, v)))
            .collect();
        MapQuery::from_pairs(pairs.iter().map(|(k, v)| (*k, v.as_str())))
    });
    let query = Signal::derive(move || state.get().0);
    let ignored = Signal::derive(move || state.get().1);
    let navigate = use_navigate();
    let on_change = Callback::new(move |q: MapQuery| {
        let options = NavigateOptions {
            scroll: false,
            ..Default::default()
        };
        navigate(&format!("/map{}", q.to_query_string()), options);
    });
    move || {
        page_state(
            all_of(data.site.get(), data.catalog.get(), world.get()),
            "loading.alerts",
            move || {
                data.site.refetch();
                data.catalog.refetch();
                world.refetch();
            },
            |(site, catalog, world)| {
                // Embed pressed on the prerendered page before the app was in.
                request_animation_frame(dom::finish_pending_action);
                view! {
                    <MapView catalog world order=site.type_order.clone() query ignored on_change>
                        <EmbedDialog target=EmbedTarget::Board />
                    </MapView>
                }
                .into_any()
            },
        )
    }
}

type Loaded<T> = Option<Result<Arc<T>, LoadError>>;
/// What the map is drawn from.
type Files = (Arc<Site>, Arc<Catalog>, Arc<World>);

/// The three files together: the first failure, or all of them once in.
fn all_of(
    site: Loaded<Site>,
    catalog: Loaded<Catalog>,
    world: Loaded<World>,
) -> Option<Result<Files, LoadError>> {
    match (site, catalog, world) {
        (Some(Err(e)), _, _) | (_, Some(Err(e)), _) | (_, _, Some(Err(e))) => Some(Err(e)),
        (Some(Ok(s)), Some(Ok(c)), Some(Ok(w))) => Some(Ok((s, c, w))),
        _ => None,
    }
}
