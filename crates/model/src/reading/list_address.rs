//! Where a list lives. The lists a page can show without script (the whole
//! archive, one type's alerts, one year's, each page of them: issue 36)
//! have paths a static host serves as files (`/page/2`, `/types/sos_alert`,
//! `/years/2023/page/2`), which the build writes and the app also takes.
//! Every other combination (a country, two filters, the words box) stays
//! in the query string (`/?country=SD&type=sos_alert`), which only the app
//! reads: so the pages written grow with the archive, never with the
//! combinations of its filters.

use crate::reading::catalog::{Catalog, PAGE_SIZE};
use crate::reading::query::Query;

/// The address of the list `q` within the site, starting with `/`.
pub fn address(q: &Query) -> String {
    let page = |base: &str| match q.page {
        0 | 1 if base.is_empty() => "/".to_string(),
        0 | 1 => base.to_string(),
        n => format!("{base}/page/{n}"),
    };
    let by_path = q.country.is_none() && q.words.trim().is_empty();
    match (q.kind, q.year) {
        _ if !by_path => format!("/{}", q.to_query_string()),
        (None, None) => page(""),
        (Some(kind), None) => page(&format!("/types/{}", kind.key())),
        (None, Some(year)) => page(&format!("/years/{year}")),
        (Some(_), Some(_)) => format!("/{}", q.to_query_string()),
    }
}

/// The list a path names, or None when the path is not a list's: the
/// reverse of `address` for the lists with paths ("/" included).
pub fn from_path(path: &str) -> Option<Query> {
    let parts: Vec<&str> = path.split('/').filter(|p| !p.is_empty()).collect();
    let (filter, page) = match parts.as_slice() {
        [rest @ .., "page", n] => (rest, Some(*n)),
        rest => (rest, None),
    };
    let mut pairs: Vec<(&str, &str)> = match filter {
        [] => vec![],
        ["types", kind] => vec![("type", *kind)],
        ["years", year] => vec![("year", *year)],
        _ => return None,
    };
    if let Some(n) = page {
        pairs.push(("page", n));
    }
    let (q, ignored) = Query::from_pairs(pairs);
    // A mistyped type, year or page is not a list the build wrote.
    (ignored.is_empty() && page.is_none_or(|n| n.parse::<usize>().is_ok_and(|n| n >= 2)))
        .then_some(q)
}

/// Every list with a path that holds alerts, each page of each: the
/// archive's pages, then each type's (in the canonical order), then each
/// year's (newest first). The first page of the whole archive is `/`.
pub fn lists(catalog: &Catalog) -> Vec<Query> {
    let all = catalog.search(&Query::default());
    let pages = |count: usize| count.div_ceil(PAGE_SIZE).max(1);
    let mut filters: Vec<(Query, usize)> = vec![(Query::default(), all.positions.len())];
    filters.extend(
        all.facets
            .types
            .iter()
            .filter(|(_, n)| *n > 0)
            .map(|(kind, n)| {
                (
                    Query {
                        kind: Some(*kind),
                        ..Query::default()
                    },
                    *n,
                )
            }),
    );
    filters.extend(
        all.facets
            .years
            .iter()
            // The whole archive's years: each has alerts.
            .map(|(year, n)| {
                (
                    Query {
                        year: Some(*year),
                        ..Query::default()
                    },
                    *n,
                )
            }),
    );
    filters
        .into_iter()
        .flat_map(|(q, n)| (1..=pages(n)).map(move |page| Query { page, ..q.clone() }))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::alert::AlertType::{RedFlagAlert, SosAlert, Statement};
    use crate::test_support::entry;

    fn q(s: &str) -> Query {
        Query::parse(s).0
    }

    #[test]
    fn lists_a_host_serves_have_paths_and_the_rest_a_query() {
        for (query, path) in [
            ("", "/"),
            ("?page=1", "/"),
            ("?page=2", "/page/2"),
            ("?type=sos_alert", "/types/sos_alert"),
            ("?type=sos_alert&page=3", "/types/sos_alert/page/3"),
            ("?year=2023", "/years/2023"),
            ("?year=2023&page=12", "/years/2023/page/12"),
            ("?type=sos_alert&year=2023", "/?type=sos_alert&year=2023"),
            ("?country=SD", "/?country=SD"),
            (
                "?type=sos_alert&country=SD&page=2",
                "/?country=SD&type=sos_alert&page=2",
            ),
            ("?q=camps", "/?q=camps"),
            ("?year=2023&q=camps", "/?year=2023&q=camps"),
        ] {
            assert_eq!(address(&q(query)), path, "{query}");
        }
        assert_eq!(address(&Query::default()), "/", "page 0 is the first");
    }

    #[test]
    fn a_path_reads_back_as_its_list() {
        for query in [
            "",
            "?page=2",
            "?type=sos_alert",
            "?type=red_flag_alert&page=3",
            "?year=2023",
            "?year=2023&page=2",
        ] {
            assert_eq!(from_path(&address(&q(query))), Some(q(query)), "{query}");
        }
        assert_eq!(from_path("/types/sos_alert/"), Some(q("?type=sos_alert")));
        for not_a_list in [
            "/types/sos",
            "/types",
            "/years/twenty",
            "/page/1",
            "/page/0",
            "/page/x",
            "/types/sos_alert/page/1",
            "/alerts/x",
            "/countries/SD",
            "/types/sos_alert/years/2023",
            "/page/2/page/3",
        ] {
            assert_eq!(from_path(not_a_list), None, "{not_a_list}");
        }
    }

    #[test]
    fn every_page_of_every_list_with_alerts_and_no_other() {
        // A page and two of Red Flag Alerts and a page less one of SOS
        // Alerts in 2024 (three pages), one statement of 2019.
        let (red, sos) = (PAGE_SIZE + 2, PAGE_SIZE - 1);
        let mut entries: Vec<_> = (0..red)
            .map(|k| {
                entry(
                    &format!("r{k}"),
                    RedFlagAlert,
                    &format!("2024-01-{:02}", k + 1),
                )
            })
            .collect();
        entries.extend(
            (0..sos).map(|k| entry(&format!("s{k}"), SosAlert, &format!("2024-02-{:02}", k + 1))),
        );
        entries.push(entry("old", Statement, "2019-05-05"));
        let written: Vec<String> = lists(&Catalog::new(entries)).iter().map(address).collect();
        assert_eq!(
            written,
            [
                "/",
                "/page/2",
                "/page/3",
                "/types/red_flag_alert",
                "/types/red_flag_alert/page/2",
                "/types/sos_alert",
                "/types/statement",
                "/years/2024",
                "/years/2024/page/2",
                "/years/2024/page/3",
                "/years/2019",
            ]
        );
        assert_eq!(
            lists(&Catalog::new(vec![]))
                .iter()
                .map(address)
                .collect::<Vec<_>>(),
            ["/"]
        );
    }
}
