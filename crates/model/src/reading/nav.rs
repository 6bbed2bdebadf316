//! Previous and Next: stepping through the list a reader came from, in the
//! order of publication. Previous is the earlier alert, Next the later one,
//! so a series reads forward from the original alert to its latest update.

use crate::alert::date::Date;
use crate::alert::{Alert, IndexEntry};
use crate::reading::catalog::Catalog;
use crate::reading::query::Query;
use std::cmp::Ordering;

/// The neighbours of one alert in a list.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Neighbours<'a> {
    /// Published before it.
    pub previous: Option<&'a IndexEntry>,
    /// Published after it.
    pub next: Option<&'a IndexEntry>,
}

/// Where an alert sorts: the same order the index uses.
#[derive(Debug, Clone, Copy)]
pub struct Position<'a> {
    pub id: &'a str,
    pub published: &'a Date,
    pub series_number: Option<u32>,
}

impl<'a> Position<'a> {
    pub fn of(e: &'a IndexEntry) -> Position<'a> {
        Position {
            id: &e.id,
            published: &e.published,
            series_number: e.series.as_ref().map(|s| s.number),
        }
    }

    /// `Less` when `self` comes first in a newest-first list.
    fn newest_first(&self, other: &Position<'_>) -> Ordering {
        other
            .published
            .cmp(self.published)
            .then_with(|| other.series_number.cmp(&self.series_number))
            .then_with(|| self.id.cmp(other.id))
    }
}

/// Neighbours of `current` within `list` (positions into the catalog,
/// newest first, as `Catalog::filter` returns them). An alert that is not in
/// the list (withdrawn, or outside the filter) gets the alerts published
/// just before and after it.
pub fn neighbours<'a>(
    catalog: &'a Catalog,
    list: &[usize],
    current: Position<'_>,
) -> Neighbours<'a> {
    let entries = catalog.entries();
    let at = |i: usize| list.get(i).map(|&p| &entries[p]);
    // First index in the list that sorts after `current`, or `current` itself.
    let split = list
        .partition_point(|&p| Position::of(&entries[p]).newest_first(&current) == Ordering::Less);
    let here = at(split).is_some_and(|e| e.id == current.id);
    let older = if here { split + 1 } else { split };
    Neighbours {
        previous: at(older),
        next: split.checked_sub(1).and_then(at),
    }
}

/// Why a Previous or Next button is disabled, as the message key of its
/// label ("This is the earliest alert").
pub fn end_reason(filtered: bool, is_previous: bool) -> &'static str {
    match (filtered, is_previous) {
        (true, true) => "nav.earliest_filtered",
        (true, false) => "nav.latest_filtered",
        (false, true) => "nav.earliest",
        (false, false) => "nav.latest",
    }
}

/// One side of Previous/Next under an alert: where it leads (an app path,
/// with the reader's list in its query), or why it leads nowhere.
#[derive(Debug, Clone, PartialEq)]
pub enum Step {
    /// `lang` is the target alert's language, which its title is in.
    To {
        href: String,
        title: String,
        lang: String,
    },
    End {
        reason: &'static str,
    },
}

impl Step {
    pub fn href(&self) -> Option<&str> {
        match self {
            Step::To { href, .. } => Some(href),
            Step::End { .. } => None,
        }
    }
}

/// Previous and Next for `alert` within the list `query` describes. The
/// reader's view and the prerendered page both show these.
pub fn steps(catalog: &Catalog, alert: &Alert, query: &Query) -> (Step, Step) {
    let list = catalog.filter(query);
    let here = Position {
        id: &alert.id,
        published: &alert.published,
        series_number: alert.series.as_ref().map(|s| s.number),
    };
    let n = neighbours(catalog, &list, here);
    let filtered = query.is_filtered();
    let list_query = query.to_query_string();
    let step = |e: Option<&IndexEntry>, is_previous: bool| match e {
        Some(e) => Step::To {
            href: format!("/alerts/{}{list_query}", e.id),
            title: e.title.clone(),
            lang: e.language.clone(),
        },
        None => Step::End {
            reason: end_reason(filtered, is_previous),
        },
    };
    (step(n.previous, true), step(n.next, false))
}
