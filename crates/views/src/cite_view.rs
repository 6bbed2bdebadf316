//! `/alerts/:id/cite`: "Cite this alert", in APA, Chicago and MLA to copy,
//! and as BibTeX, RIS and CSL-JSON to copy or download (each link carries
//! its file, `alert_model::outputs::cite::files::Format::data_url`, so
//! downloads need neither script nor a file in the build). Copy buttons work
//! through the document's one copy listener (see `follow`), shown only
//! when script runs.

use crate::env::href;
use crate::i18n::use_words;
use crate::page_heading::PageHeading;
use alert_model::outputs::cite::files::Format;
use alert_model::outputs::cite::styles::Style;
use alert_model::outputs::cite::Citation;
use leptos::prelude::*;

#[component]
pub fn CiteView(citation: Citation) -> impl IntoView {
    let words = use_words();
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
                        view! { <i>{text}</i> }.into_any()
                    } else {
                        text.into_any()
                    }
                })
                .collect_view();
            view! {
                <li class="cite-style">
                    <h3 class="cite-name">{style.name()}</h3>
                    <p class="cite-text" id=id.clone() dir="auto">{runs}</p>
                    <CopyButton from=id />
                </li>
            }
        })
        .collect_view();
    let files = Format::ALL
        .into_iter()
        .map(|format| {
            let id = format!("cite-{}", format.ext().replace('.', "-"));
            let name = format.file_name(&citation.id);
            view! {
                <li class="cite-file">
                    <h3 class="cite-name">{format.name()}</h3>
                    <pre class="cite-code" id=id.clone() dir="ltr" tabindex="0">{format.write(&citation)}</pre>
                    <p class="cite-actions">
                        <a href=format.data_url(&citation) download=name type=format.media_type()>
                            {words.fill("cite.download", &[("format", format.name())])}
                        </a>
                        <CopyButton from=id />
                    </p>
                </li>
            }
        })
        .collect_view();
    let text = |key: &str| words.text(key);
    let (back, title, lede, note) = (
        text("compare.back"),
        text("cite.title"),
        text("cite.lede"),
        text("cite.version_note"),
    );
    let (styles_heading, files_heading) = (text("cite.styles"), text("cite.files"));
    let version = words.fill("cite.version", &[("version", &citation.version)]);
    view! {
        <div class="cite-page">
            <p class="back">
                <a href=href(&format!("/alerts/{}", citation.id))>{back}</a>
            </p>
            <PageHeading>{title}</PageHeading>
            <p class="cite-lede">{lede}</p>
            <p class="cite-version">
                <strong>{version}</strong>
                " " {note}
            </p>
            <p class="cite-url"><a href=citation.url.clone() dir="ltr">{citation.url.clone()}</a></p>
            <section aria-labelledby="cite-styles">
                <h2 id="cite-styles">{styles_heading}</h2>
                <ul class="cite-list">{styles}</ul>
            </section>
            <section aria-labelledby="cite-files">
                <h2 id="cite-files">{files_heading}</h2>
                <ul class="cite-list">{files}</ul>
            </section>
        </div>
    }
}

/// Copies the text of the element `from`; says whether it did.
#[component]
fn CopyButton(from: String) -> impl IntoView {
    let words = use_words();
    view! {
        <span class="copy-row">
            <button
                type="button"
                class="button button-quiet copy-button"
                data-copy-from=from
                data-copied=words.text("cite.copied")
                data-not-copied=words.text("cite.not_copied")
            >
                {words.text("cite.copy")}
            </button>
            <span class="copy-status" role="status"></span>
        </span>
    }
}
