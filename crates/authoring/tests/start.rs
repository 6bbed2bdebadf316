//! The starting points, tried on the project's own sample archive: what a
//! staff member gets is a file the validator accepts once they have
//! written what only they can write.

use alert_authoring::start::{
    blank, free_id, id_from_title, is_taken, next_update, translation, withdraw, StartError,
};
use alert_model::alert::Series;
use alert_model::validate::archive::{check_against_published, ArchiveFile, Published};
use alert_model::validate::{check_alert_text, Severity};
use alert_model::{Alert, Block, Date, IndexEntry, Span, Status};
use std::path::Path;

fn sample_alerts() -> Vec<Alert> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../public/data/alerts");
    let mut alerts: Vec<Alert> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "json"))
        .filter_map(|p| check_alert_text(&std::fs::read_to_string(p).unwrap()).alert)
        .collect();
    alerts.sort_by(|a, b| a.id.cmp(&b.id));
    alerts
}

fn entries(alerts: &[Alert]) -> Vec<IndexEntry> {
    alerts.iter().map(Alert::entry).collect()
}

fn today() -> Date {
    Date::parse("2026-12-05").unwrap()
}

/// What the staff write: a title, a summary and a paragraph.
fn written(mut alert: Alert) -> Alert {
    if alert.title.is_empty() {
        alert.title = "Example: statement written in the editor (sample)".into();
    }
    alert.summary = "Sample summary.".into();
    alert.body = vec![Block::Paragraph {
        text: vec![Span::plain("Sample text.")],
    }];
    if alert.countries.is_empty() {
        alert.countries = vec!["SD".into()];
    }
    if alert.series.as_ref().is_some_and(|s| s.number > 0) {
        alert.changes = vec!["Sample change.".into()];
    }
    alert
}

/// Every problem the publishing tool would report for `alert` saved as
/// `<id>.json` beside the sample files (`others` replacing theirs).
fn problems(alert: &Alert, others: &[Alert]) -> Vec<String> {
    let text = alert_authoring::file::alert_file_text(alert);
    let checked = check_alert_text(&text);
    let mut files: Vec<(String, &Alert)> = others
        .iter()
        .filter(|a| a.id != alert.id)
        .map(|a| (format!("{}.json", a.id), a))
        .collect();
    let own = format!("{}.json", alert.id);
    files.push((own.clone(), alert));
    let archive: Vec<ArchiveFile<'_>> = files
        .iter()
        .map(|(name, alert)| ArchiveFile { name, alert })
        .collect();
    let published = Published::from_files(&archive);
    checked
        .problems
        .iter()
        .chain(&check_against_published(alert, Some(&own), &published))
        .map(|p| format!("{}: {:?}: {}", p.path, p.severity, p.message))
        .collect()
}

fn errors(list: &[String]) -> Vec<&String> {
    list.iter().filter(|p| p.contains("Error")).collect()
}

#[test]
fn a_blank_start_is_a_draft_whose_problems_name_what_to_write() {
    let alerts = sample_alerts();
    let alert = blank("en", today());
    assert_eq!(alert.status, Status::Draft);
    assert_eq!(alert.published, today());
    let mut alert = alert;
    alert.id = "example-new".into();
    let found = problems(&alert, &alerts);
    assert!(
        found.iter().any(|p| p.starts_with("title: Error")),
        "{found:?}"
    );
    assert!(
        found.iter().any(|p| p.starts_with("countries: Error")),
        "{found:?}"
    );
    assert!(errors(&problems(&written(alert), &alerts)).is_empty());
}

#[test]
fn the_next_update_carries_the_series_and_takes_the_next_number() {
    let alerts = sample_alerts();
    let known = entries(&alerts);
    let update = next_update("azerbaijan-red-flag", &known, today()).unwrap();
    assert_eq!(
        update.series,
        Some(Series {
            id: "azerbaijan-red-flag".into(),
            number: 8
        })
    );
    assert_eq!(update.id, "azerbaijan-red-flag-update-8");
    assert_eq!(
        update.title,
        "Red Flag Alert for Genocide - Azerbaijan - Update 8"
    );
    let latest = alerts
        .iter()
        .find(|a| a.id == "azerbaijan-red-flag-update-7")
        .unwrap();
    assert_eq!(update.kind, latest.kind);
    assert_eq!(update.countries, latest.countries);
    assert_eq!(update.language, latest.language);
    assert_eq!(update.tags, latest.tags);
    assert_eq!(update.status, Status::Draft);
    // What changed is the staff's to say: the validator asks for it.
    assert!(update.changes.is_empty() && update.summary.is_empty() && update.body.is_empty());
    let found = problems(&written(update), &alerts);
    assert!(errors(&found).is_empty(), "{found:?}");
    assert!(!found.iter().any(|p| p.starts_with("series")), "{found:?}");
}

