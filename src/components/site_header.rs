//! The publisher's header on every page: name, tagline, Donate.

use crate::data::AppData;
use crate::dom;
use leptos::prelude::*;
use leptos_router::components::A;

#[component]
pub fn SiteHeader() -> impl IntoView {
    let data = AppData::get();
    let site = move || data.site.get().and_then(Result::ok);
    view! {
        <header class="site-header">
            <div class="site-header-inner">
                <div class="site-id">
                    <A href=dom::href("/") attr:class="site-name">
                        {move || site().map(|s| s.name.clone()).unwrap_or_else(|| "Alert Reader".into())}
                    </A>
                    <p class="tagline">{move || site().map(|s| s.tagline.clone())}</p>
                </div>
                <nav class="site-nav" aria-label="Site">
                    <A href=dom::href("/")>"All alerts"</A>
                    {move || {
                        site()
                            .and_then(|s| s.donate.clone())
                            .filter(|d| alert_model::alert::link_scheme_allowed(d))
                            .map(|href| view! { <a class="button donate" href=href>"Donate"</a> })
                    }}
                </nav>
            </div>
        </header>
    }
}
