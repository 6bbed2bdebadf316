//! An alert's series as a small timeline: every published member, this one
//! marked, and a notice when a newer update exists.

use crate::dom;
use alert_model::timeline::SeriesView;
use alert_model::{Catalog, Series};
use leptos::prelude::*;
use leptos_router::components::A;
use std::sync::Arc;

#[component]
pub fn SeriesTrack(catalog: Arc<Catalog>, series: Series, current_id: String) -> impl IntoView {
    let Some(view) = SeriesView::of(&catalog, &series.id) else {
        // Not published yet (a draft opening a series): its place only.
        return view! { <p class="series-position">{view_label(&series)}</p> }.into_any();
    };
    let label = view.position_label(&series);
    let newer = view
        .newer_than(series.number)
        .map(|e| (e.id.clone(), e.title.clone()));
    let members = view
        .members
        .iter()
        .map(|e| {
            let number = e.series.as_ref().map_or(0, |s| s.number);
            let name = if number == 0 {
                "Original".to_string()
            } else {
                format!("Update {number}")
            };
            let date = dom::short_date(&e.published);
            let is_current = e.id == current_id;
            let href = format!("/alerts/{}", e.id);
            view! {
                <li class:current=is_current>
                    {if is_current {
                        view! {
                            <span aria-current="page">
                                <strong>{name}</strong>
                                <span class="track-date">{date}</span>
                            </span>
                        }
                            .into_any()
                    } else {
                        view! {
                            <A href=dom::href(&href)>
                                <strong>{name}</strong>
                                <span class="track-date">{date}</span>
                            </A>
                        }
                            .into_any()
                    }}
                </li>
            }
        })
        .collect_view();
    view! {
        <nav class="series" aria-label="Alerts in this series">
            <p class="series-position">{label}</p>
            <ol class="series-track">{members}</ol>
            {newer
                .map(|(id, title)| {
                    view! {
                        <p class="notice notice-newer">
                            "A newer update in this series exists: "
                            <A href=dom::href(&format!("/alerts/{id}"))>{title}</A>
                        </p>
                    }
                })}
        </nav>
    }
    .into_any()
}

fn view_label(series: &Series) -> String {
    alert_model::timeline::position_label(series.number, series.number)
}
