//! The published alerts in list order, with what filtering needs prepared
//! once. A change of filter is one pass over the alerts that yields both the
//! list and every facet count; it never re-parses, and allocates nothing
//! per alert.

use crate::alert::{AlertType, IndexEntry};
use crate::archive::sort_newest_first;
use crate::countries::country_name;
use crate::query::Query;
use std::collections::HashMap;

pub const PAGE_SIZE: usize = 10;

pub struct Catalog {
    entries: Vec<IndexEntry>,
    /// Lower-cased title, summary, tags, country names and type label.
    haystacks: Vec<String>,
    by_id: HashMap<String, usize>,
    /// Every country named, by country name; entries refer to them by index.
    countries: Vec<String>,
    entry_countries: Vec<Vec<u16>>,
    /// Every year with an alert, newest first; entries refer by index.
    years: Vec<i32>,
    entry_year: Vec<u16>,
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

/// What a query selects, and the facet counts around it.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Results {
    /// Positions into `entries`, newest first.
    pub positions: Vec<usize>,
    pub facets: Facets,
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

        let mut countries: Vec<String> = entries
            .iter()
            .flat_map(|e| e.countries.iter().cloned())
            .collect();
        countries.sort_unstable_by(|a, b| name_of(a).cmp(name_of(b)).then_with(|| a.cmp(b)));
        countries.dedup();
        let country_index: HashMap<&str, u16> = countries
            .iter()
            .enumerate()
            .map(|(i, c)| (c.as_str(), i as u16))
            .collect();
        let entry_countries = entries
            .iter()
            .map(|e| {
                e.countries
                    .iter()
                    .filter_map(|c| country_index.get(c.as_str()).copied())
                    .collect()
            })
            .collect();

        // Entries are newest first, so years come out newest first too.
        let mut years: Vec<i32> = entries.iter().map(|e| e.published.year()).collect();
        years.dedup();
        years.sort_unstable_by(|a, b| b.cmp(a));
        years.dedup();
        let entry_year = entries
            .iter()
            .map(|e| {
                years
                    .iter()
                    .position(|&y| y == e.published.year())
                    .unwrap_or(0) as u16
            })
            .collect();
        Catalog {
            entries,
            haystacks,
            by_id,
            countries,
            entry_countries,
            years,
            entry_year,
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

    /// Every year that has an alert, newest first.
    pub fn years(&self) -> Vec<i32> {
        self.years.clone()
    }

    /// The list a query selects and every facet count, in one pass. Each
    /// facet counts under all the *other* active filters, so a reader sees
    /// what choosing that value would give.
    pub fn search(&self, q: &Query) -> Results {
        let terms = q.search_terms();
        // One searcher per word for the whole pass.
        let finders: Vec<memchr::memmem::Finder<'_>> = terms
            .iter()
            .map(|t| memchr::memmem::Finder::new(t.as_bytes()))
            .collect();
        // A filter value the catalog does not have matches nothing.
        let country = q
            .country
            .as_ref()
            .map(|c| self.countries.iter().position(|x| x == c));
        let year = q.year.map(|y| self.years.iter().position(|&x| x == y));
        let mut country_counts = vec![0usize; self.countries.len()];
        let mut type_counts = [0usize; AlertType::ALL.len()];
        let mut year_counts = vec![0usize; self.years.len()];
        let mut positions = Vec::new();
        for i in 0..self.entries.len() {
            let e = &self.entries[i];
            let in_country = match country {
                None => true,
                Some(c) => c.is_some_and(|c| self.entry_countries[i].contains(&(c as u16))),
            };
            let in_kind = q.kind.is_none_or(|k| e.kind == k);
            let in_year = match year {
                None => true,
                Some(y) => y == Some(self.entry_year[i] as usize),
            };
            // The words test is the costly one: skip it when nothing counts.
            if (in_country as u8 + in_kind as u8 + in_year as u8) < 2 {
                continue;
            }
            let haystack = self.haystacks[i].as_bytes();
            if !finders.iter().all(|f| f.find(haystack).is_some()) {
                continue;
            }
            if in_kind && in_year {
                for &c in &self.entry_countries[i] {
                    country_counts[c as usize] += 1;
                }
            }
            if in_country && in_year {
                type_counts[kind_index(e.kind)] += 1;
            }
            if in_country && in_kind {
                year_counts[self.entry_year[i] as usize] += 1;
            }
            if in_country && in_kind && in_year {
                positions.push(i);
            }
        }
        let chosen_country = country.flatten();
        let mut countries: Vec<(String, usize)> = self
            .countries
            .iter()
            .zip(country_counts)
            .enumerate()
            .filter(|(i, (_, n))| *n > 0 || Some(*i) == chosen_country)
            .map(|(_, (c, n))| (c.clone(), n))
            .collect();
        // A chosen value stays listed even when nothing matches it now.
        if let (Some(c), None) = (&q.country, chosen_country) {
            countries.push((c.clone(), 0));
            countries.sort_unstable_by(|a, b| {
                name_of(&a.0).cmp(name_of(&b.0)).then_with(|| a.0.cmp(&b.0))
            });
        }
        let mut years: Vec<(i32, usize)> = self
            .years
            .iter()
            .zip(year_counts)
            .filter(|(y, n)| *n > 0 || Some(**y) == q.year)
            .map(|(&y, n)| (y, n))
            .collect();
        if let (Some(y), Some(None)) = (q.year, year) {
            years.push((y, 0));
            years.sort_unstable_by_key(|y| std::cmp::Reverse(y.0));
        }
        Results {
            positions,
            facets: Facets {
                countries,
                types: AlertType::ALL.into_iter().zip(type_counts).collect(),
                years,
            },
        }
    }

    /// Positions (into `entries`) of the alerts the query selects, newest first.
    pub fn filter(&self, q: &Query) -> Vec<usize> {
        self.search(q).positions
    }

    /// The facet counts around a query (see `search`).
    pub fn facets(&self, q: &Query) -> Facets {
        self.search(q).facets
    }

    /// The entries at the positions `filter` returned.
    pub fn select(&self, positions: &[usize]) -> Vec<&IndexEntry> {
        positions.iter().map(|&i| &self.entries[i]).collect()
    }
}

fn kind_index(kind: AlertType) -> usize {
    AlertType::ALL.iter().position(|&k| k == kind).unwrap_or(0)
}

fn name_of(code: &str) -> &str {
    country_name(code).unwrap_or(code)
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
        s.push_str(name_of(c));
        s.push('\n');
    }
    for t in &e.tags {
        s.push_str(t);
        s.push('\n');
    }
    s.to_lowercase()
}
