//! Malformed input never panics (issue 11): property tests for the
//! validator. Whatever JSON, whatever text, in whatever field,
//! `check_alert_text` returns problems, never a panic; any alert it does
//! return holds exactly the strings it was given; and no file ever gets
//! more than the capped number of problems.

use alert_model::validate::archive::{build_index, check_against_published, Published};
use alert_model::validate::{check_alert_text, check_site_text, MAX_PROBLEMS_PER_FILE};
use alert_model::{Alert, Block, Status};
use proptest::prelude::*;

// Only `entry` is used here.
#[allow(dead_code)]
mod common;
use serde_json::{json, Map, Value};

fn config() -> ProptestConfig {
    ProptestConfig {
        cases: 128,
        // A failure is reported with its smallest input; nothing is written
        // into the source tree.
        failure_persistence: None,
        ..ProptestConfig::default()
    }
}

/// Any text, biased towards what breaks things: control and bidi
/// characters, quotes, backslashes, schemes, dates, ids, very long runs.
fn text() -> impl Strategy<Value = String> {
    prop_oneof![
        4 => proptest::collection::vec(any::<char>(), 0..24)
            .prop_map(|c| c.into_iter().collect::<String>()),
        2 => proptest::collection::vec(
            prop_oneof![
                Just("\u{0}"), Just("\u{1b}[2J"), Just("\n"), Just("\t"), Just("\r"),
                Just("\u{7f}"), Just("\u{85}"), Just("\u{9b}"), Just("\u{202e}"),
                Just("\u{2066}"), Just("\""), Just("\\"), Just("javascript:"),
                Just("https://example.org"), Just("mailto:a@b.c"), Just("2022-10-07"),
                Just("T09:30:00+04:00"), Just("az-1"), Just("-"), Just("AZ"), Just("en"),
                Just("é"), Just("😀"), Just(" "), Just("{"), Just("["),
            ],
            0..8,
        )
        .prop_map(|parts| parts.concat()),
        1 => (any::<char>(), 300..700usize).prop_map(|(c, n)| c.to_string().repeat(n)),
    ]
}

/// The keys the validator looks for, mixed with anything else.
fn key() -> impl Strategy<Value = String> {
    prop_oneof![
        3 => prop::sample::select(vec![
            "schema", "id", "title", "type", "status", "published", "updated",
            "countries", "series", "number", "language", "translations", "summary",
            "body", "tags", "links", "pdf", "source", "text", "marks", "href",
            "level", "cite", "ordered", "items", "name", "donate", "contact", "embed",
            "allowed_origins", "sample_data",
        ])
        .prop_map(str::to_string),
        1 => text(),
    ]
}

/// Any JSON value, a few levels deep.
fn json_value() -> impl Strategy<Value = Value> {
    let leaf = prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::from),
        any::<i64>().prop_map(Value::from),
        any::<u64>().prop_map(Value::from),
        // Series numbers, levels, schema versions: what fits in a u32.
        (0..=u64::from(u32::MAX)).prop_map(Value::from),
        (0u64..8).prop_map(Value::from),
        any::<f64>()
            .prop_filter("JSON has no NaN or infinity", |f| f.is_finite())
            .prop_map(Value::from),
        text().prop_map(Value::from),
    ];
    leaf.prop_recursive(4, 48, 6, |inner| {
        prop_oneof![
            proptest::collection::vec(inner.clone(), 0..6).prop_map(Value::Array),
            proptest::collection::vec((key(), inner), 0..6)
                .prop_map(|kv| Value::Object(kv.into_iter().collect::<Map<String, Value>>())),
        ]
    })
}

fn valid() -> Value {
    json!({
        "schema": 1,
        "id": "example-a",
        "title": "Example: A",
        "type": "red_flag_alert",
        "status": "published",
        "published": "2022-10-07",
        "updated": null,
        "countries": ["AZ"],
        "series": { "id": "example", "number": 1 },
        "language": "en",
        "translations": { "hy": "example-a-hy" },
        "summary": "Sample.",
        "body": [
            { "type": "paragraph", "text": ["Plain", { "text": "link", "href": "https://example.org" }] },
            { "type": "heading", "level": 2, "text": ["Heading"] },
            { "type": "quote", "text": "Quoted.", "cite": "Someone" },
            { "type": "list", "ordered": true, "items": [["One"], "Two"] }
        ],
        "tags": ["sample"],
        "links": { "pdf": null, "source": "https://example.org" }
    })
}

