//! Reading a data folder from disk and checking all of it.

use alert_model::alert::{Alert, Index};
use alert_model::validate::archive::{build_index, check_archive, ArchiveFile};
use alert_model::validate::{
    check_about_text, check_alert_text, check_site_text, escape_controls, Checked, Problem,
    Severity,
};
use alert_model::Date;
use std::collections::BTreeMap;
use std::io::{self, Write};
use std::path::Path;
use std::time::{SystemTime, UNIX_EPOCH};

/// Every problem found, already formatted as `file: path: reason`.
#[derive(Debug, Default)]
pub struct Report {
    pub files: usize,
    pub errors: usize,
    pub warnings: usize,
    pub lines: Vec<String>,
    /// The same problems, each with the file it concerns (`alerts/x.json`,
    /// `site.json`), for callers that need more than the text.
    pub problems: Vec<(String, Problem)>,
}

impl Report {
    /// One file's problems; the counts include those left out of the list.
    fn add_checked(&mut self, file: &str, checked: &Checked) {
        self.add_list(file, &checked.problems, checked.counts());
    }

    fn add(&mut self, file: &str, problem: &Problem) {
        let counts = match problem.severity {
            Severity::Error => (1, 0),
            Severity::Warning => (0, 1),
        };
        self.add_list(file, std::slice::from_ref(problem), counts);
    }

    fn add_list(&mut self, file: &str, problems: &[Problem], (errors, warnings): (usize, usize)) {
        for p in problems {
            // `Problem`'s Display escapes control characters; a file name
            // can hold them too.
            self.lines.push(format!("{}: {p}", escape_controls(file)));
            self.problems.push((file.to_string(), p.clone()));
        }
        self.errors += errors;
        self.warnings += warnings;
    }
}

/// Checks `site.json`, `about.json` and every `alerts/*.json` in `dir`,
/// and builds the index from them.
pub fn check_data_dir(dir: &Path) -> io::Result<(Report, Index)> {
    let mut report = Report::default();
    check_site(dir, &mut report);
    check_about(dir, &mut report);

    let alerts_dir = dir.join("alerts");
    let mut names: Vec<String> = std::fs::read_dir(&alerts_dir)
        .map_err(|e| io::Error::new(e.kind(), format!("{}: {e}", alerts_dir.display())))?
        .filter_map(|entry| entry.ok())
        .map(|entry| entry.file_name().to_string_lossy().into_owned())
        .filter(|name| name.ends_with(".json"))
        .collect();
    names.sort();

    // Every file's problems are listed together, those found by comparing
    // it with the other files included, under one cap per file.
    let mut checked: Vec<(String, Checked)> = Vec::new();
    for name in names {
        report.files += 1;
        let result = match std::fs::read_to_string(alerts_dir.join(&name)) {
            Ok(text) => check_alert_text(&text),
            Err(e) => Checked::new(None, vec![file_problem(format!("cannot be read: {e}"))]),
        };
        checked.push((name, result));
    }

    let files: Vec<ArchiveFile<'_>> = checked
        .iter()
        .filter_map(|(name, c)| {
            Some(ArchiveFile {
                name,
                alert: c.alert.as_ref()?,
            })
        })
        .collect();
    let mut across: BTreeMap<String, Vec<Problem>> = BTreeMap::new();
    for p in check_archive(&files) {
        across.entry(p.file).or_default().push(p.problem);
    }
    for (name, c) in &mut checked {
        c.add_problems(across.remove(name.as_str()).unwrap_or_default());
        report.add_checked(&format!("alerts/{name}"), c);
    }
    let parsed: Vec<(String, Alert)> = checked
        .into_iter()
        .filter_map(|(name, c)| Some((name, c.alert?)))
        .collect();
    let index = build_index(parsed.iter().map(|(_, a)| a), now_utc());
    Ok((report, index))
}

/// Every alert in `alerts/` that can be rendered (run `check` for problems).
pub fn load_alerts(dir: &Path) -> io::Result<Vec<Alert>> {
    let mut alerts = Vec::new();
    for entry in std::fs::read_dir(dir.join("alerts"))? {
        let path = entry?.path();
        if path.extension().is_some_and(|e| e == "json") {
            if let Some(alert) = check_alert_text(&std::fs::read_to_string(&path)?).alert {
                alerts.push(alert);
            }
        }
    }
    Ok(alerts)
}

/// Checks one alert file on its own (a draft, say).
pub fn check_file(path: &Path) -> io::Result<Report> {
    let text = std::fs::read_to_string(path)?;
    let mut report = Report {
        files: 1,
        ..Report::default()
    };
    report.add_checked(&path.display().to_string(), &check_alert_text(&text));
    Ok(report)
}

