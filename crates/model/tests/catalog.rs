//! The archive list: order, filters, facet counts, the URL query, paging.

mod common;

use alert_model::reading::catalog::{page, PAGE_SIZE};
use alert_model::{AlertType, Catalog, Query};
use common::{catalog, entry, ids};

fn q(s: &str) -> Query {
    Query::parse(s).0
}

fn filtered<'a>(c: &'a Catalog, query: &str) -> Vec<&'a str> {
    let positions = c.filter(&q(query));
    ids(c.select(&positions))
}

#[test]
fn the_list_is_newest_first_and_same_day_alerts_keep_a_fixed_order() {
    let c = catalog();
    assert_eq!(
        ids(c.entries()),
        ["sd-2", "mm-2", "sd-1", "az-3", "am-r", "az-2", "az-1", "mm-1", "az-0"]
    );
}

#[test]
fn country_type_year_and_words_filters_combine() {
    let c = catalog();
    assert_eq!(
        filtered(&c, "?country=AZ"),
        ["az-3", "az-2", "az-1", "az-0"]
    );
    assert_eq!(
        filtered(&c, "?country=AM"),
        ["az-3", "am-r", "az-2", "az-0"],
        "secondary countries count"
    );
    assert_eq!(filtered(&c, "?type=statement"), ["mm-2", "mm-1"]);
    assert_eq!(filtered(&c, "?year=2022"), ["az-3", "am-r", "az-2"]);
    assert_eq!(filtered(&c, "?country=AZ&year=2022"), ["az-3", "az-2"]);
    assert_eq!(filtered(&c, "?q=Prisoners"), ["az-2"], "words ignore case");
    assert_eq!(
        filtered(&c, "?q=sudan+sos"),
        ["sd-2"],
        "every word must match"
    );
    assert_eq!(
        filtered(&c, "?q=chad"),
        ["sd-2"],
        "country names are searchable"
    );
    assert_eq!(
        filtered(&c, "?q=red+flag&year=2021"),
        ["az-1"],
        "type labels are searchable"
    );
    assert!(filtered(&c, "?country=SD&type=statement").is_empty());
}

#[test]
fn each_facet_counts_under_the_other_filters() {
    let c = catalog();
    let f = c.facets(&q("?country=AZ&year=2022"));
    // Countries: under year=2022 only.
    assert_eq!(f.countries, [("AM".into(), 3), ("AZ".into(), 2)]);
    // Types: under country=AZ and year=2022.
    assert_eq!(f.types[0], (AlertType::RedFlagAlert, 2));
    assert!(f.types[1..].iter().all(|(_, n)| *n == 0));
    // Years: under country=AZ.
    assert_eq!(f.years, [(2022, 2), (2021, 1), (2020, 1)]);
}

#[test]
fn a_chosen_value_stays_listed_with_zero_when_nothing_matches() {
    let c = catalog();
    let f = c.facets(&q("?country=TD&type=statement"));
    assert!(f.countries.contains(&("TD".into(), 0)), "{:?}", f.countries);
    assert!(c.filter(&q("?country=TD&type=statement")).is_empty());
}

#[test]
fn the_url_query_round_trips_and_bad_values_are_reported_not_fatal() {
    let (query, ignored) =
        Query::parse("?country=az&type=sos_alert&year=2023&q=darfur%20camps&page=2");
    assert_eq!(query.country.as_deref(), Some("AZ"));
    assert_eq!(query.kind, Some(AlertType::SosAlert));
    assert_eq!(query.year, Some(2023));
    assert_eq!(query.words, "darfur camps");
    assert_eq!(query.page, 2);
    assert!(ignored.is_empty());
    assert_eq!(
        query.to_query_string(),
        "?country=AZ&type=sos_alert&year=2023&q=darfur%20camps&page=2"
    );
    assert_eq!(Query::parse(&query.to_query_string()).0, query);
    assert_eq!(
        query.first_page().to_query_string(),
        "?country=AZ&type=sos_alert&year=2023&q=darfur%20camps"
    );

    let (query, ignored) = Query::parse("?country=ZZ&type=rumour&year=soon&page=-1&q=%E2%9C%93+%");
    assert_eq!(
        query,
        Query {
            words: "✓ %".into(),
            page: 1,
            ..Query::default()
        }
    );
    let keys: Vec<&str> = ignored.iter().map(|i| i.key).collect();
    assert_eq!(keys, ["country", "type", "year", "page"]);
    assert_eq!(Query::parse("").0.to_query_string(), "");
}

#[test]
fn pages_hold_a_page_size_and_a_page_past_the_end_shows_the_last() {
    use AlertType::Report;
    let total = 2 * PAGE_SIZE + 3;
    let many: Vec<_> = (1..=total)
        .map(|d| {
            entry(
                &format!("r{d}"),
                Report,
                &format!("2024-{:02}-{:02}", 1 + (d - 1) / 28, 1 + (d - 1) % 28),
                &["UA"],
                None,
                "r",
            )
        })
        .collect();
    let c = Catalog::new(many);
    let all = c.filter(&Query::default());
    let p = page(&c, &all, 3);
    assert_eq!(
        (p.number, p.pages, p.total, p.items.len()),
        (3, 3, total, 3)
    );
    assert_eq!(p.items[0].id, "r3");
    assert_eq!(page(&c, &all, 99).number, 3);
    assert_eq!(page(&c, &all, 1).items.len(), PAGE_SIZE);
    let none = page(&c, &[], 1);
    assert_eq!((none.number, none.pages, none.total), (1, 1, 0));
}

