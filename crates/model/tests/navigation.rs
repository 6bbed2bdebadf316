//! Previous/Next follow the list the reader came from, by date.

mod common;

use alert_model::reading::nav::{neighbours, Position};
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

/// An alert as the reader has it, at an entry's place.
fn alert_at(c: &Catalog, id: &str) -> alert_model::Alert {
    let e = c.get(id).unwrap();
    let series = e
        .series
        .as_ref()
        .map(|s| serde_json::json!({ "id": s.id, "number": s.number }));
    let mut value = serde_json::json!({
        "schema": 1, "id": e.id, "title": e.title, "type": e.kind.key(), "status": "published",
        "published": e.published.as_str(), "countries": e.countries, "language": "en",
        "summary": e.summary, "body": [{ "type": "paragraph", "text": ["Text."] }]
    });
    if let Some(series) = series {
        value["series"] = series;
    }
    alert_model::validate::check_alert_text(&value.to_string())
        .alert
        .unwrap()
}

fn steps(c: &Catalog, query: &str, id: &str) -> (Step, Step) {
    alert_model::reading::nav::steps(c, &alert_at(c, id), &Query::parse(query).0)
}

fn to(href: &str, title: &str) -> Step {
    Step::To {
        href: href.to_string(),
        title: title.to_string(),
        lang: "en".to_string(),
    }
}

use alert_model::reading::nav::Step;

#[test]
fn on_the_same_day_an_update_in_a_series_is_newer_than_an_alert_outside_it() {
    let c = catalog();
    // az-3 (Update 3) and am-r (no series) share 2022-12-20.
    assert_eq!(step(&c, "", "az-3"), (s("am-r"), s("sd-1")));
    assert_eq!(step(&c, "", "am-r"), (s("az-2"), s("az-3")));
    assert_eq!(step(&c, "?country=AM", "az-3"), (s("am-r"), None));
    assert_eq!(step(&c, "?country=AM", "am-r"), (s("az-2"), s("az-3")));
}

#[test]
fn steps_lead_to_their_alert_with_the_list_in_the_address() {
    let c = catalog();
    let (previous, next) = steps(&c, "?country=AM", "az-3");
    assert_eq!(previous, to("/alerts/am-r?country=AM", "Armenia report"));
    assert_eq!(previous.href(), Some("/alerts/am-r?country=AM"));
    assert_eq!(
        next,
        Step::End {
            reason: "nav.latest_filtered"
        }
    );
    assert_eq!(next.href(), None);
    let (previous, next) = steps(&c, "", "az-0");
    assert_eq!(
        previous,
        Step::End {
            reason: "nav.earliest"
        }
    );
    assert_eq!(next, to("/alerts/mm-1", "Myanmar statement on Rohingya"));
}

#[test]
fn the_ends_say_which_end_and_whether_the_list_is_filtered() {
    let c = catalog();
    let (_, next) = steps(&c, "", "sd-2");
    assert_eq!(
        next,
        Step::End {
            reason: "nav.latest"
        }
    );
    let (previous, _) = steps(&c, "?country=MM", "mm-1");
    assert_eq!(
        previous,
        Step::End {
            reason: "nav.earliest_filtered"
        }
    );
}
