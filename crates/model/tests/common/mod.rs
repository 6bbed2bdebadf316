//! A small archive for the list, navigation and timeline tests.

use alert_model::{AlertType, Catalog, Date, IndexEntry, Series, Status};

pub fn entry(
    id: &str,
    kind: AlertType,
    date: &str,
    countries: &[&str],
    series: Option<(&str, u32)>,
    title: &str,
) -> IndexEntry {
    IndexEntry {
        id: id.to_string(),
        title: title.to_string(),
        kind,
        status: Status::Published,
        published: Date::parse(date).unwrap(),
        updated: None,
        countries: countries.iter().map(|c| c.to_string()).collect(),
        series: series.map(|(id, number)| Series {
            id: id.to_string(),
            number,
        }),
        language: "en".to_string(),
        summary: format!("Summary of {title}."),
        tags: vec![],
        translations: Default::default(),
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
