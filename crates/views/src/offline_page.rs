//! "Reading offline" (`/offline`): what this device keeps for reading
//! without a network, and a way to clear it. The build writes it; the
//! reader's service worker also serves it in place of a page the device
//! does not have. The list itself is the keep script's (it asks the
//! worker): without script, or in a browser that cannot keep pages, the
//! page says so. The script's other words ride on the page as `data-`
//! attributes, so that no other page carries them.

use crate::i18n::use_words;
use crate::page_heading::PageHeading;
use leptos::prelude::*;

#[component]
pub fn OfflinePage() -> impl IntoView {
    let words = use_words();
    let w = |key: &str| words.text(&format!("offline.{key}"));
    let heading = w("title");
    view! {
        <article
            class="about-page offline-page"
            id="offline"
            data-stale=w("stale")
            data-keeping=w("keeping")
            data-kept=w("kept")
            data-remove=w("remove")
            data-removed=w("removed")
            data-see=w("see")
            data-quota=w("quota")
            data-failed=w("failed")
            data-withdrawn=w("withdrawn")
            data-opened=w("opened")
            data-total=w("total")
            data-clear=w("clear")
            data-cleared=w("cleared")
            data-empty=w("empty")
        >
            <PageHeading>{heading}</PageHeading>
            <p class="notice" id="offline-missed" hidden>{w("missed")}</p>
            <p class="lede">{w("lede")}</p>
            <section aria-labelledby="kept-heading">
                <h2 id="kept-heading">{w("kept_heading")}</h2>
                <p id="kept-state" role="status">{w("unsupported")}</p>
                <div id="kept"></div>
            </section>
            <section aria-labelledby="kept-how">
                <h2 id="kept-how">{w("how_heading")}</h2>
                <p>{w("how")}</p>
            </section>
        </article>
    }
}
