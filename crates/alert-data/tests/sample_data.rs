//! The bundled sample data: valid, and rich enough to show every feature.
//! It is what a newcomer sees first (README, "Sample data" in the design).

use alert_model::alert::{is_rtl_language, AlertType, Status};
use alert_model::validate::check_alert_text;
use alert_model::Alert;
use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;
use std::process::Command;

fn data() -> &'static Path {
    Path::new(concat!(env!("CARGO_MANIFEST_DIR"), "/../../public/data"))
}

fn alerts() -> Vec<Alert> {
    let mut out = Vec::new();
    for entry in std::fs::read_dir(data().join("alerts")).unwrap() {
        let path = entry.unwrap().path();
        let checked = check_alert_text(&std::fs::read_to_string(&path).unwrap());
        assert!(
            !checked.has_errors(),
            "{}: {:?}",
            path.display(),
            checked.problems
        );
        out.push(checked.alert.unwrap());
    }
    out
}

#[test]
fn the_bundled_data_passes_the_publishing_tool() {
    let out = Command::new(env!("CARGO_BIN_EXE_alert-data"))
        .args(["check", data().to_str().unwrap()])
        .output()
        .unwrap();
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(out.status.success(), "{err}");
    assert!(err.contains(" 0 errors"), "{err}");
}

#[test]
fn the_sample_data_shows_every_feature() {
    let all = alerts();
    let published: Vec<&Alert> = all
        .iter()
        .filter(|a| a.status == Status::Published)
        .collect();
    assert!(published.len() >= 40, "{} published", published.len());
    let countries: BTreeSet<&str> = published
        .iter()
        .flat_map(|a| a.countries.iter().map(String::as_str))
        .collect();
    assert!(countries.len() >= 10, "{countries:?}");
    let years: BTreeSet<i32> = published.iter().map(|a| a.published.year()).collect();
    assert!(
        years.last().unwrap() - years.first().unwrap() >= 5,
        "{years:?}"
    );
    let types: BTreeSet<AlertType> = published.iter().map(|a| a.kind).collect();
    assert_eq!(types.len(), AlertType::ALL.len());

    let mut series: BTreeMap<&str, usize> = BTreeMap::new();
    for a in &published {
        if let Some(s) = &a.series {
            *series.entry(&s.id).or_default() += 1;
        }
    }
    assert!(
        series.values().filter(|&&n| n >= 4).count() >= 3,
        "{series:?}"
    );
    assert!(series.get("azerbaijan-red-flag").is_some_and(|&n| n >= 4));
    let update3 = all
        .iter()
        .find(|a| a.id == "azerbaijan-red-flag-update-3")
        .unwrap();
    assert_eq!(update3.published.as_str(), "2022-10-07");
    assert_eq!(
        update3.title,
        "Red Flag Alert for Genocide - Azerbaijan - Update 3"
    );

    let rtl = all
        .iter()
        .find(|a| is_rtl_language(&a.language))
        .expect("a right-to-left alert");
    let (_, partner) = rtl.translations.iter().next().expect("translated");
    assert!(all
        .iter()
        .any(|a| &a.id == partner && !is_rtl_language(&a.language)));
    assert_eq!(
        all.iter().filter(|a| a.status == Status::Withdrawn).count(),
        1
    );
    assert!(
        all.iter().all(|a| a.status != Status::Draft),
        "drafts live outside alerts/"
    );
}

#[test]
fn examples_say_so_and_everything_else_is_listed_as_confirmed() {
    let confirmed = std::fs::read_to_string(data().join("../../docs/sample-data.md")).unwrap();
    for a in alerts() {
        if a.title.starts_with("Example:") {
            assert!(
                a.tags.iter().any(|t| t == "sample"),
                "{} lacks the sample tag",
                a.id
            );
        } else {
            assert!(
                confirmed.contains(&format!("| `{}` |", a.id)),
                "{} poses as real but is not in docs/sample-data.md",
                a.id
            );
        }
    }
}

#[test]
fn drafts_are_kept_outside_the_served_folder() {
    let drafts = Path::new(concat!(env!("CARGO_MANIFEST_DIR"), "/../../samples/drafts"));
    let text = std::fs::read_to_string(drafts.join("example-draft.json")).unwrap();
    let draft = check_alert_text(&text).alert.unwrap();
    assert_eq!(draft.status, Status::Draft);
    assert!(!data()
        .join("alerts")
        .join(format!("{}.json", draft.id))
        .exists());
}
