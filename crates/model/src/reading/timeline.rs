//! A country's alerts over time, and an alert's place in its series.

use crate::alert::sort::sort_by;
use crate::alert::{IndexEntry, Series};
use crate::reading::catalog::Catalog;

/// One year of a country's timeline, newest alert first.
#[derive(Debug, Clone, PartialEq)]
pub struct YearGroup<'a> {
    pub year: i32,
    pub entries: Vec<&'a IndexEntry>,
}

/// Alerts on one page of a country's timeline. A country page grew with
/// every alert (50 KB for 150 alerts); 50 keep each page near the
/// front page's weight, and older alerts go to further pages.
pub const COUNTRY_PAGE: usize = 50;

/// One page of a country's timeline.
#[derive(Debug, Clone, PartialEq)]
pub struct TimelinePage<'a> {
    /// This page's alerts, grouped by year, newest first.
    pub groups: Vec<YearGroup<'a>>,
    /// 1 is the newest page.
    pub number: usize,
    /// How many pages the country has (1 when it has no alerts).
    pub pages: usize,
    /// The alerts that name the country, on every page.
    pub total: usize,
}

impl TimelinePage<'_> {
    /// This page's alerts, newest first.
    pub fn entries(&self) -> impl Iterator<Item = &IndexEntry> + '_ {
        self.groups.iter().flat_map(|g| g.entries.iter().copied())
    }
}

/// The address of page `number` of a country: "/countries/SD", then
/// "/countries/SD/page/2".
pub fn country_path(code: &str, number: usize) -> String {
    match number {
        0 | 1 => format!("/countries/{code}"),
        n => format!("/countries/{code}/page/{n}"),
    }
}

/// How many pages `code`'s timeline has.
pub fn country_pages(catalog: &Catalog, code: &str) -> usize {
    of_country(catalog, code)
        .count()
        .div_ceil(COUNTRY_PAGE)
        .max(1)
}

/// Page `number` (from 1) of the alerts that name `code`; None past the
/// last page. A country without alerts has one, empty, page.
pub fn country_page<'a>(
    catalog: &'a Catalog,
    code: &str,
    number: usize,
) -> Option<TimelinePage<'a>> {
    let all: Vec<&IndexEntry> = of_country(catalog, code).collect();
    let pages = all.len().div_ceil(COUNTRY_PAGE).max(1);
    if number == 0 || number > pages {
        return None;
    }
    let start = (number - 1) * COUNTRY_PAGE;
    let end = all.len().min(start + COUNTRY_PAGE);
    Some(TimelinePage {
        groups: by_year(all[start..end].iter().copied()),
        number,
        pages,
        total: all.len(),
    })
}

fn of_country<'a, 'c>(
    catalog: &'a Catalog,
    code: &'c str,
) -> impl Iterator<Item = &'a IndexEntry> + use<'a, 'c> {
    catalog
        .entries()
        .iter()
        .filter(move |e| e.countries.iter().any(|c| c == code))
}

/// Every alert that names `code`, grouped by year, newest year first.
pub fn country_timeline<'a>(catalog: &'a Catalog, code: &str) -> Vec<YearGroup<'a>> {
    by_year(of_country(catalog, code))
}

/// Entries (newest first) grouped by year.
fn by_year<'a>(entries: impl Iterator<Item = &'a IndexEntry>) -> Vec<YearGroup<'a>> {
    let mut groups: Vec<YearGroup<'a>> = Vec::new();
    for e in entries {
        let year = e.published.year();
        match groups.last_mut() {
            Some(g) if g.year == year => g.entries.push(e),
            _ => groups.push(YearGroup {
                year,
                entries: vec![e],
            }),
        }
    }
    groups
}

/// The published alerts of one series, in series order.
#[derive(Debug, Clone, PartialEq)]
pub struct SeriesView<'a> {
    pub id: String,
    /// Ascending by series number: the original first.
    pub members: Vec<&'a IndexEntry>,
}

