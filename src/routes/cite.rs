//! `/alerts/:id/cite`: "Cite this alert" (the view is
//! `alert_views::cite_view`). The permanent address comes from
//! `site.json`'s `reader_url`, else from where the reader is served.

use crate::api::{self, LoadError};
use crate::components::page_state::page_state;
use crate::data::AppData;
use crate::dom;
use crate::routes::not_found::NotFound;
use alert_model::cite::Citation;
use alert_model::i18n::words::page_title;
use alert_views::cite_view::CiteView;
use alert_views::i18n::use_words;
use leptos::prelude::*;
use leptos_router::hooks::use_params_map;

#[component]
pub fn CitePage() -> impl IntoView {
    let params = use_params_map();
    let id = Memo::new(move |_| params.read().get("id").unwrap_or_default());
    let alert = LocalResource::new(move || api::fetch_alert(id.get()));
    let data = AppData::get();
    let words = use_words();
    let w = words.clone();
    Effect::new(move |_| {
        if let Some(Ok(a)) = alert.get() {
            let what = w.fill("cite.page_title", &[("title", &a.title)]);
            dom::set_title(&page_title(&w, &what, &data.site_name()));
        }
    });
    move || {
        let state = match (alert.get(), data.site.get()) {
            (Some(Err(LoadError::NotFound { .. })), _) => {
                let what = words.fill("not_found.alert", &[("id", &id.get_untracked())]);
                return view! { <NotFound what /> }.into_any();
            }
            (Some(Err(e)), _) | (_, Some(Err(e))) => Some(Err(e)),
            (Some(Ok(a)), Some(Ok(site))) => {
                let path = format!("/alerts/{}", a.id);
                let url = match &site.reader_url {
                    Some(base) => alert_model::public_address::join(base, &path),
                    None => dom::absolute(&dom::file_href(&path)),
                };
                Some(Ok(Citation::new(&a, &site.name, url)))
            }
            _ => None,
        };
        page_state(
            state,
            "loading.alert",
            move || alert.refetch(),
            |citation| view! { <CiteView citation /> }.into_any(),
        )
    }
}
