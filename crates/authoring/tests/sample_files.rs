//! Every alert file the project ships, read and written again, is the same
//! file: the editor's "save unchanged" and `alert-data new` write what the
//! project writes.

use alert_authoring::file::alert_file_text;
use alert_authoring::form::Form;
use alert_model::validate::{check_alert_text, Severity};
use std::path::{Path, PathBuf};

fn alert_files() -> Vec<PathBuf> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../..");
    let mut files = Vec::new();
    for dir in ["public/data/alerts", "samples/drafts"] {
        for entry in std::fs::read_dir(root.join(dir)).expect(dir) {
            let path = entry.expect(dir).path();
            if path.extension().is_some_and(|e| e == "json") {
                files.push(path);
            }
        }
    }
    files.sort();
    files
}

#[test]
fn every_sample_alert_saved_unchanged_is_byte_identical() {
    let mut compared = 0;
    for path in alert_files() {
        let text = std::fs::read_to_string(&path).unwrap();
        let checked = check_alert_text(&text);
        // The broken draft is there to show problems; it has no alert to write.
        let Some(alert) = checked.alert else { continue };
        assert_eq!(alert_file_text(&alert), text, "{}", path.display());
        compared += 1;
    }
    assert!(compared >= 45, "only {compared} files compared");
}

/// The editor opens a file as a form and saves the form: that too must
/// give the file back unchanged, Markdown body and all.
#[test]
fn every_sample_alert_opened_in_the_form_and_saved_is_byte_identical() {
    let mut compared = 0;
    for path in alert_files() {
        let text = std::fs::read_to_string(&path).unwrap();
        let Some(alert) = check_alert_text(&text).alert else {
            continue;
        };
        let written = Form::from_alert(&alert).write();
        assert_eq!(written.text, text, "{}", path.display());
        assert!(written.body_problems.is_empty(), "{}", path.display());
        // An older update may not say what changed: asked, never refused.
        assert!(
            written
                .form_problems
                .iter()
                .all(|p| p.severity == Severity::Warning),
            "{}",
            path.display()
        );
        compared += 1;
    }
    assert!(compared >= 45, "only {compared} files compared");
}
