//! The published alerts in list order, with what filtering needs prepared
//! once: filtering, facet counts and paging never re-parse or allocate per
//! alert on a keystroke.

use crate::alert::{AlertType, IndexEntry};
use crate::archive::sort_newest_first;
use crate::countries::country_name;
use crate::query::Query;
use std::collections::{BTreeMap, HashMap};

pub const PAGE_SIZE: usize = 10;

pub struct Catalog {
    entries: Vec<IndexEntry>,
    /// Lower-cased title, summary, tags, country names and type label.
    haystacks: Vec<String>,
    by_id: HashMap<String, usize>,
}

/// How many alerts each filter value would show, given the other filters.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Facets {
    /// (code, count), by country name.
    pub countries: Vec<(String, usize)>,
    /// Every type, in the canonical order.
    pub types: Vec<(AlertType, usize)>,
    /// Newest year first.
    pub years: Vec<(i32, usize)>,
}

/// One page of a filtered list.
#[derive(Debug, Clone, PartialEq)]
pub struct Page<'a> {
    pub items: Vec<&'a IndexEntry>,
    /// 1-based, clamped to the pages there are.
    pub number: usize,
    pub pages: usize,
    pub total: usize,
}

impl Catalog {
    pub fn new(mut entries: Vec<IndexEntry>) -> Catalog {
        sort_newest_first(&mut entries);
        let haystacks = entries.iter().map(haystack).collect();
        let by_id = entries
            .iter()
            .enumerate()
            .map(|(i, e)| (e.id.clone(), i))
            .collect();
        Catalog {
            entries,
            haystacks,
            by_id,
        }
    }

    /// Newest first.
    pub fn entries(&self) -> &[IndexEntry] {
        &self.entries
    }

    pub fn get(&self, id: &str) -> Option<&IndexEntry> {
        self.by_id.get(id).map(|&i| &self.entries[i])
    }

    pub fn len(&self) -> usize {
        self.entries.len()
    }

    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }

    /// Positions (into `entries`) of the alerts the query selects, newest first.
    pub fn filter(&self, q: &Query) -> Vec<usize> {
        let terms = q.search_terms();
        (0..self.entries.len())
            .filter(|&i| {
                let m = self.matches(i, q, &terms);
                m.country && m.kind && m.year && m.words
            })
            .collect()
    }

    /// The entries at the positions `filter` returned.
    pub fn select(&self, positions: &[usize]) -> Vec<&IndexEntry> {
        positions.iter().map(|&i| &self.entries[i]).collect()
    }

    /// Counts for each filter value under all the *other* active filters,
    /// so a reader sees what choosing that value would give.
    pub fn facets(&self, q: &Query) -> Facets {
        let terms = q.search_terms();
        let mut countries: BTreeMap<&str, usize> = BTreeMap::new();
        let mut types: BTreeMap<AlertType, usize> = BTreeMap::new();
        let mut years: BTreeMap<i32, usize> = BTreeMap::new();
        for (i, e) in self.entries.iter().enumerate() {
            let m = self.matches(i, q, &terms);
            if m.kind && m.year && m.words {
                for c in &e.countries {
                    *countries.entry(c).or_default() += 1;
                }
            }
            if m.country && m.year && m.words {
                *types.entry(e.kind).or_default() += 1;
            }
            if m.country && m.kind && m.words {
                *years.entry(e.published.year()).or_default() += 1;
            }
        }
        // The chosen values stay listed even when nothing matches them now.
        if let Some(c) = &q.country {
            countries.entry(c).or_default();
        }
        if let Some(y) = q.year {
            years.entry(y).or_default();
        }
        let mut countries: Vec<(String, usize)> = countries
            .into_iter()
            .map(|(c, n)| (c.to_string(), n))
            .collect();
        countries.sort_by(|a, b| {
            country_name(&a.0)
                .unwrap_or(&a.0)
                .cmp(country_name(&b.0).unwrap_or(&b.0))
        });
        Facets {
            countries,
            types: AlertType::ALL
                .into_iter()
                .map(|t| (t, types.get(&t).copied().unwrap_or(0)))
                .collect(),
            years: years.into_iter().rev().collect(),
        }
    }

    /// Every year that has an alert, newest first (for the year filter even
    /// when other filters leave it empty).
    pub fn years(&self) -> Vec<i32> {
        let mut years: Vec<i32> = self.entries.iter().map(|e| e.published.year()).collect();
        years.dedup();
        years
    }

    fn matches(&self, i: usize, q: &Query, terms: &[String]) -> Matches {
        let e = &self.entries[i];
        Matches {
            country: q.country.as_ref().is_none_or(|c| e.countries.contains(c)),
            kind: q.kind.is_none_or(|k| e.kind == k),
            year: q.year.is_none_or(|y| e.published.year() == y),
            words: terms.iter().all(|t| self.haystacks[i].contains(t.as_str())),
        }
    }
}

struct Matches {
    country: bool,
    kind: bool,
    year: bool,
    words: bool,
}

/// Cuts a filtered list into pages of `PAGE_SIZE`.
pub fn page<'a>(catalog: &'a Catalog, positions: &[usize], number: usize) -> Page<'a> {
    let total = positions.len();
    let pages = total.div_ceil(PAGE_SIZE).max(1);
    let number = number.clamp(1, pages);
    let start = (number - 1) * PAGE_SIZE;
    let items = positions[start.min(total)..(start + PAGE_SIZE).min(total)]
        .iter()
        .map(|&i| &catalog.entries[i])
        .collect();
    Page {
        items,
        number,
        pages,
        total,
    }
}

fn haystack(e: &IndexEntry) -> String {
    let mut s = String::with_capacity(e.title.len() + e.summary.len() + 64);
    for part in [
        e.title.as_str(),
        e.summary.as_str(),
        e.kind.label(),
        e.id.as_str(),
    ] {
        s.push_str(part);
        s.push('\n');
    }
    for c in &e.countries {
        s.push_str(country_name(c).unwrap_or(c));
        s.push('\n');
    }
    for t in &e.tags {
        s.push_str(t);
        s.push('\n');
    }
    s.to_lowercase()
}
