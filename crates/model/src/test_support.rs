//! The tests' one way to make an index entry or an alert: a published
//! English entry with every field at a plain default, changed only where a
//! test says. For this crate's tests and, through the `test-support`
//! feature, every other crate's; never part of a build.

use crate::alert::{Links, Series, Status};
use crate::{Alert, AlertType, Date, IndexEntry};

/// A published English entry `id` of this type and day (`YYYY-MM-DD`),
/// titled with its id, naming Sudan, with no series and no summary.
pub fn entry(id: &str, kind: AlertType, day: &str) -> IndexEntry {
    IndexEntry {
        id: id.to_string(),
        title: id.to_string(),
        kind,
        status: Status::Published,
        published: Date::parse(day).expect("a test date is valid"),
        updated: None,
        countries: vec!["SD".to_string()],
        series: None,
        language: "en".to_string(),
        summary: String::new(),
        tags: vec![],
        translations: Default::default(),
    }
}

/// Changes to an entry, chained: `entry(..).countries(&["AZ"]).title("…")`.
pub trait EntryExt {
    fn title(self, title: &str) -> Self;
    fn summary(self, summary: &str) -> Self;
    fn countries(self, countries: &[&str]) -> Self;
    fn series(self, id: &str, number: u32) -> Self;
    fn status(self, status: Status) -> Self;
}

impl EntryExt for IndexEntry {
    fn title(mut self, title: &str) -> Self {
        self.title = title.to_string();
        self
    }
    fn summary(mut self, summary: &str) -> Self {
        self.summary = summary.to_string();
        self
    }
    fn countries(mut self, countries: &[&str]) -> Self {
        self.countries = countries.iter().map(|c| c.to_string()).collect();
        self
    }
    fn series(mut self, id: &str, number: u32) -> Self {
        self.series = Some(Series {
            id: id.to_string(),
            number,
        });
        self
    }
    fn status(mut self, status: Status) -> Self {
        self.status = status;
        self
    }
}

/// The alert an entry lists, with no body, links or `changes`.
pub fn alert(e: &IndexEntry) -> Alert {
    Alert {
        schema: crate::alert::SCHEMA_VERSION,
        id: e.id.clone(),
        title: e.title.clone(),
        kind: e.kind,
        status: e.status,
        published: e.published.clone(),
        updated: e.updated.clone(),
        countries: e.countries.clone(),
        series: e.series.clone(),
        language: e.language.clone(),
        translations: e.translations.clone(),
        summary: e.summary.clone(),
        changes: vec![],
        change_note: None,
        body: vec![],
        tags: e.tags.clone(),
        links: Links::default(),
    }
}
