//! Alert Reader: a single-page app in which people read early-warning
//! alerts. Data flows one way: `api` fetches, `alert_model` decides,
//! `routes` and `components` render.

mod api;
mod app;
mod components;
mod data;
mod dom;
#[cfg(feature = "parse-bench")]
mod parse_bench;
mod preview;
mod routes;

use leptos::prelude::*;
use wasm_bindgen::JsCast;

fn main() {
    console_error_panic_hook::set_once();
    let boot = document().get_element_by_id("boot");
    let location = window().location();
    let here = dom::within_site(&location.pathname().unwrap_or_default());
    // An address without a language prefix, for a reader who chose another
    // language or whose browser prefers one: that language's page. (A
    // prerendered page's loader does this before the app is asked for.)
    if let Some(tag) = dom::preferred_elsewhere() {
        if !here.starts_with("/embed/") && !here.starts_with("/preview") {
            let search = location.search().unwrap_or_default();
            let hash = location.hash().unwrap_or_default();
            let _ = location.replace(&format!("{}{search}{hash}", dom::href_in(tag, &here)));
            return;
        }
    }
    // A Cite or Compare page's old address (a link shared before the
    // alert's page took them in as boxes): that page, with the box open.
    // Hosts with rewrites redirect it before (scripts/write-headers.mjs).
    if let Some((page, fragment)) = alert_views::former_pages::former_box_page(&here) {
        let _ = location.replace(&format!("{}{page}#{fragment}", dom::site_base()));
        return;
    }
    // A prerendered page counts only at the address it was made for: a dev
    // server answers every unknown path with the prerendered front page.
    // Only the partner panels may be framed (see dom::refuse_framing).
    if dom::is_framed() && !here.starts_with("/embed/") {
        dom::refuse_framing();
        return;
    }
    let prerendered = boot.as_ref().is_some_and(|b| {
        b.class_list().contains("prerendered")
            && b.get_attribute("data-path").as_deref() == Some(normalize(&here))
    });
    // The map in a bundle without its views (the map page loads the map's
    // own bundle, so this is only a build without it): the page stays.
    if prerendered && !app::MAP && alert_model::i18n::languages::split_path(&here).1 == "/map" {
        return;
    }
    if !prerendered {
        // The static "Loading…" note: the app takes over at once.
        if let Some(boot) = boot {
            boot.remove();
        }
        leptos::mount::mount_to_body(app::App);
        return;
    }
    // A prerendered page stays on screen while the app builds the same view
    // out of sight; the view reveals itself when its content is in (see
    // dom::reveal_app). Swapping only then means nothing blinks or shifts.
    let Some(root) = document()
        .create_element("div")
        .ok()
        .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
    else {
        return;
    };
    root.set_id("app");
    root.set_hidden(true);
    if let Some(body) = document().body() {
        let _ = body.append_child(&root);
    }
    leptos::mount::mount_to(root, app::App).forget();
    // Whatever happens, never leave the reader on a page that cannot react.
    set_timeout(dom::reveal_app, std::time::Duration::from_secs(4));
}

/// "/" for "" and "/index.html"; other paths without a trailing slash.
fn normalize(path: &str) -> &str {
    match path.trim_end_matches('/') {
        "" | "/index.html" => "/",
        p => p,
    }
}
