//! What a prerendered page adds to its `<head>` so that others can find,
//! follow and preview it: one canonical address, Open Graph and Twitter
//! tags for link previews, the feeds that match the page, its oEmbed
//! document, and (for an alert) schema.org JSON-LD. Every address is
//! absolute, under the site's checked `reader_url`.

use crate::cards;
use crate::feeds::{atom, changed, for_alert, timestamp};
use crate::public::Public;
use crate::template::escape;
use crate::{json_ld, oembed};
use alert_model::alert::language::og_locale;
use alert_model::i18n::languages::{prefix, INTERFACE};
use alert_model::i18n::Messages;
use alert_model::outputs::cite::Citation;
use alert_model::outputs::follow::{self, FeedRef};
use alert_model::Alert;
use alert_views::env::PUBLIC_URL_META;
use alert_views::follow::heading;

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

    /// `path` is the page's path within its language ("/alerts/x"): each
    /// language's page is canonical for itself, and names the others.
    #[allow(clippy::too_many_arguments)]
    fn common(
        &mut self,
        p: Public<'_>,
        lang: &str,
        path: &str,
        title: &str,
        description: &str,
        image: &str,
        image_alt: &str,
    ) {
        let url = p.url(&format!("{}{path}", prefix(lang)));
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

    /// The feed links, titled in the page's language as its Follow
    /// control names them. Atom only: every reader that discovers a JSON
    /// Feed reads Atom too, a subscribe dialog then lists each feed once,
    /// and each page is lighter (an alert's by 3 links). The Follow box
    /// and docs/api.md still offer the JSON Feed.
    fn feeds(&mut self, p: Public<'_>, words: &Messages, feeds: &[FeedRef]) {
        for f in feeds {
            let title = format!("{} (Atom)", heading(words, f));
            self.link(
                "alternate",
                &p.url(&format!("{}.{}", f.stem, atom::EXT)),
                Some(atom::MEDIA_TYPE),
                Some(&title),
            );
        }
    }

    /// The page in every interface language (`hreflang`), and the default
    /// one for readers of any other (`x-default`). `instead` names a
    /// better page for a language: the alert's own translation into it.
    fn languages(&mut self, p: Public<'_>, path: &str, instead: &dyn Fn(&str) -> Option<String>) {
        for l in INTERFACE {
            let href = instead(l.tag).unwrap_or_else(|| p.url(&format!("{}{path}", prefix(l.tag))));
            self.hreflang(l.tag, &href);
        }
        self.hreflang("x-default", &p.url(path));
    }

    fn hreflang(&mut self, tag: &str, href: &str) {
        self.0.push_str(&format!(
            "<link rel=\"alternate\" hreflang=\"{}\" href=\"{}\" />",
            escape(tag),
            escape(href)
        ));
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

/// What a citation of `alert` says: its permanent address is its page
/// without a language prefix.
pub fn citation(p: Public<'_>, alert: &Alert) -> Citation {
    Citation::new(alert, &p.site.name, p.url(&format!("/alerts/{}", alert.id)))
}

/// A list with a path (the front page, a later page, a type, a year):
/// its own address and the feed that follows it.
pub fn list(
    p: Public<'_>,
    words: &Messages,
    path: &str,
    title: &str,
    description: &str,
    feed: Option<follow::FeedRef>,
) -> String {
    let mut t = Tags::default();
    let lang = words.lang();
    t.common(p, lang, path, title, description, cards::SITE, &p.site.name);
    t.meta("property", "og:type", "website");
    t.meta("property", "og:locale", &og_locale(lang));
    t.languages(p, path, &|_| None);
    t.feeds(p, words, &Vec::from_iter(feed));
    t.0
}

/// The map and situation board.
pub fn map(p: Public<'_>, words: &Messages, title: &str, description: &str) -> String {
    page(p, words, "/map", title, description)
}

/// A page of its own that is in every language and names no alert (the
/// map, the About page).
pub fn page(p: Public<'_>, words: &Messages, path: &str, title: &str, description: &str) -> String {
    let mut t = Tags::default();
    let lang = words.lang();
    t.common(p, lang, path, title, description, cards::SITE, &p.site.name);
    t.meta("property", "og:type", "website");
    t.meta("property", "og:locale", &og_locale(lang));
    t.languages(p, path, &|_| None);
    t.0
}

/// A country page: its feed when it has alerts, and its oEmbed panel.
pub fn country(
    p: Public<'_>,
    words: &Messages,
    code: &str,
    path: &str,
    title: &str,
    description: &str,
    has_alerts: bool,
) -> String {
    let mut t = Tags::default();
    let lang = words.lang();
    t.common(p, lang, path, title, description, cards::SITE, &p.site.name);
    t.meta("property", "og:type", "website");
    t.meta("property", "og:locale", &og_locale(lang));
    t.languages(p, path, &|_| None);
    if has_alerts {
        t.feeds(p, words, &[follow::country(code)]);
    }
    t.oembed(p, &oembed::country_file(code), title);
    t.0
}

/// An alert: its series' and countries' feeds, its card, its oEmbed
/// panel and its JSON-LD.
pub fn alert(
    p: Public<'_>,
    words: &Messages,
    alert: &Alert,
    original: Option<&Alert>,
    title: &str,
) -> String {
    let mut t = Tags::default();
    let path = format!("/alerts/{}", alert.id);
    t.common(
        p,
        words.lang(),
        &path,
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
    // For a language the alert was translated into, its translation (in
    // that interface language) is the better page; other translations
    // are named as they are.
    let translation = |tag: &str| {
        let id = alert.translations.get(tag)?;
        Some(p.url(&format!("{}/alerts/{id}", prefix(tag))))
    };
    t.languages(p, &path, &translation);
    for (lang, id) in &alert.translations {
        if !INTERFACE.iter().any(|l| l.tag == lang) {
            t.hreflang(lang, &p.url(&format!("/alerts/{id}")));
        }
    }
    t.feeds(p, words, &for_alert(alert));
    t.oembed(p, &oembed::alert_file(&alert.id), title);
    // For Zotero and scholarly indexes, without script.
    for (name, content) in citation(p, alert).highwire() {
        t.meta("name", name, &content);
    }
    t.0.push_str(&json_ld::script(&json_ld::alert(p, alert, original)));
    t.0
}
