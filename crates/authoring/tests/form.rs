//! The editor's form writes what the staff typed, in the file's shape, and
//! the validator's problems land beside the fields they concern.

use alert_authoring::form::{Field, Form};
use alert_authoring::start::blank;
use alert_model::validate::check_alert_text;
use alert_model::validate::Severity;
use alert_model::{Block, Date};

fn filled() -> Form {
    let mut form = Form::from_alert(&blank("en", Date::parse("2026-12-01").unwrap()));
    form.id = "sudan-statement".into();
    form.title = "A statement on Sudan".into();
    form.kind = "statement".into();
    form.countries = vec!["SD".into(), "TD".into()];
    form.summary = "What the publisher says.".into();
    form.body =
        "## Background\n\nThe publisher says [this](https://example.org/).\n\n- one\n- two\n"
            .into();
    form.tags = " El Fasher ,, displacement ".into();
    form
}

/// The fields the validator's problems of one severity are about.
fn fields(form: &Form, severity: Severity) -> Vec<Field> {
    let checked = check_alert_text(&form.write().text);
    let mut fields: Vec<Field> = checked
        .problems
        .iter()
        .filter(|p| p.severity == severity)
        .map(|p| Field::of_path(&p.path))
        .collect();
    fields.dedup();
    fields
}

fn error_fields(form: &Form) -> Vec<Field> {
    fields(form, Severity::Error)
}

#[test]
fn a_filled_form_is_a_valid_alert_with_its_body_read_from_markdown() {
    let form = filled();
    let checked = check_alert_text(&form.write().text);
    let alert = checked.alert.expect("a valid alert");
    assert_eq!(alert.tags, ["El Fasher", "displacement"]);
    assert_eq!(alert.countries, ["SD", "TD"]);
    assert!(matches!(&alert.body[0], Block::Heading { level: 2, .. }));
    assert!(matches!(&alert.body[2], Block::List { ordered: false, items } if items.len() == 2));
    assert_eq!(form.file_name(), "sudan-statement.json");
}

#[test]
fn a_blank_start_names_every_field_the_staff_must_write() {
    let form = Form::from_alert(&blank("en", Date::parse("2026-12-01").unwrap()));
    assert_eq!(
        error_fields(&form),
        [Field::Id, Field::Title, Field::Countries]
    );
    assert_eq!(
        fields(&form, Severity::Warning),
        [Field::Summary, Field::Body]
    );
    assert_eq!(form.file_name(), "untitled.json");
}

#[test]
fn what_is_typed_stays_as_typed_and_the_validator_names_its_field() {
    let mut form = filled();
    form.published = "2026-13-45".into();
    form.series_id = "sudan".into();
    form.series_number = "two".into();
    form.pdf = "javascript:alert(1)".into();
    let text = form.write().text;
    assert!(text.contains("\"published\": \"2026-13-45\""), "{text}");
    assert!(text.contains("\"number\": \"two\""), "{text}");
    assert_eq!(
        error_fields(&form),
        [Field::Published, Field::Series, Field::Links]
    );
}

#[test]
fn changes_are_one_point_per_line_and_a_series_number_is_a_number() {
    let mut form = filled();
    form.series_id = "sudan".into();
    form.series_number = " 3 ".into();
    form.changes = "First point\n\n  Second point  \n".into();
    let alert = check_alert_text(&form.write().text).alert.expect("valid");
    assert_eq!(alert.changes, ["First point", "Second point"]);
    assert_eq!(alert.series.map(|s| s.number), Some(3));
}

#[test]
fn markdown_the_body_cannot_hold_is_a_problem_at_its_line() {
    let mut form = filled();
    form.body = "Intro\n\n![a map](map.png)\n".into();
    let written = form.write();
    assert_eq!(
        written.body_problems.len(),
        1,
        "{:?}",
        written.body_problems
    );
    assert_eq!(written.body_problems[0].line, 3);
}

#[test]
fn two_translations_into_one_language_are_said_not_merged_silently() {
    let mut form = filled();
    form.translations = vec![
        ("fr".into(), "sudan-statement-fr".into()),
        (String::new(), String::new()),
        ("fr".into(), "other".into()),
    ];
    let written = form.write();
    assert_eq!(written.form_problems.len(), 1);
    assert_eq!(
        Field::of_path(&written.form_problems[0].path),
        Field::Translations
    );
    assert_eq!(written.form_problems[0].severity, Severity::Error);
    let mut one = filled();
    one.translations = vec![
        ("fr".into(), "sudan-statement-fr".into()),
        (String::new(), String::new()),
    ];
    let written = one.write();
    assert!(written.form_problems.is_empty());
    assert!(written.text.contains("\"fr\": \"sudan-statement-fr\""));
}

#[test]
fn empty_optional_fields_are_null_or_left_out_as_in_every_file() {
    let text = filled().write().text;
    assert!(text.contains("\"updated\": null"));
    assert!(text.contains("\"pdf\": null") && text.contains("\"source\": null"));
    for absent in ["\"series\"", "\"translations\"", "\"changes\""] {
        assert!(!text.contains(absent), "{absent} in {text}");
    }
}

#[test]
fn an_original_links_to_its_translation_under_the_id_finally_chosen() {
    let mut original = filled();
    original.translations = vec![
        ("fr".into(), "first-guess".into()),
        ("es".into(), "sudan-es".into()),
    ];
    let linked = original.with_translation("fr", "sudan-statement-fr");
    let alert = check_alert_text(&linked.write().text).alert.expect("valid");
    assert_eq!(
        alert.translations.get("fr").map(String::as_str),
        Some("sudan-statement-fr")
    );
    assert_eq!(
        alert.translations.get("es").map(String::as_str),
        Some("sudan-es")
    );
    assert_eq!(alert.translations.len(), 2);
}

#[test]
fn an_update_that_does_not_say_what_changed_is_asked_to() {
    let mut form = filled();
    form.series_id = "sudan".into();
    form.series_number = "0".into();
    assert!(
        form.write().form_problems.is_empty(),
        "the original alert changes nothing"
    );
    form.series_number = "2".into();
    let asked = form.write().form_problems;
    assert_eq!(asked.len(), 1);
    assert_eq!(Field::of_path(&asked[0].path), Field::Changes);
    assert_eq!(asked[0].severity, Severity::Warning);
    form.changes = "One point".into();
    assert!(form.write().form_problems.is_empty());
}

#[test]
fn a_half_filled_row_or_series_is_written_for_the_validator_to_name() {
    let mut form = filled();
    form.translations = vec![("fr".into(), String::new())];
    form.series_id = "sudan".into();
    form.series_number = String::new();
    let text = form.write().text;
    assert!(text.contains("\"fr\": \"\""), "{text}");
    assert!(text.contains("\"id\": \"sudan\""), "{text}");
    let fields = error_fields(&form);
    assert!(fields.contains(&Field::Translations), "{fields:?}");
    assert!(fields.contains(&Field::Series), "{fields:?}");
    // A number without an id too.
    form.series_id = String::new();
    form.series_number = "2".into();
    assert!(error_fields(&form).contains(&Field::Series));
}
