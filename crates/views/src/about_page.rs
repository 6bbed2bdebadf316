//! "About these alerts" (`/about`): what each kind of alert means, in the
//! order of gravity `site.json` gives, what a series, an edit and a
//! withdrawal are, what an alert's version is (the Cite box links
//! `#version`), how the publisher decides, and the publisher. The
//! definitions and the method are the publisher's (`about.json`); the
//! rest is the interface's. Each type's definition has the type's key as
//! its anchor (`/about#sos_alert`): the badge on an alert page links there.

use crate::alert_body::AlertBody;
use crate::env::href;
use crate::i18n::use_words;
use crate::page_heading::PageHeading;
use crate::type_badge::TypeBadge;
use alert_model::alert::about::{About, InLanguage};
use alert_model::alert::direction_of;
use alert_model::i18n::languages::DEFAULT;
use alert_model::{AlertType, Site};
use leptos::prelude::*;
use std::sync::Arc;

/// `order`: the types from least to most grave (`site.json`'s
/// `type_order`); `listed`: the types with alerts in the archive, whose
/// definitions link their list.
#[component]
pub fn AboutPage(
    about: Arc<About>,
    site: Arc<Site>,
    order: Vec<AlertType>,
    listed: Vec<AlertType>,
) -> impl IntoView {
    let words = use_words();
    let lang = words.lang().to_string();
    // The ranked types first, then the others as the reader lists them.
    let rest: Vec<AlertType> = AlertType::ALL
        .into_iter()
        .filter(|k| !order.contains(k))
        .collect();
    let kinds = order.into_iter().chain(rest);
    let types = kinds
        .into_iter()
        .map(|kind| {
            let definition = match about.definition(kind, &lang, DEFAULT) {
                Some(d) => publishers(d),
                None => view! { <p class="muted">{words.text("about.type_undefined")}</p> }.into_any(),
            };
            let list = listed.contains(&kind).then(|| {
                view! {
                    <p>
                        <a href=href(&format!("/types/{}", kind.key()))>{words.text("about.type_list")}</a>
                    </p>
                }
            });
            view! {
                <dt id=kind.key()>
                    <TypeBadge kind />
                </dt>
                <dd>{definition} {list}</dd>
            }
        })
        .collect_view();
    let method = match about.method(&lang, DEFAULT) {
        Some(m) => publishers(m),
        None => view! { <p class="muted">{words.text("about.method_missing")}</p> }.into_any(),
    };
    let placeholder = about
        .placeholder
        .then(|| view! { <p class="notice">{words.text("about.placeholder")}</p> });
    let website = site.url.clone().map(|url| {
        view! {
            <p>
                <a href=url>{words.text("about.website")}</a>
            </p>
        }
    });
    let corrections = about.corrections_contact.clone().map(|c| {
        view! {
            <p>
                {words.text("about.corrections_contact")} " " <a href=format!("mailto:{c}")>{c.clone()}</a>
            </p>
        }
    });
    let contact = site.contact.clone().map(|c| {
        view! {
            <p>
                {words.text("about.contact")} " " <a href=format!("mailto:{c}")>{c.clone()}</a>
            </p>
        }
    });
    let section = |id: &'static str, heading: &str, text: &str| {
        view! {
            <section aria-labelledby=id>
                <h2 id=id>{heading.to_string()}</h2>
                <p>{text.to_string()}</p>
            </section>
        }
    };
    // A component's children are a closure of their own.
    let heading = words.text("about.title");
    view! {
        <article class="about-page">
            <PageHeading>{heading}</PageHeading>
            <p class="lede">{words.fill("about.lede", &[("site", &site.name)])}</p>
            {placeholder}
            <section aria-labelledby="types">
                <h2 id="types">{words.text("about.types")}</h2>
                <p>{words.text("about.types_lede")}</p>
                <dl class="about-types">{types}</dl>
            </section>
            {section("series", &words.text("about.series_heading"), &words.text("about.series"))}
            {section("edited", &words.text("about.edited_heading"), &words.text("about.edited"))}
            // The Cite box's "What is this?" beside an alert's version.
            {section("version", &words.text("about.version_heading"), &words.text("about.version"))}
            {section("withdrawn", &words.text("about.withdrawn_heading"), &words.text("about.withdrawn"))}
            <section aria-labelledby="method">
                <h2 id="method">{words.text("about.method")}</h2>
                {method}
            </section>
            <section aria-labelledby="publisher">
                <h2 id="publisher">{words.text("about.publisher")}</h2>
                <p>{site.name.clone()}</p>
                {website}
                {contact}
                {corrections}
            </section>
        </article>
    }
}

/// The publisher's blocks, in the language they are written in, which may
/// not be the page's (a definition not yet translated).
fn publishers(text: InLanguage<'_>) -> AnyView {
    let (lang, dir) = (text.lang.to_string(), direction_of(text.lang));
    view! {
        <div class="publishers-words" lang=lang dir=dir>
            <AlertBody blocks=text.blocks.to_vec() />
        </div>
    }
    .into_any()
}
