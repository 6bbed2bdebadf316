//! Where a draft will sit once published, told from the published index:
//! its place in its series, its Previous and Next, and collisions.

use crate::alert::{Alert, IndexEntry};
use crate::i18n::english::series_in_sentence;
use crate::reading::catalog::Catalog;
use crate::reading::nav::{neighbours, Position};
use crate::reading::query::Query;
use crate::reading::timeline::SeriesView;

#[derive(Debug, Clone, PartialEq)]
pub struct Placement<'a> {
    /// "Will be Update 4 of 4 in …", when the draft belongs to a series.
    pub series: Option<String>,
    pub previous: Option<&'a IndexEntry>,
    pub next: Option<&'a IndexEntry>,
    /// The published alert this draft would replace (same id).
    pub replaces: Option<&'a IndexEntry>,
    /// Things to settle before publishing, in plain words.
    pub warnings: Vec<String>,
}

pub fn placement<'a>(catalog: &'a Catalog, draft: &Alert) -> Placement<'a> {
    let mut warnings = Vec::new();
    let replaces = catalog.get(&draft.id);
    if let Some(existing) = replaces {
        warnings.push(format!(
            "An alert with the id “{}” is already published (“{}”, {}). Publishing this draft replaces it.",
            draft.id, existing.title, existing.published
        ));
    }
    let series = draft.series.as_ref().map(|s| {
        let view = SeriesView::of(catalog, &s.id);
        if let Some(taken) = view.as_ref().and_then(|v| {
            v.members.iter().find(|e| {
                e.id != draft.id && e.series.as_ref().is_some_and(|m| m.number == s.number)
            })
        }) {
            warnings.push(format!(
                "{} of series “{}” is already published as “{}” ({}).",
                upper_first(&series_in_sentence(s.number)),
                s.id,
                taken.title,
                taken.id
            ));
        }
        match view {
            None => format!(
                "Will open a new series “{}” as {}.",
                s.id,
                series_in_sentence(s.number)
            ),
            Some(v) => {
                let last = v.last_number().max(s.number);
                let place = match s.number {
                    0 => series_in_sentence(0),
                    n => format!("Update {n} of {last}"),
                };
                format!("Will be {place} in “{}”.", v.name())
            }
        }
    });
    let all = catalog.filter(&Query::default());
    let here = Position {
        id: &draft.id,
        published: &draft.published,
        series_number: draft.series.as_ref().map(|s| s.number),
    };
    let n = neighbours(catalog, &all, here);
    Placement {
        series,
        previous: n.previous,
        next: n.next,
        replaces,
        warnings,
    }
}

/// The part of the rendered alert a problem's JSON path concerns, as the
/// `data-path` the article marks it with: `body[3].text[1].href` → `body[3]`,
/// `countries[1]` → `countries`, `series.number` → `series`.
pub fn anchor(path: &str) -> Option<&str> {
    if path.is_empty() {
        return None;
    }
    let first = path.split('.').next().unwrap_or(path);
    if first.starts_with("body[") {
        return Some(first);
    }
    Some(first.split('[').next().unwrap_or(first))
}

/// "The original alert" at the start of a sentence.
fn upper_first(s: &str) -> String {
    let mut chars = s.chars();
    chars
        .next()
        .map(|c| c.to_uppercase().chain(chars).collect())
        .unwrap_or_default()
}
