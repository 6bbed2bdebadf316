//! `/alerts/:id`: one alert, with Previous/Next through the list the reader
//! came from (its filters ride along in the query).

use crate::api::{self, LoadError};
use crate::components::alert_article::AlertArticle;
use crate::components::embed_dialog::EmbedDialog;
use crate::components::load_error::LoadErrorView;
use crate::components::loading::Loading;
use crate::components::prev_next::PrevNext;
use crate::data::AppData;
use crate::dom;
use crate::routes::not_found::NotFound;
use crate::routes::use_list_query;
use alert_model::embed::EmbedTarget;
use alert_model::nav;
use alert_model::{Alert, Query, Status};
use leptos::prelude::*;
use leptos_router::components::A;
use leptos_router::hooks::{use_navigate, use_params_map};
use std::sync::Arc;

#[component]
pub fn AlertPage() -> impl IntoView {
    let params = use_params_map();
    let id = Memo::new(move |_| params.read().get("id").unwrap_or_default());
    let alert = LocalResource::new(move || api::fetch_alert(id.get()));
    let list = use_list_query();
    let list_query = Memo::new(move |_| list.get().0.first_page());
    let data = AppData::get();

    view! {
        <div class="alert-page">
            <p class="back">
                <A href=move || dom::href(&format!("/{}", list_query.get().to_query_string()))>"← Back to alerts"</A>
            </p>
            {move || match alert.get() {
                None => view! { <Loading what="the alert" /> }.into_any(),
                Some(result) => {
                    dom::reveal_app();
                    loaded(result, id, list_query, alert, data)
                }
            }}
        </div>
    }
}

/// The alert, or why it could not be shown.
fn loaded(
    result: Result<Arc<Alert>, LoadError>,
    id: Memo<String>,
    list_query: Memo<Query>,
    alert: LocalResource<Result<Arc<Alert>, LoadError>>,
    data: AppData,
) -> AnyView {
    match result {
        Err(LoadError::NotFound { .. }) => {
            let what = format!("There is no alert with the id “{}”.", id.get_untracked());
            view! { <NotFound what /> }.into_any()
        }
        Err(e) => view! { <LoadErrorView error=e retry=move || alert.refetch() /> }.into_any(),
        Ok(a) => {
            dom::set_title(&format!("{} · {}", a.title, data.site_name()));
            let embed = (a.status == Status::Published)
                .then(|| view! { <EmbedDialog target=EmbedTarget::Alert(a.id.clone()) /> });
            // Embed pressed before the app had this alert (dom.rs explains).
            request_animation_frame(dom::finish_pending_action);
            view! {
                <AlertArticle alert=a.clone() />
                <div class="alert-tools">{embed}</div>
                <Steps alert=a query=list_query.get_untracked() />
            }
            .into_any()
        }
    }
}

/// Previous/Next under the article, and the ← → keys.
#[component]
fn Steps(alert: Arc<Alert>, query: Query) -> impl IntoView {
    let data = AppData::get();
    let steps = Signal::derive(move || {
        let catalog = data.catalog.get().and_then(Result::ok)?;
        Some(nav::steps(&catalog, &alert, &query))
    });
    let hrefs = Memo::new(move |_| {
        steps
            .get()
            .map(|(p, n)| (p.href().map(str::to_string), n.href().map(str::to_string)))
    });

    let navigate = use_navigate();
    let handle = window_event_listener(leptos::ev::keydown, move |ev| {
        if ev.alt_key()
            || ev.ctrl_key()
            || ev.meta_key()
            || ev.shift_key()
            || dom::is_typing_target(ev.target())
        {
            return;
        }
        let Some((previous, next)) = hrefs.get_untracked() else {
            return;
        };
        let target = match ev.key().as_str() {
            "ArrowLeft" => previous,
            "ArrowRight" => next,
            _ => return,
        };
        if let Some(target) = target {
            ev.prevent_default();
            navigate(&target, Default::default());
        }
    });
    on_cleanup(move || handle.remove());

    move || {
        steps
            .get()
            .map(|(previous, next)| view! { <PrevNext previous next /> })
    }
}