/// Every place a value can go in a valid alert, as a path of keys and
/// indexes.
const PATHS: &[&[&str]] = &[
    &["schema"],
    &["id"],
    &["title"],
    &["type"],
    &["status"],
    &["published"],
    &["updated"],
    &["countries"],
    &["countries", "0"],
    &["series"],
    &["series", "id"],
    &["series", "number"],
    &["language"],
    &["translations"],
    &["translations", "hy"],
    &["summary"],
    &["body"],
    &["body", "0"],
    &["body", "0", "type"],
    &["body", "0", "text"],
    &["body", "0", "text", "0"],
    &["body", "0", "text", "1"],
    &["body", "0", "text", "1", "text"],
    &["body", "0", "text", "1", "href"],
    &["body", "0", "text", "1", "marks"],
    &["body", "1", "level"],
    &["body", "2", "text"],
    &["body", "2", "cite"],
    &["body", "3", "ordered"],
    &["body", "3", "items"],
    &["body", "3", "items", "0"],
    &["body", "3", "items", "0", "0"],
    &["body", "3", "items", "1"],
    &["tags"],
    &["tags", "0"],
    &["links"],
    &["links", "pdf"],
    &["links", "source"],
];

fn set(v: &mut Value, path: &[&str], new: Value) {
    let mut at = v;
    for key in path {
        at = match key.parse::<usize>() {
            Ok(i) => &mut at[i],
            Err(_) => &mut at[*key],
        };
    }
    *at = new;
}

/// Never panics, never lists more than the cap (plus its "and N more").
fn check(text: &str) -> alert_model::validate::Checked {
    let checked = check_alert_text(text);
    assert!(checked.problems.len() <= MAX_PROBLEMS_PER_FILE + 1);
    if checked.alert.is_none() {
        assert!(checked.has_errors(), "no alert and no error: {text}");
    }
    for p in &checked.problems {
        let shown = p.to_string();
        assert!(
            !shown.chars().any(char::is_control),
            "a raw control character would be printed: {shown:?}"
        );
    }
    checked
}

/// The alert the check gave back, checked against the published alerts too.
fn cross_check(alert: &Alert) {
    let others = check_alert_text(&valid().to_string()).alert.unwrap();
    let index = build_index([&others], "2026-01-01T00:00:00Z".into());
    let published = Published::from_index(&index);
    let _ = check_against_published(alert, None, &published);
    let _ = check_against_published(alert, Some("x.json"), &published);
}

fn paragraph_spans(alert: &Alert) -> &[alert_model::Span] {
    match &alert.body[0] {
        Block::Paragraph { text } => text,
        other => panic!("body[0] is {other:?}"),
    }
}

