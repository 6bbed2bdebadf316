//! The 404 view: for unknown routes, alert ids and country codes.

use crate::data::AppData;
use crate::dom;
use alert_views::page_heading::PageHeading;
use leptos::prelude::*;

#[component]
pub fn NotFound(#[prop(optional, into)] what: Option<String>) -> impl IntoView {
    let data = AppData::get();
    dom::reveal_app();
    Effect::new(move |_| dom::set_title(&format!("Not found · {}", data.site_name())));
    let what = what.unwrap_or_else(|| "There is no page at this address.".to_string());
    view! {
        <section class="not-found">
            <PageHeading>"Not found"</PageHeading>
            <p>{what}</p>
            <p>"The link may be mistyped, or the page may have moved."</p>
            <p class="actions">
                <a href=dom::href("/") class="button">
                    "Go to all alerts"
                </a>
            </p>
        </section>
    }
}
