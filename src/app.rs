//! The shell: router, site header and footer, skip link, routes.

use crate::api;
use crate::data::AppData;
use crate::dom;
use crate::preview::PreviewPage;
use crate::routes::{
    alert::AlertPage,
    country::CountryPage,
    embed::{EmbedAlert, EmbedBoard, EmbedLatest},
    home::Home,
    map::MapPage,
    not_found::NotFound,
};
use alert_views::env::Env;
use alert_views::page_heading::mark_navigated;
use alert_views::site_footer::SiteFooter;
use alert_views::site_header::SiteHeader;
use leptos::prelude::*;
use leptos_router::components::{Route, Router, Routes};
use leptos_router::hooks::use_location;
use leptos_router::path;

#[component]
pub fn App() -> impl IntoView {
    AppData::provide();
    Env::new(&dom::site_base())
        .with_language(dom::language())
        .with_public(dom::public_url())
        .provide();
    dom::serve_copy_buttons();
    // Nothing shows before the words are in: a prerendered page stays on
    // screen meanwhile, and the site and index load alongside.
    let words = LocalResource::new(|| api::fetch_words(dom::language()));
    move || match words.get() {
        None => ().into_any(),
        Some(Ok(words)) => {
            // A page the build did not write (a 404) says its language too.
            dom::set_language(words.lang(), words.dir());
            alert_views::i18n::provide(words);
            view! {
                <Router base=dom::base_path()>
                    <Shell />
                </Router>
            }
            .into_any()
        }
        Some(Err(error)) => {
            // Without its words the reader cannot say much: which file, and
            // a retry (in English and in symbols, the one fallback).
            let retry = move |_| words.refetch();
            view! {
                <main id="main" class="words-failed">
                    <p role="alert">{error.to_string()}</p>
                    <button type="button" class="button" on:click=retry>"↻"</button>
                </main>
            }
            .into_any()
        }
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
    let data = AppData::get();
    let site = move || data.site.get().and_then(Result::ok);
    // The page's path within its language: what the language switcher and
    // the skip link point at, as on the prerendered page (a list's filters
    // stay behind when the language changes).
    let page = Signal::derive(move || {
        let path = location.pathname.get();
        match path
            .strip_prefix(dom::base_path().as_str())
            .unwrap_or(&path)
        {
            "" => "/".to_string(),
            within => within.to_string(),
        }
    });
    let within_site = move || dom::within_site(&location.pathname.get());
    // Embeds show no site chrome: only the panel.
    let chrome = move || !within_site().starts_with("/embed/");
    // The staff preview is in English only: no other language to switch to.
    let preview = move || within_site().starts_with("/preview");
    view! {
        <Show when=chrome>
            {move || view! { <SiteHeader site=site() page languages=!preview() /> }}
        </Show>
        <main id="main" tabindex="-1">
            <Routes fallback=|| view! { <NotFound /> }>
                <Route path=path!("/") view=|| bundled(READER, Home, not_found) />
                // The lists a static host serves as files (list_address).
                <Route path=path!("/page/:n") view=|| bundled(READER, Home, not_found) />
                <Route path=path!("/types/:kind") view=|| bundled(READER, Home, not_found) />
                <Route path=path!("/types/:kind/page/:n") view=|| bundled(READER, Home, not_found) />
                <Route path=path!("/years/:year") view=|| bundled(READER, Home, not_found) />
                <Route path=path!("/years/:year/page/:n") view=|| bundled(READER, Home, not_found) />
                <Route path=path!("/alerts/:id") view=|| bundled(READER, AlertPage, not_found) />
                <Route path=path!("/countries/:code") view=|| bundled(READER, CountryPage, not_found) />
                <Route path=path!("/countries/:code/page/:n") view=|| bundled(READER, CountryPage, not_found) />
                <Route path=path!("/map") view=|| bundled(MAP, MapPage, not_found) />
                <Route path=path!("/preview") view=|| bundled(PREVIEW, PreviewPage, preview_elsewhere) />
                <Route path=path!("/embed/latest") view=EmbedLatest />
                <Route path=path!("/embed/alert/:id") view=EmbedAlert />
                <Route path=path!("/embed/board") view=|| bundled(BOARD_PANEL, EmbedBoard, not_found) />
            </Routes>
        </main>
        <Show when=chrome>
            {move || view! { <SiteFooter site=site() /> }}
        </Show>
    }
}

// Which views this bundle carries (scripts/build makes four): the reader's
// (default features), the staff preview's (`preview`, as preview.html),
// the map's (`map`, as map-app.html) and the partner embeds' (no default
// features, as embed-panel.html).
const READER: bool = cfg!(feature = "reader");
const PREVIEW: bool = cfg!(feature = "preview");
/// The map's filters. `trunk serve` (scripts/serve) builds one bundle with
/// the preview's feature, which then carries everything.
pub const MAP: bool = cfg!(feature = "map") || PREVIEW;
/// The partners' board panel is always its own page (embed/board.html,
/// the embeds' bundle), so the reader's bundle does not carry it; a debug
/// build carries everything.
const BOARD_PANEL: bool = !READER || cfg!(debug_assertions);

/// `view` where this bundle carries it, else `otherwise`. The flags are
/// constants, so the optimiser drops a view a bundle does not carry, and
/// everything only that view uses: readers never download the preview, nor
/// partners' visitors the reader's views.
fn bundled<V: IntoView + 'static>(
    carried: bool,
    view: fn() -> V,
    otherwise: fn() -> AnyView,
) -> AnyView {
    if carried {
        view().into_any()
    } else {
        otherwise()
    }
}

fn not_found() -> AnyView {
    view! { <NotFound /> }.into_any()
}

/// Reached only where the server did not answer /preview with
/// preview.html (see docs/deploying.md): say so to the staff member.
fn preview_elsewhere() -> AnyView {
    let what = "The draft preview is a page of its own, preview.html, which this server did not send for this address.".to_string();
    view! { <NotFound what /> }.into_any()
}
