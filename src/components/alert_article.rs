//! One alert, read in full. The draft preview renders drafts with this same
//! component, so staff see exactly what readers will.

use crate::components::alert_body::AlertBody;
use crate::components::country_links::CountryLinks;
use crate::components::page_heading::PageHeading;
use crate::components::series_track::SeriesTrack;
use crate::components::type_badge::TypeBadge;
use crate::data::AppData;
use crate::dom;
use alert_model::{Alert, Status};
use leptos::prelude::*;
use leptos_router::components::A;
use std::sync::Arc;

#[component]
pub fn AlertArticle(alert: Arc<Alert>) -> impl IntoView {
    let data = AppData::get();
    let a = alert.clone();
    let series = move || {
        let catalog = data.catalog.get().and_then(Result::ok)?;
        let series = a.series.clone()?;
        Some(view! { <SeriesTrack catalog series current_id=a.id.clone() /> })
    };
    let updated = alert
        .updated
        .as_ref()
        .filter(|u| u.calendar() != alert.published.calendar())
        .map(|u| {
            view! {
                <span class="updated">
                    " · Updated " <time datetime=u.calendar()>{dom::long_date(u)}</time>
                </span>
            }
        });
    let withdrawn = (alert.status == Status::Withdrawn).then(|| {
        view! {
            <p class="notice notice-withdrawn" role="note">
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
            <nav class="translations" aria-label="Translations" dir="ltr" lang="en">
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
                <p class="alert-kicker">
                    <TypeBadge kind=alert.kind />
                </p>
                <PageHeading>{title}</PageHeading>
                <p class="alert-date">
                    <time datetime=alert.published.calendar()>{dom::long_date(&alert.published)}</time>
                    {updated}
                </p>
                <div class="alert-countries" dir="ltr" lang="en">
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
                            <ul class="tags" aria-label="Tags">
                                {tags.into_iter().map(|t| view! { <li>{t}</li> }).collect_view()}
                            </ul>
                        }
                    })}
                {has_links
                    .then(|| {
                        view! {
                            <p class="alert-links">
                                {source.map(|h| view! { <a href=h rel="noopener noreferrer">"Publisher’s page"</a> })}
                                {pdf.map(|h| view! { <a href=h rel="noopener noreferrer">"PDF"</a> })}
                            </p>
                        }
                    })}
            </footer>
        </article>
    }
}

/// A language's own name for itself, for translation links.
fn language_name(tag: &str) -> String {
    let primary = tag.split('-').next().unwrap_or(tag);
    match primary {
        "ar" => "العربية",
        "en" => "English",
        "hy" => "Հայերեն",
        "fa" => "فارسی",
        "fr" => "Français",
        "es" => "Español",
        "ru" => "Русский",
        "uk" => "Українська",
        "he" => "עברית",
        "ur" => "اردو",
        "de" => "Deutsch",
        "tr" => "Türkçe",
        _ => return tag.to_string(),
    }
    .to_string()
}
