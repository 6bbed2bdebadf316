//! `/countries/:code` and `/countries/:code/page/:n`: one country's alerts
//! as a timeline grouped by year, fifty a page (the view is
//! `alert_views::country_timeline`).

use crate::components::embed_dialog::EmbedDialog;
use crate::components::page_state::page_state;
use crate::data::AppData;
use crate::dom;
use crate::routes::not_found::NotFound;
use alert_model::alert::countries::is_known_country;
use alert_model::i18n::words::{country_title, page_title};
use alert_model::outputs::embed::EmbedTarget;
use alert_model::reading::timeline::country_pages;
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
    // No `n` is the first page, which has no other address (as in the
    // build: there is no page/1); anything but a number from 2 is no page.
    let number = Memo::new(move |_| match params.read().get("n") {
        None => Some(1),
        // Written as the build writes it: "2", not "+2" or "02".
        Some(text) => text
            .parse::<usize>()
            .ok()
            .filter(|n| *n >= 2 && n.to_string() == text),
    });
    let data = AppData::get();
    let words = use_words();
    // In an effect: the site's name arriving must not rebuild the view.
    let w = words.clone();
    // Only once the catalog says how many pages there are, and only for a
    // page that exists: "Not found" sets its own title.
    Effect::new(move |_| {
        let code = code.get();
        let Some(Ok(catalog)) = data.catalog.get() else {
            return;
        };
        let pages = country_pages(&catalog, &code);
        let n = number.get().filter(|n| *n <= pages);
        if let (true, Some(n)) = (is_known_country(&code), n) {
            let what = country_title(&w, &w.country(&code), n, pages);
            dom::set_title(&page_title(&w, &what, &data.site_name()));
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
            move |catalog| {
                let page = number
                    .get()
                    .filter(|n| (1..=country_pages(&catalog, &code)).contains(n));
                let Some(page) = page else {
                    return view! { <NotFound /> }.into_any();
                };
                // Embed pressed on the prerendered page before the app was in.
                request_animation_frame(dom::finish_pending_action);
                view! {
                    <CountryTimeline catalog code=code.clone() name=name.clone() page>
                        <EmbedDialog target=EmbedTarget::Latest country=code.clone() />
                    </CountryTimeline>
                }
                .into_any()
            },
        )
    }
}
