//! `alert-data new`: a new draft file in a data folder, from the same
//! starting points as the preview's editor (`alert_authoring::start`) and
//! written by the same writer, so the two never disagree about a skeleton.

use crate::check::load_alerts;
use alert_authoring::file::{alert_file_text, file_name};
use alert_authoring::start::{self, StartError};
use alert_model::{Alert, Date, IndexEntry};
use std::fmt;
use std::io::{self, Write};
use std::path::{Path, PathBuf};

/// What to start from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Start {
    /// A blank alert in a language, its id from the title when one is given.
    Blank {
        language: String,
        title: Option<String>,
    },
    /// The next update of the series that this alert (or series id) names.
    UpdateOf(String),
    /// A translation of this alert into a language.
    TranslationOf { id: String, language: String },
}

/// The file written, and what the staff must do next.
#[derive(Debug)]
pub struct Created {
    pub path: PathBuf,
    pub alert: Alert,
    /// For a translation: the original with its link back, to publish
    /// together with the translation (not written now: a published alert
    /// may not link to a draft).
    pub linked_original: Option<Alert>,
}

#[derive(Debug)]
pub enum NewError {
    Io(io::Error),
    Start(StartError),
    NoSuchAlert(String),
    /// A file of that name appeared while we wrote: never written over.
    Exists(PathBuf),
}

impl fmt::Display for NewError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            NewError::Io(e) => write!(f, "{e}"),
            NewError::Start(e) => write!(f, "{e}"),
            NewError::NoSuchAlert(id) => write!(f, "no alert file has the id {id:?}"),
            NewError::Exists(path) => {
                write!(f, "{} exists already; nothing written", path.display())
            }
        }
    }
}

impl From<io::Error> for NewError {
    fn from(e: io::Error) -> Self {
        NewError::Io(e)
    }
}

impl From<StartError> for NewError {
    fn from(e: StartError) -> Self {
        NewError::Start(e)
    }
}

/// Writes the new draft into `dir/alerts/`, never over an existing file.
/// Every file of the folder, drafts included, takes its id and number; a
/// file name takes its id even when the file is too broken to read (a
/// blank draft not yet written, say).
pub fn new_file(dir: &Path, what: &Start, today: Date) -> Result<Created, NewError> {
    let alerts = load_alerts(dir)?;
    let mut names = Vec::new();
    for entry in std::fs::read_dir(dir.join("alerts"))? {
        let name = entry?.file_name().to_string_lossy().into_owned();
        if let Some(stem) = name.strip_suffix(".json") {
            names.push(stem.to_string());
        }
    }
    let known: Vec<IndexEntry> = alerts.iter().map(Alert::entry).collect();
    let find = |id: &str| {
        alerts
            .iter()
            .find(|a| a.id == id)
            .ok_or_else(|| NewError::NoSuchAlert(id.to_string()))
    };
    let (alert, linked_original) = match what {
        Start::Blank { language, title } => {
            let mut alert = start::blank(language, today);
            let title = title.clone().unwrap_or_default();
            let base = Some(start::id_from_title(&title))
                .filter(|id| !id.is_empty())
                .unwrap_or_else(|| "new-alert".to_string());
            alert.id = start::free_id(&base, |id| start::is_taken(id, &known));
            alert.title = title;
            (alert, None)
        }
        Start::UpdateOf(id) => {
            // An alert's id names its series; so may the series id itself.
            let series = match alerts.iter().find(|a| a.id == *id) {
                Some(a) => a.series.as_ref().map_or(id.as_str(), |s| s.id.as_str()),
                None => id.as_str(),
            };
            (start::next_update(series, &known, today)?, None)
        }
        Start::TranslationOf { id, language } => {
            let (alert, linked) = start::translation(find(id)?, language, &known, today)?;
            (alert, Some(linked))
        }
    };
    let mut alert = alert;
    alert.id = start::free_id(&alert.id, |id| names.iter().any(|n| n == id));
    let path = dir.join("alerts").join(file_name(&alert));
    let mut file = match std::fs::OpenOptions::new()
        .write(true)
        .create_new(true)
        .open(&path)
    {
        Ok(f) => f,
        Err(e) if e.kind() == io::ErrorKind::AlreadyExists => return Err(NewError::Exists(path)),
        Err(e) => return Err(e.into()),
    };
    file.write_all(alert_file_text(&alert).as_bytes())?;
    Ok(Created {
        path,
        alert,
        linked_original,
    })
}
