//! `/alerts/:id/compare`: the update against the alert it follows (the
//! view is `alert_views::compare_view`). Needs the alert, the index (to
//! find the previous one), the site (its type order) and the previous
//! alert, each fetched once.

use crate::api::{self, LoadError};
use crate::components::page_state::page_state;
use crate::data::AppData;
use crate::dom;
use crate::routes::not_found::NotFound;
use alert_model::i18n::words::page_title;
use alert_model::since::{self, Since};
use alert_model::Alert;
use alert_views::compare_view::{self, CompareView};
use alert_views::i18n::use_words;
use leptos::prelude::*;
use leptos_router::hooks::use_params_map;
use std::sync::Arc;

#[component]
pub fn ComparePage() -> impl IntoView {
    let params = use_params_map();
    let id = Memo::new(move |_| params.read().get("id").unwrap_or_default());
    let alert = LocalResource::new(move || api::fetch_alert(id.get()));
    let data = AppData::get();
    let words = use_words();
    // What changed, once the alert, the index and the site are in.
    let since = Memo::new(move |_| -> Option<Result<Option<Since>, LoadError>> {
        let alert = match alert.get()? {
            Ok(a) => a,
            Err(e) => return Some(Err(e)),
        };
        let catalog = match data.catalog.get()? {
            Ok(c) => c,
            Err(e) => return Some(Err(e)),
        };
        let order = match data.site.get()? {
            Ok(site) => site.type_order.clone(),
            Err(_) => Vec::new(),
        };
        Some(Ok(since::for_alert(&alert, &catalog, &order)))
    });
    let previous_id = Memo::new(move |_| {
        since.with(|s| match s {
            Some(Ok(Some(s))) => Some(s.previous.id.clone()),
            _ => None,
        })
    });
    let previous = LocalResource::new(move || {
        let id = previous_id.get();
        async move {
            match id {
                Some(id) => Some(api::fetch_alert(id).await),
                None => None,
            }
        }
    });
    let w = words.clone();
    Effect::new(move |_| {
        if let (Some(Ok(a)), Some(Ok(Some(s)))) = (alert.get(), since.get()) {
            let what = format!("{}: {}", compare_view::title(&w, &s), a.title);
            dom::set_title(&page_title(&w, &what, &data.site_name()));
        }
    });
    move || {
        let state: Option<Result<(Arc<Alert>, Arc<Alert>, Since), LoadError>> =
            match (alert.get(), since.get(), previous.get()) {
                (Some(Err(LoadError::NotFound { .. })), _, _) => {
                    let what = words.fill("not_found.alert", &[("id", &id.get_untracked())]);
                    return view! { <NotFound what /> }.into_any();
                }
                // Nothing earlier in its series: nothing to compare with.
                (_, Some(Ok(None)), _) => {
                    let what = words.fill(
                        "not_found.alert",
                        &[("id", &format!("{}/compare", id.get_untracked()))],
                    );
                    return view! { <NotFound what /> }.into_any();
                }
                (_, Some(Err(e)), _) => Some(Err(e)),
                (Some(Ok(a)), Some(Ok(Some(s))), Some(Some(p))) => Some(p.map(|p| (a, p, s))),
                _ => None,
            };
        page_state(
            state,
            "loading.alert",
            move || {
                alert.refetch();
                previous.refetch();
            },
            |(alert, previous, since)| view! { <CompareView alert previous since /> }.into_any(),
        )
    }
}