proptest! {
    #![proptest_config(config())]

    #[test]
    fn any_text_is_refused_or_checked_never_a_panic(text in text()) {
        check(&text);
        let _ = check_site_text(&text);
    }

    #[test]
    fn any_json_value_is_checked_never_a_panic(value in json_value()) {
        let text = value.to_string();
        if let Some(alert) = check(&text).alert {
            cross_check(&alert);
        }
        let _ = check_site_text(&text);
        // Pretty-printed too, so keys sit on lines of their own.
        check(&serde_json::to_string_pretty(&value).unwrap());
    }

    #[test]
    fn any_json_value_in_any_field_is_checked_never_a_panic(
        path in prop::sample::select(PATHS),
        value in json_value(),
    ) {
        let mut v = valid();
        set(&mut v, path, value);
        if let Some(alert) = check(&v.to_string()).alert {
            cross_check(&alert);
        }
    }

    #[test]
    fn any_string_in_any_field_round_trips_when_the_alert_is_returned(
        path in prop::sample::select(PATHS),
        s in text(),
    ) {
        let mut v = valid();
        set(&mut v, path, Value::from(s.clone()));
        let checked = check(&v.to_string());
        let Some(a) = checked.alert.clone() else {
            return Ok(());
        };
        cross_check(&a);
        let s = s.as_str();
        let spans = |block: &Block| -> Vec<String> {
            match block {
                Block::Paragraph { text } | Block::Heading { text, .. } | Block::Quote { text, .. } => {
                    text.iter().map(|t| t.text.clone()).collect()
                }
                Block::List { items, .. } => items.iter().flatten().map(|t| t.text.clone()).collect(),
            }
        };
        // Does the returned alert hold exactly the string given there?
        let held = match *path {
            ["id"] => a.id == s,
            ["title"] => a.title == s,
            ["type"] => a.kind.key() == s,
            ["status"] => {
                // An unknown status renders as a draft: never as published.
                prop_assert_eq!(a.status, Status::from_key(s).unwrap_or(Status::Draft));
                Status::from_key(s).is_some()
            }
            ["published"] => a.published.as_str() == s,
            ["updated"] => a.updated.as_ref().map(|d| d.as_str()) == Some(s),
            ["countries", "0"] => a.countries.first().map(String::as_str) == Some(s),
            ["series", "id"] => a.series.as_ref().map(|x| x.id.as_str()) == Some(s),
            ["language"] => a.language == s,
            ["translations", "hy"] => a.translations.get("hy").map(String::as_str) == Some(s),
            ["summary"] => a.summary == s,
            ["body", "0", "text"] => spans(&a.body[0]) == [s],
            ["body", "0", "text", "0"] => spans(&a.body[0]) == [s, "link"],
            ["body", "0", "text", "1"] => {
                spans(&a.body[0]) == ["Plain", s] && paragraph_spans(&a)[1].href.is_none()
            }
            ["body", "0", "text", "1", "text"] => spans(&a.body[0]) == ["Plain", s],
            ["body", "0", "text", "1", "href"] => paragraph_spans(&a)[1].href.as_deref() == Some(s),
            ["body", "2", "text"] => spans(&a.body[2]) == [s],
            ["body", "2", "cite"] => matches!(&a.body[2], Block::Quote { cite: Some(c), .. } if c == s),
            ["body", "3", "items", "0"] => spans(&a.body[3]) == [s, "Two"],
            ["body", "3", "items", "1"] => spans(&a.body[3]) == ["One", s],
            ["body", "3", "items", "0", "0"] => spans(&a.body[3]) == [s, "Two"],
            ["tags", "0"] => a.tags.first().map(String::as_str) == Some(s),
            ["links", "pdf"] => a.links.pdf.as_deref() == Some(s),
            ["links", "source"] => a.links.source.as_deref() == Some(s),
            // A string where a number, a list or an object belongs.
            _ => false,
        };
        // Whatever the alert does not hold as given has an error saying so,
        // at that field or the part around it.
        let at = path
            .iter()
            .fold(String::new(), |acc, k| match k.parse::<usize>() {
                Ok(i) => format!("{acc}[{i}]"),
                Err(_) if acc.is_empty() => k.to_string(),
                Err(_) => format!("{acc}.{k}"),
            });
        let error_there = checked.problems.iter().any(|p| {
            p.severity == alert_model::validate::Severity::Error
                && !p.path.is_empty()
                && (at.starts_with(&p.path) || p.path.starts_with(&at))
        });
        prop_assert!(held || error_there, "{} = {:?} changed silently: {:#?}", at, s, checked.problems);
    }
}

/// A site.json made of its real fields, each absent, plausible, null or
/// anything at all.
fn site_value() -> impl Strategy<Value = Value> {
    let field = |good: Vec<Value>| {
        prop_oneof![
            4 => Just(None),
            4 => prop::sample::select(good).prop_map(Some),
            1 => Just(Some(Value::Null)),
            1 => json_value().prop_map(Some),
        ]
    };
    let text = || vec![json!("Example Institute"), json!("Tagline\twith a tab")];
    let link = || vec![json!("https://example.org"), json!("mailto:a@b.org")];
    (
        field(text()),
        field(text()),
        field(link()),
        field(link()),
        field(vec![json!("info@example.org")]),
        field(text()),
        field(vec![
            json!({ "allowed_origins": ["https://partner.example"] }),
            json!({ "allowed_origins": null }),
            json!({ "allowed_origins": [] }),
            json!({}),
        ]),
        field(vec![json!(true), json!(false)]),
    )
        .prop_map(
            |(name, tagline, url, donate, contact, legal, embed, sample_data)| {
                let mut obj = Map::new();
                obj.insert("name".into(), json!("Example Institute"));
                for (k, v) in [
                    ("name", name),
                    ("tagline", tagline),
                    ("url", url),
                    ("donate", donate),
                    ("contact", contact),
                    ("legal", legal),
                    ("embed", embed),
                    ("sample_data", sample_data),
                ] {
                    if let Some(v) = v {
                        obj.insert(k.to_string(), v);
                    }
                }
                Value::Object(obj)
            },
        )
}

proptest! {
    #![proptest_config(config())]

    /// The reader reads site.json with serde: whatever the checker passes
    /// must load there, or the publisher's name would be missing.
    #[test]
    fn a_site_json_the_checker_passes_is_one_the_reader_can_load(value in site_value()) {
        let text = value.to_string();
        let checked = check_site_text(&text);
        if !checked.has_errors() {
            let loaded = serde_json::from_str::<alert_model::Site>(&text);
            prop_assert!(loaded.is_ok(), "{} passed the checker but not serde: {:?}", text, loaded);
            prop_assert_eq!(checked.site.as_ref(), loaded.as_ref().ok());
        }
    }
}

