//! The publisher's header on every page: a skip link, name, tagline, the
//! language switcher, Donate.

use crate::env::use_env;
use crate::i18n::use_words;
use crate::language_switcher::LanguageSwitcher;
use alert_model::alert::link_scheme_allowed;
use alert_model::Site;
use leptos::prelude::*;
use std::sync::Arc;

/// `page` is the page's app path in its language ("/alerts/x"):
/// the skip link's `#main` alone would resolve against `<base href>` and
/// leave an alert's page for the front page. `site` is `None` while the
/// app is still loading it, and already in the page's language.
/// `languages` is false where the page exists in one language only (the
/// staff preview).
#[component]
pub fn SiteHeader(
    site: Option<Arc<Site>>,
    #[prop(into)] page: Signal<String>,
    #[prop(default = true)] languages: bool,
) -> impl IntoView {
    let (env, words) = (use_env(), use_words());
    let name = site
        .as_ref()
        .map_or_else(|| words.text("site.default_name"), |s| s.name.clone());
    let tagline = site.as_ref().map(|s| s.tagline.clone());
    let donate_word = words.text("site.donate");
    let donate = site
        .and_then(|s| s.donate.clone())
        .filter(|d| link_scheme_allowed(d))
        .map(|d| view! { <a class="button donate" href=d>{donate_word}</a> });
    let skip_env = env.clone();
    view! {
        <a
            class="skip-link"
            href=move || format!("{}#main", skip_env.href(&page.get()))
            on:click=skip_to_main
        >
            {words.text("site.skip")}
        </a>
        <header class="site-header">
            <div class="site-header-inner">
                <div class="site-id">
                    <a href=env.href("/") class="site-name">{name}</a>
                    <p class="tagline">{tagline}</p>
                </div>
                <nav class="site-nav" aria-label=words.text("site.nav")>
                    <a href=env.href("/")>{words.text("site.all_alerts")}</a>
                    // A page load, not an in-app step: the page brings the
                    // map's stylesheet and draws the map without the app.
                    <a href=env.href("/map") rel="external">{words.text("site.map")}</a>
                    {donate}
                </nav>
                {languages.then(|| view! { <LanguageSwitcher page /> })}
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
