//! What the draft preview tells staff: changes against the published
//! version, where the draft will sit, and which part a problem concerns.

mod common;

use alert_model::reading::diff::{diff_alerts, diff_blocks, ChangeKind};
use alert_model::reading::placement::{anchor, placement};
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
fn long_bodies_are_matched_up_to_the_limit_then_compared_in_place() {
    // 500 × 500 blocks is the most the preview matches block by block: an
    // addition at the start and a removal at the end are two changes.
    let before: Vec<Block> = (0..500).map(|i| p(&format!("b{i}"))).collect();
    let mut after = vec![p("new")];
    after.extend(before[..499].iter().cloned());
    assert_eq!(diff_blocks(&before, &after).len(), 2);
    // One block more and it compares position by position (bounded time in
    // a browser tab): every shifted block reads as changed.
    let mut longer = after.clone();
    longer.push(p("b499"));
    assert!(diff_blocks(&before, &longer).len() > 400);
}

#[test]
fn removed_and_rewritten_blocks_are_told_apart() {
    let (b, rewritten) = ("The town was shelled.", "The town was shelled again.");
    let changes = diff_blocks(&[p("a"), p(b), p("c")], &[p("a"), p(rewritten)]);
    let kinds: Vec<(ChangeKind, &str)> =
        changes.iter().map(|c| (c.kind, c.path.as_str())).collect();
    assert_eq!(
        kinds,
        [
            (ChangeKind::Changed, "body[1]"),
            (ChangeKind::Removed, "body[2]")
        ]
    );
    assert_eq!(
        changes[0].before.as_deref(),
        Some("paragraph: The town was shelled.")
    );
    assert_eq!(
        changes[0].after.as_deref(),
        Some("paragraph: The town was shelled again.")
    );
    // Two blocks rewritten in place are two changes, each paired in order.
    let changes = diff_blocks(
        &[p("Aid is blocked."), p("Talks stalled.")],
        &[p("Aid is still blocked."), p("Talks stalled in May.")],
    );
    let kinds: Vec<(ChangeKind, &str, Option<&str>)> = changes
        .iter()
        .map(|c| (c.kind, c.path.as_str(), c.before.as_deref()))
        .collect();
    assert_eq!(
        kinds,
        [
            (
                ChangeKind::Changed,
                "body[0]",
                Some("paragraph: Aid is blocked.")
            ),
            (
                ChangeKind::Changed,
                "body[1]",
                Some("paragraph: Talks stalled.")
            )
        ]
    );
    // A block replaced by one with nothing in common is a removal and an
    // addition, not a change.
    let changes = diff_blocks(&[p("Aid is blocked.")], &[p("Talks resumed.")]);
    let kinds: Vec<ChangeKind> = changes.iter().map(|c| c.kind).collect();
    assert_eq!(kinds, [ChangeKind::Removed, ChangeKind::Added]);
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
        v["body"][1]["text"] = json!(["Two. Revised."]);
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

// Checks against the published alerts (issue 16).

use alert_model::validate::archive::{
    build_index, check_against_published, check_draft_text, ready_to_publish, Published,
};
use alert_model::Index;

/// Published az-0…az-3 (series "az"), az-3 linking to its Armenian
/// translation az-3-hy, and a withdrawn "gone".
fn published() -> Published {
    let mut alerts: Vec<Alert> = (0..4)
        .map(|n| {
            draft(|v| {
                v["id"] = json!(format!("az-{n}"));
                v["title"] = json!(format!("Azerbaijan {n}"));
                v["status"] = json!("published");
                v["published"] = json!(format!("2022-0{}-01", n + 1));
                v["series"]["number"] = json!(n);
            })
        })
        .collect();
    alerts[3].translations = [("hy".to_string(), "az-3-hy".to_string())].into();
    alerts.push(draft(|v| {
        v["id"] = json!("az-3-hy");
        v["language"] = json!("hy");
        v["status"] = json!("published");
        v["series"] = json!(null);
        v["translations"] = json!({ "en": "az-3" });
    }));
    alerts.push(draft(|v| {
        v["id"] = json!("gone");
        v["status"] = json!("withdrawn");
        v["series"] = json!({ "id": "gone", "number": 0 });
    }));
    let index = build_index(&alerts, "2026-01-01T00:00:00Z".into());
    assert_eq!(index.alerts.len(), 5);
    assert_eq!(index.withdrawn.len(), 1);
    let json = serde_json::to_string(&index).unwrap();
    Published::from_index(&serde_json::from_str::<Index>(&json).unwrap())
}

fn lines(problems: &[alert_model::validate::Problem]) -> Vec<String> {
    problems.iter().map(|p| p.to_string()).collect()
}

#[test]
fn a_good_draft_is_ready_and_a_pasted_one_is_told_its_file_name() {
    let p = published();
    let d = draft(|_| {});
    assert_eq!(
        lines(&check_against_published(&d, Some("az-4.json"), &p)),
        Vec::<String>::new()
    );
    let pasted = check_against_published(&d, None, &p);
    assert_eq!(
        lines(&pasted),
        ["id: warning: save this draft as az-4.json: the file name must be the id"]
    );
    assert!(ready_to_publish(&pasted));
}

#[test]
fn a_draft_with_a_published_id_visibly_replaces_it() {
    let p = published();
    let d = draft(|v| {
        v["id"] = json!("az-2");
        v["series"]["number"] = json!(2);
    });
    for name in [Some("az-2.json"), None] {
        let problems = check_against_published(&d, name, &p);
        assert!(ready_to_publish(&problems), "{problems:#?}");
        assert!(
            lines(&problems).contains(
                &"id: warning: replaces the published alert \"Azerbaijan 2\" (2022-03-01): publishing this file changes what readers see at its link".to_string()
            ),
            "{problems:#?}"
        );
    }
    // Saved under another name, it would be a second file with that id.
    let problems = check_against_published(&d, Some("az-2-new.json"), &p);
    assert_eq!(
        lines(&problems),
        [
            "id: \"az-2\" does not match the file name: rename the file to az-2.json or change the id",
            "id: \"az-2\" is already used by az-2.json; ids are never reused",
            "series.number: series az already has Update 2 in az-2.json",
        ]
    );
    assert!(!ready_to_publish(&problems));
}

#[test]
fn translations_and_series_are_checked_against_the_index() {
    let p = published();
    let d = draft(|v| {
        v["translations"] = json!({ "fr": "no-such-alert", "hy": "az-3-hy", "de": "gone" });
        v["series"]["number"] = json!(6);
    });
    assert_eq!(
        lines(&check_against_published(&d, Some("az-4.json"), &p)),
        [
            "series.number: warning: series az is missing Update 4, Update 5 before this one",
            "translations.de: warning: \"gone\" is written in \"en\", not \"de\"",
            "translations.fr: points to \"no-such-alert\", but no published alert has that id",
            "translations.hy: warning: \"az-3-hy\" does not link back to this alert",
        ]
    );
    // A series number of a withdrawn alert stays taken.
    let d = draft(|v| v["series"] = json!({ "id": "gone", "number": 0 }));
    assert_eq!(
        lines(&check_against_published(&d, Some("az-4.json"), &p)),
        ["series.number: series gone already has the original alert in gone.json"]
    );
}

#[test]
fn the_preview_gets_one_list_errors_first_and_ready_only_without_errors() {
    let p = published();
    let mut v = serde_json::json!({
        "schema": 1, "id": "az-4", "title": "Azerbaijan update four", "type": "red_flag_alert",
        "status": "draft", "published": "2023-08-01", "countries": ["AZ"],
        "series": { "id": "az", "number": 4 }, "language": "en", "summary": "s",
        "body": [], "translations": { "fr": "az-4-fr" }
    });
    let checked = check_draft_text(&v.to_string(), None, &p);
    assert_eq!(
        lines(&checked.problems),
        [
            "translations.fr: points to \"az-4-fr\", but no published alert has that id",
            "body: warning: has no blocks: the alert will show only its title",
            "id: warning: save this draft as az-4.json: the file name must be the id",
        ]
    );
    assert!(checked.has_errors());
    assert!(!ready_to_publish(&checked.problems));
    v.as_object_mut().unwrap().remove("translations");
    let checked = check_draft_text(&v.to_string(), Some("az-4.json"), &p);
    assert!(
        ready_to_publish(&checked.problems),
        "{:#?}",
        checked.problems
    );
}

#[test]
fn an_index_from_before_withdrawn_and_translations_still_reads() {
    let index: Index = serde_json::from_str(
        r#"{"schema": 1, "generated": "2026-01-01T00:00:00Z", "alerts": [
            {"id": "a", "title": "A", "type": "statement", "status": "published",
             "published": "2022-01-01", "countries": ["AM"], "language": "en", "summary": "s"}]}"#,
    )
    .unwrap();
    assert!(index.withdrawn.is_empty());
    assert!(index.alerts[0].translations.is_empty());
    // And an index with nothing withdrawn is written as before.
    let json = serde_json::to_string(&index).unwrap();
    assert!(
        !json.contains("withdrawn") && !json.contains("translations"),
        "{json}"
    );
}

