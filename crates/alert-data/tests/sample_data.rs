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

fn sample_data_doc() -> String {
    std::fs::read_to_string(data().join("../../docs/sample-data.md")).unwrap()
}

/// An example is marked as one; everything else poses as a real publication.
fn is_example(a: &Alert) -> bool {
    a.tags.iter().any(|t| t == "sample")
}

/// The rows of the table of real publications in docs/sample-data.md, by id:
/// id, type, published, countries, series, title, confirmed from.
fn doc_rows(doc: &str) -> BTreeMap<String, Vec<String>> {
    let mut rows = BTreeMap::new();
    for line in doc.lines().filter(|l| l.starts_with("| `")) {
        let cells: Vec<String> = line
            .trim()
            .trim_matches('|')
            .split('|')
            .map(|c| c.trim().to_string())
            .collect();
        let id = cells[0].trim_matches('`').to_string();
        assert!(
            rows.insert(id.clone(), cells).is_none(),
            "{id} is listed twice in docs/sample-data.md"
        );
    }
    rows
}

/// Every address in a cell, as a whole: up to a space, `)` or `"`, without
/// trailing punctuation. So `…/statements` does not match
/// `…/statements?dynamic_page=7`.
fn urls_in(cell: &str) -> Vec<&str> {
    let mut out = Vec::new();
    let mut rest = cell;
    while let Some(at) = rest.find("http") {
        let tail = &rest[at..];
        let end = tail
            .find(|c: char| c.is_whitespace() || c == ')' || c == '"')
            .unwrap_or(tail.len());
        let url = tail[..end].trim_end_matches(['.', ',', ';', ':']);
        if url.starts_with("https://") || url.starts_with("http://") {
            out.push(url);
        }
        rest = &tail[end.max(4)..];
    }
    out
}

/// The number written before `suffix` in the doc, as in "**32 real publications**".
fn count_before(doc: &str, suffix: &str) -> usize {
    let at = doc.find(suffix).unwrap_or_else(|| panic!("no {suffix:?}"));
    let digits: String = doc[..at]
        .chars()
        .rev()
        .take_while(char::is_ascii_digit)
        .collect::<Vec<_>>()
        .into_iter()
        .rev()
        .collect();
    digits
        .parse()
        .unwrap_or_else(|_| panic!("no count before {suffix:?}"))
}

/// Where docs/sample-data.md and the real alerts disagree, one line each.
fn doc_disagreements(doc: &str, alerts: &[Alert]) -> Vec<String> {
    let mut out = Vec::new();
    let rows = doc_rows(doc);
    let real: Vec<&Alert> = alerts.iter().filter(|a| !is_example(a)).collect();
    for a in &real {
        let Some(row) = rows.get(&a.id) else {
            out.push(format!(
                "{} poses as real but is not in docs/sample-data.md",
                a.id
            ));
            continue;
        };
        let series = a
            .series
            .as_ref()
            .map(|s| format!("{} #{}", s.id, s.number))
            .unwrap_or_default();
        let expected = [
            ("type", a.kind.label().to_string()),
            ("published", a.published.as_str().to_string()),
            ("countries", a.countries.join(", ")),
            ("series", series),
            ("title", a.title.clone()),
        ];
        for (i, (field, want)) in expected.iter().enumerate() {
            let have = row.get(i + 1).map(String::as_str).unwrap_or("");
            if have != want {
                out.push(format!(
                    "{}: {field} is {want:?} in the file, {have:?} in the doc",
                    a.id
                ));
            }
        }
        let confirmed = row.get(6).map(String::as_str).unwrap_or("");
        match a.links.source.as_deref() {
            None => out.push(format!("{}: no links.source", a.id)),
            Some(source) if !urls_in(confirmed).contains(&source) => out.push(format!(
                "{}: links.source {source} is not named in its row of docs/sample-data.md",
                a.id
            )),
            Some(_) => {}
        }
    }
    for id in rows.keys() {
        if !real.iter().any(|a| &a.id == id) {
            out.push(format!(
                "{id} is in docs/sample-data.md but no real alert has that id"
            ));
        }
    }
    let said = count_before(doc, " real publications**");
    if said != rows.len() || said != real.len() {
        out.push(format!(
            "the doc says {said} real publications; its table has {}, the folder {}",
            rows.len(),
            real.len()
        ));
    }
    let examples = alerts.len() - real.len();
    let said = count_before(doc, ") are examples**");
    if said != examples {
        out.push(format!(
            "the doc says {said} examples; the folder has {examples}"
        ));
    }
    out
}

