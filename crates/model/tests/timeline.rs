//! A country's history and an alert's place in its series.

mod common;

use alert_model::reading::timeline::{
    country_timeline, position_label, series_for_country, without_update_number, SeriesView,
};
use common::{catalog, ids};

#[test]
fn a_country_timeline_groups_by_year_newest_first() {
    let c = catalog();
    let t = country_timeline(&c, "AM");
    let years: Vec<i32> = t.iter().map(|g| g.year).collect();
    assert_eq!(years, [2022, 2020]);
    assert_eq!(ids(t[0].entries.iter().copied()), ["az-3", "am-r", "az-2"]);
    assert!(country_timeline(&c, "FR").is_empty());
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
