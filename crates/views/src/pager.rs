//! Page links under a list. Each page is its own URL.

use crate::env::href;
use crate::i18n::use_words;
use alert_model::Query;
use leptos::prelude::*;

#[component]
pub fn Pager(query: Query, number: usize, pages: usize) -> impl IntoView {
    if pages <= 1 {
        return ().into_any();
    }
    let link = move |n: usize| {
        let q = Query {
            page: n,
            ..query.clone()
        };
        href(&format!("/{}", q.to_query_string()))
    };
    let previous = (number > 1).then(|| link(number - 1));
    let next = (number < pages).then(|| link(number + 1));
    let words = use_words();
    let position = words.fill(
        "pager.position",
        &[
            ("number", &number.to_string()),
            ("pages", &pages.to_string()),
        ],
    );
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
