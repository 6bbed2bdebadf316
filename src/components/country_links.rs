//! Country names linked to their timelines.

use crate::dom;
use alert_model::countries::country_name;
use leptos::prelude::*;
use leptos_router::components::A;

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
                            <A href=dom::href(&format!("/countries/{code}"))>{name}</A>
                        </li>
                    }
                })
                .collect_view()}
        </ul>
    }
}
