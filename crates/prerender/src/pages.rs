//! Every page a reader can link to, rendered from the reader's own views:
//! the front page, each published or withdrawn alert, and each country.

use crate::head;
use crate::public::Public;
use alert_model::alert::about::About;
use alert_model::alert::countries::COUNTRIES;
use alert_model::i18n::languages::prefix;
use alert_model::i18n::words::{country_title, page_position, page_title};
use alert_model::i18n::Messages;
use alert_model::outputs::cite::Citation;
use alert_model::outputs::follow;
use alert_model::overview::map_query::MapQuery;
use alert_model::reading::catalog::PAGE_SIZE;
use alert_model::reading::corrections;
use alert_model::reading::count::result_count;
use alert_model::reading::list_address::{self, address};
use alert_model::reading::nav;
use alert_model::reading::since;
use alert_model::reading::timeline::{country_pages, country_path};
use alert_model::{Alert, AlertType, Catalog, Query, Site, Status};
use alert_views::about_page::AboutPage;
use alert_views::accessibility_page::AccessibilityPage;
use alert_views::alert_view::AlertView;
use alert_views::archive::{Archive, HomeFrame};
use alert_views::cite_box::CiteBox;
use alert_views::compare_box::CompareBox;
use alert_views::corrections_page::CorrectionsPage;
use alert_views::country_timeline::CountryTimeline;
use alert_views::embed_button::EmbedPlaceholder;
use alert_views::env::Env;
use alert_views::map::MapView;
use alert_views::offline_page::OfflinePage;
use alert_views::privacy_page::PrivacyPage;
use alert_views::site_footer::SiteFooter;
use alert_views::site_header::SiteHeader;
use leptos::prelude::*;
use std::collections::HashMap;
use std::sync::Arc;

/// One page to write.
#[derive(Debug)]
pub struct Page {
    /// Where it goes in the build, relative ("alerts/x.html", "fr/alerts/x.html").
    pub file: String,
    /// The app path it shows, with its language's prefix ("/fr/alerts/x").
    pub path: String,
    /// Its interface language and direction, for `<html lang dir>`.
    pub lang: &'static str,
    pub dir: &'static str,
    /// The loader's words for a page opened in a frame.
    pub framed: String,
    pub title: String,
    pub description: String,
    /// Tags for `<head>` (canonical, previews, feeds, JSON-LD); empty
    /// when `site.json` has no `reader_url`.
    pub head: String,
    pub markup: String,
    /// The page (as trunk wrote it) of the bundle whose app it loads, when
    /// not the reader's: `/map`'s filters are in [`MAP_APP`].
    pub bundle: Option<&'static str>,
    /// Whether it links the rules an alert's page does not use
    /// (style/lists.css): every page but an alert's, whose weight is most
    /// of what a shared link costs a reader.
    pub lists_sheet: bool,
}

/// The map's bundle (map-app.html, the `map` feature): the reader's
/// bundle does not carry the map's views, which would add half again
/// what the rest of this round added to it (see docs/benchmarks.md).
pub const MAP_APP: &str = "map-app.html";

/// What the pages are made from.
pub struct Data {
    pub site: Arc<Site>,
    /// The publisher's words about its alerts (`about.json`).
    pub about: Arc<About>,
    pub catalog: Arc<Catalog>,
    /// Every alert that passed the checks, drafts included (left out here).
    pub alerts: Vec<Alert>,
    /// Every interface language's messages, the default first.
    pub words: Vec<Arc<Messages>>,
    /// Where each alert is in `alerts`, by id: an update's page finds the
    /// alert it follows without a search through them all (at 10,000
    /// alerts in four languages, a third of them updates, that search was
    /// a quadratic part of the build).
    by_id: HashMap<String, usize>,
}

impl Data {
    pub fn new(
        site: Arc<Site>,
        catalog: Arc<Catalog>,
        alerts: Vec<Alert>,
        words: Vec<Arc<Messages>>,
    ) -> Data {
        let by_id = alerts
            .iter()
            .enumerate()
            .map(|(i, a)| (a.id.clone(), i))
            .collect();
        Data {
            site,
            about: Arc::default(),
            catalog,
            alerts,
            words,
            by_id,
        }
    }

