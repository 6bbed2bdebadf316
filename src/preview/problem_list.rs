//! Every problem in a draft, each with its JSON path and reason. Where the
//! part it concerns is on the page, the problem is a button that scrolls
//! there and highlights it.

use alert_model::placement::anchor;
use alert_model::validate::{Problem, Severity};
use leptos::prelude::*;
use wasm_bindgen::JsCast;

/// `shown` lists the `data-path` marks present in the rendered draft.
#[component]
pub fn ProblemList(problems: Vec<Problem>, shown: Vec<String>) -> impl IntoView {
    let errors = problems
        .iter()
        .filter(|p| p.severity == Severity::Error)
        .count();
    let warnings = problems.len() - errors;
    let heading = match (errors, warnings) {
        (0, 0) => "No problems found: this draft is ready to publish.".to_string(),
        (e, w) => format!("{} and {}", count(e, "error"), count(w, "warning")),
    };
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
