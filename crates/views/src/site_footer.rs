//! The footer: the publisher's legal line and contact, from `site.json`.

use crate::i18n::use_words;
use alert_model::Site;
use leptos::prelude::*;
use std::sync::Arc;

/// `site` is `None` while the app is still loading it.
#[component]
pub fn SiteFooter(site: Option<Arc<Site>>) -> impl IntoView {
    let words = use_words();
    let content = site.map(|site| {
        let contact = site.contact.clone().map(|c| {
            let mailto = format!("mailto:{c}");
            view! {
                <p>
                    <a href=mailto>{c}</a>
                </p>
            }
        });
        let note = site
            .sample_data
            .then(|| view! { <p class="sample-note">{words.text("site.sample_note")}</p> });
        view! {
            <p class="legal">{site.legal.clone()}</p>
            {contact}
            {note}
        }
    });
    view! { <footer class="site-footer">{content}</footer> }
}
