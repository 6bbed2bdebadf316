//! An alert's body, block by block, as DOM nodes. Text is always text:
//! nothing from the data is ever parsed as HTML.

use crate::field_marks::mark;
use alert_model::{Block, Mark, Span};
use leptos::prelude::*;

#[component]
pub fn AlertBody(blocks: Vec<Block>) -> impl IntoView {
    view! {
        <div class="alert-body">
            {blocks.into_iter().enumerate().map(|(i, b)| block(i, b)).collect_view()}
        </div>
    }
}

/// In the preview each block carries `data-path`, so problems found in a
/// draft can point at the part they concern (see `field_marks`).
fn block(i: usize, b: Block) -> AnyView {
    let path = mark(&format!("body[{i}]"));
    match b {
        Block::Paragraph { text } => view! { <p data-path=path>{spans(text)}</p> }.into_any(),
        Block::Heading { level, text } => match level {
            3 => view! { <h3 data-path=path>{spans(text)}</h3> }.into_any(),
            4 => view! { <h4 data-path=path>{spans(text)}</h4> }.into_any(),
            _ => view! { <h2 data-path=path>{spans(text)}</h2> }.into_any(),
        },
        Block::Quote { text, cite } => view! {
            <figure class="quote" data-path=path>
                <blockquote>
                    <p>{spans(text)}</p>
                </blockquote>
                {cite.map(|c| view! { <figcaption>{format!("— {c}")}</figcaption> })}
            </figure>
        }
        .into_any(),
        Block::List { ordered, items } => {
            let items = items
                .into_iter()
                .map(|item| view! { <li>{spans(item)}</li> })
                .collect_view();
            if ordered {
                view! { <ol data-path=path>{items}</ol> }.into_any()
            } else {
                view! { <ul data-path=path>{items}</ul> }.into_any()
            }
        }
    }
}

fn spans(spans: Vec<Span>) -> impl IntoView {
    spans.into_iter().map(span).collect_view()
}

fn span(s: Span) -> AnyView {
    let href = s.safe_href().map(str::to_string);
    let mut view = s.text.into_any();
    for mark in s.marks.iter().rev() {
        view = match mark {
            Mark::Strong => view! { <strong>{view}</strong> }.into_any(),
            Mark::Em => view! { <em>{view}</em> }.into_any(),
        };
    }
    match href {
        Some(href) => view! {
            <a href=href rel="noopener noreferrer external">
                {view}
            </a>
        }
        .into_any(),
        None => view,
    }
}
