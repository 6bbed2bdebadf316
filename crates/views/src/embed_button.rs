//! "Embed on your site". The app's Embed dialog opens from this button; a
//! prerendered page carries it hidden, for its on-demand loader to show and
//! to load the app when pressed (see the prerender's `on_demand`).

use crate::i18n::use_words;
use leptos::prelude::*;

/// The button as a prerendered page carries it: hidden, so that without
/// JavaScript no button is offered that cannot work.
#[component]
pub fn EmbedPlaceholder() -> impl IntoView {
    let words = use_words();
    // The loader says this beside the button when the app cannot load.
    view! {
        <button
            type="button"
            class="button button-quiet embed-open"
            data-app-action="embed"
            data-failed=words.text("app.failed")
            hidden
        >
            {words.text("embed.open")}
        </button>
    }
}
