//! Previous/Next follow the list the reader came from, by date.

mod common;

use alert_model::nav::{neighbours, Position};
use alert_model::{Catalog, Date, Query};
use common::catalog;

fn step(c: &Catalog, query: &str, id: &str) -> (Option<String>, Option<String>) {
    let list = c.filter(&Query::parse(query).0);
    let n = neighbours(c, &list, Position::of(c.get(id).unwrap()));
    (
        n.previous.map(|e| e.id.clone()),
        n.next.map(|e| e.id.clone()),
    )
}

fn s(id: &str) -> Option<String> {
    Some(id.to_string())
}

#[test]
fn opened_directly_previous_is_the_earlier_alert_and_next_the_later() {
    let c = catalog();
    assert_eq!(step(&c, "", "az-2"), (s("az-1"), s("am-r")));
    assert_eq!(step(&c, "", "mm-2"), (s("sd-1"), s("sd-2")));
}

#[test]
fn within_a_country_filter_steps_stay_in_that_country() {
    let c = catalog();
    assert_eq!(step(&c, "?country=AZ", "az-2"), (s("az-1"), s("az-3")));
    assert_eq!(step(&c, "?country=MM", "mm-1"), (None, s("mm-2")));
}

#[test]
fn at_the_ends_there_is_nothing_to_step_to() {
    let c = catalog();
    assert_eq!(step(&c, "", "az-0"), (None, s("mm-1")));
    assert_eq!(step(&c, "", "sd-2"), (s("mm-2"), None));
    assert_eq!(step(&c, "?country=AZ", "az-3"), (s("az-2"), None));
}

#[test]
fn an_alert_outside_the_list_steps_to_its_neighbours_by_date() {
    let c = catalog();
    // A withdrawn alert is not in the index; its neighbours are by date.
    let date = Date::parse("2022-01-01").unwrap();
    let list = c.filter(&Query::default());
    let n = neighbours(
        &c,
        &list,
        Position {
            id: "withdrawn",
            published: &date,
            series_number: None,
        },
    );
    assert_eq!(
        (n.previous.unwrap().id.as_str(), n.next.unwrap().id.as_str()),
        ("az-1", "az-2")
    );
    // Opened from a list it does not belong to.
    assert_eq!(step(&c, "?country=SD", "mm-2"), (s("sd-1"), s("sd-2")));
}
