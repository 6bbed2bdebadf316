//! Previous and Next under an alert. At an end the control stays in place,
//! disabled, and says why.

use crate::env::href;
use alert_model::nav::Step;
use leptos::prelude::*;

#[component]
pub fn PrevNext(previous: Step, next: Step) -> impl IntoView {
    view! {
        <nav class="prev-next" aria-label="Previous and next alert">
            {side(previous, "← Previous", "prev", "ArrowLeft")}
            {side(next, "Next →", "next", "ArrowRight")}
        </nav>
    }
}

/// The arrow points the way it goes: "← Previous", "Next →".
fn side(step: Step, label: &'static str, rel: &'static str, key: &'static str) -> AnyView {
    let class = format!("step step-{rel}");
    match step {
        Step::To { href: to, title } => view! {
            <a href=href(&to) class=class rel=rel aria-keyshortcuts=key>
                <span class="step-word">{label}</span>
                <span class="step-title">{title}</span>
            </a>
        }
        .into_any(),
        Step::End { reason } => view! {
            <span class=format!("{class} disabled") aria-disabled="true">
                <span class="step-word">{label}</span>
                <span class="step-title">{reason}</span>
            </span>
        }
        .into_any(),
    }
}