    pub fn with_about(self, about: About) -> Data {
        Data {
            about: Arc::new(about),
            ..self
        }
    }

    /// The published or withdrawn alert `id`.
    pub fn public_alert(&self, id: &str) -> Option<&Alert> {
        let alert = self.alerts.get(*self.by_id.get(id)?)?;
        (alert.status != Status::Draft).then_some(alert)
    }

    /// The site and its public address, when `site.json` gives one.
    pub fn public(&self) -> Option<Public<'_>> {
        let base = self.site.reader_url.as_deref()?;
        Some(Public {
            site: &self.site,
            base,
        })
    }

    /// An alert's permanent address: absolute under `reader_url`, else
    /// relative to the reader.
    pub fn permanent_url(&self, id: &str) -> String {
        match self.public() {
            Some(p) => p.url(&format!("/alerts/{id}")),
            None => format!("alerts/{id}"),
        }
    }

    /// What a citation of `alert` says, on its page and in its files.
    pub fn citation(&self, alert: &Alert) -> Citation {
        Citation::new(alert, &self.site.name, self.permanent_url(&alert.id))
    }

    /// Published and withdrawn alerts: what readers may see.
    pub fn public_alerts(&self) -> impl Iterator<Item = &Alert> {
        self.alerts.iter().filter(|a| a.status != Status::Draft)
    }
}

/// One interface language's pages: its links, words and site texts.
pub struct Language {
    pub env: Env,
    pub words: Arc<Messages>,
    pub site: Arc<Site>,
}

impl Language {
    pub fn new(env: &Env, data: &Data, words: Arc<Messages>) -> Language {
        Language {
            env: env.clone().with_language(words.lang()),
            site: Arc::new(data.site.in_language(words.lang())),
            words,
        }
    }

    /// The page's place in the build and its app path, from the path
    /// within the language: "/" → ("fr/index.html", "/fr").
    fn place(&self, path: &str) -> (String, String) {
        let prefix = prefix(self.words.lang());
        let file = match path {
            "/" => "index.html".to_string(),
            p => format!("{}.html", p.trim_start_matches('/')),
        };
        let file = match prefix.as_str() {
            "" => file,
            p => format!("{}/{file}", p.trim_start_matches('/')),
        };
        let full = format!("{prefix}{path}");
        let full = match full.trim_end_matches('/') {
            "" => "/".to_string(),
            p => p.to_string(),
        };
        (file, full)
    }

    fn page(
        &self,
        path: &str,
        title: String,
        description: String,
        head: String,
        markup: String,
    ) -> Page {
        let (file, path) = self.place(path);
        Page {
            file,
            path,
            lang: self.words.lang(),
            dir: self.words.dir(),
            framed: self.words.text("framed.open"),
            title,
            description,
            head,
            markup,
            bundle: None,
            lists_sheet: true,
        }
    }

