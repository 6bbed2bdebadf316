//! The alert itself: the data contract of docs/schema.md (version 1), one
//! definition shared by the reader, the publishing tool and the draft
//! preview. Here the alert, its body's blocks, the index and `site.json`;
//! beside them the values they are made of: dates, countries, language
//! tags, the reader's public address, and the JSON Schema written from
//! these types; and the one sort every room uses (`sort`).
//!
//! Knows nothing else of the model: every other room stands on this one,
//! and none of it may be imported here.

pub mod about;
pub mod countries;
pub mod date;
pub mod index_reader;
pub mod language;
pub mod public_address;
#[cfg(feature = "schemars")]
pub mod schema;
pub mod sort;

use date::Date;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// The schema version this code reads and writes.
pub const SCHEMA_VERSION: u64 = 1;

#[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum AlertType {
    RedFlagAlert,
    ActiveGenocideAlert,
    SosAlert,
    Statement,
    Report,
}

impl AlertType {
    pub const ALL: [AlertType; 5] = [
        AlertType::RedFlagAlert,
        AlertType::ActiveGenocideAlert,
        AlertType::SosAlert,
        AlertType::Statement,
        AlertType::Report,
    ];

    /// The value used in JSON and in URLs.
    pub fn key(self) -> &'static str {
        match self {
            AlertType::RedFlagAlert => "red_flag_alert",
            AlertType::ActiveGenocideAlert => "active_genocide_alert",
            AlertType::SosAlert => "sos_alert",
            AlertType::Statement => "statement",
            AlertType::Report => "report",
        }
    }

    /// What readers see.
    pub fn label(self) -> &'static str {
        match self {
            AlertType::RedFlagAlert => "Red Flag Alert",
            AlertType::ActiveGenocideAlert => "Active Genocide Alert",
            AlertType::SosAlert => "SOS Alert",
            AlertType::Statement => "Statement",
            AlertType::Report => "Report",
        }
    }

    pub fn from_key(key: &str) -> Option<AlertType> {
        AlertType::ALL.into_iter().find(|t| t.key() == key)
    }
}

#[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Status {
    Published,
    Draft,
    Withdrawn,
}

impl Status {
    /// The status as the file writes it.
    pub fn key(self) -> &'static str {
        match self {
            Status::Published => "published",
            Status::Draft => "draft",
            Status::Withdrawn => "withdrawn",
        }
    }

    pub fn from_key(key: &str) -> Option<Status> {
        match key {
            "published" => Some(Status::Published),
            "draft" => Some(Status::Draft),
            "withdrawn" => Some(Status::Withdrawn),
            _ => None,
        }
    }
}

#[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Series {
    pub id: String,
    /// 0 is the original alert; 1, 2, 3… its updates.
    pub number: u32,
}

#[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Mark {
    Strong,
    Em,
}

/// A run of text. A plain JSON string becomes a span with no marks.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Span {
    pub text: String,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub marks: Vec<Mark>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub href: Option<String>,
}

impl Span {
    pub fn plain(text: impl Into<String>) -> Span {
        Span {
            text: text.into(),
            marks: Vec::new(),
            href: None,
        }
    }

    /// The link target, only when its scheme is one a reader may follow.
    /// Anything else renders as plain text.
    pub fn safe_href(&self) -> Option<&str> {
        self.href.as_deref().filter(|h| link_scheme_allowed(h))
    }
}

/// `https:`, `http:` and `mailto:` only: a `javascript:` or `data:` link in
/// an alert could run code on the publisher's page.
pub fn link_scheme_allowed(href: &str) -> bool {
    link_scheme(href).is_some_and(|s| matches!(s.as_str(), "https" | "http" | "mailto"))
}

/// The scheme of an absolute URL, lower-cased; None for a relative one.
pub fn link_scheme(href: &str) -> Option<String> {
    let (scheme, _) = href.trim_start().split_once(':')?;
    let valid = !scheme.is_empty()
        && scheme.starts_with(|c: char| c.is_ascii_alphabetic())
        && scheme
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || matches!(c, '+' | '-' | '.'));
    valid.then(|| scheme.to_ascii_lowercase())
}

#[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "type", rename_all = "snake_case")]
pub enum Block {
    Paragraph {
        text: Vec<Span>,
    },
    Heading {
        level: u8,
        text: Vec<Span>,
    },
    Quote {
        text: Vec<Span>,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        cite: Option<String>,
    },
    List {
        ordered: bool,
        items: Vec<Vec<Span>>,
    },
}

