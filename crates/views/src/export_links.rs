//! "Download these results: CSV · CSV for Excel · JSON" under the archive.
//! The links lead to the whole archive's files, which the build writes
//! (`Download::archive_file`), so they work without script on the
//! unfiltered list; the app passes `on_export` and writes exactly the
//! filtered list instead.

use crate::env::use_env;
use crate::i18n::use_words;
use alert_model::outputs::export::Download;
use alert_model::Query;
use leptos::prelude::*;

#[component]
pub fn ExportLinks(
    #[prop(into)] query: Signal<Query>,
    on_export: Option<Callback<Download>>,
) -> impl IntoView {
    let (env, words) = (use_env(), use_words());
    let links = Download::ALL
        .into_iter()
        .enumerate()
        .map(|(k, download)| {
            let click = move |ev: leptos::ev::MouseEvent| {
                if let Some(on_export) = on_export {
                    ev.prevent_default();
                    on_export.run(download);
                }
            };
            view! {
                {(k > 0).then_some(" · ")}
                <a
                    href=env.file_href(&format!("/{}", download.archive_file()))
                    download=move || download.file_name(&query.get())
                    type=download.media_type()
                    data-export=download.label()
                    on:click=click
                >
                    {words.text(download.label())}
                </a>
            }
        })
        .collect_view();
    view! {
        <p class="export">
            {words.text("export.heading")} " " {links}
        </p>
    }
}