    /// Renders `view` as the app would in this language.
    fn render<V: IntoView + 'static>(&self, view: impl FnOnce() -> V) -> String {
        let words = self.words.clone();
        render(&self.env, move || {
            alert_views::i18n::provide(words);
            view()
        })
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
/// the app's shell puts around every reader view. `page` is the page's app
/// path within its language.
fn chrome(site: &Arc<Site>, page: String, content: impl IntoView) -> impl IntoView {
    view! {
        <SiteHeader site=Some(site.clone()) page />
        <main id="main" tabindex="-1">
            {content}
        </main>
        <SiteFooter site=Some(site.clone()) />
    }
}

/// Every page in every interface language, in the languages' order. Each
/// language is rendered on a thread of its own: its pages share nothing
/// with another language's but the data, and rendering is most of a large
/// archive's build once its cards are painted (issue 31).
pub fn all(env: &Env, data: &Data) -> Vec<Page> {
    std::thread::scope(|scope| {
        let running: Vec<_> = data
            .words
            .iter()
            .map(|words| scope.spawn(move || language(env, data, words.clone())))
            .collect();
        running
            .into_iter()
            // A panic in a renderer is a bug: the build stops with it.
            .flat_map(|r| r.join().unwrap_or_else(|e| std::panic::resume_unwind(e)))
            .collect()
    })
}

/// Every page in one interface language.
fn language(env: &Env, data: &Data, words: Arc<Messages>) -> Vec<Page> {
    let l = Language::new(env, data, words);
    let mut pages: Vec<Page> = list_address::lists(&data.catalog)
        .iter()
        .map(|q| list(&l, data, q))
        .collect();
    pages.push(map(&l, data));
    pages.push(about(&l, data));
    pages.push(corrections(&l, data));
    pages.push(accessibility(&l, data));
    pages.push(privacy(&l, data));
    pages.push(offline(&l, data));
    pages.extend(data.public_alerts().map(|a| alert(&l, data, a)));
    for (code, _) in COUNTRIES {
        let count = country_pages(&data.catalog, code);
        pages.extend((1..=count).map(|n| country(&l, data, code, n)));
    }
    pages
}

/// The front page: the archive's first page.
pub fn home(l: &Language, data: &Data) -> Page {
    list(l, data, &Query::default())
}

/// A list with a path of its own (`list_address`): the front page, a later
/// page of the archive, one type's or one year's alerts. Each is the
/// archive as the app shows it with that list chosen, whole without script.
pub fn list(l: &Language, data: &Data, q: &Query) -> Page {
    let (site, catalog) = (l.site.clone(), data.catalog.clone());
    let path = address(q);
    let query = q.clone();
    let markup = l.render(|| {
        let content = view! {
            <HomeFrame>
                <Archive
                    catalog
                    query
                    ignored=Vec::new()
                    on_change=Callback::new(|_| {})
                />
            </HomeFrame>
        };
        chrome(&site, path.clone(), content)
    });
    let w = &l.words;
    let count = data.catalog.filter(q).len();
    let pages = count.div_ceil(PAGE_SIZE).max(1);
    let mut what: Vec<String> = q.kind.map(|k| w.kind(k)).into_iter().collect();
    what.extend(q.year.map(|y| y.to_string()));
    if q.page > 1 {
        what.push(page_position(w, q.page, pages));
    }
    let what = match what.is_empty() {
        true => w.text("home.heading"),
        false => what.join(" · "),
    };
    let title = page_title(w, &what, &l.site.name);
    let description = match q.is_filtered() {
        false => w.fill("home.description", &[("site", &l.site.name)]),
        true => result_count(w, count, q),
    };
    // A list without alerts has no feed to link.
    let feed = (count > 0).then(|| follow::for_query(q).unwrap_or_else(follow::all));
    let head = data
        .public()
        .map(|p| head::list(p, w, &path, &title, &description, feed))
        .unwrap_or_default();
    l.page(&path, title, description, head, markup)
}

/// `/map`: the world map and situation board, unfiltered. Its filters
/// load the app (their values are list keys, see `on_demand`).
pub fn map(l: &Language, data: &Data) -> Page {
    let (site, catalog) = (l.site.clone(), data.catalog.clone());
    let order = data.site.type_order.clone();
    let markup = l.render(|| {
        let content = view! {
            <MapView
                catalog
                world=crate::world::shapes()
                order
                query=MapQuery::default()
                ignored=Vec::new()
                on_change=Callback::new(|_| {})
            >
                <EmbedPlaceholder />
            </MapView>
        };
        chrome(&site, "/map".into(), content)
    });
    let title = page_title(&l.words, &l.words.text("map.heading"), &l.site.name);
    let description = l.words.fill("map.description", &[("site", &l.site.name)]);
    let sheet = format!(
        "<link rel=\"stylesheet\" href=\"{}\" />",
        l.env.file_href(MAP_CSS)
    );
    let head = data
        .public()
        .map(|p| head::map(p, &l.words, &title, &description))
        .unwrap_or_default();
    Page {
        bundle: Some(MAP_APP),
        ..l.page("/map", title, description, sheet + &head, markup)
    }
}

/// A page about the reader (`/about`, `/corrections`, …): the build alone
/// writes these, and the app's router leaves links to them to the browser.
/// `key` names its title and description (`about.title`,
/// `about.description`, which may name the site).
fn page_about_the_reader<V: IntoView + 'static>(
    l: &Language,
    data: &Data,
    path: &'static str,
    key: &str,
    content: impl FnOnce() -> V,
) -> Page {
    let site = l.site.clone();
    let markup = l.render(|| chrome(&site, path.into(), content()));
    let title = page_title(
        &l.words,
        &l.words.text(&format!("{key}.title")),
        &l.site.name,
    );
    let description = l
        .words
        .fill(&format!("{key}.description"), &[("site", &l.site.name)]);
    let head = data
        .public()
        .map(|p| head::page(p, &l.words, path, &title, &description))
        .unwrap_or_default();
    l.page(path, title, description, head, markup)
}

