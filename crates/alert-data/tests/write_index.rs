//! index.json is replaced whole or not at all: an interrupted or failed
//! write must never leave a broken index where a good one was.

use alert_data::check::{index_temp_path, write_index};
use alert_model::alert::{AlertType, Index, IndexEntry, Status};
use alert_model::Date;
use std::path::{Path, PathBuf};

fn folder(name: &str) -> PathBuf {
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR")).join(name);
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

fn index(ids: &[&str]) -> Index {
    Index {
        schema: 1,
        generated: "2026-01-01T00:00:00Z".into(),
        alerts: ids
            .iter()
            .map(|id| IndexEntry {
                id: id.to_string(),
                title: format!("Example: {id}"),
                kind: AlertType::Statement,
                status: Status::Published,
                published: Date::parse("2022-01-01").unwrap(),
                updated: None,
                countries: vec!["AM".into()],
                series: None,
                language: "en".into(),
                summary: "Sample.".into(),
                tags: vec![],
                translations: Default::default(),
            })
            .collect(),
        ..Index::default()
    }
}

fn names(dir: &Path) -> Vec<String> {
    let mut names: Vec<String> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    names
}

#[test]
fn the_index_is_written_whole_and_no_temporary_file_is_left() {
    let dir = folder("write-index-ok");
    let target = dir.join("index.json");
    assert!(write_index(&target, &index(&["a", "b"])).unwrap());
    let read: Index = serde_json::from_str(&std::fs::read_to_string(&target).unwrap()).unwrap();
    assert_eq!(read, index(&["a", "b"]));
    assert_eq!(names(&dir), ["index.json"]);
    // The temporary file sits beside the index, so the rename is atomic.
    assert_eq!(index_temp_path(&target).parent(), Some(dir.as_path()));
    // Replaced whole; unchanged alerts leave the file alone.
    assert!(write_index(&target, &index(&["c"])).unwrap());
    assert!(!write_index(&target, &index(&["c"])).unwrap());
    let read: Index = serde_json::from_str(&std::fs::read_to_string(&target).unwrap()).unwrap();
    assert_eq!(read.alerts.len(), 1);
    assert_eq!(names(&dir), ["index.json"]);
}

#[test]
fn a_failed_write_leaves_the_previous_index_intact() {
    let dir = folder("write-index-fails");
    let target = dir.join("index.json");
    assert!(write_index(&target, &index(&["a", "b"])).unwrap());
    let before = std::fs::read(&target).unwrap();
    // Something the temporary file cannot be written over: the write fails.
    let blocker = index_temp_path(&target);
    std::fs::create_dir(&blocker).unwrap();
    assert!(write_index(&target, &index(&["c"])).is_err());
    assert_eq!(std::fs::read(&target).unwrap(), before);
    std::fs::remove_dir(&blocker).unwrap();
    assert_eq!(names(&dir), ["index.json"]);
}

#[test]
fn a_failed_rename_leaves_no_temporary_file() {
    let dir = folder("write-index-rename-fails");
    // A folder (not empty) where the index should go: the rename fails.
    let target = dir.join("index.json");
    std::fs::create_dir_all(target.join("x")).unwrap();
    assert!(write_index(&target, &index(&["a"])).is_err());
    assert_eq!(names(&dir), ["index.json"]);
    assert!(target.join("x").is_dir());
}
