//! Previous and Next under an alert. At an end the control stays in place,
//! disabled, and says why.

use crate::env::href;
use crate::i18n::use_words;
use alert_model::alert::direction_of;
use alert_model::reading::nav::Step;
use leptos::prelude::*;

#[component]
pub fn PrevNext(previous: Step, next: Step) -> impl IntoView {
    let words = use_words();
    view! {
        <nav class="prev-next" aria-label=words.text("nav.label")>
            {side(&words, previous, words.text("nav.previous"), "prev")}
            {side(&words, next, words.text("nav.next"), "next")}
        </nav>
    }
}

/// The arrow points the way it goes: "← Previous", "Next →" (in a
/// right-to-left language, the other way: the messages say so). The arrow
/// keys follow the arrows on screen, so they swap there too.
fn side(
    words: &alert_model::i18n::Messages,
    step: Step,
    label: String,
    rel: &'static str,
) -> AnyView {
    let key = match (rel == "prev") != words.rtl() {
        true => "ArrowLeft",
        false => "ArrowRight",
    };
    let class = format!("step step-{rel}");
    match step {
        Step::To {
            href: to,
            title,
            lang,
        } => view! {
            <a href=href(&to) class=class rel=rel aria-keyshortcuts=key>
                <span class="step-word">{label}</span>
                <span class="step-title" dir=direction_of(&lang) lang=lang>{title}</span>
            </a>
        }
        .into_any(),
        Step::End { reason } => view! {
            <span class=format!("{class} disabled") aria-disabled="true">
                <span class="step-word">{label}</span>
                <span class="step-title">{words.text(reason)}</span>
            </span>
        }
        .into_any(),
    }
}