/// The one-pass search must agree with the plain definition of each filter
/// and facet, for every combination of filters.
#[test]
fn search_agrees_with_a_naive_filter_for_every_combination() {
    let c = catalog();
    let countries = [None, Some("AZ"), Some("AM"), Some("SD"), Some("FR")];
    let kinds = [
        None,
        Some(AlertType::RedFlagAlert),
        Some(AlertType::Statement),
    ];
    let years = [None, Some(2022), Some(2023), Some(1999)];
    // Blank words (a space, an ideographic space) filter nothing.
    let words = [
        "",
        "  ",
        "\u{3000}",
        "azerbaijan",
        "update",
        "sudan sos",
        "nothing",
    ];
    let matches = |e: &alert_model::IndexEntry,
                   country: Option<&str>,
                   kind: Option<AlertType>,
                   year: Option<i32>,
                   w: &str| {
        let text = format!(
            "{}\n{}\n{}\n{}\n{}",
            e.title,
            e.summary,
            e.kind.label(),
            e.id,
            e.countries
                .iter()
                .map(|c| alert_model::alert::countries::country_name(c).unwrap())
                .collect::<Vec<_>>()
                .join("\n")
        )
        .to_lowercase();
        country.is_none_or(|c| e.countries.iter().any(|x| x == c))
            && kind.is_none_or(|k| e.kind == k)
            && year.is_none_or(|y| e.published.year() == y)
            && w.split_whitespace().all(|t| text.contains(t))
    };
    for country in countries {
        for kind in kinds {
            for year in years {
                for w in words {
                    let q = Query {
                        country: country.map(String::from),
                        kind,
                        year,
                        words: w.into(),
                        page: 1,
                    };
                    let r = c.search(&q);
                    let naive: Vec<&str> = c
                        .entries()
                        .iter()
                        .filter(|e| matches(e, country, kind, year, w))
                        .map(|e| e.id.as_str())
                        .collect();
                    assert_eq!(ids(c.select(&r.positions)), naive, "{q:?}");
                    for (code, n) in &r.facets.countries {
                        let expect = c
                            .entries()
                            .iter()
                            .filter(|e| matches(e, Some(code), kind, year, w))
                            .count();
                        assert_eq!(*n, expect, "country {code} under {q:?}");
                    }
                    for (t, n) in &r.facets.types {
                        assert_eq!(
                            *n,
                            c.entries()
                                .iter()
                                .filter(|e| matches(e, country, Some(*t), year, w))
                                .count(),
                            "type {t:?} under {q:?}"
                        );
                    }
                    for (y, n) in &r.facets.years {
                        assert_eq!(
                            *n,
                            c.entries()
                                .iter()
                                .filter(|e| matches(e, country, kind, Some(*y), w))
                                .count(),
                            "year {y} under {q:?}"
                        );
                    }
                }
            }
        }
    }
}

#[test]
fn the_catalog_knows_its_size_and_its_years_newest_first() {
    let c = catalog();
    assert_eq!(c.len(), c.entries().len());
    assert!(c.len() > 1);
    assert!(!c.is_empty());
    assert!(Catalog::new(Vec::new()).is_empty());
    assert_eq!(Catalog::new(Vec::new()).len(), 0);
    let years = c.years();
    let mut expected: Vec<i32> = c.entries().iter().map(|e| e.published.year()).collect();
    expected.sort_unstable_by(|a, b| b.cmp(a));
    expected.dedup();
    assert_eq!(years, expected);
    assert!(years.len() > 1 && years[0] > years[1], "{years:?}");
}

/// Words beyond ASCII: an alert with accents or another script is found
/// by its words in any case, and by its plain-ASCII words too; an ASCII
/// alert is not found by a word it only resembles.
#[test]
fn words_beyond_ascii_are_found_in_any_case() {
    use alert_model::AlertType::Statement;
    let mut fr = entry(
        "fr-1",
        Statement,
        "2024-01-02",
        &["SD"],
        None,
        "Génocide au Darfour",
    );
    fr.summary = "Déclaration de l’Institut.".into();
    let ar = entry(
        "ar-1",
        Statement,
        "2024-01-03",
        &["SD"],
        None,
        "تنبيه بشأن السودان",
    );
    let en = entry(
        "en-1",
        Statement,
        "2024-01-04",
        &["SD"],
        None,
        "Genocide in Darfur",
    );
    let c = Catalog::new(vec![fr, ar, en]);
    let found = |words: &str| {
        let q = Query {
            words: words.into(),
            ..Query::default()
        };
        ids(c.select(&c.filter(&q)))
    };
    assert_eq!(found("génocide"), ["fr-1"]);
    assert_eq!(found("GÉNOCIDE"), ["fr-1"]);
    assert_eq!(found("DÉCLARATION institut"), ["fr-1"]);
    assert_eq!(
        found("darfour"),
        ["fr-1"],
        "an ASCII word in a folded alert"
    );
    assert_eq!(found("السودان"), ["ar-1"]);
    assert_eq!(found("genocide"), ["en-1"], "é is not e");
    assert_eq!(
        found("sudan statement"),
        ["en-1", "ar-1", "fr-1"],
        "names and types, for every alert"
    );
}
