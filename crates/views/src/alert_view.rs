//! `/alerts/:id` as a reader sees it: the way back, the alert, its tools
//! and Previous/Next.

use crate::alert_article::AlertArticle;
use crate::cite_box::FRAGMENT;
use crate::env::href;
use crate::follow::Follow;
use crate::i18n::use_words;
use crate::prev_next::PrevNext;
use alert_model::outputs::follow;
use alert_model::reading::nav::Step;
use alert_model::reading::since::Since;
use alert_model::{Alert, Catalog, Query};
use leptos::prelude::*;
use std::sync::Arc;

/// `list` is the list the reader came from (its filters ride in the
/// address), for the way back. `children` are the alert's tools (Embed).
#[component]
pub fn AlertView(
    alert: Arc<Alert>,
    catalog: Option<Arc<Catalog>>,
    list: Query,
    steps: Option<(Step, Step)>,
    /// What changed since the alert this one follows.
    #[prop(default = None)]
    since: Option<Since>,
    /// "Compare with Update 1" (`compare_box::CompareBox`), for an update:
    /// the prerendered page's. The app's view leaves it out, as it leaves
    /// out `cite`: the Since box links to the page's.
    #[prop(default = None)]
    compare: Option<Children>,
    /// "Cite this alert" (`cite_box::CiteBox`): the prerendered page's.
    /// Without it (the app, which leaves the citation code out of the
    /// reader's download), a link to that page's box.
    #[prop(default = None)]
    cite: Option<Children>,
    #[prop(optional)] children: Option<Children>,
) -> impl IntoView {
    // Below the alert, not between its title and its text.
    let follow = alert
        .series
        .as_ref()
        .map(|s| view! { <Follow feed=follow::series(&s.id) /> });
    let cite_link = cite.is_none().then(|| {
        let to = format!("{}#{FRAGMENT}", href(&format!("/alerts/{}", alert.id)));
        let text = use_words().text("cite.title");
        view! { <a class="button button-quiet cite-link" href=to rel="external">{text}</a> }
    });
    view! {
        <div class="alert-page">
            <BackLink list />
            <AlertArticle alert catalog since=since />
            {compare.map(|c| c())}
            // Always there, empty or not: the page and the app's view of it
            // have the same structure (tests/e2e/one-renderer.spec.js).
            <div class="alert-tools">{cite_link} {children.map(|c| c())}</div>
            {cite.map(|c| c())}
            {follow}
            {steps.map(|(previous, next)| view! { <PrevNext previous next /> })}
        </div>
    }
}

/// "← Back to alerts", to the list the reader came from.
#[component]
pub fn BackLink(list: Query) -> impl IntoView {
    let to = href(&format!("/{}", list.first_page().to_query_string()));
    view! {
        <p class="back">
            <a href=to>{use_words().text("alert.back")}</a>
        </p>
    }
}