#[test]
fn a_huge_series_number_names_the_gap_without_listing_it() {
    let p = published();
    let d = draft(|v| v["series"]["number"] = json!(4_000_000_000u32));
    let started = std::time::Instant::now();
    assert_eq!(
        lines(&check_against_published(&d, Some("az-4.json"), &p)),
        ["series.number: warning: series az is missing every number from Update 4 to Update 3999999999 (3999999996 in all) before this one"]
    );
    assert!(started.elapsed().as_secs() < 1);
    // A short gap is listed in full, as before.
    let d = draft(|v| v["series"]["number"] = json!(14));
    assert_eq!(
        lines(&check_against_published(&d, Some("az-4.json"), &p)),
        ["series.number: warning: series az is missing Update 4, Update 5, Update 6, Update 7, Update 8, Update 9, Update 10, Update 11, Update 12, Update 13 before this one"]
    );
}

#[test]
fn a_draft_with_a_withdrawn_alerts_id_says_it_replaces_a_withdrawn_one() {
    let p = published();
    let d = draft(|v| {
        v["id"] = json!("gone");
        v["series"] = json!({ "id": "gone", "number": 0 });
    });
    let problems = lines(&check_against_published(&d, Some("gone.json"), &p));
    assert!(
        problems.iter().any(|l| l
            .starts_with("id: warning: replaces the withdrawn alert \"Azerbaijan update four\"")),
        "{problems:#?}"
    );
}

