//! The language switcher: the same page in each interface language, as
//! plain links, so it works without script and every language's page is
//! a real address. The choice is remembered by whoever handles the click
//! (the page's loader or the app: `.languages a[hreflang]`, see
//! `REMEMBER_KEY`).

use crate::env::use_env;
use crate::i18n::use_words;
use alert_model::i18n::languages::INTERFACE;
use leptos::prelude::*;

/// Where the reader's choice is kept (`localStorage`), read on the next
/// visit to an address without a language prefix.
pub const REMEMBER_KEY: &str = "alert-reader-lang";

/// `page` is the current app path within its language.
#[component]
pub fn LanguageSwitcher(#[prop(into)] page: Signal<String>) -> impl IntoView {
    let (env, words) = (use_env(), use_words());
    let current = words.lang();
    let links = INTERFACE
        .iter()
        .map(|l| {
            let env = env.clone();
            let href = move || env.href_in(l.tag, &page.get());
            let here = (l.tag == current).then_some("page");
            // target="_self": a change of language is a new page, which the
            // app's router must not take for one of its own.
            view! {
                <li>
                    <a href=href hreflang=l.tag lang=l.tag target="_self" aria-current=here>
                        {l.name}
                    </a>
                </li>
            }
        })
        .collect_view();
    let current_name = INTERFACE
        .iter()
        .find(|l| l.tag == current)
        .map_or(current, |l| l.name);
    // Folded on a phone into one control that opens without script (a
    // `<details>`); main.css unfolds it on a wide screen, where the names
    // fit in a row.
    view! {
        <nav class="languages" aria-label=words.text("site.language")>
            <details class="languages-fold">
                <summary lang=current>{current_name}</summary>
                <ul>{links}</ul>
            </details>
        </nav>
    }
}