/// `/about`: what the alerts mean and how they are made, from the
/// publisher's `about.json` and the interface's words.
pub fn about(l: &Language, data: &Data) -> Page {
    let (site, about) = (l.site.clone(), data.about.clone());
    let order = data.site.type_order.clone();
    let listed: Vec<AlertType> = AlertType::ALL
        .into_iter()
        .filter(|k| data.catalog.entries().iter().any(|a| a.kind == *k))
        .collect();
    page_about_the_reader(l, data, "/about", "about", move || {
        view! { <AboutPage about site order listed /> }
    })
}

/// `/corrections`: every withdrawn alert and every alert edited after
/// publication, newest change first, and the feed of them.
pub fn corrections(l: &Language, data: &Data) -> Page {
    let alerts: Vec<Arc<Alert>> = corrections::corrections(&data.alerts)
        .into_iter()
        .map(|a| Arc::new(a.clone()))
        .collect();
    // Feeds are written only where the reader has a public address, and
    // never empty.
    let feed =
        (data.public().is_some() && !alerts.is_empty()).then(|| CORRECTIONS_FEED.to_string());
    page_about_the_reader(l, data, "/corrections", "corrections", move || {
        view! { <CorrectionsPage alerts feed /> }
    })
}

/// The corrections feed, relative to the reader (Atom; `.json` beside it).
pub const CORRECTIONS_FEED: &str = "feeds/corrections.xml";

/// `/accessibility`: the standard, the tests that back each claim, what
/// is known not to work, and where to report a barrier.
pub fn accessibility(l: &Language, data: &Data) -> Page {
    let contact = data
        .about
        .accessibility_contact
        .clone()
        .or_else(|| data.site.contact.clone());
    page_about_the_reader(l, data, "/accessibility", "accessibility", move || {
        view! { <AccessibilityPage contact /> }
    })
}

/// `/privacy`: what the reader keeps and sends.
pub fn privacy(l: &Language, data: &Data) -> Page {
    let contact = data.site.contact.clone();
    page_about_the_reader(l, data, "/privacy", "privacy", move || {
        view! { <PrivacyPage contact /> }
    })
}

/// `/offline`: what this device keeps for reading without a network. The
/// service worker serves it for a page the device does not have.
pub fn offline(l: &Language, data: &Data) -> Page {
    page_about_the_reader(l, data, "/offline", "offline", move || {
        view! { <OfflinePage /> }
    })
}

/// The map page's stylesheet (style/map.css, copied by index.html).
pub const MAP_CSS: &str = "/map.css";

