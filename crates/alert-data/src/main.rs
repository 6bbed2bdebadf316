//! `alert-data`: the publishing tool.
//!
//! ```text
//! alert-data check <data-dir | file.json>...   list every problem; exit 1 on any error
//! alert-data index <data-dir>                  check, then write <data-dir>/index.json
//! alert-data html <data-dir> <id> [--css HREF]  one alert as a static HTML page, to stdout
//! alert-data pages <data-dir> <build-dir>       write <build-dir>/alerts/<id>.html, prerendered
//! alert-data synth <count> [--seed N]           a synthetic index of <count> alerts, to stdout
//! ```
//!
//! The served app's build runs `index` (see Trunk.toml), so the index can
//! never be stale and a bad alert file stops the build.

mod check;
mod html;
mod on_demand;
mod synth;

use alert_model::alert::Site;
use alert_model::validate::check_alert_text;
use check::{check_data_dir, check_file, Report};
use std::path::Path;
use std::process::ExitCode;

const USAGE: &str = "usage:
  alert-data check <data-dir | alert.json>...   list every problem; exit 1 on any error
  alert-data index <data-dir>                   check alerts/*.json, then write index.json
  alert-data html <data-dir> <id> [--css HREF]  one alert as a static HTML page, to stdout
  alert-data pages <data-dir> <build-dir>       prerender alerts/<id>.html into a build
  alert-data synth <count> [--seed N]           a synthetic index for benchmarks, to stdout";

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    match args.split_first() {
        Some((cmd, paths)) if cmd == "check" && !paths.is_empty() => check(paths),
        Some((cmd, [dir])) if cmd == "index" => index(Path::new(dir)),
        Some((cmd, [dir, id, rest @ ..])) if cmd == "html" => match rest {
            [] => html(Path::new(dir), id, "style.css"),
            [flag, css] if flag == "--css" => html(Path::new(dir), id, css),
            _ => usage(),
        },
        Some((cmd, [data, build])) if cmd == "pages" => pages(Path::new(data), Path::new(build)),
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

fn html(dir: &Path, id: &str, css: &str) -> ExitCode {
    let read = |p: std::path::PathBuf| {
        std::fs::read_to_string(&p).map_err(|e| format!("{}: {e}", p.display()))
    };
    let site = read(dir.join("site.json"))
        .and_then(|t| serde_json::from_str::<Site>(&t).map_err(|e| format!("site.json: {e}")));
    let alert = read(dir.join("alerts").join(format!("{id}.json"))).and_then(|t| {
        check_alert_text(&t)
            .alert
            .ok_or_else(|| format!("alerts/{id}.json has errors: run alert-data check"))
    });
    match (site, alert) {
        (Ok(site), Ok(alert)) => {
            print!("{}", html::alert_page(&alert, &site, css));
            ExitCode::SUCCESS
        }
        (Err(e), _) | (_, Err(e)) => {
            eprintln!("{e}");
            ExitCode::FAILURE
        }
    }
}

/// Every published or withdrawn alert as `alerts/<id>.html`, and the front
/// page: the app's own page with the content already in it, so it paints
/// before the wasm loads (and reaches readers without JavaScript).
fn pages(data: &Path, build: &Path) -> ExitCode {
    let result = (|| -> Result<usize, String> {
        let template = std::fs::read_to_string(build.join("index.html"))
            .map_err(|e| format!("index.html: {e}"))?;
        let site: Site = serde_json::from_str(
            &std::fs::read_to_string(data.join("site.json")).map_err(|e| e.to_string())?,
        )
        .map_err(|e| format!("site.json: {e}"))?;
        let (_, index) = check_data_dir(data).map_err(|e| e.to_string())?;
        let catalog = alert_model::Catalog::new(index.alerts);
        let out = build.join("alerts");
        std::fs::create_dir_all(&out).map_err(|e| e.to_string())?;
        let mut written = 0;
        for alert in check::load_alerts(data).map_err(|e| e.to_string())? {
            if alert.status == alert_model::Status::Draft {
                continue;
            }
            let page = html::prerendered(&template, &alert, &site, &catalog)
                .ok_or("index.html has no <div id=\"boot\"> or <title> to fill")?;
            let page = on_demand::load_app_on_demand(&page)
                .ok_or("index.html has no start-up script as trunk writes it")?;
            std::fs::write(out.join(format!("{}.html", alert.id)), page)
                .map_err(|e| e.to_string())?;
            written += 1;
        }
        // Last, so every alert page above was made from the plain template.
        let home = html::prerendered_home(&template, &site, &catalog)
            .ok_or("index.html cannot be filled")?;
        std::fs::write(build.join("index.html"), home).map_err(|e| e.to_string())?;
        Ok(written)
    })();
    match result {
        Ok(n) => {
            eprintln!(
                "prerendered the front page and {n} alert pages into {}",
                build.display()
            );
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("{e}");
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
                eprintln!("{p}: {e}");
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
            eprintln!("{}: {e}", dir.display());
            return ExitCode::FAILURE;
        }
    };
    if print_report(&report) {
        eprintln!("index.json not written: fix the errors above first");
        return ExitCode::FAILURE;
    }
    let target = dir.join("index.json");
    match check::write_index(&target, &index) {
        Ok(written) => {
            let verb = if written { "wrote" } else { "unchanged:" };
            eprintln!(
                "{verb} {} ({} published alerts)",
                target.display(),
                index.alerts.len()
            );
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("{}: {e}", target.display());
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
