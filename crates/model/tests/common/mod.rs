//! A small archive for the list, navigation and timeline tests.

use alert_model::test_support::{self, EntryExt};
use alert_model::{AlertType, Catalog, IndexEntry};

pub fn entry(
    id: &str,
    kind: AlertType,
    date: &str,
    countries: &[&str],
    series: Option<(&str, u32)>,
    title: &str,
) -> IndexEntry {
    let e = test_support::entry(id, kind, date)
        .title(title)
        .summary(&format!("Summary of {title}."))
        .countries(countries);
    match series {
        Some((series, number)) => e.series(series, number),
        None => e,
    }
}

/// Nine alerts over four years; given out of order on purpose.
pub fn catalog() -> Catalog {
    use AlertType::*;
    Catalog::new(vec![
        entry(
            "az-2",
            RedFlagAlert,
            "2022-10-07",
            &["AZ", "AM"],
            Some(("az", 2)),
            "Azerbaijan update two on prisoners of war",
        ),
        entry(
            "sd-1",
            ActiveGenocideAlert,
            "2023-05-01",
            &["SD"],
            None,
            "Sudan Darfur alert",
        ),
        entry(
            "az-0",
            RedFlagAlert,
            "2020-10-01",
            &["AZ", "AM"],
            Some(("az", 0)),
            "Azerbaijan original",
        ),
        entry(
            "mm-1",
            Statement,
            "2021-02-03",
            &["MM"],
            None,
            "Myanmar statement on Rohingya",
        ),
        entry(
            "az-1",
            RedFlagAlert,
            "2021-09-15",
            &["AZ"],
            Some(("az", 1)),
            "Azerbaijan - Update 1",
        ),
        entry(
            "sd-2",
            SosAlert,
            "2023-06-12",
            &["SD", "TD"],
            None,
            "Sudan SOS",
        ),
        entry(
            "az-3",
            RedFlagAlert,
            "2022-12-20",
            &["AZ", "AM"],
            Some(("az", 3)),
            "Azerbaijan update three blockade",
        ),
        entry(
            "am-r",
            Report,
            "2022-12-20",
            &["AM"],
            None,
            "Armenia report",
        ),
        entry(
            "mm-2",
            Statement,
            "2023-05-01",
            &["MM"],
            None,
            "Myanmar second statement",
        ),
    ])
}

#[allow(dead_code)] // not every test file uses it
pub fn ids<'a>(entries: impl IntoIterator<Item = &'a IndexEntry>) -> Vec<&'a str> {
    entries.into_iter().map(|e| e.id.as_str()).collect()
}
