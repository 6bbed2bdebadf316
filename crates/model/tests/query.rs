//! The list state in an address: what counts as a filter, which values are
//! taken, and how a link's escapes are read.

use alert_model::reading::query::percent_decode;
use alert_model::Query;

fn parse(q: &str) -> Query {
    Query::parse(q).0
}

fn ignored(q: &str) -> Vec<String> {
    Query::parse(q)
        .1
        .into_iter()
        .map(|i| format!("{}={}", i.key, i.value))
        .collect()
}

#[test]
fn a_filter_is_a_country_a_type_a_year_or_words_and_nothing_else() {
    // Drives the Clear-filters button and the count's wording.
    assert!(!parse("").is_filtered());
    assert!(!parse("?page=3").is_filtered(), "a page is not a filter");
    assert!(!parse("?q=%20%20").is_filtered(), "blank words are not");
    for q in ["?country=AM", "?type=statement", "?year=2022", "?q=war"] {
        assert!(parse(q).is_filtered(), "{q}");
    }
}

#[test]
fn years_and_pages_outside_their_range_are_ignored_and_said() {
    assert_eq!(parse("?year=1900").year, Some(1900));
    assert_eq!(parse("?year=9999").year, Some(9999));
    assert_eq!(parse("?year=1899").year, None);
    assert_eq!(parse("?year=10000").year, None);
    assert_eq!(
        ignored("?year=1899&year=10000&year=x"),
        ["year=1899", "year=10000", "year=x"]
    );
    assert_eq!(parse("?page=1").page, 1);
    assert_eq!(parse("?page=2").page, 2);
    assert_eq!(parse("?page=0").page, 1);
    assert_eq!(ignored("?page=0&page=-1"), ["page=0", "page=-1"]);
    assert!(ignored("?year=2022&page=2").is_empty());
}

#[test]
fn escapes_are_decoded_and_a_cut_off_one_is_kept_as_written() {
    assert_eq!(percent_decode("%41"), "A");
    assert_eq!(percent_decode("a%20b+c"), "a b c");
    // A link cut off after "%2" (or "%") keeps it, and never reads past the end.
    assert_eq!(percent_decode("50%2"), "50%2");
    assert_eq!(percent_decode("50%"), "50%");
    assert_eq!(percent_decode("%zz"), "%zz");
    assert_eq!(percent_decode("%e2%80%9c"), "“");
}
