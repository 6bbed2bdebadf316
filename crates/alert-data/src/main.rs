//! `alert-data`: the publishing tool.
//!
//! ```text
//! alert-data check <data-dir | file.json>...   list every problem; exit 1 on any error
//! alert-data index <data-dir>                  check, then write <data-dir>/index.json and schema/*.json
//! alert-data synth <count> [--seed N]           a synthetic index of <count> alerts, to stdout
//! alert-data synth <count> [--seed N] --files <data-dir>
//!                                              <count> synthetic alert files in <data-dir>/alerts
//! alert-data new [options]                     a new draft in public/data/alerts (see USAGE)
//! ```
//!
//! The served app's build runs `index` (see Trunk.toml), so the index can
//! never be stale and a bad alert file stops the build. Pages are written
//! by the prerender (`crates/prerender`), which renders the app's own views.

use alert_authoring::file::{alert_file_text, file_name};
use alert_data::check::{self, check_data_dir, check_file, Report};
use alert_data::new::{self, Start};
use alert_data::{synth, synth_files};
use alert_model::validate::escape_controls;
use alert_model::Date;
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::time::{SystemTime, UNIX_EPOCH};

const USAGE: &str = "usage:
  alert-data check <data-dir | alert.json>...   list every problem; exit 1 on any error
  alert-data index <data-dir>                   check alerts/*.json, then write index.json and schema/*.json
  alert-data synth <count> [--seed N]           a synthetic index for benchmarks, to stdout
  alert-data synth <count> [--seed N] --files <data-dir>
                                                synthetic alert files (bodies, series, translations)
                                                in <data-dir>/alerts, for the scale benchmarks
  alert-data new [--data <dir>] [--title <text>] [--language <tag>]
                                                a blank draft (id from the title)
  alert-data new [--data <dir>] --update-of <id>
                                                the next update of that alert's series
  alert-data new [--data <dir>] --translation-of <id> --language <tag>
                                                a translation, linking to its original
  (--data defaults to public/data; a new file is a draft and never overwrites one)";

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    match args.split_first() {
        Some((cmd, paths)) if cmd == "check" && !paths.is_empty() => check(paths),
        Some((cmd, [dir])) if cmd == "index" => index(Path::new(dir)),
        Some((cmd, [count, rest @ ..])) if cmd == "synth" => {
            match (count.parse::<usize>(), synth_options(rest)) {
                (Ok(n), Some((seed, None))) => synth(n, seed),
                (Ok(n), Some((seed, Some(dir)))) => synth_files(n, seed, &dir),
                _ => usage(),
            }
        }
        Some((cmd, options)) if cmd == "new" => match new_options(options) {
            Some((dir, start)) => new(&dir, &start),
            None => usage(),
        },
        _ => usage(),
    }
}

/// `new`'s options, or None when they do not make one start.
fn new_options(options: &[String]) -> Option<(PathBuf, Start)> {
    let mut dir = PathBuf::from("public/data");
    let (mut title, mut language, mut update_of, mut translation_of) = (None, None, None, None);
    let mut rest = options.iter();
    while let Some(flag) = rest.next() {
        let value = rest.next()?.clone();
        match flag.as_str() {
            "--data" => dir = PathBuf::from(value),
            "--title" => title = Some(value),
            "--language" => language = Some(value),
            "--update-of" => update_of = Some(value),
            "--translation-of" => translation_of = Some(value),
            _ => return None,
        }
    }
    let start = match (update_of, translation_of) {
        (None, None) => Start::Blank {
            language: language.unwrap_or_else(|| "en".to_string()),
            title,
        },
        (Some(id), None) if title.is_none() && language.is_none() => Start::UpdateOf(id),
        (None, Some(id)) if title.is_none() => Start::TranslationOf {
            id,
            language: language?,
        },
        _ => return None,
    };
    Some((dir, start))
}

fn new(dir: &Path, start: &Start) -> ExitCode {
    let days = SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map_or(0, |d| d.as_secs() as i64)
        / 86_400;
    match new::new_file(dir, start, Date::from_unix_days(days)) {
        Ok(created) => {
            let shown = escape_controls(&created.path.display().to_string()).into_owned();
            eprintln!("wrote {shown} (a draft)");
            let a = &created.alert;
            let mut todo = Vec::new();
            if a.title.is_empty() {
                todo.push("title");
            }
            if a.countries.is_empty() {
                todo.push("countries");
            }
            if a.series.as_ref().is_some_and(|s| s.number > 0) {
                todo.push("changes (what this update changes)");
            }
            todo.push("summary and body");
            eprintln!(
                "next: write its {}; then `alert-data check {shown}`",
                todo.join(", ")
            );
            if let Some(original) = created.linked_original {
                eprintln!(
                    "when you publish it, publish {}.json with the link back in the same commit: \"translations\": {{ \"{}\": \"{}\" }}",
                    escape_controls(&original.id),
                    escape_controls(&a.language),
                    escape_controls(&a.id)
                );
            }
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("{}", escape_controls(&e.to_string()));
            ExitCode::FAILURE
        }
    }
}

fn usage() -> ExitCode {
    eprintln!("{USAGE}");
    ExitCode::from(2)
}

/// `synth`'s options: the seed (1 unless given) and the data folder to
/// write files into, or None when they are not understood.
fn synth_options(options: &[String]) -> Option<(u64, Option<PathBuf>)> {
    let (mut seed, mut dir) = (1, None);
    let mut rest = options.iter();
    while let Some(flag) = rest.next() {
        let value = rest.next()?;
        match flag.as_str() {
            "--seed" => seed = value.parse().ok()?,
            "--files" => dir = Some(PathBuf::from(value)),
            _ => return None,
        }
    }
    Some((seed, dir))
}

fn synth_files(n: usize, seed: u64, dir: &Path) -> ExitCode {
    let alerts_dir = dir.join("alerts");
    let written = std::fs::create_dir_all(&alerts_dir).and_then(|()| {
        for alert in synth_files::synthetic_alerts(n, seed) {
            std::fs::write(alerts_dir.join(file_name(&alert)), alert_file_text(&alert))?;
        }
        Ok(())
    });
    match written {
        Ok(()) => {
            eprintln!(
                "wrote {n} synthetic alert files to {}",
                alerts_dir.display()
            );
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("{}: {e}", alerts_dir.display());
            ExitCode::FAILURE
        }
    }
}

fn synth(n: usize, seed: u64) -> ExitCode {
    match serde_json::to_string(&synth::synthetic_index(n, seed)) {
        Ok(json) => {
            println!("{json}");
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("{e}");
            ExitCode::FAILURE
        }
    }
}

fn check(paths: &[String]) -> ExitCode {
    let mut failed = false;
    for p in paths {
        let path = Path::new(p);
        let report = if path.is_dir() {
            check_data_dir(path).map(|(report, _)| report)
        } else {
            check_file(path)
        };
        match report {
            Ok(report) => failed |= print_report(&report),
            Err(e) => {
                eprintln!("{}", escape_controls(&format!("{p}: {e}")));
                failed = true;
            }
        }
    }
    if failed {
        ExitCode::FAILURE
    } else {
        ExitCode::SUCCESS
    }
}

fn index(dir: &Path) -> ExitCode {
    let (report, index) = match check_data_dir(dir) {
        Ok(r) => r,
        Err(e) => {
            eprintln!("{}", escape_controls(&format!("{}: {e}", dir.display())));
            return ExitCode::FAILURE;
        }
    };
    if print_report(&report) {
        eprintln!("index.json not written: fix the errors above first");
        return ExitCode::FAILURE;
    }
    match check::write_schemas(dir) {
        Ok(0) => {}
        Ok(n) => eprintln!(
            "wrote {n} JSON Schema file(s) into {}",
            dir.join("schema").display()
        ),
        Err(e) => {
            eprintln!(
                "{}",
                escape_controls(&format!("{}/schema: {e}", dir.display()))
            );
            return ExitCode::FAILURE;
        }
    }
    let target = dir.join("index.json");
    match check::write_index(&target, &index) {
        Ok(written) => {
            let verb = if written { "wrote" } else { "unchanged:" };
            eprintln!(
                "{verb} {} ({} published alerts)",
                escape_controls(&target.display().to_string()),
                index.alerts.len()
            );
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("{}", escape_controls(&format!("{}: {e}", target.display())));
            ExitCode::FAILURE
        }
    }
}

/// Prints every problem and a summary; true when there was an error.
fn print_report(report: &Report) -> bool {
    for line in &report.lines {
        eprintln!("{line}");
    }
    eprintln!(
        "checked {} file{}: {} error{}, {} warning{}",
        report.files,
        plural(report.files),
        report.errors,
        plural(report.errors),
        report.warnings,
        plural(report.warnings)
    );
    report.errors > 0
}

fn plural(n: usize) -> &'static str {
    if n == 1 {
        ""
    } else {
        "s"
    }
}
