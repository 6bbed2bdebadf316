//! The alert type as a badge: colour and words, never colour alone.

use crate::i18n::use_words;
use alert_model::AlertType;
use leptos::prelude::*;

#[component]
pub fn TypeBadge(kind: AlertType) -> impl IntoView {
    view! { <span class=format!("badge badge-{}", kind.key())>{use_words().kind(kind)}</span> }
}
