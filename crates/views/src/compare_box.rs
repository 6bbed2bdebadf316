//! "Compare with Update 1", folded into an update's page under the alert:
//! its text against the alert it follows, passage by passage
//! (`alert_model::reading::diff::align`) and, inside a rewritten passage,
//! word by word. What happened to a passage is said in words and shown by
//! strike-through and underline, never by colour alone; screen readers
//! hear "removed: … (end)" around struck words. A box rather than a page of
//! its own per alert and interface language (issue 31: nearly a file an
//! alert fewer); the Since box above links to it (`FRAGMENT`).

use crate::env::href;
use crate::i18n::use_words;
use alert_model::i18n::words::series_inline;
use alert_model::reading::diff::{align, word_runs, Run};
use alert_model::reading::since::Since;
use alert_model::{Alert, Block};
use leptos::prelude::*;
use std::sync::Arc;

/// The fragment that opens the box: an element inside a closed `<details>`
/// opens it when an address names it.
pub const FRAGMENT: &str = "compare";

/// The box's heading: "Changes since Update 2".
pub fn title(words: &alert_model::i18n::Messages, since: &Since) -> String {
    match since.previous.series.as_ref().map_or(0, |s| s.number) {
        0 => words.text("compare.title_original"),
        n => words.fill("compare.title", &[("update", &series_inline(words, n))]),
    }
}

#[component]
pub fn CompareBox(alert: Arc<Alert>, previous: Arc<Alert>, since: Since) -> impl IntoView {
    let words = use_words();
    let pairs = align(&previous.body, &alert.body);
    let differing = pairs
        .iter()
        .filter(|(b, a)| match (b, a) {
            (Some(b), Some(a)) => previous.body.get(*b) != alert.body.get(*a),
            _ => true,
        })
        .count();
    let summary = if differing == 0 {
        words.text("compare.same")
    } else {
        words.count("compare.differs", differing, &[])
    };
    // Kept passages between changes fold away, so the changes stand out.
    let mut passages = Vec::new();
    let mut kept: Vec<&Block> = Vec::new();
    let flush = |kept: &mut Vec<&Block>, passages: &mut Vec<AnyView>| {
        if kept.is_empty() {
            return;
        }
        let n = kept.len();
        let blocks = kept.drain(..).map(|b| passage_text(b, None)).collect_view();
        let words = use_words();
        // The interface's words, inside the alert's text.
        let (lang, dir) = (words.lang(), words.dir());
        passages.push(
            view! {
                <li class="passage passage-kept">
                    <details>
                        <summary lang=lang dir=dir>{words.count("compare.unchanged", n, &[])}</summary>
                        {blocks}
                    </details>
                </li>
            }
            .into_any(),
        );
    };
    for (b, a) in &pairs {
        let before = b.and_then(|i| previous.body.get(i));
        let after = a.and_then(|j| alert.body.get(j));
        match (before, after) {
            (Some(b), Some(a)) if b == a => kept.push(a),
            (b, a) => {
                flush(&mut kept, &mut passages);
                passages.push(changed_passage(&words, b, a));
            }
        }
    }
    flush(&mut kept, &mut passages);
    let (ui_lang, ui_dir) = (words.lang(), words.dir());
    let (opener, heading, with, legend) = (
        since.compare(&words),
        title(&words, &since),
        words.text("compare.with"),
        words.text("compare.legend"),
    );
    let previous_date = words.long_date(&previous.published);
    let previous_href = href(&format!("/alerts/{}", previous.id));
    view! {
        <details class="page-box compare-box">
            <summary class="button button-quiet page-box-opener">{opener}</summary>
            <div class="page-box-body compare-body" id=FRAGMENT>
                <h2 class="compare-title">{heading}</h2>
                <p class="compare-with">
                    {with} " "
                    <a href=previous_href lang=previous.language.clone() dir=previous.direction()>{previous.title.clone()}</a>
                    " (" <time datetime=previous.published.calendar()>{previous_date}</time> ")"
                </p>
                <p class="compare-summary" lang=ui_lang dir=ui_dir>
                    <strong>{summary}</strong> " " {legend}
                </p>
                <ol class="passages" lang=alert.language.clone() dir=alert.direction()>{passages}</ol>
            </div>
        </details>
    }
}

/// A passage removed, added or rewritten, with its label.
fn changed_passage(
    words: &alert_model::i18n::Messages,
    before: Option<&Block>,
    after: Option<&Block>,
) -> AnyView {
    let (class, label) = match (before, after) {
        (Some(_), None) => ("passage passage-removed", words.text("compare.removed")),
        (None, Some(_)) => ("passage passage-added", words.text("compare.added")),
        _ => ("passage passage-changed", words.text("compare.changed")),
    };
    let body = match (before, after) {
        (Some(b), None) => view! { <del>{passage_text(b, None)}</del> }.into_any(),
        (None, Some(a)) => view! { <ins>{passage_text(a, None)}</ins> }.into_any(),
        (Some(b), Some(a)) => passage_text(a, Some(&b.plain_text())).into_any(),
        (None, None) => ().into_any(),
    };
    view! {
        <li class=class>
            <p class="passage-label" lang=words.lang() dir=words.dir()>{label}</p>
            {body}
        </li>
    }
    .into_any()
}

/// A block's words, with a heading's weight; with `before`, the words
/// changed since that text marked inline.
fn passage_text(block: &Block, before: Option<&str>) -> impl IntoView {
    let class = match block {
        Block::Heading { .. } => "passage-text passage-heading",
        _ => "passage-text",
    };
    let text = block.plain_text();
    let content = match before {
        None => text.into_any(),
        Some(before) => {
            let words = use_words();
            word_runs(before, &text)
                .into_iter()
                .map(|(run, t)| match run {
                    Run::Kept => t.into_any(),
                    Run::Removed => {
                        view! { <del>{said(&words, "compare.removed_words", t)}</del> }.into_any()
                    }
                    Run::Added => {
                        view! { <ins>{said(&words, "compare.added_words", t)}</ins> }.into_any()
                    }
                })
                .collect_view()
                .into_any()
        }
    };
    view! { <p class=class>{content}</p> }
}

/// Words struck or added, with where they start and end said to screen
/// readers ("removed: … (end)"), which do not announce `del` and `ins`.
fn said(words: &alert_model::i18n::Messages, key: &str, text: String) -> impl IntoView {
    // The interface's words inside the alert's text carry their language,
    // so a screen reader voices "supprimé :" in French, not as English.
    let (lang, dir) = (words.lang(), words.dir());
    view! {
        <span class="visually-hidden" lang=lang dir=dir>{words.text(key)} " "</span>
        {text}
        <span class="visually-hidden" lang=lang dir=dir>" " {words.text("compare.end_words")}</span>
    }
}
