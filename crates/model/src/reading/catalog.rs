//! The published alerts in list order, with what filtering needs prepared
//! once. A change of filter is one pass over the alerts that yields both the
//! list and every facet count; it never re-parses, and allocates nothing
//! per alert.

use crate::alert::countries::country_name;
use crate::alert::sort::sort_by;
use crate::alert::{AlertType, IndexEntry};
use crate::reading::query::Query;
use crate::validate::archive::sort_newest_first;
use std::collections::HashMap;
use std::sync::OnceLock;

/// Alerts on a page of a list. Twenty keeps the pages the build writes for
/// every list (the archive, each type, each year: `list_address`) within
/// the hosts' file budgets at 10,000 alerts (issue 31), at about the
/// length other archives show (ReliefWeb, GOV.UK: 20).
pub const PAGE_SIZE: usize = 20;

pub struct Catalog {
    entries: Vec<IndexEntry>,
    /// For an alert whose searched text (see `searched`) is not all ASCII:
    /// that text lower-cased. The others, nearly all, are searched where
    /// they are, ignoring ASCII case, so their text is not held twice
    /// (50,000 alerts: 19 MB less).
    folded: Vec<Option<Box<str>>>,
    /// Positions into `entries`, in the order of their ids: found by
    /// binary search, without a second copy of every id (50,000 alerts
    /// held theirs twice in a map).
    by_id: Vec<u32>,
    /// Every country named, by country name; entries refer to them by index.
    countries: Vec<String>,
    entry_countries: Vec<Vec<u16>>,
    /// Every year with an alert, newest first; entries refer by index.
    years: Vec<i32>,
    entry_year: Vec<u16>,
    /// The whole archive's counts, found on the first unfiltered search:
    /// the build draws thousands of list pages, each of which shows them
    /// (at 10,000 alerts, a pass over the archive for every page was
    /// the largest part of the prerender's time).
    whole: OnceLock<Facets>,
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
        let folded = entries.iter().map(folded).collect();
        let mut by_id: Vec<u32> = (0..entries.len() as u32).collect();
        sort_by(&mut by_id, |&a, &b| {
            entries[a as usize].id.cmp(&entries[b as usize].id)
        });

