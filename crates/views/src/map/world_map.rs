//! The map itself: every country's shape, and for each country with an
//! alert a link to its page, coloured by its tone and patterned so the
//! colour is not the only sign. Small places get a point marker too, big
//! enough to tap.

use super::lines::{label, Line};
use crate::env::href;
use crate::i18n::use_words;
use alert_model::overview::region::Region;
use alert_model::overview::world::World;
use alert_model::AlertType;
use leptos::prelude::*;
use std::sync::Arc;

/// The tones with a pattern of their own (`rank-0` … `rank-4`, `other`).
pub const PATTERNS: [&str; 6] = ["rank-0", "rank-1", "rank-2", "rank-3", "rank-4", "other"];

/// `order` is site.json's `type_order`: the type each ranked tone stands
/// for, whose badge colour it takes (map.css), so a Red Flag country is
/// the red of the Red Flag badge and the chart.
#[component]
pub fn WorldMap(
    world: Arc<World>,
    order: Vec<AlertType>,
    #[prop(into)] lines: Signal<Vec<Line>>,
    #[prop(into)] region: Signal<Option<Region>>,
) -> impl IntoView {
    let words = use_words();
    let w = world.clone();
    let frame = Memo::new(move |_| {
        let codes: Vec<&str> = region
            .get()
            .map(|r| r.countries.to_vec())
            .unwrap_or_default();
        w.view_box(&codes)
    });
    // How much of the map's width the frame shows, in thousandths:
    // patterns and markers shrink with it, so that a region's close-up
    // keeps their size on screen (strokes do not scale: see map.css).
    // Whole numbers only, so the wasm carries no float formatting.
    let width = (world.width as i32).max(1);
    let permille = move || frame.get().width * 1000 / width;
    // The land without alerts never changes: drawn once, hidden from
    // assistive technology (the links and the table say it all).
    let land = world
        .countries
        .values()
        .map(|s| view! { <path d=s.d.clone() /> })
        .collect_view();
    let patterns = PATTERNS
        .iter()
        .map(|tone| {
            let kind = tone
                .strip_prefix("rank-")
                .and_then(|i| i.parse::<usize>().ok())
                .and_then(|i| order.get(i))
                .map(|k| k.key());
            view! {
                <pattern id=format!("tone-{tone}") class=format!("tone {tone}") data-type=kind width="8" height="8" patternUnits="userSpaceOnUse" patternTransform=move || { let p = permille(); format!("scale({}.{:03})", p / 1000, p % 1000) }>
                    <rect width="8" height="8" />
                    <path class="ink" d=ink(tone) />
                </pattern>
            }
        })
        .collect_view();
    let w = world.clone();
    let places = move || {
        lines
            .get()
            .into_iter()
            .filter_map(|line| {
                let shape = w.countries.get(&line.code)?;
                let marker = shape.small.then(|| {
                    view! { <circle class="marker" cx=shape.c[0].to_string() cy=shape.c[1].to_string() r=(7 * permille() / 1000).max(1).to_string() /> }
                });
                let name = label(&words, &line);
                // In a <g> so that the macro makes an SVG <a>, not HTML's.
                Some(view! {
                    <g>
                        <a href=href(&format!("/countries/{}", line.code)) aria-label=name class=format!("place {}", line.tone) data-country=line.code.clone() data-tone=line.tone.clone()>
                            <path d=shape.d.clone() />
                            {marker}
                        </a>
                    </g>
                })
            })
            .collect_view()
    };
    view! {
        <svg class="map-svg" viewBox=move || frame.get().to_string() width=world.width.to_string() height=world.height.to_string() aria-labelledby="map-title" role="group">
            <title id="map-title">{use_words().text("map.title")}</title>
            <defs>{patterns}</defs>
            <g class="land" aria-hidden="true">{land}</g>
            <g class="places">{places}</g>
        </svg>
    }
}

/// Each tone's pattern over its colour: the graver, the denser.
fn ink(tone: &str) -> &'static str {
    match tone {
        "rank-0" => "M0,8L8,0",
        "rank-1" => "M0,8L8,0M0,4L4,0M4,8L8,4",
        "rank-2" => "M0,8L8,0M0,0L8,8",
        "rank-3" => "M0,8L8,0M0,0L8,8M0,4L8,4",
        "rank-4" => "M0,8L8,0M0,0L8,8M0,4L8,4M4,0L4,8",
        _ => "M2,4h4",
    }
}