pub fn alert(l: &Language, data: &Data, alert: &Alert) -> Page {
    let path = format!("/alerts/{}", alert.id);
    let (site, catalog) = (l.site.clone(), data.catalog.clone());
    let list = Query::default();
    let steps = nav::steps(&catalog, alert, &list);
    let since = since::for_alert(alert, &catalog, &data.site.type_order);
    let shared = Arc::new(alert.clone());
    let citation = data.citation(alert);
    // An update's text against the alert it follows, when that is public.
    let compared = since.clone().and_then(|since| {
        let previous = data.public_alert(&since.previous.id)?;
        Some((Arc::new(previous.clone()), since))
    });
    let markup = l.render(|| {
        let compare = compared.map(|(previous, since)| {
            let alert = shared.clone();
            Box::new(move || view! { <CompareBox alert previous since /> }.into_any()) as Children
        });
        let tools = (shared.status == Status::Published).then(|| view! { <EmbedPlaceholder /> });
        let content = view! {
            <AlertView
                alert=shared
                catalog=Some(catalog)
                list
                steps=Some(steps)
                since
                compare
                cite=Some(Box::new(move || view! { <CiteBox citation /> }.into_any()))
            >
                {tools}
            </AlertView>
        };
        chrome(&site, path.clone(), content)
    });
    let title = page_title(&l.words, &alert.title, &l.site.name);
    let original = alert.series.as_ref().and_then(|s| {
        data.public_alerts()
            .filter(|a| a.series.as_ref().is_some_and(|o| o.id == s.id))
            .min_by_key(|a| a.series.as_ref().map_or(0, |o| o.number))
    });
    let head = data
        .public()
        .map(|p| head::alert(p, &l.words, alert, original, &title))
        .unwrap_or_default();
    Page {
        lists_sheet: false,
        ..l.page(&path, title, alert.summary.clone(), head, markup)
    }
}

/// Page `number` (from 1, within `country_pages`) of a country.
pub fn country(l: &Language, data: &Data, code: &str, number: usize) -> Page {
    let path = country_path(code, number);
    let (site, catalog) = (l.site.clone(), data.catalog.clone());
    let (owned, name) = (code.to_string(), l.words.country(code));
    let shown = name.clone();
    let pages = country_pages(&data.catalog, code);
    let markup = l.render(|| {
        let content = view! {
            <CountryTimeline catalog code=owned name=shown page=number>
                <EmbedPlaceholder />
            </CountryTimeline>
        };
        chrome(&site, path.clone(), content)
    });
    let what = country_title(&l.words, &name, number, pages);
    let title = page_title(&l.words, &what, &l.site.name);
    let description = l.words.fill(
        "country.description",
        &[("country", &name), ("site", &l.site.name)],
    );
    let has_alerts = data
        .public_alerts()
        .any(|a| a.countries.iter().any(|c| *c == code));
    let head = data
        .public()
        .map(|p| head::country(p, &l.words, code, &path, &title, &description, has_alerts))
        .unwrap_or_default();
    l.page(&path, title, description, head, markup)
}

/// One alert as a page of its own with no app at all: the benchmark's
/// baseline for what a static page costs.
pub fn baseline(site: &Arc<Site>, words: Arc<Messages>, alert: &Alert, css_href: &str) -> String {
    let env = Env::new("/");
    let shared = Arc::new(alert.clone());
    let title = page_title(&words, &alert.title, &site.name);
    let url = format!("alerts/{}", alert.id);
    let citation = Citation::new(alert, &site.name, url);
    let markup = render(&env, || {
        alert_views::i18n::provide(words);
        let content = view! {
            <AlertView
                alert=shared
                catalog=None
                list=Query::default()
                steps=None
                cite=Some(Box::new(move || view! { <CiteBox citation /> }.into_any()))
            />
        };
        chrome(site, format!("/alerts/{}", alert.id), content)
    });
    let head = view! {
        <head>
            <meta charset="utf-8" />
            <meta name="viewport" content="width=device-width, initial-scale=1" />
            <title>{title}</title>
            <meta name="description" content=alert.summary.clone() />
            <link rel="stylesheet" href=css_href.to_string() />
        </head>
    }
    .to_html();
    format!("<!DOCTYPE html>\n<html lang=\"en\">{head}<body>{markup}</body></html>\n")
}
