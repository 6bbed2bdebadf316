//! "Since Update 2 (3 March 2024)": under an update's title, what changed
//! since the alert it follows, in the staff's words and the model's
//! (`alert_model::reading::since`), with the way to the Compare box.

use crate::field_marks::mark;
use crate::i18n::use_words;
use alert_model::reading::since::Since;
use leptos::prelude::*;

/// `lang` and `dir` are the alert's, for the staff's own points;
/// `compare` the address of the Compare box (none for a draft, which has
/// none).
#[component]
pub fn SinceBox(
    since: Since,
    lang: String,
    dir: &'static str,
    compare: Option<String>,
) -> impl IntoView {
    let words = use_words();
    let points = (!since.points.is_empty()).then(|| {
        view! {
            <ul class="since-points" lang=lang dir=dir>
                {since.points.iter().map(|p| view! { <li>{p.clone()}</li> }).collect_view()}
            </ul>
        }
    });
    let facts = (!since.facts.is_empty()).then(|| {
        view! {
            <ul class="since-facts">
                {since.facts.iter().map(|f| view! { <li>{f.describe(&words)}</li> }).collect_view()}
            </ul>
        }
    });
    // Without points or facts the heading would stand over nothing.
    let unchanged = (since.points.is_empty() && since.facts.is_empty())
        .then(|| view! { <p class="since-unchanged">{words.text("since.unchanged")}</p> });
    let compare = compare.map(|href| {
        view! {
            <p class="since-compare">
                // The prerendered page's box (`compare_box`): the app's view
                // loads that page rather than route to it.
                <a href=href rel="external">{since.compare(&words)}</a>
            </p>
        }
    });
    view! {
        <section class="since" aria-labelledby="since-title" lang=words.lang() dir=words.dir() data-path=mark("changes")>
            <h2 class="since-title" id="since-title">{since.heading(&words)}</h2>
            {points}
            {facts}
            {unchanged}
            {compare}
        </section>
    }
}
