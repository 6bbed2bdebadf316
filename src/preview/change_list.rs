//! What a draft changes against the published alert with the same id.

use alert_model::reading::diff::{Change, ChangeKind};
use leptos::prelude::*;

#[component]
pub fn ChangeList(changes: Vec<Change>) -> impl IntoView {
    if changes.is_empty() {
        return view! { <p>"Nothing differs from the published version."</p> }.into_any();
    }
    let rows = changes
        .into_iter()
        .map(|c| {
            let (class, word) = match c.kind {
                ChangeKind::Added => ("change change-added", "Added"),
                ChangeKind::Removed => ("change change-removed", "Removed"),
                ChangeKind::Changed => ("change change-changed", "Changed"),
            };
            view! {
                <li class=class>
                    <span class="change-kind">{word}</span>
                    " "
                    <code>{c.path}</code>
                    {c.before.map(|b| view! { <del class="change-before">{b}</del> })}
                    {c.after.map(|a| view! { <ins class="change-after">{a}</ins> })}
                </li>
            }
        })
        .collect_view();
    view! { <ul class="changes">{rows}</ul> }.into_any()
}
