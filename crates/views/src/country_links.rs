//! Country names linked to their timelines.

use crate::env::href;
use crate::i18n::use_words;
use leptos::prelude::*;

#[component]
pub fn CountryLinks(countries: Vec<String>) -> impl IntoView {
    let words = use_words();
    view! {
        <ul class="country-links">
            {countries
                .into_iter()
                .map(|code| {
                    let name = words.country(&code);
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
