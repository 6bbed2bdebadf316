//! What a prerendered page adds to its `<head>` so that others can find,
//! follow and preview it: one canonical address, Open Graph and Twitter
//! tags for link previews, the feeds that match the page, its oEmbed
//! document, and (for an alert) schema.org JSON-LD. Every address is
//! absolute, under the site's checked `reader_url`.

use crate::cards;
use crate::feeds::{atom, changed, for_alert, json_feed, timestamp};
use crate::template::escape;
use crate::{json_ld, oembed};
use alert_model::follow::{self, FeedRef};
use alert_model::language::og_locale;
use alert_model::public_address::join;
use alert_model::{Alert, Site};
use alert_views::env::PUBLIC_URL_META;

/// The site and its public address.
#[derive(Clone, Copy)]
pub struct Public<'a> {
    pub site: &'a Site,
    /// A checked `reader_url`.
    pub base: &'a str,
}

impl Public<'_> {
    pub fn url(&self, path: &str) -> String {
        join(self.base, path)
    }
}

/// The tags, as HTML to put before `</head>`.
#[derive(Default)]
struct Tags(String);

impl Tags {
    fn meta(&mut self, attr: &str, key: &str, content: &str) {
        self.0.push_str(&format!(
            "<meta {attr}=\"{key}\" content=\"{}\" />",
            escape(content)
        ));
    }

    fn link(&mut self, rel: &str, href: &str, kind: Option<&str>, title: Option<&str>) {
        self.0.push_str(&format!("<link rel=\"{rel}\""));
        if let Some(kind) = kind {
            self.0.push_str(&format!(" type=\"{kind}\""));
        }
        if let Some(title) = title {
            self.0.push_str(&format!(" title=\"{}\"", escape(title)));
        }
        self.0.push_str(&format!(" href=\"{}\" />", escape(href)));
    }

    fn common(
        &mut self,
        p: Public<'_>,
        path: &str,
        title: &str,
        description: &str,
        image: &str,
        image_alt: &str,
    ) {
        let url = p.url(path);
        self.link("canonical", &url, None, None);
        // The app reads it to write the same absolute feed addresses as
        // the page (alert_views::env).
        self.meta("name", PUBLIC_URL_META, p.base);
        self.meta("property", "og:site_name", &p.site.name);
        self.meta("property", "og:title", title);
        self.meta("property", "og:description", description);
        self.meta("property", "og:url", &url);
        self.meta("property", "og:image", &p.url(image));
        self.meta("property", "og:image:width", &cards::WIDTH.to_string());
        self.meta("property", "og:image:height", &cards::HEIGHT.to_string());
        self.meta("property", "og:image:alt", image_alt);
        self.meta("name", "twitter:card", "summary_large_image");
    }

    fn feeds(&mut self, p: Public<'_>, feeds: &[FeedRef]) {
        for f in feeds {
            let title = format!("{} (Atom)", capitalise(&f.label));
            self.link(
                "alternate",
                &p.url(&format!("{}.{}", f.stem, atom::EXT)),
                Some(atom::MEDIA_TYPE),
                Some(&title),
            );
            let title = format!("{} (JSON Feed)", capitalise(&f.label));
            self.link(
                "alternate",
                &p.url(&format!("{}.{}", f.stem, json_feed::EXT)),
                Some(json_feed::MEDIA_TYPE),
                Some(&title),
            );
        }
    }

    fn oembed(&mut self, p: Public<'_>, file: &str, title: &str) {
        self.link(
            "alternate",
            &p.url(file),
            Some("application/json+oembed"),
            Some(title),
        );
    }
}

/// The front page: the main feed.
pub fn home(p: Public<'_>, title: &str, description: &str) -> String {
    let mut t = Tags::default();
    t.common(p, "/", title, description, cards::SITE, &p.site.name);
    t.meta("property", "og:type", "website");
    t.meta("property", "og:locale", &og_locale("en"));
    t.feeds(p, &[follow::all()]);
    t.0
}

/// A country page: its feed when it has alerts, and its oEmbed panel.
pub fn country(
    p: Public<'_>,
    code: &str,
    title: &str,
    description: &str,
    has_alerts: bool,
) -> String {
    let mut t = Tags::default();
    t.common(
        p,
        &format!("/countries/{code}"),
        title,
        description,
        cards::SITE,
        &p.site.name,
    );
    t.meta("property", "og:type", "website");
    t.meta("property", "og:locale", &og_locale("en"));
    if has_alerts {
        t.feeds(p, &[follow::country(code)]);
    }
    t.oembed(p, &oembed::country_file(code), title);
    t.0
}

/// An alert: its series' and countries' feeds, its card, its oEmbed
/// panel and its JSON-LD.
pub fn alert(p: Public<'_>, alert: &Alert, original: Option<&Alert>, title: &str) -> String {
    let mut t = Tags::default();
    t.common(
        p,
        &format!("/alerts/{}", alert.id),
        title,
        &alert.summary,
        &cards::file(&alert.id),
        &alert.title,
    );
    t.meta("property", "og:type", "article");
    t.meta("property", "og:locale", &og_locale(&alert.language));
    for lang in alert.translations.keys() {
        t.meta("property", "og:locale:alternate", &og_locale(lang));
    }
    t.meta(
        "property",
        "article:published_time",
        &timestamp(&alert.published),
    );
    t.meta(
        "property",
        "article:modified_time",
        &timestamp(changed(alert)),
    );
    for (lang, id) in &alert.translations {
        t.0.push_str(&format!(
            "<link rel=\"alternate\" hreflang=\"{}\" href=\"{}\" />",
            escape(lang),
            escape(&p.url(&format!("/alerts/{id}")))
        ));
    }
    t.feeds(p, &for_alert(alert));
    t.oembed(p, &oembed::alert_file(&alert.id), title);
    t.0.push_str(&json_ld::script(&json_ld::alert(p, alert, original)));
    t.0
}

/// "Alerts that name Sudan" from "alerts that name Sudan".
fn capitalise(s: &str) -> String {
    let mut chars = s.chars();
    chars
        .next()
        .map(|c| c.to_uppercase().chain(chars).collect())
        .unwrap_or_default()
}
