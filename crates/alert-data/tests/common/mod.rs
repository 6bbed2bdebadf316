//! What the tests that run the `alert-data` binary share: running it, and
//! a fresh data folder to run it on.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

pub fn run(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_alert-data"))
        .args(args)
        .output()
        .expect("runs")
}

/// A fresh data folder under target/, with a site.json and an empty
/// `alerts/`.
pub fn data_dir(name: &str) -> PathBuf {
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR")).join(name);
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(dir.join("alerts")).unwrap();
    std::fs::write(
        dir.join("site.json"),
        r#"{"name": "Example Institute", "legal": "x", "reader_url": "https://alerts.example.org/"}"#,
    )
    .unwrap();
    dir
}
