//! The footer: the pages about the reader (what the alerts mean, the
//! corrections, accessibility, privacy), then the publisher's legal line
//! and contact, from `site.json`.

use crate::env::href;
use crate::i18n::use_words;
use alert_model::Site;
use leptos::prelude::*;
use std::sync::Arc;

/// The pages the build writes about the reader, by address and label key.
pub const TRUST_PAGES: [(&str, &str); 4] = [
    ("/about", "footer.about"),
    ("/corrections", "footer.corrections"),
    ("/accessibility", "footer.accessibility"),
    ("/privacy", "footer.privacy"),
];

/// What this device keeps for reading offline (docs/offline.md).
pub const OFFLINE_PAGE: (&str, &str) = ("/offline", "footer.offline");

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
        let links = TRUST_PAGES
            .iter()
            // Pages only the build writes: the app's router leaves them to
            // the browser (rel="external"), which loads them from the server.
            .map(|(path, key)| view! { <li><a href=href(path) rel="external">{words.text(key)}</a></li> })
            .collect_view();
        // Not a page to index (it lists what one device keeps): not in
        // TRUST_PAGES, which the sitemap lists.
        let (offline, offline_key) = OFFLINE_PAGE;
        view! {
            <nav class="footer-links" aria-label=words.text("footer.nav")>
                <ul>
                    {links}
                    <li><a href=href(offline) rel="external">{words.text(offline_key)}</a></li>
                </ul>
            </nav>
            <p class="legal">{site.legal.clone()}</p>
            {contact}
            {note}
        }
    });
    view! { <footer class="site-footer">{content}</footer> }
}
