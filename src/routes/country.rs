//! `/countries/:code`: one country's alerts as a timeline grouped by year
//! (the view is `alert_views::country_timeline`).

use crate::components::embed_dialog::EmbedDialog;
use crate::components::page_state::page_state;
use crate::data::AppData;
use crate::dom;
use crate::routes::not_found::NotFound;
use alert_model::alert::countries::is_known_country;
use alert_model::i18n::words::page_title;
use alert_model::outputs::embed::EmbedTarget;
use alert_views::country_timeline::CountryTimeline;
use alert_views::i18n::use_words;
use leptos::prelude::*;
use leptos_router::hooks::use_params_map;

#[component]
pub fn CountryPage() -> impl IntoView {
    let params = use_params_map();
    let code = Memo::new(move |_| {
        params
            .read()
            .get("code")
            .unwrap_or_default()
            .to_ascii_uppercase()
    });
    let data = AppData::get();
    let words = use_words();
    // In an effect: the site's name arriving must not rebuild the view.
    let w = words.clone();
    Effect::new(move |_| {
        let code = code.get();
        if is_known_country(&code) {
            dom::set_title(&page_title(&w, &w.country(&code), &data.site_name()));
        }
    });
    move || {
        let code = code.get();
        if !is_known_country(&code) {
            let what = words.fill("country.unknown", &[("code", &code)]);
            return view! { <NotFound what /> }.into_any();
        }
        let name = words.country(&code);
        page_state(
            data.catalog.get(),
            "loading.timeline",
            move || data.catalog.refetch(),
            |catalog| {
                // Embed pressed on the prerendered page before the app was in.
                request_animation_frame(dom::finish_pending_action);
                view! {
                    <CountryTimeline catalog code=code.clone() name>
                        <EmbedDialog target=EmbedTarget::Latest country=code.clone() />
                    </CountryTimeline>
                }
                .into_any()
            },
        )
    }
}