impl Block {
    /// The block's words without formatting, for diffs and summaries.
    pub fn plain_text(&self) -> String {
        let join = |spans: &[Span]| spans.iter().map(|s| s.text.as_str()).collect::<String>();
        match self {
            Block::Paragraph { text } | Block::Heading { text, .. } => join(text),
            Block::Quote { text, cite } => match cite {
                Some(c) => format!("{} — {c}", join(text)),
                None => join(text),
            },
            Block::List { items, .. } => items
                .iter()
                .map(|i| format!("• {}", join(i)))
                .collect::<Vec<_>>()
                .join(" "),
        }
    }

    /// "paragraph", "heading", …: for messages.
    pub fn kind_name(&self) -> &'static str {
        match self {
            Block::Paragraph { .. } => "paragraph",
            Block::Heading { .. } => "heading",
            Block::Quote { .. } => "quote",
            Block::List { .. } => "list",
        }
    }
}

#[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Links {
    #[serde(default)]
    pub pdf: Option<String>,
    #[serde(default)]
    pub source: Option<String>,
}

/// One alert file, as validated.
#[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
#[cfg_attr(feature = "schemars", schemars(deny_unknown_fields))]
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Alert {
    pub schema: u64,
    pub id: String,
    pub title: String,
    #[serde(rename = "type")]
    pub kind: AlertType,
    pub status: Status,
    pub published: Date,
    pub updated: Option<Date>,
    pub countries: Vec<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub series: Option<Series>,
    pub language: String,
    // `default` only tells the schema (docs/api.md) these may be left out,
    // as the validator allows: alerts are read by `validate`, not serde.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub translations: BTreeMap<String, String>,
    pub summary: String,
    /// What this update changes since the previous one in its series, in
    /// the staff's own words: short plain-text points.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub changes: Vec<String>,
    /// Why the alert was withdrawn, or what an edit after publication
    /// corrected, in the alert's language: plain text, shown on the alert
    /// and on the corrections page. One note for both, as the corrections
    /// page lists both.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub change_note: Option<String>,
    pub body: Vec<Block>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub tags: Vec<String>,
    #[serde(default)]
    pub links: Links,
}

impl Alert {
    /// The list entry for this alert: everything lists, filters and
    /// timelines need, without the body.
    pub fn entry(&self) -> IndexEntry {
        IndexEntry {
            id: self.id.clone(),
            title: self.title.clone(),
            kind: self.kind,
            status: self.status,
            published: self.published.clone(),
            updated: self.updated.clone(),
            countries: self.countries.clone(),
            series: self.series.clone(),
            language: self.language.clone(),
            summary: self.summary.clone(),
            tags: self.tags.clone(),
            translations: self.translations.clone(),
        }
    }

    /// The text direction for the `dir` attribute.
    pub fn direction(&self) -> &'static str {
        direction_of(&self.language)
    }
}

/// "rtl" or "ltr" for a `dir` attribute, from a language tag.
pub fn direction_of(tag: &str) -> &'static str {
    if is_rtl_language(tag) {
        "rtl"
    } else {
        "ltr"
    }
}

/// Languages written right to left, by primary subtag.
pub fn is_rtl_language(tag: &str) -> bool {
    let primary = tag.split(['-', '_']).next().unwrap_or("");
    matches!(
        primary.to_ascii_lowercase().as_str(),
        "ar" | "arc" | "ckb" | "dv" | "fa" | "he" | "ku" | "ps" | "sd" | "syr" | "ug" | "ur" | "yi"
    )
}

/// One line of `index.json`.
#[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct IndexEntry {
    pub id: String,
    pub title: String,
    #[serde(rename = "type")]
    pub kind: AlertType,
    pub status: Status,
    pub published: Date,
    #[serde(default)]
    pub updated: Option<Date>,
    pub countries: Vec<String>,
    #[serde(default)]
    pub series: Option<Series>,
    pub language: String,
    pub summary: String,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub tags: Vec<String>,
    /// Language tag → id, as in the alert. Lets the draft preview check a
    /// draft's translations the way the publishing tool does.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub translations: BTreeMap<String, String>,
}

/// `index.json`: published alerts, newest first, for every list.
#[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Index {
    pub schema: u64,
    pub generated: String,
    pub alerts: Vec<IndexEntry>,
    /// Withdrawn alerts, newest first. They are in no list, but they are
    /// still readable by their link, so their ids and series numbers stay
    /// taken: the draft preview needs them to check a draft as the
    /// publishing tool does. Absent from older indexes.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub withdrawn: Vec<IndexEntry>,
}

