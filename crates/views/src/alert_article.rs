//! One alert, read in full. The reader, the prerendered pages and the
//! draft preview all render this one component, so staff see exactly what
//! readers will.

use crate::alert_body::AlertBody;
use crate::country_links::CountryLinks;
use crate::env::href;
use crate::field_marks::mark;
use crate::i18n::use_words;
use crate::page_heading::PageHeading;
use crate::series_track::SeriesTrack;
use crate::since_box::SinceBox;
use crate::type_badge::TypeBadge;
use alert_model::alert::language::language_name;
use alert_model::alert::link_scheme_allowed;
use alert_model::reading::since::{edited, Since};
use alert_model::{Alert, Catalog, Status};
use leptos::prelude::*;
use std::sync::Arc;

/// The `data-path` marks this article renders for `alert`, so a problem in
/// a draft can point at the part it concerns. Kept beside the markup that
/// it describes.
pub fn marked_parts(alert: &Alert) -> Vec<String> {
    let allowed = |h: &Option<String>| h.as_deref().is_some_and(link_scheme_allowed);
    let optional = [
        ("status", alert.status == Status::Withdrawn),
        ("updated", edited(alert).is_some()),
        ("series", alert.series.is_some()),
        // The box under the title, when the update follows a published one.
        (
            "changes",
            !alert.changes.is_empty() && alert.series.as_ref().is_some_and(|s| s.number > 0),
        ),
        ("translations", !alert.translations.is_empty()),
        ("tags", !alert.tags.is_empty()),
        (
            "links",
            allowed(&alert.links.source) || allowed(&alert.links.pdf),
        ),
    ];
    ["type", "title", "published", "countries"]
        .into_iter()
        .chain(
            optional
                .into_iter()
                .filter(|(_, shown)| *shown)
                .map(|(part, _)| part),
        )
        .map(str::to_string)
        .chain((0..alert.body.len()).map(|i| format!("body[{i}]")))
        .collect()
}