impl<'a> SeriesView<'a> {
    pub fn of(catalog: &'a Catalog, series_id: &str) -> Option<SeriesView<'a>> {
        let mut members: Vec<&IndexEntry> = catalog
            .entries()
            .iter()
            .filter(|e| e.series.as_ref().is_some_and(|s| s.id == series_id))
            .collect();
        if members.is_empty() {
            return None;
        }
        // Numbers, then (for a number used twice, which the validator
        // flags) newest first as in the catalog; ids break any tie.
        sort_by(&mut members, |a, b| {
            let number = |e: &IndexEntry| e.series.as_ref().map_or(0, |s| s.number);
            number(a)
                .cmp(&number(b))
                .then_with(|| b.published.cmp(&a.published))
                .then_with(|| a.id.cmp(&b.id))
        });
        Some(SeriesView {
            id: series_id.to_string(),
            members,
        })
    }

    /// The highest update number published so far.
    pub fn last_number(&self) -> u32 {
        self.members
            .iter()
            .filter_map(|e| e.series.as_ref())
            .map(|s| s.number)
            .max()
            .unwrap_or(0)
    }

    /// The latest member, when it is later than `number`.
    pub fn newer_than(&self, number: u32) -> Option<&'a IndexEntry> {
        self.members
            .last()
            .copied()
            .filter(|e| e.series.as_ref().is_some_and(|s| s.number > number))
    }

    /// What to call the series: its earliest member's title without the
    /// update number ("Red Flag Alert for Genocide - Azerbaijan").
    pub fn name(&self) -> &str {
        self.members
            .first()
            .map_or(self.id.as_str(), |e| without_update_number(&e.title))
    }

    /// "Update 3 of 4", "Original alert (4 updates follow)".
    pub fn position_label(&self, series: &Series) -> String {
        position_label(series.number, self.last_number().max(series.number))
    }
}

/// "Red Flag Alert - Azerbaijan - Update 3" → "Red Flag Alert - Azerbaijan";
/// also "… Update 1", "… – Update #8", "… - 2".
pub fn without_update_number(title: &str) -> &str {
    let t = title.trim_end();
    let Some(rest) = t.strip_suffix(|c: char| c.is_ascii_digit()) else {
        return t;
    };
    let rest = rest
        .trim_end_matches(|c: char| c.is_ascii_digit())
        .trim_end_matches('#')
        .trim_end();
    let rest = rest.strip_suffix("Update").unwrap_or(rest).trim_end();
    let rest = rest.trim_end_matches(['-', '–', '—', ':']).trim_end();
    if rest.is_empty() {
        t
    } else {
        rest
    }
}

/// "Update 3 of 4": this update's number out of the updates so far.
pub fn position_label(number: u32, last_number: u32) -> String {
    match (number, last_number) {
        (0, 0) => "Original alert".to_string(),
        (0, 1) => "Original alert, 1 update follows".to_string(),
        (0, n) => format!("Original alert, {n} updates follow"),
        (n, last) => format!("Update {n} of {last}"),
    }
}

/// The series that touch a country, each with its members, latest activity first.
pub fn series_for_country<'a>(catalog: &'a Catalog, code: &str) -> Vec<SeriesView<'a>> {
    series_among(catalog, of_country(catalog, code))
}

/// The series of `entries` (newest first), each once, with all its
/// members: a country page lists those of the alerts it shows.
pub fn series_among<'a, 'e>(
    catalog: &'a Catalog,
    entries: impl Iterator<Item = &'e IndexEntry>,
) -> Vec<SeriesView<'a>> {
    let mut ids: Vec<&str> = Vec::new();
    for e in entries {
        if let Some(s) = &e.series {
            if !ids.contains(&s.id.as_str()) {
                ids.push(&s.id);
            }
        }
    }
    ids.into_iter()
        .filter_map(|id| SeriesView::of(catalog, id))
        .collect()
}
