//! `/countries/:code`: one country's alerts as a timeline grouped by year
//! (the view is `alert_views::country_timeline`).

use crate::components::embed_dialog::EmbedDialog;
use crate::components::page_state::page_state;
use crate::data::AppData;
use crate::dom;
use crate::routes::not_found::NotFound;
use alert_model::countries::country_name;
use alert_model::embed::EmbedTarget;
use alert_model::wording::page_title;
use alert_views::country_timeline::CountryTimeline;
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
    // In an effect: the site's name arriving must not rebuild the view.
    Effect::new(move |_| {
        if let Some(name) = country_name(&code.get()) {
            dom::set_title(&page_title(name, &data.site_name()));
        }
    });
    move || {
        let code = code.get();
        let Some(name) = country_name(&code) else {
            return view! { <NotFound what=format!("“{code}” is not a country code we know.") /> }
                .into_any();
        };
        page_state(
            data.catalog.get(),
            "the timeline",
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
