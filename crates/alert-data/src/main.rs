//! `alert-data`: the publishing tool.
//!
//! ```text
//! alert-data check <data-dir | file.json>...   list every problem; exit 1 on any error
//! alert-data index <data-dir>                  check, then write <data-dir>/index.json and schema/*.json
//! alert-data synth <count> [--seed N]           a synthetic index of <count> alerts, to stdout
//! ```
//!
//! The served app's build runs `index` (see Trunk.toml), so the index can
//! never be stale and a bad alert file stops the build. Pages are written
//! by the prerender (`crates/prerender`), which renders the app's own views.

use alert_data::check::{self, check_data_dir, check_file, Report};
use alert_data::synth;
use alert_model::validate::escape_controls;
use std::path::Path;
use std::process::ExitCode;

const USAGE: &str = "usage:
  alert-data check <data-dir | alert.json>...   list every problem; exit 1 on any error
  alert-data index <data-dir>                   check alerts/*.json, then write index.json and schema/*.json
  alert-data synth <count> [--seed N]           a synthetic index for benchmarks, to stdout";

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    match args.split_first() {
        Some((cmd, paths)) if cmd == "check" && !paths.is_empty() => check(paths),
        Some((cmd, [dir])) if cmd == "index" => index(Path::new(dir)),
        Some((cmd, [count, rest @ ..])) if cmd == "synth" => {
            let seed = match rest {
                [] => Some(1),
                [flag, seed] if flag == "--seed" => seed.parse().ok(),
                _ => None,
            };
            match (count.parse::<usize>(), seed) {
                (Ok(n), Some(seed)) => synth(n, seed),
                _ => usage(),
            }
        }
        _ => usage(),
    }
}

fn usage() -> ExitCode {
    eprintln!("{USAGE}");
    ExitCode::from(2)
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
