//! A country's history and an alert's place in its series.

mod common;

use alert_model::reading::timeline::{
    country_page, country_pages, country_path, country_timeline, position_label, series_among,
    series_for_country, without_update_number, SeriesView, COUNTRY_PAGE,
};
use alert_model::{AlertType, Catalog};
use common::{catalog, entry, ids};

#[test]
fn a_country_timeline_groups_by_year_newest_first() {
    let c = catalog();
    let t = country_timeline(&c, "AM");
    let years: Vec<i32> = t.iter().map(|g| g.year).collect();
    assert_eq!(years, [2022, 2020]);
    assert_eq!(ids(t[0].entries.iter().copied()), ["az-3", "am-r", "az-2"]);
    assert!(country_timeline(&c, "FR").is_empty());
}

/// 120 alerts that name Sudan, one a month from January 2015 (every third
/// in a series of its own with an update outside Sudan), and one Armenian.
fn long_history() -> Catalog {
    let mut entries = Vec::new();
    for i in 0..120 {
        let date = format!("{}-{:02}-01", 2015 + i / 12, 1 + i % 12);
        let series = (i % 3 == 0).then(|| (format!("s{i}"), 0));
        let id = format!("sd-{i:03}");
        entries.push(entry(
            &id,
            AlertType::Statement,
            &date,
            &["SD"],
            series.as_ref().map(|(s, n)| (s.as_str(), *n)),
            &id,
        ));
        if let Some((s, _)) = &series {
            entries.push(entry(
                &format!("{s}-u"),
                AlertType::Statement,
                "2030-01-01",
                &["TD"],
                Some((s, 1)),
                "update",
            ));
        }
    }
    entries.push(entry(
        "am",
        AlertType::Statement,
        "2020-01-01",
        &["AM"],
        None,
        "am",
    ));
    Catalog::new(entries)
}

#[test]
fn a_long_country_timeline_is_paged_newest_first() {
    let c = long_history();
    assert_eq!(country_pages(&c, "SD"), 3);
    let first = country_page(&c, "SD", 1).unwrap();
    assert_eq!((first.number, first.pages, first.total), (1, 3, 120));
    let shown: Vec<&str> = first.entries().map(|e| e.id.as_str()).collect();
    assert_eq!(shown.len(), COUNTRY_PAGE);
    assert_eq!((shown[0], shown[49]), ("sd-119", "sd-070"));
    // Grouped by year within the page: 2024 (12), 2023 (12), …, 2020 (2).
    let years: Vec<(i32, usize)> = first
        .groups
        .iter()
        .map(|g| (g.year, g.entries.len()))
        .collect();
    assert_eq!(
        years,
        [(2024, 12), (2023, 12), (2022, 12), (2021, 12), (2020, 2)]
    );
    let last = country_page(&c, "SD", 3).unwrap();
    let shown: Vec<&str> = last.entries().map(|e| e.id.as_str()).collect();
    assert_eq!(shown.len(), 20);
    assert_eq!((shown[0], shown[19]), ("sd-019", "sd-000"));
    // Every alert once over the pages.
    let mut all: Vec<String> = (1..=3)
        .flat_map(|n| {
            country_page(&c, "SD", n)
                .unwrap()
                .entries()
                .map(|e| e.id.clone())
                .collect::<Vec<_>>()
        })
        .collect();
    all.sort();
    all.dedup();
    assert_eq!(all.len(), 120);
    assert_eq!(country_page(&c, "SD", 4), None);
    assert_eq!(country_page(&c, "SD", 0), None);
}

#[test]
fn a_country_without_alerts_has_one_empty_page() {
    let c = long_history();
    assert_eq!(country_pages(&c, "FR"), 1);
    let page = country_page(&c, "FR", 1).unwrap();
    assert_eq!((page.pages, page.total, page.groups.len()), (1, 0, 0));
    assert_eq!(country_page(&c, "FR", 2), None);
    assert_eq!(country_pages(&c, "AM"), 1);
    assert_eq!(country_page(&c, "AM", 1).unwrap().total, 1);
}

#[test]
fn a_country_page_has_its_own_address() {
    assert_eq!(country_path("SD", 1), "/countries/SD");
    assert_eq!(country_path("SD", 2), "/countries/SD/page/2");
}

#[test]
fn a_page_lists_the_series_of_the_alerts_it_shows() {
    let c = long_history();
    let first = country_page(&c, "SD", 1).unwrap();
    let series = series_among(&c, first.entries());
    // sd-117, sd-114, … sd-072: every third of the fifty shown.
    assert_eq!(series.len(), 16);
    assert_eq!(series[0].id, "s117");
    assert_eq!(series[0].members.len(), 2, "with members outside Sudan");
    assert_eq!(series_for_country(&c, "SD").len(), 40);
}

#[test]
fn a_series_lists_its_members_from_the_original_on() {
    let c = catalog();
    let s = SeriesView::of(&c, "az").unwrap();
    assert_eq!(
        ids(s.members.iter().copied()),
        ["az-0", "az-1", "az-2", "az-3"]
    );
    assert_eq!(s.last_number(), 3);
    assert_eq!(s.name(), "Azerbaijan original");
    // Named after the earliest published member, without its number.
    let without_original = SeriesView {
        id: "az".into(),
        members: s.members[1..].to_vec(),
    };
    assert_eq!(without_original.name(), "Azerbaijan");
    let two = c.get("az-2").unwrap().series.clone().unwrap();
    assert_eq!(s.position_label(&two), "Update 2 of 3");
    assert_eq!(s.newer_than(2).map(|e| e.id.as_str()), Some("az-3"));
    assert_eq!(s.newer_than(3), None);
    assert!(SeriesView::of(&c, "nothing").is_none());
}

#[test]
fn position_labels_read_naturally() {
    assert_eq!(position_label(3, 4), "Update 3 of 4");
    assert_eq!(position_label(0, 0), "Original alert");
    assert_eq!(position_label(0, 1), "Original alert, 1 update follows");
    assert_eq!(position_label(0, 3), "Original alert, 3 updates follow");
}

#[test]
fn series_touching_a_country_are_found_once() {
    let c = catalog();
    let s = series_for_country(&c, "AM");
    assert_eq!(s.len(), 1);
    assert_eq!(
        s[0].members.len(),
        4,
        "members outside the country still belong to the series"
    );
    assert!(series_for_country(&c, "SD").is_empty());
}

#[test]
fn a_series_is_named_without_its_update_number() {
    assert_eq!(
        without_update_number("Red Flag Alert for Genocide - Azerbaijan - Update 3"),
        "Red Flag Alert for Genocide - Azerbaijan"
    );
    assert_eq!(
        without_update_number("Red Flag Alert for Genocide - Azerbaijan Update 1"),
        "Red Flag Alert for Genocide - Azerbaijan"
    );
    assert_eq!(
        without_update_number("SOS Alert – Gaza – Update #8"),
        "SOS Alert – Gaza"
    );
    assert_eq!(
        without_update_number("SOS Alert - Artsakh - 2"),
        "SOS Alert - Artsakh"
    );
    assert_eq!(
        without_update_number("Statement on Artsakh"),
        "Statement on Artsakh"
    );
    assert_eq!(without_update_number("2024"), "2024");
}
