//! `/`: the archive, newest first, with filters and pages. The view is
//! `alert_views::archive`; this route gives it the address's list state and
//! turns every change into a new address.

use crate::components::page_state::page_state;
use crate::data::AppData;
use crate::dom;
use crate::routes::use_list_query;
use alert_model::i18n::words::page_title;
use alert_model::Query;
use alert_views::archive::{Archive, HomeFrame};
use alert_views::i18n::use_words;
use leptos::prelude::*;
use leptos_router::hooks::use_navigate;
use leptos_router::NavigateOptions;

#[component]
pub fn Home() -> impl IntoView {
    let data = AppData::get();
    let words = use_words();
    Effect::new(move |_| {
        dom::set_title(&page_title(
            &words,
            &words.text("home.heading"),
            &data.site_name(),
        ))
    });
    let list = use_list_query();
    let query = Signal::derive(move || list.get().0);
    let ignored = Signal::derive(move || list.get().1);
    let navigate = use_navigate();
    let on_change = Callback::new(move |(q, replace): (Query, bool)| {
        let options = NavigateOptions {
            replace,
            scroll: false,
            ..Default::default()
        };
        navigate(&format!("/{}", q.to_query_string()), options);
    });
    view! {
        <HomeFrame>
            {move || {
                page_state(
                    data.catalog.get(),
                    "loading.alerts",
                    move || data.catalog.refetch(),
                    |catalog| view! { <Archive catalog query ignored on_change /> }.into_any(),
                )
            }}
        </HomeFrame>
    }
}
