//! The footer: the publisher's legal line and contact, from `site.json`.

use alert_model::Site;
use leptos::prelude::*;
use std::sync::Arc;

const SAMPLE_NOTE: &str = "This reader shows sample data: alerts titled “Example:” are made up to demonstrate it; the others summarise real publications in our own words.";

/// `site` is `None` while the app is still loading it.
#[component]
pub fn SiteFooter(site: Option<Arc<Site>>) -> impl IntoView {
    let content = site.map(|site| {
        let contact = site.contact.clone().map(|c| {
            let mailto = format!("mailto:{c}");
            view! {
                <p>
                    <a href=mailto>{c}</a>
                </p>
            }
        });
        view! {
            <p class="legal">{site.legal.clone()}</p>
            {contact}
            {site.sample_data.then(|| view! { <p class="sample-note">{SAMPLE_NOTE}</p> })}
        }
    });
    view! { <footer class="site-footer">{content}</footer> }
}
