//! The publisher's header on every page: a skip link, name, tagline, Donate.

use crate::env::href;
use alert_model::alert::link_scheme_allowed;
use alert_model::Site;
use leptos::prelude::*;
use std::sync::Arc;

/// `here` is the page's own href: the skip link's `#main` alone would
/// resolve against `<base href>` and leave an alert's page for the front
/// page. `site` is `None` while the app is still loading it.
#[component]
pub fn SiteHeader(site: Option<Arc<Site>>, #[prop(into)] here: Signal<String>) -> impl IntoView {
    let name = site
        .as_ref()
        .map_or_else(|| "Alert Reader".to_string(), |s| s.name.clone());
    let tagline = site.as_ref().map(|s| s.tagline.clone());
    let donate = site
        .and_then(|s| s.donate.clone())
        .filter(|d| link_scheme_allowed(d))
        .map(|d| view! { <a class="button donate" href=d>"Donate"</a> });
    view! {
        <a class="skip-link" href=move || format!("{}#main", here.get()) on:click=skip_to_main>
            "Skip to content"
        </a>
        <header class="site-header">
            <div class="site-header-inner">
                <div class="site-id">
                    <a href=href("/") class="site-name">{name}</a>
                    <p class="tagline">{tagline}</p>
                </div>
                <nav class="site-nav" aria-label="Site">
                    <a href=href("/")>"All alerts"</a>
                    {donate}
                </nav>
            </div>
        </header>
    }
}

/// In the app, move focus without a navigation (the router would take the
/// link for one); a static page follows the link itself.
fn skip_to_main(ev: leptos::ev::MouseEvent) {
    use leptos::wasm_bindgen::JsCast;
    ev.prevent_default();
    if let Some(main) = document()
        .get_element_by_id("main")
        .and_then(|m| m.dyn_into::<web_sys::HtmlElement>().ok())
    {
        let _ = main.focus();
    }
}