/// `catalog` places the alert in its series; without it (no index) the
/// series shows its number only. `since` is what changed since the alert
/// this one follows (`alert_model::reading::since::for_alert`).
#[component]
pub fn AlertArticle(
    alert: Arc<Alert>,
    catalog: Option<Arc<Catalog>>,
    #[prop(default = None)] since: Option<Since>,
) -> impl IntoView {
    let words = use_words();
    let about_type = href(&format!("/about#{}", alert.kind.key()));
    // The interface's own words inside the article say which language
    // they are in, as the article says its own.
    let (ui_lang, ui_dir) = (words.lang(), words.dir());
    let series = alert.series.clone().map(|series| {
        view! {
            <div data-path=mark("series")>
                <SeriesTrack catalog series current_id=alert.id.clone() />
            </div>
        }
    });
    let updated = edited(&alert).map(|u| {
        view! {
            <span class="updated" data-path=mark("updated")>
                " · " {words.text("alert.updated")} " "
                <time datetime=u.calendar()>{words.long_date(u)}</time>
            </span>
        }
    });
    // Why it was withdrawn, or what an edit corrected, in the alert's
    // own words and language.
    let note = alert.change_note.clone().map(|note| {
        view! {
            " "
            <span class="change-note" data-path=mark("change_note")>
                {words.text("alert.change_note")} " "
                <q lang=alert.language.clone() dir=alert.direction()>{note}</q>
            </span>
        }
    });
    let withdrawn = alert.status == Status::Withdrawn;
    let (withdrawn, edit_note) = match withdrawn {
        true => (
            Some(view! {
                <p class="notice notice-withdrawn" role="note" data-path=mark("status") lang=ui_lang dir=ui_dir>
                    <strong>{words.text("alert.withdrawn")}</strong>
                    " "
                    {words.text("alert.withdrawn_note")}
                    {note}
                </p>
            }),
            None,
        ),
        false => (None, edited(&alert).and(note)),
    };
    let translations = (!alert.translations.is_empty()).then(|| {
        let links = alert
            .translations
            .iter()
            .map(|(lang, id)| {
                view! {
                    <li>
                        <a href=href(&format!("/alerts/{id}")) hreflang=lang.clone() lang=lang.clone()>
                            {language_name(lang)}
                        </a>
                    </li>
                }
            })
            .collect_view();
        view! {
            <nav class="translations" aria-label=words.text("alert.translations") dir=ui_dir lang=ui_lang data-path=mark("translations")>
                <span>{words.text("alert.also_in")} " "</span>
                <ul>{links}</ul>
            </nav>
        }
    });
    let allowed = |h: &Option<String>| h.clone().filter(|h| link_scheme_allowed(h));
    let source = allowed(&alert.links.source);
    let pdf = allowed(&alert.links.pdf);
    let links = (source.is_some() || pdf.is_some()).then(|| {
        view! {
            <p class="alert-links" data-path=mark("links")>
                {source.map(|h| view! { <a href=h rel="noopener noreferrer">{words.text("alert.source")}</a> })}
                {pdf.map(|h| view! { <a href=h rel="noopener noreferrer">{words.text("alert.pdf")}</a> })}
            </p>
        }
    });
    let tags = (!alert.tags.is_empty()).then(|| {
        view! {
            <ul class="tags" aria-label=words.text("alert.tags") data-path=mark("tags")>
                {alert.tags.iter().map(|t| view! { <li>{t.clone()}</li> }).collect_view()}
            </ul>
        }
    });
    let (lang, dir) = (alert.language.clone(), alert.direction());
    let (kind, title, countries) = (alert.kind, alert.title.clone(), alert.countries.clone());
    let (published, long_date) = (
        alert.published.calendar(),
        words.long_date(&alert.published),
    );
    // A translation in the reader's own language, said at the very top in
    // that language.
    let yours = (alert.language != ui_lang)
        .then(|| alert.translations.get(ui_lang))
        .flatten()
        .map(|id| {
            view! {
                <p class="notice notice-translation" lang=ui_lang dir=ui_dir>
                    {words.text("alert.in_your_language")}
                    " "
                    <a href=href(&format!("/alerts/{id}")) hreflang=ui_lang>{language_name(ui_lang)}</a>
                </p>
            }
        });
    let since = since.map(|since| {
        // A draft has no page to compare on yet. The box is the page's (the
        // app's view leaves its code out: there the link loads the page).
        let compare = (alert.status != Status::Draft).then(|| {
            let page = href(&format!("/alerts/{}", alert.id));
            format!("{page}#{}", crate::compare_box::FRAGMENT)
        });
        view! { <SinceBox since lang=alert.language.clone() dir=alert.direction() compare /> }
    });
    let body = alert.body.clone();
    view! {
        <article class="alert" lang=lang dir=dir>
            <header class="alert-header">
                {yours}
                {withdrawn}
                <p class="alert-kicker" lang=ui_lang data-path=mark("type")>
                    <TypeBadge kind />
                    " "
                    // What the type means, on the About page (its anchor is the
                    // type's key), which the build alone writes: the router
                    // leaves the link to the browser.
                    <a class="badge-help" href=about_type rel="external">{words.text("alert.what_is_this")}</a>
                </p>
                <div data-path=mark("title")>
                    <PageHeading>{title}</PageHeading>
                </div>
                <p class="alert-date" lang=ui_lang data-path=mark("published")>
                    <time datetime=published>{long_date}</time>
                    {updated}
                    {edit_note}
                </p>
                <div class="alert-countries" dir=ui_dir lang=ui_lang data-path=mark("countries")>
                    <span class="label">{words.text("alert.countries")} " "</span>
                    <CountryLinks countries />
                </div>
                {since}
                {series}
                {translations}
            </header>
            <AlertBody blocks=body />
            <footer class="alert-footer" dir=ui_dir lang=ui_lang>
                {tags}
                {links}
            </footer>
        </article>
    }
}
