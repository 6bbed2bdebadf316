//! Page links under a list. Each page is its own URL.

use crate::env::href;
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
    view! {
        <nav class="pager" aria-label="Pages">
            {side(previous, "prev", "← Newer")}
            <span class="pager-position">{format!("Page {number} of {pages}")}</span>
            {side(next, "next", "Older →")}
        </nav>
    }
    .into_any()
}

fn side(link: Option<String>, rel: &'static str, label: &'static str) -> AnyView {
    match link {
        Some(link) => view! { <a href=link rel=rel>{label}</a> }.into_any(),
        None => view! { <span class="disabled" aria-hidden="true">{label}</span> }.into_any(),
    }
}
