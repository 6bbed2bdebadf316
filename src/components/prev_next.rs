//! Previous and Next under an alert. At an end the control stays in place,
//! disabled, and says why.

use crate::dom;
use alert_model::nav::Step;
use leptos::prelude::*;
use leptos_router::components::A;

#[component]
pub fn PrevNext(previous: Step, next: Step) -> impl IntoView {
    view! {
        <nav class="prev-next" aria-label="Previous and next alert">
            {side(previous, "Previous", "prev", "←")}
            {side(next, "Next", "next", "→")}
        </nav>
    }
}

fn side(step: Step, word: &'static str, rel: &'static str, arrow: &'static str) -> AnyView {
    let class = format!("step step-{rel}");
    // The arrow points the way it goes: "← Previous", "Next →".
    let label = if rel == "prev" {
        format!("{arrow} {word}")
    } else {
        format!("{word} {arrow}")
    };
    match step {
        Step::To { href, title } => view! {
            <A href=dom::href(&href) attr:class=class attr:rel=rel attr:aria-keyshortcuts=if rel == "prev" { "ArrowLeft" } else { "ArrowRight" }>
                <span class="step-word">{label.clone()}</span>
                <span class="step-title">{title}</span>
            </A>
        }
        .into_any(),
        Step::End { reason } => view! {
            <span class=format!("{class} disabled") aria-disabled="true">
                <span class="step-word">{label.clone()}</span>
                <span class="step-title">{reason}</span>
            </span>
        }
        .into_any(),
    }
}
