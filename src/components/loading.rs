//! A loading note that stays invisible for the first moments (see
//! `.loading` in the stylesheet), so fast loads do not flash.

use leptos::prelude::*;

#[component]
/// `what` is the note's message key ("loading.alert": "Loading the alert…").
pub fn Loading(what: &'static str) -> impl IntoView {
    view! {
        <p class="loading" role="status">
            <span class="spinner" aria-hidden="true"></span>
            {alert_views::i18n::use_words().text(what)}
        </p>
    }
}
