//! The archive: every alert file in `alerts/` taken together. Checks that
//! need more than one file (unique ids, file names, series numbers,
//! translations) and the index built from the files that pass.
//!
//! The publishing tool and the draft preview make these checks through one
//! function, `check_against_published`, so that they can never disagree:
//! the tool compares each file with the other files in the folder, the
//! preview compares the draft with the published index.

use crate::alert::date::Date;
use crate::alert::{Alert, Index, IndexEntry, Series, Status, SCHEMA_VERSION};
use crate::i18n::english::series_in_sentence;
use crate::validate::{check_alert_text, Checked, Problem, Severity};
use std::collections::{BTreeMap, HashMap};

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

/// What the checks across files need to know about the alerts readers can
/// reach: the published and the withdrawn ones (withdrawn alerts stay
/// readable by their link, so their ids and series numbers stay taken).
///
/// Built from the published index for the draft preview
/// (`Published::from_index`), or from the files in the data folder for the
/// publishing tool (`Published::from_files`), which also knows the ids of
/// the drafts there.
#[derive(Debug, Clone, Default)]
pub struct Published {
    alerts: Vec<Known>,
    by_id: HashMap<String, Vec<usize>>,
    by_series: HashMap<String, Vec<usize>>,
    /// Draft ids, by file name order (the tool only; the index has none).
    drafts: HashMap<String, String>,
    /// From the files of a folder: an alert's own file is then among them.
    from_files: bool,
}

#[derive(Debug, Clone)]
struct Known {
    id: String,
    /// `<id>.json` for alerts from the index.
    file: String,
    title: String,
    status: Status,
    published: Date,
    series: Option<Series>,
    language: String,
    translations: BTreeMap<String, String>,
}

impl Published {
    /// The published and withdrawn alerts of `index.json`: what the draft
    /// preview knows.
    pub fn from_index(index: &Index) -> Published {
        let mut p = Published::default();
        for e in index.alerts.iter().chain(&index.withdrawn) {
            p.add(Known {
                id: e.id.clone(),
                file: format!("{}.json", e.id),
                title: e.title.clone(),
                status: e.status,
                published: e.published.clone(),
                series: e.series.clone(),
                language: e.language.clone(),
                translations: e.translations.clone(),
            });
        }
        p
    }

