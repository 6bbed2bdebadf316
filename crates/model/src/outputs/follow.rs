//! Which feed follows what a reader is looking at, and where each feed
//! lives: written once for the build that writes the feeds and for the
//! Follow control that offers them.

use crate::alert::countries::country_name;
use crate::{AlertType, Query};

/// A feed, by the path of its files without extension, and what it
/// follows, as the Follow control names it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FeedRef {
    /// "feeds/countries/SD": `.xml` is Atom, `.json` JSON Feed.
    pub stem: String,
    /// "alerts that name Sudan", in English, for the feed's own title.
    pub label: String,
    /// What it follows, for the Follow control to name in the reader's
    /// language.
    pub subject: Subject,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Subject {
    All,
    Country(String),
    Kind(AlertType),
    Series,
    Language(String),
}

pub const ATOM_EXT: &str = "xml";
pub const JSON_EXT: &str = "json";

pub fn all() -> FeedRef {
    FeedRef {
        stem: "feeds/all".into(),
        label: "all alerts".into(),
        subject: Subject::All,
    }
}

pub fn country(code: &str) -> FeedRef {
    FeedRef {
        stem: format!("feeds/countries/{code}"),
        label: format!("alerts that name {}", country_name(code).unwrap_or(code)),
        subject: Subject::Country(code.to_string()),
    }
}

pub fn kind(kind: AlertType) -> FeedRef {
    FeedRef {
        stem: format!("feeds/types/{}", kind.key()),
        label: format!("every {}", kind.label()),
        subject: Subject::Kind(kind),
    }
}

pub fn series(id: &str) -> FeedRef {
    FeedRef {
        stem: format!("feeds/series/{id}"),
        label: "updates in this series".into(),
        subject: Subject::Series,
    }
}

pub fn language(tag: &str) -> FeedRef {
    FeedRef {
        stem: format!("feeds/languages/{tag}"),
        label: format!("alerts in {}", crate::alert::language::language_name(tag)),
        subject: Subject::Language(tag.to_string()),
    }
}

/// The feed that gives the same alerts as the front page's list: all of
/// them, or one country's, or one type's. Other filters (two at once, a
/// year, words) have no feed.
pub fn for_query(q: &Query) -> Option<FeedRef> {
    if !q.words.trim().is_empty() || q.year.is_some() {
        return None;
    }
    match (&q.country, q.kind) {
        (None, None) => Some(all()),
        (Some(c), None) => Some(country(c)),
        (None, Some(k)) => Some(kind(k)),
        (Some(_), Some(_)) => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_list_with_one_country_or_one_type_has_its_feed() {
        let q = |s| Query::parse(s).0;
        assert_eq!(for_query(&q("")).map(|f| f.stem), Some("feeds/all".into()));
        assert_eq!(
            for_query(&q("?country=SD")),
            Some(FeedRef {
                stem: "feeds/countries/SD".into(),
                label: "alerts that name Sudan".into(),
                subject: Subject::Country("SD".into()),
            })
        );
        assert_eq!(
            for_query(&q("?type=sos_alert")).map(|f| (f.stem, f.label)),
            Some(("feeds/types/sos_alert".into(), "every SOS Alert".into()))
        );
        // The page number does not change what is followed.
        assert_eq!(
            for_query(&q("?country=SD&page=2")).map(|f| f.stem),
            Some("feeds/countries/SD".into())
        );
        for none in [
            "?country=SD&type=sos_alert",
            "?year=2023",
            "?q=camps",
            "?country=SD&q=camps",
        ] {
            assert_eq!(for_query(&q(none)), None, "{none}");
        }
    }

    #[test]
    fn series_and_languages_have_feeds_of_their_own() {
        assert_eq!(series("x").stem, "feeds/series/x");
        assert_eq!(language("ar").stem, "feeds/languages/ar");
        assert_eq!(language("ar").label, "alerts in العربية");
    }
}
