//! Partner embeds: the options a partner may set in the embed's URL, each
//! checked with a safe default and a note when a value was refused; which
//! alerts the panel shows; the words it uses; and the snippet partners paste.
//!
//! Every option ends up in a page or a style, so each is checked against a
//! strict shape: `accent` is a hex colour and nothing else, so a value like
//! `red;background:url(x)` can never reach a stylesheet.

use crate::alert::countries::is_known_country;
use crate::alert::{AlertType, IndexEntry};
use crate::overview::region::Region;
use crate::reading::catalog::Catalog;
use crate::reading::query::{percent_encode, query_string, Query};

pub const DEFAULT_LIMIT: usize = 5;
pub const MAX_LIMIT: usize = 20;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Theme {
    Light,
    Dark,
    /// Follow the visitor's `prefers-color-scheme`.
    #[default]
    Auto,
}

impl Theme {
    pub fn key(self) -> &'static str {
        match self {
            Theme::Light => "light",
            Theme::Dark => "dark",
            Theme::Auto => "auto",
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct EmbedOptions {
    pub country: Option<String>,
    pub kind: Option<AlertType>,
    pub limit: usize,
    pub theme: Theme,
    /// `#rgb` or `#rrggbb`, lower-cased.
    pub accent: Option<String>,
    pub transparent: bool,
    /// A language the embed's words exist in.
    pub lang: &'static str,
    pub compact: bool,
    /// The region a board panel frames (`EmbedTarget::Board` only).
    pub region: Option<Region>,
    /// The id the partner script gave the frame, echoed in height messages.
    pub frame: Option<String>,
}

impl Default for EmbedOptions {
    fn default() -> Self {
        EmbedOptions {
            country: None,
            kind: None,
            limit: DEFAULT_LIMIT,
            theme: Theme::Auto,
            accent: None,
            transparent: false,
            lang: "en",
            compact: false,
            frame: None,
            region: None,
        }
    }
}

/// An option value that was refused, shown in the panel so a partner sees
/// why their setting did not take.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Refused {
    pub key: String,
    pub value: String,
    /// The message key of why, and what the panel does instead.
    pub reason: &'static str,
}

impl EmbedOptions {
    /// The keys `from_pairs` understands: the app reads only these from a
    /// panel's address.
    pub const KEYS: [&'static str; 10] = [
        "country",
        "type",
        "limit",
        "theme",
        "accent",
        "transparent",
        "lang",
        "compact",
        "frame",
        "region",
    ];

    pub fn from_pairs<'a>(
        pairs: impl IntoIterator<Item = (&'a str, &'a str)>,
    ) -> (EmbedOptions, Vec<Refused>) {
        let mut o = EmbedOptions::default();
        let mut refused = Vec::new();
        for (key, raw) in pairs {
            let value = raw.trim();
            let mut refuse = |reason| {
                refused.push(Refused {
                    key: key.to_string(),
                    value: clip(value),
                    reason,
                })
            };
            match key {
                "country" => match value.to_ascii_uppercase() {
                    c if is_known_country(&c) => o.country = Some(c),
                    _ => refuse("refused.country"),
                },
                "type" => match AlertType::from_key(value) {
                    Some(t) => o.kind = Some(t),
                    None => refuse("refused.type"),
                },
                "limit" => match value.parse::<usize>() {
                    Ok(n) if (1..=MAX_LIMIT).contains(&n) => o.limit = n,
                    _ => refuse("refused.count"),
                },
                "theme" => match value {
                    "light" => o.theme = Theme::Light,
                    "dark" => o.theme = Theme::Dark,
                    "auto" | "" => o.theme = Theme::Auto,
                    _ => refuse("refused.theme"),
                },
                "accent" => match hex_colour(value) {
                    Some(c) => o.accent = Some(c),
                    None => refuse("refused.accent"),
                },
                "transparent" => match flag(value) {
                    Some(b) => o.transparent = b,
                    None => refuse("refused.flag"),
                },
                "compact" => match flag(value) {
                    Some(b) => o.compact = b,
                    None => refuse("refused.flag"),
                },
                "lang" => match words_language(value) {
                    Some(l) => o.lang = l,
                    None => refuse("refused.lang"),
                },
                "region" => match Region::from_key(value) {
                    Some(r) => o.region = Some(r),
                    None => refuse("refused.region"),
                },
                // A bad frame id only stops height messages: not worth a note.
                "frame" if is_frame_id(value) => o.frame = Some(value.to_string()),
                _ => {}
            }
        }
        (o, refused)
    }

