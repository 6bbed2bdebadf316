//! Page links under a list. Each page is its own URL.

use crate::env::href;
use crate::i18n::use_words;
use alert_model::i18n::words::page_position;
use leptos::prelude::*;

/// `path(n)` is page n's address within the site ("/?page=2",
/// "/countries/SD/page/2").
#[component]
pub fn Pager<F>(number: usize, pages: usize, path: F) -> impl IntoView
where
    F: Fn(usize) -> String,
{
    if pages <= 1 {
        return ().into_any();
    }
    let link = move |n: usize| href(&path(n));
    let previous = (number > 1).then(|| link(number - 1));
    let next = (number < pages).then(|| link(number + 1));
    let words = use_words();
    let position = page_position(&words, number, pages);
    view! {
        <nav class="pager" aria-label=words.text("pager.label")>
            {side(previous, "prev", words.text("pager.newer"))}
            <span class="pager-position">{position}</span>
            {side(next, "next", words.text("pager.older"))}
        </nav>
    }
    .into_any()
}

fn side(link: Option<String>, rel: &'static str, label: String) -> AnyView {
    match link {
        Some(link) => view! { <a href=link rel=rel>{label}</a> }.into_any(),
        None => view! { <span class="disabled" aria-hidden="true">{label}</span> }.into_any(),
    }
}
