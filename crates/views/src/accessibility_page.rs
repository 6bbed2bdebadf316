//! "Accessibility" (`/accessibility`): the standard aimed at, how the
//! reader is tested, what is known not to work, and how to report a
//! barrier. Each claim names the tests that back it, as the test list
//! prints them; tests/e2e/trust-pages.spec.js reads the page and fails
//! when a named test no longer exists, so the page cannot outlive its
//! evidence.

use crate::i18n::use_words;
use crate::page_heading::PageHeading;
use leptos::prelude::*;

/// A statement and the tests that check it: a browser test as
/// `npx playwright test --list` names it ("file › describe › title"), or
/// a Rust test as "crate/tests/file.rs › function".
pub struct Claim {
    pub key: &'static str,
    pub tests: &'static [&'static str],
}

pub const CLAIMS: &[Claim] = &[
    Claim {
        key: "accessibility.claim.axe",
        tests: &[
            "a11y.spec.js › an alert has no axe violations (dark)",
            "a11y.spec.js › a list on a phone, its languages opened, has no axe violations (/years/2023, dark)",
            "i18n.spec.js › in Arabic › an alert has no axe violations",
            "trust-pages.spec.js › the pages about the reader have no axe violations (ar, phone, dark)",
        ],
    },
    Claim {
        key: "accessibility.claim.keyboard",
        tests: &[
            "reader.spec.js › the skip link and keyboard reach the content",
            "editor.spec.js › a new alert written by keyboard alone is saved, accepted by alert-data check, and rendered by the reader as the preview showed it",
        ],
    },
    Claim {
        key: "accessibility.claim.no_script",
        tests: &[
            "reader.spec.js › without JavaScript › Older walks the whole archive, and each type's and year's list holds its alerts",
            "scale.spec.js › each alert reads without script at /ar/alerts/",
        ],
    },
    Claim {
        key: "accessibility.claim.colour",
        tests: &[
            "since-cite-data.spec.js › without JavaScript › an update says what changed, and its Compare box shows where",
            "map.spec.js › colours follow site.json's order of types, in the legend and on the map",
        ],
    },
    Claim {
        key: "accessibility.claim.languages",
        tests: &[
            "crates/prerender/tests/languages.rs › each_language_has_its_own_addresses_direction_and_links",
            "i18n.spec.js › the app's own views say everything in ar, with no key and no English left",
        ],
    },
];

/// What is known not to work, by message key.
const KNOWN: [&str; 3] = [
    "accessibility.known.map",
    "accessibility.known.date",
    "accessibility.known.alerts",
];

/// `contact`: where to report a barrier (`about.json`'s
/// `accessibility_contact`, else the site's contact).
#[component]
pub fn AccessibilityPage(contact: Option<String>) -> impl IntoView {
    let words = use_words();
    let claims = CLAIMS
        .iter()
        .map(|c| {
            let tests = c
                .tests
                .iter()
                .map(|t| view! { <li><code>{*t}</code></li> })
                .collect_view();
            view! {
                <li class="claim">
                    <p>{words.text(c.key)}</p>
                    <p class="claim-tests">{words.text("accessibility.checked_by")}</p>
                    // Test names are the code's, in English.
                    <ul class="claim-tests" lang="en" dir="ltr">{tests}</ul>
                </li>
            }
        })
        .collect_view();
    let known = KNOWN
        .iter()
        .map(|k| view! { <li>{words.text(k)}</li> })
        .collect_view();
    let contact = contact.map(|c| {
        view! {
            <p>
                <a href=format!("mailto:{c}")>{c.clone()}</a>
            </p>
        }
    });
    // A component's children are a closure of their own.
    let heading = words.text("accessibility.title");
    view! {
        <article class="about-page accessibility-page">
            <PageHeading>{heading}</PageHeading>
            <p class="lede">{words.text("accessibility.lede")}</p>
            <section aria-labelledby="tested">
                <h2 id="tested">{words.text("accessibility.tested_heading")}</h2>
                <p>{words.text("accessibility.tested_lede")}</p>
                <ul class="claims">{claims}</ul>
            </section>
            <section aria-labelledby="known">
                <h2 id="known">{words.text("accessibility.known_heading")}</h2>
                <ul>{known}</ul>
            </section>
            <section aria-labelledby="report">
                <h2 id="report">{words.text("accessibility.report_heading")}</h2>
                <p>{words.text("accessibility.report")}</p>
                {contact}
            </section>
        </article>
    }
}
