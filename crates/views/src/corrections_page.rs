//! "Corrections and withdrawals" (`/corrections`): every alert the
//! publisher withdrew, or edited after publication, newest change first
//! (`alert_model::reading::corrections`), with the publisher's note where
//! the alert gives one, in the alert's own language.

use crate::env::{href, use_env};
use crate::i18n::use_words;
use crate::page_heading::PageHeading;
use crate::type_badge::TypeBadge;
use alert_model::reading::corrections::changed;
use alert_model::{Alert, Status};
use leptos::prelude::*;
use std::sync::Arc;

/// `alerts`: the corrections, in order; `feed`: the corrections feed's
/// file (`feeds/corrections.xml`), when the build wrote one.
#[component]
pub fn CorrectionsPage(alerts: Vec<Arc<Alert>>, feed: Option<String>) -> impl IntoView {
    let words = use_words();
    let items = alerts
        .into_iter()
        .map(|a| {
            let what = match a.status {
                Status::Withdrawn => words.text("corrections.withdrawn"),
                _ => words.text("corrections.edited"),
            };
            let when = words.fill(
                "corrections.changed_on",
                &[
                    ("what", &what),
                    ("date", &words.long_date(changed(&a))),
                    ("published", &words.long_date(&a.published)),
                ],
            );
            let note = a.change_note.clone().map(|note| {
                view! {
                    <p class="correction-note">
                        {words.text("corrections.reason")} " "
                        <q lang=a.language.clone() dir=a.direction()>{note}</q>
                    </p>
                }
            });
            view! {
                <li class="correction" data-status=a.status.key()>
                    <p class="correction-title">
                        <TypeBadge kind=a.kind />
                        " "
                        <a href=href(&format!("/alerts/{}", a.id)) lang=a.language.clone() dir=a.direction()>
                            {a.title.clone()}
                        </a>
                    </p>
                    <p class="correction-when">{when}</p>
                    {note}
                </li>
            }
        })
        .collect::<Vec<_>>();
    let list = match items.is_empty() {
        true => view! { <p class="muted">{words.text("corrections.none")}</p> }.into_any(),
        false => view! { <ol class="corrections">{items}</ol> }.into_any(),
    };
    let feed = feed.map(|file| {
        view! {
            <p>
                <a href=use_env().file_href(&format!("/{file}")) type="application/atom+xml">
                    {words.text("corrections.feed")}
                </a>
            </p>
        }
    });
    // A component's children are a closure of their own.
    let heading = words.text("corrections.title");
    view! {
        <article class="corrections-page">
            <PageHeading>{heading}</PageHeading>
            <p class="lede">{words.text("corrections.lede")}</p>
            {feed}
            {list}
        </article>
    }
}
