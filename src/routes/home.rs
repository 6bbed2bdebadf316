//! `/`: the archive, newest first, with filters and pages, and the lists
//! with paths of their own (`/page/2`, `/types/sos_alert`, `/years/2023`:
//! `alert_model::reading::list_address`), which the build also writes. The
//! view is `alert_views::archive`; this route gives it the address's list
//! state and turns every change into a new address.

use crate::components::page_state::page_state;
use crate::data::AppData;
use crate::dom;
use crate::routes::not_found::NotFound;
use crate::routes::use_list_query;
use alert_model::i18n::words::page_title;
use alert_model::outputs::export::{Download, Row};
use alert_model::reading::list_address::from_path;
use alert_model::{Catalog, Query};
use alert_views::archive::{Archive, HomeFrame};
use alert_views::env::use_env;
use alert_views::i18n::use_words;
use leptos::prelude::*;
use leptos_router::hooks::{use_location, use_navigate};
use leptos_router::NavigateOptions;
use std::sync::Arc;

#[component]
pub fn Home() -> impl IntoView {
    let data = AppData::get();
    let words = use_words();
    Effect::new(move |_| {
        dom::set_title(&page_title(
            &words,
            &words.text("home.heading"),
            &data.site_name(),
        ))
    });
    let list = use_list_query();
    let location = use_location();
    // The list a path names (None: a path no list has, such as a mistyped
    // type), under what the query string adds.
    let by_path = Memo::new(move |_| {
        let path = location.pathname.get();
        let base = dom::base_path();
        from_path(path.strip_prefix(base.as_str()).unwrap_or(&path))
    });
    let known = Memo::new(move |_| by_path.get().is_some());
    let query = Signal::derive(move || {
        let mut q = list.get().0;
        if let Some(p) = by_path.get() {
            q.kind = q.kind.or(p.kind);
            q.year = q.year.or(p.year);
            q.page = q.page.max(p.page);
        }
        q
    });
    let ignored = Signal::derive(move || list.get().1);
    let navigate = use_navigate();
    let on_change = Callback::new(move |(q, replace): (Query, bool)| {
        let options = NavigateOptions {
            replace,
            scroll: false,
            ..Default::default()
        };
        // A choice stays at the front page's address with the list in its
        // query (so the view, and focus, stay put); the pager's and browse
        // links lead to the lists' own paths.
        navigate(&format!("/{}", q.to_query_string()), options);
    });
    view! {
        {move || {
            if !known.get() {
                return view! { <NotFound /> }.into_any();
            }
            view! {
        <HomeFrame>
            {move || {
                page_state(
                    data.catalog.get(),
                    "loading.alerts",
                    move || data.catalog.refetch(),
                    |catalog| {
                        let on_export = export(catalog.clone(), query);
                        view! { <Archive catalog query ignored on_change on_export /> }.into_any()
                    },
                )
            }}
        </HomeFrame>
            }
            .into_any()
        }}
    }
}

/// "Download these results": exactly the filtered list, every page of it,
/// written here rather than fetched.
fn export(catalog: Arc<Catalog>, query: Signal<Query>) -> Callback<Download> {
    let env = use_env();
    Callback::new(move |download: Download| {
        let q = query.get_untracked();
        let url = |id: &str| dom::absolute(&env.public_href(&format!("/alerts/{id}")));
        let rows: Vec<Row> = catalog
            .select(&catalog.filter(&q))
            .into_iter()
            .map(|e| Row::new(e, &url))
            .collect();
        dom::download(
            &download.file_name(&q),
            download.media_type(),
            &download.write(&rows, &q),
        );
    })
}