#[test]
fn every_sample_series_gets_an_update_the_tool_accepts() {
    let alerts = sample_alerts();
    let known = entries(&alerts);
    let mut series: Vec<&str> = alerts
        .iter()
        .filter_map(|a| a.series.as_ref().map(|s| s.id.as_str()))
        .collect();
    series.sort();
    series.dedup();
    assert!(series.len() >= 6);
    for id in series {
        let update = next_update(id, &known, today()).unwrap();
        let top = known
            .iter()
            .filter_map(|e| e.series.as_ref().filter(|s| s.id == id).map(|s| s.number))
            .max()
            .unwrap();
        assert_eq!(update.series.as_ref().unwrap().number, top + 1, "{id}");
        assert!(
            !known.iter().any(|e| e.id == update.id),
            "{id}: {}",
            update.id
        );
        assert!(
            update.title.contains(&(top + 1).to_string()),
            "{id}: {}",
            update.title
        );
        let found = problems(&written(update), &alerts);
        assert!(errors(&found).is_empty(), "{id}: {found:?}");
    }
}

#[test]
fn a_title_without_the_number_gets_one_and_a_number_inside_a_year_is_left() {
    let alerts = sample_alerts();
    let mut known = entries(&alerts);
    let mut original = known
        .iter()
        .find(|e| e.id == "brazil-red-flag")
        .unwrap()
        .clone();
    original.series = Some(Series {
        id: "brazil-red-flag".into(),
        number: 2,
    });
    original.title = "Red Flag Alert - Brazil 2022".into();
    known.push(original);
    let update = next_update("brazil-red-flag", &known, today()).unwrap();
    assert_eq!(update.title, "Red Flag Alert - Brazil 2022 - Update 3");
    assert_eq!(update.id, "brazil-red-flag-update-3");
}

#[test]
fn an_update_of_no_series_says_so() {
    let known = entries(&sample_alerts());
    let err = next_update("no-such-series", &known, today()).unwrap_err();
    assert_eq!(err, StartError::NoSuchSeries("no-such-series".into()));
    assert!(err.to_string().contains("no-such-series"));
}

#[test]
fn a_taken_id_is_moved_to_the_next_free_one() {
    let alerts = sample_alerts();
    let mut known = entries(&alerts);
    let mut squatter = known[0].clone();
    squatter.id = "azerbaijan-red-flag-update-8".into();
    known.push(squatter.clone());
    squatter.id = "azerbaijan-red-flag-update-8-2".into();
    known.push(squatter);
    let update = next_update("azerbaijan-red-flag", &known, today()).unwrap();
    assert_eq!(update.id, "azerbaijan-red-flag-update-8-3");
    let taken = |id: &str| is_taken(id, &known);
    assert_eq!(free_id("brand-new", taken), "brand-new");
    assert_eq!(free_id("sudan-sos", taken), "sudan-sos-2");
}

#[test]
fn a_translation_links_to_its_original_and_the_original_back_to_it() {
    let alerts = sample_alerts();
    let known = entries(&alerts);
    let original = alerts.iter().find(|a| a.id == "sudan-sos").unwrap();
    let (fr, linked) = translation(original, "fr", &known, today()).unwrap();
    assert_eq!(fr.id, "sudan-sos-fr");
    assert_eq!(fr.language, "fr");
    assert_eq!(fr.status, Status::Draft);
    assert_eq!(fr.translations.get("en"), Some(&"sudan-sos".to_string()));
    assert_eq!(fr.body, original.body, "the translator writes over a copy");
    assert_eq!(fr.countries, original.countries);
    assert!(fr.series.is_none(), "series numbers belong to the original");
    assert_eq!(
        linked.translations.get("fr"),
        Some(&"sudan-sos-fr".to_string())
    );
    let mut unchanged = linked.clone();
    unchanged.translations.remove("fr");
    assert_eq!(&unchanged, original, "only the link is added");

    // Published together, both files pass with no warning about links.
    let mut published_fr = fr.clone();
    published_fr.status = Status::Published;
    let mut both: Vec<Alert> = alerts
        .iter()
        .filter(|a| a.id != "sudan-sos")
        .cloned()
        .collect();
    both.push(linked.clone());
    let found = problems(&published_fr, &both);
    assert!(errors(&found).is_empty(), "{found:?}");
    assert!(
        !found.iter().any(|p| p.starts_with("translations")),
        "{found:?}"
    );
    both.push(published_fr);
    let found = problems(&linked, &both);
    assert!(
        !found.iter().any(|p| p.starts_with("translations")),
        "{found:?}"
    );
}