/// `site.json`: everything that names the publisher.
#[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
#[cfg_attr(feature = "schemars", schemars(deny_unknown_fields))]
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Site {
    pub name: String,
    #[serde(default)]
    pub tagline: String,
    /// The publisher's own website (the footer links it).
    #[serde(default)]
    pub url: Option<String>,
    /// Where this reader is published ("https://alerts.example.org/"):
    /// every absolute address the build writes (canonical links, feeds,
    /// cards, the sitemap, oEmbed) starts with it. See
    /// `public_address::check`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reader_url: Option<String>,
    #[serde(default)]
    pub donate: Option<String>,
    #[serde(default)]
    pub contact: Option<String>,
    #[serde(default)]
    pub legal: String,
    #[serde(default)]
    pub embed: EmbedSettings,
    /// True for the bundled demo data: the reader says so on every page.
    #[serde(default)]
    pub sample_data: bool,
    /// The name, tagline and legal line in other interface languages, by
    /// tag: `{"fr": {"tagline": "…"}}`. What a language leaves out stays
    /// as above.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub languages: BTreeMap<String, SiteWords>,
    /// The alert types from least to most grave: an update whose type
    /// moves along this order "went up" or "went down". Types left out
    /// only "changed".
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub type_order: Vec<AlertType>,
}

/// The words of `site.json` that readers see, in one language.
#[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct SiteWords {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tagline: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub legal: Option<String>,
}

impl Site {
    /// The site as readers of the interface language `tag` see it.
    pub fn in_language(&self, tag: &str) -> Site {
        let mut site = self.clone();
        if let Some(words) = self.languages.get(tag) {
            if let Some(name) = &words.name {
                site.name = name.clone();
            }
            if let Some(tagline) = &words.tagline {
                site.tagline = tagline.clone();
            }
            if let Some(legal) = &words.legal {
                site.legal = legal.clone();
            }
        }
        site
    }
}

#[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct EmbedSettings {
    #[serde(default)]
    pub allowed_origins: Vec<String>,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_site_speaks_each_language_it_was_given() {
        let site: Site = serde_json::from_str(
            r#"{"name": "Institute", "tagline": "Early warning", "legal": "© Institute",
                "languages": {"fr": {"tagline": "Alerte précoce"}, "ar": {"name": "المعهد", "legal": "© المعهد"}}}"#,
        )
        .expect("a site");
        let fr = site.in_language("fr");
        assert_eq!(
            (fr.name.as_str(), fr.tagline.as_str(), fr.legal.as_str()),
            ("Institute", "Alerte précoce", "© Institute")
        );
        let ar = site.in_language("ar");
        assert_eq!(
            (ar.name.as_str(), ar.tagline.as_str(), ar.legal.as_str()),
            ("المعهد", "Early warning", "© المعهد")
        );
        assert_eq!(site.in_language("es"), site);
    }

    #[test]
    fn a_span_links_only_where_a_reader_may_follow() {
        let mut span = Span::plain("x");
        assert_eq!(span.safe_href(), None);
        span.href = Some("https://example.org/a".into());
        assert_eq!(span.safe_href(), Some("https://example.org/a"));
        span.href = Some("javascript:alert(1)".into());
        assert_eq!(span.safe_href(), None);
    }

    #[test]
    fn a_scheme_is_letters_first_then_letters_digits_and_plus_minus_dot() {
        assert_eq!(link_scheme("HTTPS://x"), Some("https".into()));
        assert_eq!(link_scheme("web+x.y-z:1"), Some("web+x.y-z".into()));
        for relative in [":x", "1http:x", "ht tp:x", "ht/tp:x", "no-colon", "/a:b"] {
            assert_eq!(link_scheme(relative), None, "{relative}");
        }
    }

    #[test]
    fn only_web_and_mail_links_may_be_followed() {
        assert!(link_scheme_allowed("https://example.org/a"));
        assert!(link_scheme_allowed("HTTP://example.org"));
        assert!(link_scheme_allowed("mailto:info@example.org"));
        for bad in [
            "javascript:alert(1)",
            " JavaScript:alert(1)",
            "data:text/html,<script>",
            "vbscript:x",
            "/relative/path",
            "example.org",
            "",
        ] {
            assert!(!link_scheme_allowed(bad), "{bad:?} must not be followed");
        }
        let span = Span {
            text: "x".into(),
            marks: vec![],
            href: Some("javascript:alert(1)".into()),
        };
        assert_eq!(span.safe_href(), None);
    }

    #[test]
    fn type_keys_and_labels_round_trip() {
        for t in AlertType::ALL {
            assert_eq!(AlertType::from_key(t.key()), Some(t));
        }
        assert_eq!(AlertType::SosAlert.label(), "SOS Alert");
        assert_eq!(AlertType::from_key("red-flag"), None);
    }

    #[test]
    fn arabic_persian_and_hebrew_read_right_to_left() {
        for rtl in ["ar", "fa-IR", "he", "ur", "AR"] {
            assert!(is_rtl_language(rtl), "{rtl}");
        }
        for ltr in ["en", "hy", "fr-CA", "ru", ""] {
            assert!(!is_rtl_language(ltr), "{ltr}");
        }
    }
}
