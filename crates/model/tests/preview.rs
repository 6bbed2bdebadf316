//! What the draft preview tells staff: changes against the published
//! version, where the draft will sit, and which part a problem concerns.

mod common;

use alert_model::diff::{diff_alerts, diff_blocks, ChangeKind};
use alert_model::placement::{anchor, placement};
use alert_model::validate::check_alert_text;
use alert_model::{Alert, Block, Span};
use common::catalog;
use serde_json::json;

fn p(text: &str) -> Block {
    Block::Paragraph {
        text: vec![Span::plain(text)],
    }
}

fn draft(edit: impl FnOnce(&mut serde_json::Value)) -> Alert {
    let mut v = json!({
        "schema": 1, "id": "az-4", "title": "Azerbaijan update four", "type": "red_flag_alert",
        "status": "draft", "published": "2023-08-01", "countries": ["AZ"],
        "series": { "id": "az", "number": 4 }, "language": "en", "summary": "s",
        "body": [{ "type": "paragraph", "text": ["One."] }, { "type": "paragraph", "text": ["Two."] }]
    });
    edit(&mut v);
    check_alert_text(&v.to_string()).alert.expect("renderable")
}

#[test]
fn an_inserted_block_is_one_addition_not_a_cascade() {
    let changes = diff_blocks(
        &[p("a"), p("b"), p("c")],
        &[p("a"), p("new"), p("b"), p("c")],
    );
    assert_eq!(changes.len(), 1, "{changes:#?}");
    assert_eq!(changes[0].kind, ChangeKind::Added);
    assert_eq!(changes[0].path, "body[1]");
    assert_eq!(changes[0].after.as_deref(), Some("paragraph: new"));
}

#[test]
fn removed_and_rewritten_blocks_are_told_apart() {
    let changes = diff_blocks(&[p("a"), p("b"), p("c")], &[p("a"), p("B!")]);
    let kinds: Vec<(ChangeKind, &str)> =
        changes.iter().map(|c| (c.kind, c.path.as_str())).collect();
    assert_eq!(
        kinds,
        [
            (ChangeKind::Changed, "body[1]"),
            (ChangeKind::Removed, "body[2]")
        ]
    );
    assert_eq!(changes[0].before.as_deref(), Some("paragraph: b"));
    assert_eq!(changes[0].after.as_deref(), Some("paragraph: B!"));
    // An addition at the very start is not mistaken for a change.
    let changes = diff_blocks(&[p("a")], &[p("z"), p("a")]);
    assert_eq!(changes.len(), 1);
    assert_eq!(changes[0].kind, ChangeKind::Added);
}

#[test]
fn field_changes_name_the_field_and_both_values() {
    let published = draft(|v| v["status"] = json!("published"));
    let edited = draft(|v| {
        v["title"] = json!("Azerbaijan update four, corrected");
        v["countries"] = json!(["AZ", "AM"]);
        v["translations"] = json!({ "ar": "az-4-ar" });
        v["body"][1]["text"] = json!(["Two, revised."]);
    });
    let changes = diff_alerts(&published, &edited);
    let summary: Vec<String> = changes
        .iter()
        .map(|c| format!("{:?} {}", c.kind, c.path))
        .collect();
    assert_eq!(
        summary,
        [
            "Changed title",
            "Changed countries",
            "Added translations.ar",
            "Changed body[1]"
        ]
    );
    assert_eq!(changes[1].before.as_deref(), Some("AZ"));
    assert_eq!(changes[1].after.as_deref(), Some("AZ, AM"));
    // A draft's own "draft" status is not a change; withdrawing one is.
    let withdrawn = draft(|v| v["status"] = json!("withdrawn"));
    let changes = diff_alerts(&published, &withdrawn);
    assert_eq!(changes.len(), 1);
    assert_eq!(
        (changes[0].path.as_str(), changes[0].after.as_deref()),
        ("status", Some("withdrawn"))
    );
    assert!(diff_alerts(&published, &published).is_empty());
}

#[test]
fn a_draft_update_knows_its_place_and_its_neighbours() {
    let c = catalog();
    let place = placement(&c, &draft(|_| {}));
    assert_eq!(
        place.series.as_deref(),
        Some("Will be Update 4 of 4 in “Azerbaijan original”.")
    );
    assert_eq!(place.previous.map(|e| e.id.as_str()), Some("sd-2"));
    assert_eq!(place.next, None);
    assert!(place.warnings.is_empty(), "{:?}", place.warnings);
    assert!(place.replaces.is_none());
}

#[test]
fn collisions_with_published_alerts_are_warned_about() {
    let c = catalog();
    let place = placement(
        &c,
        &draft(|v| {
            v["series"]["number"] = json!(2);
            v["published"] = json!("2022-11-01");
        }),
    );
    assert_eq!(place.warnings.len(), 1);
    assert!(
        place.warnings[0]
            .starts_with("Update 2 of series “az” is already published as “Azerbaijan update two"),
        "{:?}",
        place.warnings
    );

    let place = placement(&c, &draft(|v| v["id"] = json!("az-3")));
    assert_eq!(place.replaces.map(|e| e.id.as_str()), Some("az-3"));
    assert!(place.warnings[0].contains("is already published"));

    let place = placement(
        &c,
        &draft(|v| v["series"] = json!({ "id": "new-situation", "number": 0 })),
    );
    assert_eq!(
        place.series.as_deref(),
        Some("Will open a new series “new-situation” as the original alert.")
    );
}

#[test]
fn a_problem_points_at_the_part_of_the_page_it_concerns() {
    assert_eq!(anchor("body[3].text[1].href"), Some("body[3]"));
    assert_eq!(anchor("body[12]"), Some("body[12]"));
    assert_eq!(anchor("countries[1]"), Some("countries"));
    assert_eq!(anchor("series.number"), Some("series"));
    assert_eq!(anchor("title"), Some("title"));
    assert_eq!(anchor(""), None);
}