    /// Every file of a data folder: what the publishing tool knows.
    pub fn from_files(files: &[ArchiveFile<'_>]) -> Published {
        let mut p = Published {
            from_files: true,
            ..Published::default()
        };
        for f in files {
            let a = f.alert;
            if a.status == Status::Draft {
                p.drafts
                    .entry(a.id.clone())
                    .or_insert_with(|| f.name.to_string());
                continue;
            }
            p.add(Known {
                id: a.id.clone(),
                file: f.name.to_string(),
                title: a.title.clone(),
                status: a.status,
                published: a.published.clone(),
                series: a.series.clone(),
                language: a.language.clone(),
                translations: a.translations.clone(),
            });
        }
        p
    }

    fn add(&mut self, k: Known) {
        let i = self.alerts.len();
        self.by_id.entry(k.id.clone()).or_default().push(i);
        if let Some(s) = &k.series {
            self.by_series.entry(s.id.clone()).or_default().push(i);
        }
        self.alerts.push(k);
    }

    /// Is `k` the file being checked (the tool), or the published version
    /// it would replace (the preview)?
    fn is_same_file(&self, k: &Known, alert: &Alert, file_name: Option<&str>) -> bool {
        if self.from_files {
            file_name == Some(k.file.as_str())
        } else {
            k.id == alert.id && file_name.is_none_or(|n| n == k.file)
        }
    }
}

/// Every check that needs other alerts than `alert`, made against what
/// `published` knows. The draft preview calls it with the published index
/// (`Published::from_index`) and the draft's file name when it was opened
/// from a file (`None` when pasted); the publishing tool calls it (through
/// `check_archive`) for every file with the other files of the folder, so
/// the preview and the tool always reach the same verdict.
///
/// Errors, each at its JSON path:
/// - `id`: the file name is not `<id>.json`; or another file (a published
///   or withdrawn alert) already has the id: ids are never reused.
/// - `series.number`: another published or withdrawn alert already has
///   this number in the series (the version this draft replaces aside).
/// - `translations.<lang>`: no published or withdrawn alert has that id,
///   or it is a draft (its id would appear on a public page).
///
/// Warnings: no file name given (`save this draft as <id>.json`); the
/// draft replaces a published or withdrawn alert with the same id; a gap
/// in the series before it; a translation in another language than its
/// tag, or one that does not link back.
///
/// Whether the draft may be published is `ready_to_publish` over these
/// problems and `check_alert_text`'s (see `check_draft_text`).
pub fn check_against_published(
    alert: &Alert,
    file_name: Option<&str>,
    published: &Published,
) -> Vec<Problem> {
    let mut out = Vec::new();
    let mut report = |path: &str, message: String, severity: Severity| {
        out.push(Problem {
            path: path.to_string(),
            message,
            severity,
        });
    };
    let own_file = format!("{}.json", alert.id);
    let others = |ids: Option<&Vec<usize>>| -> Vec<&Known> {
        ids.into_iter()
            .flatten()
            .map(|&i| &published.alerts[i])
            .filter(|k| !published.is_same_file(k, alert, file_name))
            .collect()
    };

    // The file name and the id.
    match file_name {
        Some(name) if name.strip_suffix(".json").unwrap_or(name) != alert.id => report(
            "id",
            format!(
                "{:?} does not match the file name: rename the file to {own_file} or change the id",
                alert.id
            ),
            Severity::Error,
        ),
        Some(_) => {}
        None => report(
            "id",
            format!("save this draft as {own_file}: the file name must be the id"),
            Severity::Warning,
        ),
    }
    let same_id = published.by_id.get(&alert.id);
    if !published.from_files {
        for k in same_id.into_iter().flatten().map(|&i| &published.alerts[i]) {
            if published.is_same_file(k, alert, file_name) {
                let what = match k.status {
                    Status::Withdrawn => "withdrawn",
                    _ => "published",
                };
                report(
                    "id",
                    format!(
                        "replaces the {what} alert {:?} ({}): publishing this file changes what readers see at its link",
                        k.title, k.published
                    ),
                    Severity::Warning,
                );
            }
        }
    }
    if let Some(k) = others(same_id).first() {
        report(
            "id",
            format!(
                "{:?} is already used by {}; ids are never reused",
                alert.id, k.file
            ),
            Severity::Error,
        );
    }

    // Series numbers: unique within a series; a gap is worth a warning.
    if let Some(s) = &alert.series {
        let members = others(published.by_series.get(&s.id));
        let numbers = || {
            members
                .iter()
                .filter_map(|k| k.series.as_ref().map(|m| m.number))
        };
        if let Some(k) = members
            .iter()
            .find(|k| k.series.as_ref().is_some_and(|m| m.number == s.number))
        {
            report(
                "series.number",
                format!(
                    "series {} already has {} in {}",
                    s.id,
                    series_in_sentence(s.number),
                    k.file
                ),
                Severity::Error,
            );
        }
        let first_missing = numbers()
            .filter(|&n| n < s.number)
            .max()
            .map_or(0, |n| n + 1);
        if first_missing < s.number {
            // A number can be up to 4 billion: a long gap is named, not listed.
            let count = s.number - first_missing;
            let missing = if count <= 10 {
                (first_missing..s.number)
                    .map(series_in_sentence)
                    .collect::<Vec<_>>()
                    .join(", ")
            } else {
                format!(
                    "every number from {} to {} ({count} in all)",
                    series_in_sentence(first_missing),
                    series_in_sentence(s.number - 1)
                )
            };
            report(
                "series.number",
                format!("series {} is missing {missing} before this one", s.id),
                Severity::Warning,
            );
        }
    }

    // Translations must point at an alert readers can reach, never a draft.
    for (lang, target) in &alert.translations {
        let path = format!("translations.{lang}");
        if *target == alert.id {
            report(
                &path,
                "points to this alert itself".to_string(),
                Severity::Warning,
            );
            continue;
        }
        match others(published.by_id.get(target)).first() {
            None if published.drafts.contains_key(target) => report(
                &path,
                format!("{target:?} is a draft: its id would appear on a public page; publish it first, or remove this link"),
                Severity::Error,
            ),
            None if published.from_files => report(
                &path,
                format!("points to {target:?}, but no alert has that id"),
                Severity::Error,
            ),
            None => report(
                &path,
                format!("points to {target:?}, but no published alert has that id"),
                Severity::Error,
            ),
            Some(other) if other.language != *lang => report(
                &path,
                format!(
                    "{target:?} is written in {:?}, not {lang:?}",
                    other.language
                ),
                Severity::Warning,
            ),
            Some(other) if !other.translations.values().any(|t| *t == alert.id) => report(
                &path,
                format!("{target:?} does not link back to this alert"),
                Severity::Warning,
            ),
            Some(_) => {}
        }
    }
    out
}

/// May a draft with these problems be published? Yes when none is an
/// error (warnings don't stop it). Give it every problem: those of
/// `check_alert_text` and of `check_against_published` (or simply
/// `check_draft_text`'s).
pub fn ready_to_publish(problems: &[Problem]) -> bool {
    !problems.iter().any(|p| p.severity == Severity::Error)
}

/// The draft preview's whole check: the file on its own
/// (`check_alert_text`), then against the published alerts
/// (`check_against_published`), in one list, errors first and capped.
/// The draft is ready to publish when `!checked.has_errors()`.
pub fn check_draft_text(text: &str, file_name: Option<&str>, published: &Published) -> Checked {
    let mut checked = check_alert_text(text);
    if let Some(alert) = &checked.alert {
        let more = check_against_published(alert, file_name, published);
        checked.add_problems(more);
    }
    checked
}

/// Checks what no single file can show on its own: each file through
/// `check_against_published`, against the other files.
pub fn check_archive(files: &[ArchiveFile<'_>]) -> Vec<ArchiveProblem> {
    let published = Published::from_files(files);
    files
        .iter()
        .flat_map(|f| {
            check_against_published(f.alert, Some(f.name), &published)
                .into_iter()
                .map(|problem| ArchiveProblem {
                    file: f.name.to_string(),
                    problem,
                })
        })
        .collect()
}

/// The index: published alerts, newest first; drafts never reach it, and
/// withdrawn alerts only its `withdrawn` list (never lists, feeds or
/// embeds).
pub fn build_index<'a>(alerts: impl IntoIterator<Item = &'a Alert>, generated: String) -> Index {
    let mut entries = Vec::new();
    let mut withdrawn = Vec::new();
    for a in alerts {
        match a.status {
            Status::Published => entries.push(a.entry()),
            Status::Withdrawn => withdrawn.push(a.entry()),
            Status::Draft => {}
        }
    }
    sort_newest_first(&mut entries);
    sort_newest_first(&mut withdrawn);
    Index {
        schema: SCHEMA_VERSION,
        generated,
        alerts: entries,
        withdrawn,
    }
}

/// Newest first; alerts of one day in series order, then by id, so the order
/// never depends on the order files were read in.
pub fn sort_newest_first(entries: &mut [IndexEntry]) {
    // The standard sort, not `sort_by` (crate::alert::sort): this one runs
    // on the whole archive at every start, and sorting the positions of
    // these large entries took 126 ms at 50,000 alerts, against 72–82 ms
    // (natively, best of seven). Unstable is enough: ids are unique, so no two compare
    // equal.
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
