//! What the colours mean, each with its pattern and its name, so the map
//! does not rely on colour alone.

use super::lines::tone;
use crate::i18n::use_words;
use alert_model::AlertType;
use leptos::prelude::*;

/// The types in `order`, least grave first, then one entry for the types
/// it does not rank, then land without alerts.
#[component]
pub fn MapLegend(order: Vec<AlertType>) -> impl IntoView {
    let words = use_words();
    // Filled by the stylesheet, with the map's own patterns.
    let swatch = |tone: String| {
        view! {
            <svg class=format!("swatch {tone}") width="24" height="16" aria-hidden="true">
                <rect width="24" height="16" />
            </svg>
        }
    };
    let ranked = order
        .iter()
        .map(|k| {
            let t = tone(&order, *k);
            let shown = swatch(t.clone());
            view! { <li data-tone=t data-type=k.key()>{shown} {words.kind(*k)}</li> }
        })
        .collect_view();
    let unranked: Vec<String> = AlertType::ALL
        .iter()
        .filter(|k| !order.contains(k))
        .map(|k| words.kind(*k))
        .collect();
    let other = (!unranked.is_empty()).then(|| {
        view! { <li data-tone="other">{swatch("other".into())} {words.list(&unranked)}</li> }
    });
    view! {
        <ul class="map-legend" aria-label=words.text("map.legend")>
            {ranked}
            {other}
            <li data-tone="none">{swatch("none".into())} {words.text("map.no_alert")}</li>
        </ul>
    }
}
