//! Every problem in a draft, each with its JSON path and reason. Where the
//! part it concerns is on the page, the problem is a button that scrolls
//! there and highlights it.

use alert_model::reading::placement::anchor;
use alert_model::validate::{Problem, Severity};
use leptos::prelude::*;
use wasm_bindgen::JsCast;

/// `counts` are the errors and warnings, those beyond the list's cap
/// included; `shown` lists the `data-path` marks present in the rendered
/// draft; `compared` says whether the draft was checked against the
/// published alerts (`None` while they load, `Some(false)` if they could
/// not be). "Ready to publish" is said only when the publishing tool would
/// accept the draft as it stands.
#[component]
pub fn ProblemList(
    problems: Vec<Problem>,
    counts: (usize, usize),
    shown: Vec<String>,
    compared: Option<bool>,
) -> impl IntoView {
    let heading = verdict(counts, compared);
    let items = problems
        .into_iter()
        .map(|p| {
            let target = anchor(&p.path).filter(|a| shown.iter().any(|s| s == a)).map(str::to_string);
            let class = match p.severity {
                Severity::Error => "problem problem-error",
                Severity::Warning => "problem problem-warning",
            };
            let label = match p.severity {
                Severity::Error => "Error",
                Severity::Warning => "Warning",
            };
            let path = (!p.path.is_empty()).then(|| view! { <code class="problem-path">{p.path.clone()}</code> });
            let body = view! {
                <span class="problem-kind">{label}</span>
                {path}
                <span class="problem-message">{p.message.clone()}</span>
            };
            match target {
                Some(target) => view! {
                    <li class=class>
                        <button type="button" class="problem-link" on:click=move |_| reveal(&target)>
                            {body}
                        </button>
                    </li>
                }
                .into_any(),
                None => view! { <li class=class>{body}</li> }.into_any(),
            }
        })
        .collect_view();
    view! {
        <section class="problems" aria-labelledby="problems-heading">
            <h2 id="problems-heading">{heading}</h2>
            <ul class="problem-items">{items}</ul>
        </section>
    }
}

fn verdict((errors, warnings): (usize, usize), compared: Option<bool>) -> String {
    let counted = format!(
        "{} and {}",
        count(errors, "error"),
        count(warnings, "warning")
    );
    match (errors, warnings, compared) {
        (0, 0, Some(true)) => "No problems found: this draft is ready to publish.".to_string(),
        (0, _, Some(true)) => format!("{counted}: ready to publish."),
        (0, _, None) => format!("{counted} in the file; comparing with the published alerts…"),
        (0, _, Some(false)) => format!(
            "{counted} in the file. The published alerts could not be loaded, so it is not yet checked against them: not ready to publish."
        ),
        _ => counted,
    }
}

fn count(n: usize, noun: &str) -> String {
    format!("{n} {noun}{}", if n == 1 { "" } else { "s" })
}

/// Scrolls the rendered part into view, focuses it and flashes it.
fn reveal(target: &str) {
    let selector = format!("[data-path=\"{target}\"]");
    let Some(el) = document().query_selector(&selector).ok().flatten() else {
        return;
    };
    let options = web_sys::ScrollIntoViewOptions::new();
    options.set_behavior(web_sys::ScrollBehavior::Smooth);
    options.set_block(web_sys::ScrollLogicalPosition::Center);
    el.scroll_into_view_with_scroll_into_view_options(&options);
    let _ = el.set_attribute("tabindex", "-1");
    if let Ok(html) = el.clone().dyn_into::<web_sys::HtmlElement>() {
        let _ = html.focus();
    }
    let classes = el.class_list();
    let _ = classes.remove_1("flash");
    // Restart the highlight animation on the next frame.
    request_animation_frame(move || {
        let _ = classes.add_1("flash");
    });
}
