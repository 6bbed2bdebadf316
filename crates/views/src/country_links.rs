//! Country names linked to their timelines.

use crate::env::href;
use alert_model::countries::country_name;
use leptos::prelude::*;

#[component]
pub fn CountryLinks(countries: Vec<String>) -> impl IntoView {
    view! {
        <ul class="country-links">
            {countries
                .into_iter()
                .map(|code| {
                    let name = country_name(&code).unwrap_or(&code).to_string();
                    view! {
                        <li>
                            <a href=href(&format!("/countries/{code}"))>{name}</a>
                        </li>
                    }
                })
                .collect_view()}
        </ul>
    }
}
