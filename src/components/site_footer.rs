//! The footer: the publisher's legal line and contact, from `site.json`.

use crate::data::AppData;
use leptos::prelude::*;

#[component]
pub fn SiteFooter() -> impl IntoView {
    let data = AppData::get();
    view! {
        <footer class="site-footer">
            {move || {
                data.site
                    .get()
                    .and_then(Result::ok)
                    .map(|site| {
                        let contact = site.contact.clone().map(|c| {
                            let href = format!("mailto:{c}");
                            view! {
                                <p>
                                    <a href=href>{c}</a>
                                </p>
                            }
                        });
                        view! {
                            <p class="legal">{site.legal.clone()}</p>
                            {contact}
                            {site
                                .sample_data
                                .then(|| {
                                    view! {
                                        <p class="sample-note">
                                            "This reader shows sample data: alerts titled “Example:” are made up to demonstrate it; the others summarise real publications in our own words."
                                        </p>
                                    }
                                })}
                        }
                    })
            }}
        </footer>
    }
}
