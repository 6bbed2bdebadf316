//! The shell: router, site header and footer, skip link, routes.

use crate::components::page_heading::mark_navigated;
use crate::components::site_footer::SiteFooter;
use crate::components::site_header::SiteHeader;
use crate::data::AppData;
use crate::dom;
use crate::routes::{
    alert::AlertPage,
    country::CountryPage,
    embed::{EmbedAlert, EmbedLatest},
    home::Home,
    not_found::NotFound,
};
use leptos::prelude::*;
use leptos_router::components::{Route, Router, Routes};
use leptos_router::hooks::use_location;
use leptos_router::path;

#[component]
pub fn App() -> impl IntoView {
    AppData::provide();
    view! {
        <Router base=dom::base_path()>
            <Shell />
        </Router>
    }
}

#[component]
fn Shell() -> impl IntoView {
    // Focus follows in-app navigation (see PageHeading), not the first load.
    let location = use_location();
    Effect::new(move |previous: Option<String>| {
        let path = location.pathname.get();
        if previous.is_some_and(|p| p != path) {
            mark_navigated();
        }
        path
    });
    let skip = |ev: leptos::ev::MouseEvent| {
        ev.prevent_default();
        if let Some(main) = document().get_element_by_id("main") {
            use wasm_bindgen::JsCast;
            if let Ok(main) = main.dyn_into::<web_sys::HtmlElement>() {
                let _ = main.focus();
            }
        }
    };
    // Embeds show no site chrome: only the panel.
    let embed = move || {
        let path = location.pathname.get();
        let base = dom::base_path();
        path.strip_prefix(base.as_str())
            .unwrap_or(&path)
            .starts_with("/embed/")
    };
    let chrome = move || !embed();
    view! {
        <Show when=chrome>
            <a class="skip-link" href="#main" on:click=skip>
                "Skip to content"
            </a>
            <SiteHeader />
        </Show>
        <main id="main" tabindex="-1">
            <AppRoutes />
        </main>
        <Show when=chrome>
            <SiteFooter />
        </Show>
    }
}

/// The reader's routes. The staff preview's bundle (the `preview` feature,
/// served as preview.html) adds `/preview`; the list is written twice
/// because a `view!` cannot leave out one route by `cfg`.
#[cfg(not(feature = "preview"))]
#[component]
fn AppRoutes() -> impl IntoView {
    view! {
        <Routes fallback=|| view! { <NotFound /> }>
            <Route path=path!("/") view=Home />
            <Route path=path!("/alerts/:id") view=AlertPage />
            <Route path=path!("/countries/:code") view=CountryPage />
            <Route path=path!("/embed/latest") view=EmbedLatest />
            <Route path=path!("/embed/alert/:id") view=EmbedAlert />
        </Routes>
    }
}

#[cfg(feature = "preview")]
#[component]
fn AppRoutes() -> impl IntoView {
    use crate::routes::preview::PreviewPage;
    view! {
        <Routes fallback=|| view! { <NotFound /> }>
            <Route path=path!("/") view=Home />
            <Route path=path!("/alerts/:id") view=AlertPage />
            <Route path=path!("/countries/:code") view=CountryPage />
            <Route path=path!("/preview") view=PreviewPage />
            <Route path=path!("/embed/latest") view=EmbedLatest />
            <Route path=path!("/embed/alert/:id") view=EmbedAlert />
        </Routes>
    }
}
