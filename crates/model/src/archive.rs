//! The archive: every alert file in `alerts/` taken together. Checks that
//! need more than one file (unique ids, file names, series numbers,
//! translations) and the index built from the files that pass.

use crate::alert::{Alert, Index, IndexEntry, Status, SCHEMA_VERSION};
use crate::validate::{Problem, Severity};
use std::collections::BTreeMap;

/// One alert file that parsed well enough to be checked with the others.
pub struct ArchiveFile<'a> {
    /// The file name, such as `azerbaijan-red-flag-update-3.json`.
    pub name: &'a str,
    pub alert: &'a Alert,
}

/// A problem found by comparing files, attached to the file it concerns.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ArchiveProblem {
    pub file: String,
    pub problem: Problem,
}

/// Checks what no single file can show on its own.
pub fn check_archive(files: &[ArchiveFile<'_>]) -> Vec<ArchiveProblem> {
    let mut out = Vec::new();
    let mut report = |file: &str, path: &str, message: String, severity: Severity| {
        out.push(ArchiveProblem {
            file: file.to_string(),
            problem: Problem {
                path: path.to_string(),
                message,
                severity,
            },
        });
    };

    let mut first_with_id: BTreeMap<&str, &str> = BTreeMap::new();
    for f in files {
        let stem = f.name.strip_suffix(".json").unwrap_or(f.name);
        if stem != f.alert.id {
            report(
                f.name,
                "id",
                format!(
                    "{:?} does not match the file name: rename the file to {}.json or change the id",
                    f.alert.id, f.alert.id
                ),
                Severity::Error,
            );
        }
        match first_with_id.get(f.alert.id.as_str()) {
            Some(first) => report(
                f.name,
                "id",
                format!(
                    "{:?} is already used by {first}; ids are never reused",
                    f.alert.id
                ),
                Severity::Error,
            ),
            None => {
                first_with_id.insert(&f.alert.id, f.name);
            }
        }
    }

    // Series numbers: unique within a series; a gap is worth a warning.
    let mut series: BTreeMap<&str, BTreeMap<u32, &str>> = BTreeMap::new();
    for f in files {
        let Some(s) = &f.alert.series else { continue };
        let numbers = series.entry(&s.id).or_default();
        match numbers.get(&s.number) {
            Some(first) => report(
                f.name,
                "series.number",
                format!(
                    "series {} already has {} in {first}",
                    s.id,
                    crate::wording::series_in_sentence(s.number)
                ),
                Severity::Error,
            ),
            None => {
                numbers.insert(s.number, f.name);
            }
        }
    }
    for (id, numbers) in &series {
        let mut expected = 0;
        for (&n, &file) in numbers {
            if n > expected {
                let missing: Vec<String> = (expected..n)
                    .map(crate::wording::series_in_sentence)
                    .collect();
                report(
                    file,
                    "series.number",
                    format!(
                        "series {id} is missing {} before this one",
                        missing.join(", ")
                    ),
                    Severity::Warning,
                );
            }
            expected = n + 1;
        }
    }

    // Translations must point at an alert that exists.
    let by_id: BTreeMap<&str, &Alert> = files
        .iter()
        .map(|f| (f.alert.id.as_str(), f.alert))
        .collect();
    for f in files {
        for (lang, target) in &f.alert.translations {
            let path = format!("translations.{lang}");
            match by_id.get(target.as_str()) {
                None => report(
                    f.name,
                    &path,
                    format!("points to {target:?}, but no alert has that id"),
                    Severity::Error,
                ),
                // The link is shown to readers, so the draft's id would be
                // public: judged as if this alert were published, whatever
                // its own status (the preview judges drafts this way too).
                Some(other) if other.status == Status::Draft => report(
                    f.name,
                    &path,
                    format!("{target:?} is a draft: its id would appear on a public page; publish it first, or remove this link"),
                    Severity::Error,
                ),
                Some(other) if other.language != *lang => report(
                    f.name,
                    &path,
                    format!(
                        "{target:?} is written in {:?}, not {lang:?}",
                        other.language
                    ),
                    Severity::Warning,
                ),
                Some(other) if !other.translations.values().any(|t| *t == f.alert.id) => report(
                    f.name,
                    &path,
                    format!("{target:?} does not link back to this alert"),
                    Severity::Warning,
                ),
                Some(_) => {}
            }
        }
    }
    out
}

/// The index: published alerts only, newest first; drafts and withdrawn
/// alerts never reach lists, feeds or embeds.
pub fn build_index<'a>(alerts: impl IntoIterator<Item = &'a Alert>, generated: String) -> Index {
    let mut entries: Vec<IndexEntry> = alerts
        .into_iter()
        .filter(|a| a.status == Status::Published)
        .map(Alert::entry)
        .collect();
    sort_newest_first(&mut entries);
    Index {
        schema: SCHEMA_VERSION,
        generated,
        alerts: entries,
    }
}

/// Newest first; alerts of one day in series order, then by id, so the order
/// never depends on the order files were read in.
pub fn sort_newest_first(entries: &mut [IndexEntry]) {
    // Unstable is enough (ids are unique, so no two compare equal) and
    // much smaller in the wasm than the stable sort.
    entries.sort_unstable_by(|a, b| {
        b.published
            .cmp(&a.published)
            .then_with(|| series_number(b).cmp(&series_number(a)))
            .then_with(|| a.id.cmp(&b.id))
    });
}

fn series_number(e: &IndexEntry) -> Option<u32> {
    e.series.as_ref().map(|s| s.number)
}
