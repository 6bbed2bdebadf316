//! "Privacy" (`/privacy`): what the reader keeps on a reader's device, what
//! it sends and where, and what a partner's panel does. Its statements are
//! the interface's words, true of the code: no page is served with a cookie
//! (tests/e2e/host.spec.js asks for every page), what is kept is the chosen
//! language (`localStorage`, by the loader and the app) and the pages kept
//! for reading offline (the service worker's caches, docs/offline.md), and staff
//! drafts stay in the staff member's browser (`src/preview/draft_store.rs`).

use crate::i18n::use_words;
use crate::page_heading::PageHeading;
use leptos::prelude::*;

/// `contact`: where to write about privacy (the site's contact).
#[component]
pub fn PrivacyPage(contact: Option<String>) -> impl IntoView {
    let words = use_words();
    let contact = contact.map(|c| {
        view! {
            <p>
                {words.text("privacy.contact")} " " <a href=format!("mailto:{c}")>{c.clone()}</a>
            </p>
        }
    });
    // A component's children are a closure of their own.
    let heading = words.text("privacy.title");
    view! {
        <article class="about-page privacy-page">
            <PageHeading>{heading}</PageHeading>
            <p class="lede">{words.text("privacy.lede")}</p>
            <section aria-labelledby="stored">
                <h2 id="stored">{words.text("privacy.stored_heading")}</h2>
                <ul>
                    <li>{words.text("privacy.stored.language")}</li>
                    <li>{words.text("privacy.stored.drafts")}</li>
                    <li>{words.text("privacy.stored.offline")}</li>
                    <li>{words.text("privacy.stored.nothing_else")}</li>
                </ul>
            </section>
            <section aria-labelledby="sent">
                <h2 id="sent">{words.text("privacy.sent_heading")}</h2>
                <p>{words.text("privacy.sent")}</p>
            </section>
            <section aria-labelledby="embeds">
                <h2 id="embeds">{words.text("privacy.embeds_heading")}</h2>
                <p>{words.text("privacy.embeds")}</p>
            </section>
            {contact}
        </article>
    }
}
