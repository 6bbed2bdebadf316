//! "Cite this alert", folded into the alert's page: APA, Chicago and MLA
//! to copy, and BibTeX, RIS and CSL-JSON to download. Each download link
//! carries its file (`alert_model::outputs::cite::files::Format::data_url`),
//! so downloads need neither script nor a file in the build, and a page of
//! its own per alert and language is not needed either (issue 31: four
//! files an alert fewer). Copy buttons work through the document's one copy
//! listener (see `follow`), shown only when script runs.

use crate::env::href;
use crate::i18n::use_words;
use alert_model::outputs::cite::files::Format;
use alert_model::outputs::cite::styles::Style;
use alert_model::outputs::cite::Citation;
use leptos::prelude::*;

/// The fragment that opens the box: an element inside a closed `<details>`
/// opens it when an address names it.
pub const FRAGMENT: &str = "cite";

#[component]
pub fn CiteBox(citation: Citation) -> impl IntoView {
    let words = use_words();
    // The styles are English conventions around the alert's own title (in
    // italics in each): said so, for screen readers and translators.
    let title_lang = citation.language.clone();
    let styles = Style::ALL
        .into_iter()
        .map(|style| {
            let id = format!("cite-{}", style.key());
            let runs = style
                .format(&citation)
                .0
                .into_iter()
                .map(|(text, italic)| {
                    if italic {
                        view! { <i lang=title_lang.clone()>{text}</i> }.into_any()
                    } else {
                        text.into_any()
                    }
                })
                .collect_view();
            view! {
                <dt class="cite-name">{style.name()}</dt>
                <dd class="cite-style">
                    <p class="cite-text" id=id.clone() lang="en" dir="auto">{runs}</p>
                    <CopyButton from=id />
                </dd>
            }
        })
        .collect_view();
    let files = Format::ALL
        .into_iter()
        .map(|format| {
            let name = format.file_name(&citation.id);
            view! {
                <li>
                    <a href=format.data_url(&citation) download=name type=format.media_type()>
                        {words.fill("cite.download", &[("format", format.name())])}
                    </a>
                </li>
            }
        })
        .collect_view();
    let text = |key: &str| words.text(key);
    let version = words.fill("cite.version", &[("version", &citation.version)]);
    view! {
        <details class="page-box cite-box">
            <summary class="button button-quiet page-box-opener">{text("cite.title")}</summary>
            <div class="page-box-body cite-body" id=FRAGMENT>
                // What a version is, on the About page: the box stays short
                // on every alert's page (an alert page's 10 KB budget), and
                // the build alone writes About, so the router leaves the
                // link to the browser.
                <p class="cite-version">
                    <strong>{version}</strong>
                    " "
                    <a href=href("/about#version") rel="external">{text("alert.what_is_this")}</a>
                </p>
                <dl
                    class="cite-list"
                    data-copied=text("cite.copied")
                    data-not-copied=text("cite.not_copied")
                >
                    {styles}
                </dl>
                <p class="cite-files-label">{text("cite.files")}</p>
                <ul class="cite-files">{files}</ul>
            </div>
        </details>
    }
}

/// Copies the text of the element `from`; says whether it did (in the
/// words its list carries: `data-copied`, `data-not-copied`).
#[component]
fn CopyButton(from: String) -> impl IntoView {
    let words = use_words();
    view! {
        <span class="copy-row">
            <button type="button" class="button button-quiet copy-button" data-copy-from=from>
                {words.text("cite.copy")}
            </button>
            <span class="copy-status" role="status"></span>
        </span>
    }
}
