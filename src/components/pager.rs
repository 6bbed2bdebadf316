//! Page links under a list. Each page is its own URL.

use crate::dom;
use alert_model::Query;
use leptos::prelude::*;
use leptos_router::components::A;

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
        format!("/{}", q.to_query_string())
    };
    let previous = (number > 1).then(|| link(number - 1));
    let next = (number < pages).then(|| link(number + 1));
    view! {
        <nav class="pager" aria-label="Pages">
            {match previous {
                Some(href) => view! { <A href=dom::href(&href) attr:rel="prev">"← Newer"</A> }.into_any(),
                None => view! { <span class="disabled" aria-hidden="true">"← Newer"</span> }.into_any(),
            }}
            <span class="pager-position">{format!("Page {number} of {pages}")}</span>
            {match next {
                Some(href) => view! { <A href=dom::href(&href) attr:rel="next">"Older →"</A> }.into_any(),
                None => view! { <span class="disabled" aria-hidden="true">"Older →"</span> }.into_any(),
            }}
        </nav>
    }
    .into_any()
}