#[test]
fn examples_say_so_and_everything_else_is_listed_as_confirmed() {
    let all = alerts();
    for a in &all {
        assert_eq!(
            a.title.starts_with("Example:"),
            is_example(a),
            "{}: an example's title begins \"Example:\" and it is tagged sample, both or neither",
            a.id
        );
    }
    let problems = doc_disagreements(&sample_data_doc(), &all);
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

#[test]
fn every_real_alert_links_to_its_source() {
    for a in alerts().iter().filter(|a| !is_example(a)) {
        let source = a.links.source.as_deref().unwrap_or("");
        assert!(
            source.starts_with("https://") || source.starts_with("http://"),
            "{}: a real publication needs links.source, the page it was confirmed from (has {:?})",
            a.id,
            a.links.source
        );
        assert_eq!(source.trim(), source, "{}", a.id);
    }
}

#[test]
fn the_doc_check_notices_a_removed_or_changed_source_link() {
    let doc = sample_data_doc();
    let all = alerts();
    assert!(doc_disagreements(&doc, &all).is_empty());
    let at = all
        .iter()
        .position(|a| a.id == "ethiopia-international-investigation-statement")
        .unwrap();

    let mut removed = all.clone();
    removed[at].links.source = None;
    let problems = doc_disagreements(&doc, &removed);
    assert!(
        problems.iter().any(|p| p.contains("no links.source")),
        "{problems:?}"
    );

    // Another page the row names is still not the row's link for this alert,
    // and a shorter address is not a match for a longer one.
    for other in [
        "https://www.lemkininstitute.com/statements-new-page/statement-on-genocide-in-ukraine",
        "https://lemkininstitute.com/lemkin-institute-statements",
        "https://lemkininstitute.com/lemkin-institute-statements?dynamic_page",
    ] {
        let mut changed = all.clone();
        changed[at].links.source = Some(other.to_string());
        let problems = doc_disagreements(&doc, &changed);
        assert!(
            problems
                .iter()
                .any(|p| p.contains("is not named in its row")),
            "{other}: {problems:?}"
        );
    }

    // A row whose link was edited no longer names the file's link either.
    let source = all[at].links.source.clone().unwrap();
    let edited = doc.replace(&format!("{source} "), "https://example.org/elsewhere ");
    assert_ne!(edited, doc);
    let problems = doc_disagreements(&edited, &all);
    assert!(
        problems
            .iter()
            .any(|p| p.contains("is not named in its row")),
        "{problems:?}"
    );

    // A dropped alert must take its row with it.
    let mut dropped = all.clone();
    dropped.remove(at);
    let problems = doc_disagreements(&doc, &dropped);
    assert!(
        problems
            .iter()
            .any(|p| p.contains("no real alert has that id")),
        "{problems:?}"
    );
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

#[test]
fn the_committed_json_schemas_are_what_the_types_give() {
    for (name, schema) in alert_model::alert::schema::all() {
        let committed = std::fs::read_to_string(data().join("schema").join(name))
            .unwrap_or_else(|e| panic!("{name}: {e}"));
        assert_eq!(
            committed,
            alert_data::check::schema_text(&schema),
            "{name} is stale: run `cargo run -p alert-data -- index public/data`"
        );
    }
}

#[test]
fn sample_files_name_their_schema_and_an_update_shows_what_changed() {
    for entry in std::fs::read_dir(data().join("alerts")).unwrap() {
        let path = entry.unwrap().path();
        let v: serde_json::Value =
            serde_json::from_str(&std::fs::read_to_string(&path).unwrap()).unwrap();
        assert_eq!(
            v["$schema"],
            "../schema/alert.schema.json",
            "{}",
            path.display()
        );
    }
    let with_changes: Vec<Alert> = alerts()
        .into_iter()
        .filter(|a| !a.changes.is_empty())
        .collect();
    assert!(!with_changes.is_empty(), "the sample shows staff's points");
    for a in &with_changes {
        assert!(
            a.tags.iter().any(|t| t == "sample"),
            "{}: only examples invent points",
            a.id
        );
    }
    let site: alert_model::Site =
        serde_json::from_str(&std::fs::read_to_string(data().join("site.json")).unwrap()).unwrap();
    assert_eq!(
        site.type_order,
        [
            AlertType::RedFlagAlert,
            AlertType::SosAlert,
            AlertType::ActiveGenocideAlert
        ]
    );
}

#[test]
fn schemas_are_written_only_when_they_change() {
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR")).join("schema-writes");
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    assert_eq!(alert_data::check::write_schemas(&dir).unwrap(), 4);
    assert_eq!(alert_data::check::write_schemas(&dir).unwrap(), 0);
    std::fs::write(dir.join("schema/site.schema.json"), "{}").unwrap();
    assert_eq!(alert_data::check::write_schemas(&dir).unwrap(), 1);
}