#[test]
fn a_translation_into_a_language_it_has_is_refused() {
    let alerts = sample_alerts();
    let known = entries(&alerts);
    let original = alerts
        .iter()
        .find(|a| a.id == "example-protection-of-civilians")
        .unwrap();
    assert_eq!(
        translation(original, "AR", &known, today()).unwrap_err(),
        StartError::AlreadyTranslated {
            language: "ar".into(),
            id: "example-protection-of-civilians-ar".into()
        }
    );
    assert_eq!(
        translation(original, "en", &known, today()).unwrap_err(),
        StartError::SameLanguage("en".into())
    );
    // The id the sample translation has is taken: a Spanish one is not.
    let (es, _) = translation(original, "es", &known, today()).unwrap();
    assert_eq!(es.id, "example-protection-of-civilians-es");
}

#[test]
fn withdrawing_keeps_the_alert_and_dates_the_change() {
    let alerts = sample_alerts();
    let original = alerts.iter().find(|a| a.id == "brazil-red-flag").unwrap();
    let gone = withdraw(original, today());
    assert_eq!(gone.status, Status::Withdrawn);
    assert_eq!(gone.updated, Some(today()));
    assert_eq!(gone.body, original.body);
    assert_eq!(gone.id, original.id);
    let found = problems(&gone, &alerts);
    assert!(errors(&found).is_empty(), "{found:?}");
}

#[test]
fn ids_from_titles_are_valid_and_readable() {
    assert_eq!(
        id_from_title("Red Flag Alert for Genocide – Azerbaijan: Update 8"),
        "red-flag-alert-for-genocide-azerbaijan-update-8"
    );
    assert_eq!(
        id_from_title("Déclaration sur le Soudan d'aujourd'hui"),
        "declaration-sur-le-soudan-daujourdhui"
    );
    assert_eq!(id_from_title("Sudan’s  crisis!!"), "sudans-crisis");
    assert_eq!(id_from_title("Straße, Œuvre"), "strasse-oeuvre");
    assert_eq!(id_from_title("بيان بشأن السودان"), "");
    let long = id_from_title(&"genocide ".repeat(30));
    assert!(long.len() <= 80 && long.len() > 70, "{long}");
    assert!(alert_model::validate::is_valid_id(&long));
}

#[test]
fn accented_latin_letters_give_their_plain_letter_in_ids() {
    assert_eq!(
        id_from_title("Àà Çç Èè Ìì Ññ Òò Ùù Ýÿ Ææ ß Œœ"),
        "aa-cc-ee-ii-nn-oo-uu-yy-aeae-ss-oeoe"
    );
}

#[test]
fn an_id_takes_whole_words_up_to_eighty_characters() {
    // Fifteen words of four and one of five: exactly 80 characters, kept.
    let eighty = format!("{}abcde", "abcd ".repeat(15));
    assert_eq!(
        id_from_title(&format!("{eighty} z")),
        format!("{}abcde", "abcd-".repeat(15))
    );
    // At 75 characters a word of five would make 81: the id stops before it.
    let seventy_five = format!("abcde{}", " abcd".repeat(14));
    assert_eq!(
        id_from_title(&format!("{seventy_five} vwxyz z")),
        format!("abcde{}", "-abcd".repeat(14))
    );
}

#[test]
fn the_next_updates_id_moves_the_latest_ids_number_on_while_it_stays_valid() {
    let alerts = sample_alerts();
    let mut known = entries(&alerts);
    let latest = known
        .iter_mut()
        .find(|e| e.id == "azerbaijan-red-flag-update-7")
        .unwrap();
    // An id of the staff's own making keeps its shape.
    latest.id = "azerbaijan-alert-7".into();
    let update = next_update("azerbaijan-red-flag", &known, today()).unwrap();
    assert_eq!(update.id, "azerbaijan-alert-8");
    // One that the next number would make too long falls back to the
    // series' own form.
    let latest = known
        .iter_mut()
        .find(|e| e.id == "azerbaijan-alert-7")
        .unwrap();
    latest.id = format!("{}-9", "a".repeat(alert_model::validate::MAX_ID_CHARS - 2));
    latest.series.as_mut().unwrap().number = 9;
    let update = next_update("azerbaijan-red-flag", &known, today()).unwrap();
    assert_eq!(update.id, "azerbaijan-red-flag-update-10");
}

proptest::proptest! {
    #[test]
    fn an_id_from_any_title_is_valid_or_empty(title in "\\PC{0,200}") {
        let id = id_from_title(&title);
        proptest::prop_assert!(id.is_empty() || alert_model::validate::is_valid_id(&id), "{id:?}");
    }
}

#[test]
fn a_problem_in_a_start_is_the_validators_not_ours() {
    // The blank start names its fields as the validator's paths do.
    let alert = blank("ar", today());
    assert_eq!(alert.language, "ar");
    let text = alert_authoring::file::alert_file_text(&alert);
    let checked = check_alert_text(&text);
    assert!(checked
        .problems
        .iter()
        .any(|p| p.path == "id" && p.severity == Severity::Error));
}
