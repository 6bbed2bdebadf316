//! The 404 view: for unknown routes, alert ids and country codes.

use crate::data::AppData;
use crate::dom;
use alert_model::i18n::words::page_title;
use alert_views::i18n::use_words;
use alert_views::page_heading::PageHeading;
use leptos::prelude::*;

#[component]
pub fn NotFound(#[prop(optional, into)] what: Option<String>) -> impl IntoView {
    let data = AppData::get();
    let words = use_words();
    dom::reveal_app();
    let heading = words.text("not_found.heading");
    let w = words.clone();
    Effect::new(move |_| {
        dom::set_title(&page_title(
            &w,
            &w.text("not_found.heading"),
            &data.site_name(),
        ))
    });
    let what = what.unwrap_or_else(|| words.text("not_found.page"));
    view! {
        <section class="not-found">
            <PageHeading>{heading}</PageHeading>
            <p>{what}</p>
            <p>{words.text("not_found.hint")}</p>
            <p class="actions">
                <a href=dom::href("/") class="button">
                    {words.text("not_found.home")}
                </a>
            </p>
        </section>
    }
}