/// The longest common subsequence's length, by trying every way (small
/// inputs only): the oracle for the preview's diff.
fn lcs_by_search(a: &[u8], b: &[u8]) -> usize {
    match (a.split_first(), b.split_first()) {
        (Some((x, ra)), Some((y, rb))) if x == y => 1 + lcs_by_search(ra, rb),
        (Some((_, ra)), Some((_, rb))) => lcs_by_search(ra, b).max(lcs_by_search(a, rb)),
        _ => 0,
    }
}

proptest! {
    // Small inputs, so many cases: a wrong table entry shows only in a
    // few arrangements (one was [2, 0, 1, 1] against [1, 1, 2]).
    #![proptest_config(ProptestConfig { cases: 2048, ..config() })]

    /// The body's diff keeps every block both versions share, in order:
    /// what it lists as removed, added or changed is exactly the rest, each
    /// change naming the block it describes.
    #[test]
    fn the_diff_keeps_the_longest_common_run_and_names_every_other_block(
        before in proptest::collection::vec(0u8..3, 0..7),
        after in proptest::collection::vec(0u8..3, 0..7),
    ) {
        use alert_model::reading::diff::{diff_blocks, ChangeKind};
        let block = |k: &u8| Block::Paragraph { text: vec![alert_model::Span::plain(format!("p{k}"))] };
        let (b, a): (Vec<Block>, Vec<Block>) = (before.iter().map(block).collect(), after.iter().map(block).collect());
        let changes = diff_blocks(&b, &a);
        let common = lcs_by_search(&before, &after);
        let count = |k: ChangeKind| changes.iter().filter(|c| c.kind == k).count();
        prop_assert_eq!(count(ChangeKind::Removed) + count(ChangeKind::Changed), before.len() - common);
        prop_assert_eq!(count(ChangeKind::Added) + count(ChangeKind::Changed), after.len() - common);
        let index = |path: &str| path.strip_prefix("body[").and_then(|p| p.strip_suffix(']')).and_then(|n| n.parse::<usize>().ok());
        for c in &changes {
            let k = index(&c.path).expect("a body path");
            match c.kind {
                ChangeKind::Removed => prop_assert_eq!(c.before.clone(), Some(format!("paragraph: p{}", before[k]))),
                _ => prop_assert_eq!(c.after.clone(), Some(format!("paragraph: p{}", after[k]))),
            }
        }
    }
}

/// Text for the words search: mostly ASCII letters in both cases, with
/// spaces, accented and other scripts' letters, and characters whose case
/// changes their length ('İ', 'ẞ').
fn words_text() -> impl Strategy<Value = String> {
    proptest::collection::vec(
        prop_oneof![
            40 => proptest::sample::select(vec!['a', 'b', 'c', 'e', 'f', 'z', 'A', 'B', 'C', 'E', 'Z', ' ', '-', '1']),
            1 => proptest::sample::select(vec!['é', 'É', 'ç', 'İ', 'ẞ', 'ß', 'د', 'Ж', 'ж']),
        ],
        0..40,
    )
    .prop_map(|cs| cs.into_iter().collect())
}

proptest! {
    /// The words box finds an alert when every word, in any case, is in
    /// its title, summary, tags, id, type's name or a country's name,
    /// whether its text is ASCII (searched where it is) or not (folded).
    #[test]
    fn the_words_search_is_a_case_blind_contains_on_each_field(
        title in words_text(),
        summary in words_text(),
        tag in words_text(),
        words in words_text(),
        from in 0usize..40,
        len in 1usize..8,
        upper in any::<bool>(),
    ) {
        use alert_model::{AlertType, Catalog, Query};
        let mut e = common::entry("x-1", AlertType::Statement, "2022-01-01", &["AM"], None, &title);
        e.summary = summary.clone();
        e.tags = vec![tag];
        let fields = [e.title.clone(), e.summary.clone(), e.tags[0].clone(), e.id.clone(), "Statement".into(), "Armenia".into()];
        let c = Catalog::new(vec![e]);
        // Half the time also a piece of the summary, in another case: a
        // word that is there, to be found.
        let chars: Vec<char> = summary.chars().collect();
        let piece: String = chars.iter().skip(from).take(len).collect();
        let piece = if upper { piece.to_uppercase() } else { piece };
        let words = if from % 2 == 0 { format!("{words} {piece}") } else { words };
        let q = Query { words: words.clone(), ..Query::default() };
        let expected = q.search_terms().iter().all(|w| fields.iter().any(|f| f.to_lowercase().contains(w.as_str())));
        prop_assert_eq!(c.filter(&q).len() == 1, expected, "{:?}", words);
    }
}