/// `site.json`, with the same rules as the alerts (links, text, lengths,
/// duplicate keys), each problem as `site.json: path: reason`.
fn check_site(dir: &Path, report: &mut Report) {
    report.files += 1;
    match std::fs::read_to_string(dir.join("site.json")) {
        Err(e) => report.add("site.json", &file_problem(format!("cannot be read: {e}"))),
        Ok(text) => {
            let checked = check_site_text(&text);
            report.add_list("site.json", &checked.problems, checked.counts());
        }
    }
}

/// `about.json`, when there is one: the About page says without it that
/// the publisher has not described its alerts yet.
fn check_about(dir: &Path, report: &mut Report) {
    let path = dir.join("about.json");
    if !path.exists() {
        return;
    }
    report.files += 1;
    match std::fs::read_to_string(path) {
        Err(e) => report.add("about.json", &file_problem(format!("cannot be read: {e}"))),
        Ok(text) => {
            let checked = check_about_text(&text);
            report.add_list("about.json", &checked.problems, checked.counts());
        }
    }
}

fn file_problem(message: String) -> Problem {
    Problem {
        path: String::new(),
        message,
        severity: Severity::Error,
    }
}

/// Writes the index unless only its timestamp would change, so a rebuild
/// that changed no alert leaves the file (and file watchers) alone.
/// Returns whether it wrote. The new index is written beside the old one
/// and then renamed over it, so an interrupted or failed write leaves the
/// previous index as it was, never a part of a file.
pub fn write_index(target: &Path, index: &Index) -> io::Result<bool> {
    if let Ok(old) = std::fs::read_to_string(target) {
        if let Ok(old) = serde_json::from_str::<Index>(&old) {
            if old.alerts == index.alerts && old.withdrawn == index.withdrawn {
                return Ok(false);
            }
        }
    }
    let json = serde_json::to_string_pretty(index).map_err(io::Error::other)?;
    write_atomically(target, (json + "\n").as_bytes())?;
    Ok(true)
}

/// Writes the JSON Schema files (`alert_model::alert::schema`) into
/// `<data-dir>/schema/`, where alert files name them and the build serves
/// them; only those whose text changed. Returns how many it wrote.
pub fn write_schemas(dir: &Path) -> io::Result<usize> {
    let folder = dir.join("schema");
    std::fs::create_dir_all(&folder)?;
    let mut written = 0;
    for (name, schema) in alert_model::alert::schema::all() {
        let target = folder.join(name);
        let text = schema_text(&schema);
        if std::fs::read_to_string(&target).ok().as_deref() != Some(text.as_str()) {
            write_atomically(&target, text.as_bytes())?;
            written += 1;
        }
    }
    Ok(written)
}

/// A schema as the files hold it: pretty, with a final line break.
pub fn schema_text(schema: &serde_json::Value) -> String {
    serde_json::to_string_pretty(schema).unwrap_or_default() + "\n"
}

/// Writes `bytes` to a temporary file beside `target`, flushes it to disk
/// and renames it over `target`. On any failure the temporary file is
/// removed and `target` is untouched. Every file the build generates is
/// written this way (the prerender's pages too).
pub fn write_atomically(target: &Path, bytes: &[u8]) -> io::Result<()> {
    let temp = index_temp_path(target);
    let written = (|| {
        let mut file = std::fs::File::create(&temp)?;
        file.write_all(bytes)?;
        file.sync_all()?;
        drop(file);
        std::fs::rename(&temp, target)
    })();
    if written.is_err() && temp.is_file() {
        let _ = std::fs::remove_file(&temp);
    }
    written
}

/// `2026-11-28T12:00:00Z`; `SOURCE_DATE_EPOCH` makes builds reproducible.
fn now_utc() -> String {
    let secs = std::env::var("SOURCE_DATE_EPOCH")
        .ok()
        .and_then(|s| s.parse::<i64>().ok())
        .unwrap_or_else(|| {
            SystemTime::now()
                .duration_since(UNIX_EPOCH)
                .map_or(0, |d| d.as_secs() as i64)
        });
    let day = Date::from_unix_days(secs.div_euclid(86_400));
    let s = secs.rem_euclid(86_400);
    format!("{}T{:02}:{:02}:{:02}Z", day, s / 3600, s / 60 % 60, s % 60)
}

/// Where `write_index` writes before renaming: beside the index (a rename
/// is atomic only within one folder), hidden, and named after this process
/// so that two runs never write into each other's file.
pub fn index_temp_path(target: &Path) -> std::path::PathBuf {
    let name = target
        .file_name()
        .map_or_else(|| "index.json".into(), |n| n.to_string_lossy());
    target.with_file_name(format!(".{name}.{}.tmp", std::process::id()))
}
