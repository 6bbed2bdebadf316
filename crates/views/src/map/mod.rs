//! `/map`: where things stand. A world map coloured by each country's
//! latest alert along `site.json`'s `type_order`, its legend, and the same
//! facts as a sortable table (the situation board), under filters kept in
//! the address. The prerender writes it whole; the app adds the filters.

mod board_table;
mod lines;
mod map_filters;
mod map_legend;
mod world_map;

pub use board_table::BoardTable;
pub use lines::{in_region, lines, tone, Line};
pub use map_filters::MapFilters;
pub use map_legend::MapLegend;
pub use world_map::WorldMap;

use crate::i18n::use_words;
use crate::ignored_notice::IgnoredNotice;
use crate::page_heading::PageHeading;
use alert_model::overview::map_query::MapQuery;
use alert_model::overview::world::World;
use alert_model::reading::query::Ignored;
use alert_model::{AlertType, Catalog};
use leptos::prelude::*;
use std::sync::Arc;

/// `order` is `site.json`'s `type_order`. `on_change` receives the new
/// state; the prerender passes one that does nothing (its page loads the
/// app when the filters are used).
#[component]
pub fn MapView(
    catalog: Arc<Catalog>,
    world: Arc<World>,
    order: Vec<AlertType>,
    #[prop(into)] query: Signal<MapQuery>,
    #[prop(into)] ignored: Signal<Vec<Ignored>>,
    on_change: Callback<MapQuery>,
    /// The page's tools (Embed).
    children: Children,
) -> impl IntoView {
    let words = use_words();
    let w = words.clone();
    let o = order.clone();
    let all = Memo::new(move |_| lines(&catalog, &query.get(), &o, &w));
    let region = Signal::derive(move || query.get().region);
    // A region frames the map (its neighbours stay coloured) and narrows
    // the board to its countries.
    let shown = Signal::derive(move || in_region(all.get(), region.get()));
    let w = words.clone();
    let count = move || w.count("map.count", shown.with(Vec::len), &[]);
    let sort = Signal::derive(move || query.get().sort);
    let (heading, lede, disclaimer) = (
        words.text("map.heading"),
        words.text("map.lede"),
        words.text("map.disclaimer"),
    );
    view! {
        <div class="map-page">
            <PageHeading>{heading}</PageHeading>
            <p class="lede">{lede}</p>
            <div class="page-tools">{children()}</div>
            <MapFilters query on_change />
            <IgnoredNotice ignored />
            <p class="result-count" role="status" aria-live="polite">{count}</p>
            <figure class="world-map">
                <WorldMap world order=order.clone() lines=all region />
                <MapLegend order />
                <figcaption class="map-note">
                    {disclaimer}
                </figcaption>
            </figure>
            <BoardTable lines=shown sort query />
        </div>
    }
}
