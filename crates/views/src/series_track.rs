//! An alert's series as a small timeline: every published member, this one
//! marked, and a notice when a newer update exists.

use crate::env::href;
use crate::i18n::use_words;
use crate::keep_button::{KeepButton, Kept};
use alert_model::alert::direction_of;
use alert_model::i18n::words::{series_member, series_position};
use alert_model::reading::timeline::SeriesView;
use alert_model::{Catalog, Series};
use leptos::prelude::*;

#[component]
pub fn SeriesTrack(
    catalog: Option<std::sync::Arc<Catalog>>,
    series: Series,
    current_id: String,
) -> impl IntoView {
    let words = use_words();
    // The track's name for screen readers. The track is the interface's,
    // so it runs in the interface's direction whatever the alert's.
    let label_text = words.text("series.label");
    let Some(view) = catalog
        .as_deref()
        .and_then(|c| SeriesView::of(c, &series.id))
    else {
        // Not published yet (a draft opening a series), or no index: its place only.
        let label = series_position(&words, series.number, series.number);
        return view! {
            <nav class="series" aria-label=label_text lang=words.lang() dir=words.dir()>
                <p class="series-position">{label}</p>
            </nav>
        }
        .into_any();
    };
    let label = series_position(&words, series.number, view.last_number().max(series.number));
    let newer = view
        .newer_than(series.number)
        .map(|e| (e.id.clone(), e.title.clone(), e.language.clone()));
    let members = view
        .members
        .iter()
        .map(|e| {
            let name = series_member(&words, e.series.as_ref().map_or(0, |s| s.number));
            let date = words.short_date(&e.published);
            if e.id == current_id {
                view! {
                    <li class="current">
                        <span aria-current="page">
                            <strong>{name}</strong>
                            <span class="track-date">{date}</span>
                        </span>
                    </li>
                }
                .into_any()
            } else {
                view! {
                    <li>
                        <a href=href(&format!("/alerts/{}", e.id))>
                            <strong>{name}</strong>
                            <span class="track-date">{date}</span>
                        </a>
                    </li>
                }
                .into_any()
            }
        })
        .collect_view();
    view! {
        <nav class="series" aria-label=label_text lang=words.lang() dir=words.dir()>
            <p class="series-position">{label}</p>
            <ol class="series-track">{members}</ol>
            <KeepButton kept=Kept::Series(series.id.clone()) />
            {newer
                .map(|(id, title, lang)| {
                    view! {
                        <p class="notice notice-newer">
                            {words.text("series.newer")}
                            " "
                            <a href=href(&format!("/alerts/{id}")) dir=direction_of(&lang) lang=lang>{title}</a>
                        </p>
                    }
                })}
        </nav>
    }
    .into_any()
}
