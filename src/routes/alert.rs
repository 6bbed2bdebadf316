//! `/alerts/:id`: one alert, with Previous/Next through the list the reader
//! came from (its filters ride along in the query), and the ← → keys.

use crate::api::{self, LoadError};
use crate::components::embed_dialog::EmbedDialog;
use crate::components::page_state::page_state;
use crate::data::AppData;
use crate::dom;
use crate::routes::not_found::NotFound;
use crate::routes::use_list_query;
use alert_model::i18n::words::page_title;
use alert_model::outputs::embed::EmbedTarget;
use alert_model::reading::nav::{self, Step};
use alert_model::reading::since;
use alert_model::{Alert, Status};
use alert_views::alert_view::{AlertView, BackLink};
use alert_views::i18n::use_words;
use leptos::prelude::*;
use leptos_router::hooks::{use_navigate, use_params_map};

#[component]
pub fn AlertPage() -> impl IntoView {
    let params = use_params_map();
    let id = Memo::new(move |_| params.read().get("id").unwrap_or_default());
    let alert = LocalResource::new(move || api::fetch_alert(id.get()));
    let list = use_list_query();
    let list_query = Memo::new(move |_| list.get().0.first_page());
    let data = AppData::get();
    let words = use_words();
    // Previous/Next for the ← → keys, once the alert and the index are in.
    let steps = RwSignal::new(None::<(Step, Step)>);
    arrow_keys(steps, words.rtl());
    // In an effect: the site's name arriving must not rebuild the view.
    let w = words.clone();
    Effect::new(move |_| {
        if let Some(Ok(a)) = alert.get() {
            dom::set_title(&page_title(&w, &a.title, &data.site_name()));
        }
    });

    move || {
        // The alert's series and Previous/Next need the index: wait for it
        // too, so the view appears whole (a prerendered page is on screen).
        // Without the index the alert still shows, without its place.
        let state = match (alert.get(), data.catalog.get()) {
            (Some(Err(LoadError::NotFound { .. })), _) => {
                let what = words.fill("not_found.alert", &[("id", &id.get_untracked())]);
                return view! { <NotFound what /> }.into_any();
            }
            (Some(a), Some(catalog)) => Some(a.map(|a| (a, catalog.ok()))),
            _ => None,
        };
        let list = list_query.get();
        let ready = matches!(state, Some(Ok(_)));
        let shown = page_state(
            state,
            "loading.alert",
            move || alert.refetch(),
            |(a, catalog)| {
                let found = catalog.as_ref().map(|c| nav::steps(c, &a, &list));
                steps.set(found.clone());
                let order = match data.site.get_untracked() {
                    Some(Ok(site)) => site.type_order.clone(),
                    _ => Vec::new(),
                };
                let since = catalog
                    .as_ref()
                    .and_then(|c| since::for_alert(&a, c, &order));
                // Embed pressed before the app had this alert (dom.rs explains).
                request_animation_frame(dom::finish_pending_action);
                view! {
                    <AlertView alert=a.clone() catalog list=list.clone() steps=found since>
                        {embed(&a)}
                    </AlertView>
                }
                .into_any()
            },
        );
        if ready {
            return shown;
        }
        // Loading or failed: the way back stays in reach.
        view! {
            <div class="alert-page">
                <BackLink list=list_query.get() />
                {shown}
            </div>
        }
        .into_any()
    }
}

fn embed(alert: &Alert) -> Option<impl IntoView> {
    (alert.status == Status::Published)
        .then(|| view! { <EmbedDialog target=EmbedTarget::Alert(alert.id.clone()) /> })
}

/// ← and → follow Previous and Next, except while the reader types.
fn arrow_keys(steps: RwSignal<Option<(Step, Step)>>, rtl: bool) {
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
        let Some((previous, next)) = steps.get_untracked() else {
            return;
        };
        // The keys follow the arrows on screen: in a right-to-left page,
        // Previous is on the right.
        let (left, right) = if rtl {
            (next, previous)
        } else {
            (previous, next)
        };
        let target = match ev.key().as_str() {
            "ArrowLeft" => left,
            "ArrowRight" => right,
            _ => return,
        };
        if let Some(target) = target.href() {
            ev.prevent_default();
            navigate(target, Default::default());
        }
    });
    on_cleanup(move || handle.remove());
}
