//! Every page a reader can link to, rendered from the reader's own views:
//! the front page, each published or withdrawn alert, and each country.

use crate::head::{self, Public};
use alert_model::countries::COUNTRIES;
use alert_model::nav;
use alert_model::wording::page_title;
use alert_model::{Alert, Catalog, Query, Site, Status};
use alert_views::alert_view::AlertView;
use alert_views::archive::{Archive, HomeFrame};
use alert_views::country_timeline::CountryTimeline;
use alert_views::embed_button::EmbedPlaceholder;
use alert_views::env::Env;
use alert_views::site_footer::SiteFooter;
use alert_views::site_header::SiteHeader;
use leptos::prelude::*;
use std::sync::Arc;

/// One page to write.
#[derive(Debug)]
pub struct Page {
    /// Where it goes in the build, relative ("alerts/x.html").
    pub file: String,
    /// The app path it shows ("/alerts/x").
    pub path: String,
    pub title: String,
    pub description: String,
    /// Tags for `<head>` (canonical, previews, feeds, JSON-LD); empty
    /// when `site.json` has no `reader_url`.
    pub head: String,
    pub markup: String,
    /// Complete without the app, which it loads only when asked (see
    /// `on_demand`); the front page starts the app at once.
    pub on_demand: bool,
}

/// What the pages are made from.
pub struct Data {
    pub site: Arc<Site>,
    pub catalog: Arc<Catalog>,
    /// Every alert that passed the checks, drafts included (left out here).
    pub alerts: Vec<Alert>,
}

impl Data {
    /// The site and its public address, when `site.json` gives one.
    pub fn public(&self) -> Option<Public<'_>> {
        let base = self.site.reader_url.as_deref()?;
        Some(Public {
            site: &self.site,
            base,
        })
    }

    /// Published and withdrawn alerts: what readers may see.
    pub fn public_alerts(&self) -> impl Iterator<Item = &Alert> {
        self.alerts.iter().filter(|a| a.status != Status::Draft)
    }
}

/// Renders `view` as the app would under `env`, to HTML.
pub fn render<V: IntoView + 'static>(env: &Env, view: impl FnOnce() -> V) -> String {
    let owner = Owner::new();
    owner.with(|| {
        env.clone().provide();
        // `<!>` marks where text nodes meet, for hydration, which this app
        // does not use (the app takes over instead). Text from the data is
        // escaped, so a literal `<!>` here can only be such a marker.
        view().into_view().to_html().replace("<!>", "")
    })
}

/// The site's header, `content` as the main landmark, and the footer: what
/// the app's shell puts around every reader view. `here` is the page's own
/// href.
fn chrome(site: &Arc<Site>, here: String, content: impl IntoView) -> impl IntoView {
    view! {
        <SiteHeader site=Some(site.clone()) here />
        <main id="main" tabindex="-1">
            {content}
        </main>
        <SiteFooter site=Some(site.clone()) />
    }
}

pub fn all(env: &Env, data: &Data) -> Vec<Page> {
    let mut pages = vec![home(env, data)];
    pages.extend(
        data.alerts
            .iter()
            .filter(|a| a.status != Status::Draft)
            .map(|a| alert(env, data, a)),
    );
    pages.extend(
        COUNTRIES
            .iter()
            .map(|(code, name)| country(env, data, code, name)),
    );
    pages
}

pub fn home(env: &Env, data: &Data) -> Page {
    let (site, catalog) = (data.site.clone(), data.catalog.clone());
    let markup = render(env, || {
        let content = view! {
            <HomeFrame>
                <Archive
                    catalog
                    query=Query::default()
                    ignored=Vec::new()
                    on_change=Callback::new(|_| {})
                />
            </HomeFrame>
        };
        chrome(&site, env.href("/"), content)
    });
    let title = page_title("Alerts", &data.site.name);
    let description = format!(
        "Early-warning alerts published by {}, newest first.",
        data.site.name
    );
    Page {
        file: "index.html".into(),
        path: "/".into(),
        head: data
            .public()
            .map(|p| head::home(p, &title, &description))
            .unwrap_or_default(),
        title,
        description,
        markup,
        on_demand: false,
    }
}

pub fn alert(env: &Env, data: &Data, alert: &Alert) -> Page {
    let path = format!("/alerts/{}", alert.id);
    let (site, catalog) = (data.site.clone(), data.catalog.clone());
    let list = Query::default();
    let steps = nav::steps(&catalog, alert, &list);
    let shared = Arc::new(alert.clone());
    let markup = render(env, || {
        let tools = (shared.status == Status::Published).then(|| view! { <EmbedPlaceholder /> });
        let content = view! {
            <AlertView alert=shared catalog=Some(catalog) list steps=Some(steps)>
                {tools}
            </AlertView>
        };
        chrome(&site, env.href(&path), content)
    });
    let title = page_title(&alert.title, &data.site.name);
    let original = alert.series.as_ref().and_then(|s| {
        data.public_alerts()
            .filter(|a| a.series.as_ref().is_some_and(|o| o.id == s.id))
            .min_by_key(|a| a.series.as_ref().map_or(0, |o| o.number))
    });
    Page {
        file: format!("alerts/{}.html", alert.id),
        head: data
            .public()
            .map(|p| head::alert(p, alert, original, &title))
            .unwrap_or_default(),
        title,
        description: alert.summary.clone(),
        path,
        markup,
        on_demand: true,
    }
}

pub fn country(env: &Env, data: &Data, code: &str, name: &'static str) -> Page {
    let path = format!("/countries/{code}");
    let (site, catalog) = (data.site.clone(), data.catalog.clone());
    let owned = code.to_string();
    let markup = render(env, || {
        let content = view! {
            <CountryTimeline catalog code=owned name>
                <EmbedPlaceholder />
            </CountryTimeline>
        };
        chrome(&site, env.href(&path), content)
    });
    let title = page_title(name, &data.site.name);
    let description = format!("Alerts that name {name}, published by {}.", data.site.name);
    let has_alerts = data
        .public_alerts()
        .any(|a| a.countries.iter().any(|c| *c == code));
    Page {
        file: format!("{}.html", path.trim_start_matches('/')),
        head: data
            .public()
            .map(|p| head::country(p, code, &title, &description, has_alerts))
            .unwrap_or_default(),
        title,
        description,
        path,
        markup,
        on_demand: true,
    }
}

/// One alert as a page of its own with no app at all: the benchmark's
/// baseline for what a static page costs.
pub fn baseline(site: &Arc<Site>, alert: &Alert, css_href: &str) -> String {
    let env = Env::new("/");
    let shared = Arc::new(alert.clone());
    let markup = render(&env, || {
        let content = view! {
            <AlertView alert=shared catalog=None list=Query::default() steps=None />
        };
        chrome(site, env.href(&format!("/alerts/{}", alert.id)), content)
    });
    let head = view! {
        <head>
            <meta charset="utf-8" />
            <meta name="viewport" content="width=device-width, initial-scale=1" />
            <title>{page_title(&alert.title, &site.name)}</title>
            <meta name="description" content=alert.summary.clone() />
            <link rel="stylesheet" href=css_href.to_string() />
        </head>
    }
    .to_html();
    format!("<!DOCTYPE html>\n<html lang=\"en\">{head}<body>{markup}</body></html>\n")
}
