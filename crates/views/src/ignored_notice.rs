//! "Left out of the address: …": the values a list or map address had
//! that made no sense, so a mistyped link still shows something, and says
//! what it left out.

use crate::i18n::use_words;
use alert_model::reading::query::Ignored;
use leptos::prelude::*;

#[component]
pub fn IgnoredNotice(#[prop(into)] ignored: Signal<Vec<Ignored>>) -> impl IntoView {
    let w = use_words();
    move || {
        let ignored = ignored.get();
        (!ignored.is_empty()).then(|| {
            let text = ignored
                .iter()
                .map(|i| {
                    w.fill(
                        "results.ignored_item",
                        &[
                            ("key", i.key),
                            ("value", &i.value),
                            ("reason", &w.text(i.reason)),
                        ],
                    )
                })
                .collect::<Vec<_>>();
            let text = w.fill("results.ignored", &[("list", &w.list(&text))]);
            view! { <p class="notice">{text}</p> }
        })
    }
}
