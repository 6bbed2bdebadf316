//! "Follow": a feed's address to copy into a feed reader (or a
//! feed-to-email service), on the front page, country pages and series.
//! The same markup in both renderers; the Copy button works through one
//! listener on the document (the page's loader, or the app), and is hidden
//! until script runs (`html.js`, style/main.css) so that without it no
//! button is offered that cannot work.

use crate::env::use_env;
use alert_model::follow::{FeedRef, ATOM_EXT, JSON_EXT};
use leptos::prelude::*;

pub const FOLLOW_HINT: &str = "Paste the address into a feed reader. To get new alerts by email, paste it into any feed-to-email service.";
pub const COPY_LABEL: &str = "Copy";
pub const COPIED: &str = "Copied.";
pub const NOT_COPIED: &str = "Could not copy: select the address and copy it.";

#[component]
pub fn Follow(feed: FeedRef) -> impl IntoView {
    let env = use_env();
    let atom = format!("/{}.{ATOM_EXT}", feed.stem);
    let json = format!("/{}.{JSON_EXT}", feed.stem);
    let address = env.public_href(&atom);
    let heading = format!("Follow {}", feed.label);
    view! {
        <section class="follow">
            <h2 class="follow-title">{heading}</h2>
            <div class="follow-row">
                <input
                    class="follow-address"
                    type="text"
                    readonly
                    value=address.clone()
                    aria-label="Feed address"
                />
                <button type="button" class="button button-quiet follow-copy" data-copy=address>
                    {COPY_LABEL}
                </button>
                <span class="follow-status" role="status"></span>
            </div>
            <p class="follow-hint">
                {FOLLOW_HINT} " "
                <a href=env.href(&atom) type="application/atom+xml">"Atom feed"</a>
                " · "
                <a href=env.href(&json) type="application/feed+json">"JSON Feed"</a>
            </p>
        </section>
    }
}
