//! "Follow": a feed's address to copy into a feed reader (or a
//! feed-to-email service), on the front page, country pages and series.
//! The same markup in both renderers; the Copy button works through one
//! listener on the document (the page's loader, or the app), which takes
//! its words from the button's `data-` attributes, and is hidden until
//! script runs (`html.js`, style/main.css) so that without it no button
//! is offered that cannot work.

use crate::env::use_env;
use crate::i18n::use_words;
use alert_model::alert::language::language_name;
use alert_model::i18n::Messages;
use alert_model::outputs::follow::{FeedRef, Subject, ATOM_EXT, JSON_EXT};
use leptos::prelude::*;

/// "Follow alerts that name Sudan", in the reader's language: the Follow
/// control's heading, and the title of the page's feed links.
pub fn heading(words: &Messages, feed: &FeedRef) -> String {
    match &feed.subject {
        Subject::All => words.text("follow.all"),
        Subject::Country(code) => {
            words.fill("follow.country", &[("country", &words.country(code))])
        }
        Subject::Kind(kind) => words.fill("follow.type", &[("type", &words.kind(*kind))]),
        Subject::Series => words.text("follow.series"),
        Subject::Language(tag) => {
            words.fill("follow.language", &[("language", &language_name(tag))])
        }
    }
}

#[component]
pub fn Follow(feed: FeedRef) -> impl IntoView {
    let (env, words) = (use_env(), use_words());
    let atom = format!("/{}.{ATOM_EXT}", feed.stem);
    let json = format!("/{}.{JSON_EXT}", feed.stem);
    let address = env.public_href(&atom);
    view! {
        <section class="follow">
            <h2 class="follow-title">{heading(&words, &feed)}</h2>
            <div class="follow-row">
                <input
                    class="follow-address"
                    type="text"
                    readonly
                    dir="ltr"
                    value=address.clone()
                    aria-label=words.text("follow.address")
                />
                <button
                    type="button"
                    class="button button-quiet follow-copy"
                    data-copy=address
                    data-copied=words.text("follow.copied")
                    data-not-copied=words.text("follow.not_copied")
                >
                    {words.text("follow.copy")}
                </button>
                <span class="follow-status" role="status"></span>
            </div>
            <p class="follow-hint">
                {words.text("follow.hint")} " "
                <a href=env.file_href(&atom) type="application/atom+xml">{words.text("follow.atom")}</a>
                " · "
                <a href=env.file_href(&json) type="application/feed+json">{words.text("follow.json")}</a>
            </p>
        </section>
    }
}