    /// The query string for the embed's URL, as the dialog and tests build it.
    pub fn to_query_string(&self) -> String {
        let mut parts = Vec::new();
        if let Some(c) = &self.country {
            parts.push(format!("country={c}"));
        }
        if let Some(t) = self.kind {
            parts.push(format!("type={}", t.key()));
        }
        if self.limit != DEFAULT_LIMIT {
            parts.push(format!("limit={}", self.limit));
        }
        if self.theme != Theme::Auto {
            parts.push(format!("theme={}", self.theme.key()));
        }
        if let Some(a) = &self.accent {
            parts.push(format!("accent={}", percent_encode(a)));
        }
        if self.transparent {
            parts.push("transparent=true".to_string());
        }
        if self.lang != "en" {
            parts.push(format!("lang={}", self.lang));
        }
        if self.compact {
            parts.push("compact=true".to_string());
        }
        if let Some(r) = self.region {
            parts.push(format!("region={}", r.key));
        }
        query_string(&parts)
    }
}

/// The newest published alerts the panel shows.
pub fn latest<'a>(catalog: &'a Catalog, o: &EmbedOptions) -> Vec<&'a IndexEntry> {
    let q = Query {
        country: o.country.clone(),
        kind: o.kind,
        page: 1,
        ..Query::default()
    };
    let positions = catalog.filter(&q);
    catalog.select(&positions[..positions.len().min(o.limit)])
}

/// What the partner pastes: a placeholder that still links to the reader
/// (its page in the panel's language, under `link_text`) when scripts are
/// off, and our script, which turns it into the frame.
pub fn snippet(
    reader_url: &str,
    target: &EmbedTarget,
    o: &EmbedOptions,
    link_text: &str,
) -> String {
    let root = reader_url.trim_end_matches('/');
    let pages = format!("{root}{}", crate::i18n::languages::prefix(o.lang));
    let mut attrs = vec!["data-alert-reader-embed".to_string()];
    let link = match target {
        EmbedTarget::Latest => {
            if let Some(c) = &o.country {
                attrs.push(format!("data-country=\"{c}\""));
            }
            if let Some(t) = o.kind {
                attrs.push(format!("data-type=\"{}\"", t.key()));
            }
            if o.limit != DEFAULT_LIMIT {
                attrs.push(format!("data-limit=\"{}\"", o.limit));
            }
            match &o.country {
                Some(c) => format!("{pages}/countries/{c}"),
                None => format!("{pages}/"),
            }
        }
        EmbedTarget::Alert(id) => {
            attrs.push(format!("data-alert=\"{}\"", attr_safe(id)));
            format!("{pages}/alerts/{}", attr_safe(id))
        }
        EmbedTarget::Board => {
            attrs.push("data-board=\"true\"".to_string());
            if let Some(r) = o.region {
                attrs.push(format!("data-region=\"{}\"", r.key));
            }
            format!("{pages}/map")
        }
    };
    let words = link_text
        .replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;");
    if o.theme != Theme::Auto {
        attrs.push(format!("data-theme=\"{}\"", o.theme.key()));
    }
    if let Some(a) = &o.accent {
        attrs.push(format!("data-accent=\"{a}\""));
    }
    if o.transparent {
        attrs.push("data-transparent=\"true\"".to_string());
    }
    if o.lang != "en" {
        attrs.push(format!("data-lang=\"{}\"", o.lang));
    }
    if o.compact {
        attrs.push("data-compact=\"true\"".to_string());
    }
    format!(
        "<div {}><a href=\"{link}\">{words}</a></div>\n<script src=\"{root}/embed.js\" async></script>",
        attrs.join(" ")
    )
}

/// What an embed shows: the latest alerts, one alert, or the board.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum EmbedTarget {
    Latest,
    Alert(String),
    /// The map and situation board, framed on `EmbedOptions::region`.
    Board,
}

/// The interface language a `lang` value asks for ("fr-CA" → "fr").
fn words_language(value: &str) -> Option<&'static str> {
    let primary = value.split('-').next().unwrap_or("").to_ascii_lowercase();
    crate::i18n::languages::interface(&primary).map(|l| l.tag)
}

/// `#rgb` or `#rrggbb` only.
pub fn hex_colour(value: &str) -> Option<String> {
    let hex = value.strip_prefix('#')?;
    let ok = matches!(hex.len(), 3 | 6) && hex.bytes().all(|b| b.is_ascii_hexdigit());
    ok.then(|| format!("#{}", hex.to_ascii_lowercase()))
}

fn flag(value: &str) -> Option<bool> {
    match value {
        "" | "1" | "true" | "yes" => Some(true),
        "0" | "false" | "no" => Some(false),
        _ => None,
    }
}

fn is_frame_id(v: &str) -> bool {
    (1..=64).contains(&v.len())
        && v.bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_')
}

/// Values are echoed in notes: keep them short.
fn clip(v: &str) -> String {
    let mut s: String = v.chars().take(40).collect();
    if v.chars().count() > 40 {
        s.push('…');
    }
    s
}

/// Alert ids are `[a-z0-9-]`; anything else is dropped rather than escaped.
fn attr_safe(id: &str) -> String {
    id.chars()
        .filter(|c| c.is_ascii_alphanumeric() || *c == '-')
        .collect()
}