#[test]
fn a_translation_that_links_back_is_fine() {
    let p = published();
    // az-3-hy names az-3 as its English version.
    let d = draft(|v| {
        v["id"] = json!("az-3");
        v["series"]["number"] = json!(3);
        v["translations"] = json!({ "hy": "az-3-hy" });
    });
    let problems = lines(&check_against_published(&d, Some("az-3.json"), &p));
    assert!(
        !problems.iter().any(|l| l.starts_with("translations.")),
        "{problems:#?}"
    );
}

#[test]
fn a_taken_number_above_a_gap_is_told_both() {
    // Published: the original and Update 3 only. A draft that takes 3
    // again is an error, and the gap below it is still named.
    let alerts: Vec<Alert> = [0, 3]
        .into_iter()
        .map(|n| {
            draft(|v| {
                v["id"] = json!(format!("az-{n}"));
                v["status"] = json!("published");
                v["series"]["number"] = json!(n);
            })
        })
        .collect();
    let index = build_index(&alerts, "2026-01-01T00:00:00Z".into());
    let p = Published::from_index(&index);
    let d = draft(|v| v["series"]["number"] = json!(3));
    assert_eq!(
        lines(&check_against_published(&d, Some("az-4.json"), &p)),
        [
            "series.number: series az already has Update 3 in az-3.json",
            "series.number: warning: series az is missing Update 1, Update 2 before this one",
        ]
    );
}
