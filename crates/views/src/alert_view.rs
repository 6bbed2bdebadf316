//! `/alerts/:id` as a reader sees it: the way back, the alert, its tools
//! and Previous/Next.

use crate::alert_article::AlertArticle;
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
    #[prop(optional)] children: Option<Children>,
) -> impl IntoView {
    // Below the alert, not between its title and its text.
    let follow = alert
        .series
        .as_ref()
        .map(|s| view! { <Follow feed=follow::series(&s.id) /> });
    let cite = href(&format!("/alerts/{}/cite", alert.id));
    let cite_text = use_words().text("cite.link");
    view! {
        <div class="alert-page">
            <BackLink list />
            <AlertArticle alert catalog since=since />
            <div class="alert-tools">
                <a class="button button-quiet cite-link" href=cite rel="external">{cite_text}</a>
                {children.map(|c| c())}
            </div>
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