        // Each code once before sorting by name: names are looked up on
        // every comparison, and 50,000 alerts name some 75,000 countries.
        let mut codes: Vec<&str> = entries
            .iter()
            .flat_map(|e| e.countries.iter().map(String::as_str))
            .collect();
        sort_by(&mut codes, |a, b| a.cmp(b));
        codes.dedup();
        sort_by(&mut codes, |a, b| {
            name_of(a).cmp(name_of(b)).then_with(|| a.cmp(b))
        });
        let countries: Vec<String> = codes.into_iter().map(str::to_string).collect();
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
        sort_by(&mut years, |a, b| b.cmp(a));
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
            folded,
            by_id,
            countries,
            entry_countries,
            years,
            entry_year,
            whole: OnceLock::new(),
        }
    }

    /// Newest first.
    pub fn entries(&self) -> &[IndexEntry] {
        &self.entries
    }

    pub fn get(&self, id: &str) -> Option<&IndexEntry> {
        let at = self
            .by_id
            .binary_search_by(|&i| self.entries[i as usize].id.as_str().cmp(id))
            .ok()?;
        self.entries.get(self.by_id[at] as usize)
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
        // Unfiltered, every alert is in the list, newest first as held.
        if !q.is_filtered() {
            return Results {
                positions: (0..self.entries.len()).collect(),
                facets: self.whole.get_or_init(|| self.scan(q).facets).clone(),
            };
        }
        self.scan(q)
    }

    /// One pass over the archive: the alerts `q` keeps, and each filter
    /// value's count under the other filters.
    fn scan(&self, q: &Query) -> Results {
        let terms = q.search_terms();
        // One searcher per word for the whole pass, for folded text.
        let finders: Vec<memchr::memmem::Finder<'_>> = terms
            .iter()
            .map(|t| memchr::memmem::Finder::new(t.as_bytes()))
            .collect();
        // Lower-cased words are all ASCII or cannot be in ASCII text. Each
        // with the type names and countries' names it is in, found once
        // here rather than for every alert.
        let ascii: Option<Vec<Word<'_>>> = terms
            .iter()
            .map(|t| {
                t.is_ascii()
                    .then(|| Word::new(t.as_bytes(), &self.countries))
            })
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
            let found = match (&self.folded[i], &ascii) {
                (Some(text), _) => finders.iter().all(|f| f.find(text.as_bytes()).is_some()),
                (None, Some(words)) => words.iter().all(|w| {
                    w.kinds[kind_index(e.kind)]
                        || self.entry_countries[i]
                            .iter()
                            .any(|&c| w.countries[c as usize])
                        || own_text(e)
                            .any(|part| contains_ignoring_ascii_case(part.as_bytes(), w.text))
                }),
                (None, None) => false,
            };
            if !found {
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
            sort_by(&mut countries, |a, b| {
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
            sort_by(&mut years, |a, b| b.0.cmp(&a.0));
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

/// What the words box searches in an alert: its own text (see
/// `own_text`), its type's name and its countries' names, each on its own
/// (a word is never found across two of them).
fn searched(e: &IndexEntry) -> impl Iterator<Item = &str> {
    own_text(e)
        .chain([e.kind.label()])
        .chain(e.countries.iter().map(|c| name_of(c)))
}

/// An alert's title, summary, id and tags.
fn own_text(e: &IndexEntry) -> impl Iterator<Item = &str> {
    [e.title.as_str(), e.summary.as_str(), e.id.as_str()]
        .into_iter()
        .chain(e.tags.iter().map(String::as_str))
}

/// One ASCII word of a search, with where it is found among the names
/// that many alerts share.
struct Word<'a> {
    text: &'a [u8],
    /// By `kind_index`: whether the type's name has the word.
    kinds: [bool; AlertType::ALL.len()],
    /// By the catalog's country index: whether the country's name has it.
    countries: Vec<bool>,
}

impl<'a> Word<'a> {
    fn new(text: &'a [u8], countries: &[String]) -> Word<'a> {
        let has = |name: &str| contains_ignoring_ascii_case(name.as_bytes(), text);
        Word {
            text,
            kinds: AlertType::ALL.map(|k| has(k.label())),
            countries: countries.iter().map(|c| has(name_of(c))).collect(),
        }
    }
}

/// The searched text lower-cased, for an alert with any of it beyond
/// ASCII; `None` for the rest, which are searched ignoring ASCII case.
fn folded(e: &IndexEntry) -> Option<Box<str>> {
    if searched(e).all(str::is_ascii) {
        return None;
    }
    let parts: Vec<&str> = searched(e).collect();
    Some(parts.join("\n").to_lowercase().into_boxed_str())
}

/// Whether `text` has `word` (lower case, ASCII) in it in any ASCII case.
/// It looks for the word's least common letter first (in English text),
/// then compares around it: a common first letter would stop it at nearly
/// every other word.
fn contains_ignoring_ascii_case(text: &[u8], word: &[u8]) -> bool {
    if word.is_empty() {
        return true;
    }
    let Some(last_start) = text.len().checked_sub(word.len()) else {
        return false;
    };
    let at = rarest(word);
    let rare = word[at];
    memchr::memchr2_iter(rare, rare.to_ascii_uppercase(), &text[at..=last_start + at])
        .any(|found| text[found..found + word.len()].eq_ignore_ascii_case(word))
}

/// Where `word`'s least common byte is: letters by their frequency in
/// English, anything else rarer than any letter.
fn rarest(word: &[u8]) -> usize {
    const COMMON: &[u8] = b"etaoinshrdlcumwfgypbvkjxqz";
    let rank = |b: &u8| COMMON.iter().position(|c| c == b).unwrap_or(COMMON.len());
    (0..word.len()).max_by_key(|&i| rank(&word[i])).unwrap_or(0)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::alert::AlertType::{RedFlagAlert, SosAlert, Statement};
    use crate::test_support::entry;

    /// The unfiltered shortcut must give what a full pass gives, whether
    /// it fills its cache or reads it, on every page of the list.
    #[test]
    fn an_unfiltered_list_is_the_whole_archive_as_one_pass_finds_it() {
        let mut am = entry("c", SosAlert, "2023-02-01");
        am.countries = vec!["AM".into(), "AZ".into()];
        let entries = vec![
            entry("a", RedFlagAlert, "2022-05-01"),
            entry("b", Statement, "2024-01-09"),
            am,
        ];
        let catalog = Catalog::new(entries);
        for page in [1, 1, 2] {
            let q = Query {
                page,
                words: " ".into(),
                ..Query::default()
            };
            assert_eq!(catalog.search(&q), catalog.scan(&q), "page {page}");
        }
        assert_eq!(catalog.search(&Query::default()).positions, [0, 1, 2]);
    }
}
