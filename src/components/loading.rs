//! A loading note that stays invisible for the first moments (see
//! `.loading` in the stylesheet), so fast loads do not flash.

use leptos::prelude::*;

#[component]
pub fn Loading(#[prop(into)] what: String) -> impl IntoView {
    view! {
        <p class="loading" role="status">
            <span class="spinner" aria-hidden="true"></span>
            {format!("Loading {what}…")}
        </p>
    }
}
