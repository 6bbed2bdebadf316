//! One alert, read in full. The draft preview renders drafts with this same
//! component, so staff see exactly what readers will.

use crate::components::alert_body::AlertBody;
use crate::components::country_links::CountryLinks;
use crate::components::page_heading::PageHeading;
use crate::components::series_track::SeriesTrack;
use crate::components::type_badge::TypeBadge;
use crate::data::AppData;
use crate::dom;
use alert_model::language::language_name;
use alert_model::{Alert, Status};
use leptos::prelude::*;
use leptos_router::components::A;
use std::sync::Arc;

/// The `data-path` marks this article renders for `alert`, so a problem in
/// a draft can point at the part it concerns. Kept beside the markup that
/// it describes.
pub fn marked_parts(alert: &Alert) -> Vec<String> {
    let allowed = |h: &Option<String>| {
        h.as_deref()
            .is_some_and(alert_model::alert::link_scheme_allowed)
    };
    let optional = [
        ("status", alert.status == Status::Withdrawn),
        ("updated", alert.updated.is_some()),
        ("series", alert.series.is_some()),
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

#[component]
pub fn AlertArticle(alert: Arc<Alert>) -> impl IntoView {
    let data = AppData::get();
    let a = alert.clone();
    let series = move || {
        let catalog = data.catalog.get().and_then(Result::ok)?;
        let series = a.series.clone()?;
        Some(view! {
            <div data-path="series">
                <SeriesTrack catalog series current_id=a.id.clone() />
            </div>
        })
    };
    let updated = alert
        .updated
        .as_ref()
        .filter(|u| u.calendar() != alert.published.calendar())
        .map(|u| {
            view! {
                <span class="updated" data-path="updated">
                    " · Updated " <time datetime=u.calendar()>{dom::long_date(u)}</time>
                </span>
            }
        });
    let withdrawn = (alert.status == Status::Withdrawn).then(|| {
        view! {
            <p class="notice notice-withdrawn" role="note" data-path="status">
                <strong>"Withdrawn. "</strong>
                "The publisher has withdrawn this alert. It stays readable here for the record, and no longer appears in lists."
            </p>
        }
    });
    let translations = (!alert.translations.is_empty()).then(|| {
        let links = alert
            .translations
            .iter()
            .map(|(lang, id)| {
                let name = language_name(lang);
                view! {
                    <li>
                        <A href=dom::href(&format!("/alerts/{id}")) attr:hreflang=lang.clone() attr:lang=lang.clone()>
                            {name}
                        </A>
                    </li>
                }
            })
            .collect_view();
        view! {
            <nav class="translations" aria-label="Translations" dir="ltr" lang="en" data-path="translations">
                <span>"Also available in: "</span>
                <ul>{links}</ul>
            </nav>
        }
    });
    let source = alert
        .links
        .source
        .clone()
        .filter(|h| alert_model::alert::link_scheme_allowed(h));
    let pdf = alert
        .links
        .pdf
        .clone()
        .filter(|h| alert_model::alert::link_scheme_allowed(h));
    let has_links = source.is_some() || pdf.is_some();
    let title = alert.title.clone();
    let tags = alert.tags.clone();
    view! {
        <article class="alert" lang=alert.language.clone() dir=alert.direction()>
            <header class="alert-header">
                {withdrawn}
                <p class="alert-kicker" data-path="type">
                    <TypeBadge kind=alert.kind />
                </p>
                <div data-path="title">
                    <PageHeading>{title}</PageHeading>
                </div>
                <p class="alert-date" data-path="published">
                    <time datetime=alert.published.calendar()>{dom::long_date(&alert.published)}</time>
                    {updated}
                </p>
                <div class="alert-countries" dir="ltr" lang="en" data-path="countries">
                    <span class="label">"Countries: "</span>
                    <CountryLinks countries=alert.countries.clone() />
                </div>
                {series}
                {translations}
            </header>
            <AlertBody blocks=alert.body.clone() />
            <footer class="alert-footer" dir="ltr" lang="en">
                {(!tags.is_empty())
                    .then(|| {
                        view! {
                            <ul class="tags" aria-label="Tags" data-path="tags">
                                {tags.into_iter().map(|t| view! { <li>{t}</li> }).collect_view()}
                            </ul>
                        }
                    })}
                {has_links
                    .then(|| {
                        view! {
                            <p class="alert-links" data-path="links">
                                {source.map(|h| view! { <a href=h rel="noopener noreferrer">"Publisher’s page"</a> })}
                                {pdf.map(|h| view! { <a href=h rel="noopener noreferrer">"PDF"</a> })}
                            </p>
                        }
                    })}
            </footer>
        </article>
    }
}
