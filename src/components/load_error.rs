//! What a reader sees when a data file fails: which file, why, a retry and
//! a way back. Never a blank page.

use crate::api::LoadError;
use crate::dom;
use alert_views::page_heading::PageHeading;
use leptos::prelude::*;

#[component]
pub fn LoadErrorView(error: LoadError, #[prop(into)] retry: Callback<()>) -> impl IntoView {
    let details = error.details().to_vec();
    let words = alert_views::i18n::use_words();
    let (heading, reason) = (words.text("error.heading"), error.reason(&words));
    view! {
        <section class="notice notice-error" aria-labelledby="load-error-title">
            <PageHeading>{heading}</PageHeading>
            <p id="load-error-title">
                <code class="file-name">{error.file().to_string()}</code>
                ": "
                {reason}
            </p>
            {(!details.is_empty())
                .then(|| {
                    view! {
                        <ul class="problem-list">
                            {details.into_iter().map(|d| view! { <li>{d}</li> }).collect_view()}
                        </ul>
                    }
                })}
            <p class="actions">
                <button type="button" class="button" on:click=move |_| retry.run(())>
                    {words.text("error.retry")}
                </button>
                <a href=dom::href("/") class="button button-quiet">
                    {words.text("error.back")}
                </a>
            </p>
        </section>
    }
}
