//! The editor's form: every field of an alert file as the staff member
//! typed it, and the file text it makes.
//!
//! The form holds text, not checked values: a date half typed or a number
//! written as a word must stay on screen as typed, and the validator, not
//! the form, says what is wrong with it. So the form writes what it holds
//! in the file's own shape and order, and the preview checks that text as
//! `alert-data check` checks a file. A form made from an alert writes that
//! alert's file byte for byte (`file::alert_file_text`), so opening a file
//! and saving it unchanged changes nothing.

use crate::file::{BlockOut, SCHEMA_REFERENCE};
use crate::markdown::{from_markdown, to_markdown, MarkdownProblem};
use alert_model::validate::{Problem, Severity};
use alert_model::Alert;
use serde::{Deserialize, Serialize};
use serde_json::Value;
use std::collections::BTreeMap;

/// The fields as typed. Lists the staff write as lines (`changes`) or
/// with commas (`tags`) are kept as that text, so typing never jumps.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct Form {
    pub schema: u64,
    pub id: String,
    pub title: String,
    /// The type's key, as in the file (`red_flag_alert`).
    pub kind: String,
    pub status: String,
    pub published: String,
    /// Empty for none.
    pub updated: String,
    /// Country codes, the primary first.
    pub countries: Vec<String>,
    pub language: String,
    /// Empty for an alert outside any series.
    pub series_id: String,
    pub series_number: String,
    /// (language, alert id) pairs, in the order the staff added them.
    pub translations: Vec<(String, String)>,
    pub summary: String,
    /// One point per line.
    pub changes: String,
    /// Why the alert was withdrawn, or what an edit corrected. Drafts kept
    /// before the field was added have none.
    #[serde(default)]
    pub change_note: String,
    /// The body as Markdown.
    pub body: String,
    /// Separated by commas.
    pub tags: String,
    pub pdf: String,
    pub source: String,
}

/// The part of the form a problem belongs to, so the editor shows it
/// beside that field.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Field {
    Id,
    Title,
    Type,
    Status,
    Published,
    Updated,
    Countries,
    Language,
    Series,
    Translations,
    Summary,
    Changes,
    ChangeNote,
    Body,
    Tags,
    Links,
    /// The file as a whole (its name, an unknown key).
    File,
}

impl Field {
    /// Every field, in the order the form shows them: a failed save
    /// moves focus to the first with an error.
    pub const ALL: [Field; 17] = [
        Field::Title,
        Field::Id,
        Field::Type,
        Field::Status,
        Field::Language,
        Field::Published,
        Field::Updated,
        Field::ChangeNote,
        Field::Countries,
        Field::Series,
        Field::Changes,
        Field::Translations,
        Field::Summary,
        Field::Body,
        Field::Tags,
        Field::Links,
        Field::File,
    ];

    /// The field a validator problem's JSON path (`body[3].text[1]`,
    /// `series.number`) is about.
    pub fn of_path(path: &str) -> Field {
        let key = path
            .split(['.', '['])
            .next()
            .unwrap_or_default()
            .trim_matches('"');
        match key {
            "id" => Field::Id,
            "title" => Field::Title,
            "type" => Field::Type,
            "status" => Field::Status,
            "published" => Field::Published,
            "updated" => Field::Updated,
            "countries" => Field::Countries,
            "language" => Field::Language,
            "series" => Field::Series,
            "translations" => Field::Translations,
            "summary" => Field::Summary,
            "changes" => Field::Changes,
            "change_note" => Field::ChangeNote,
            "body" => Field::Body,
            "tags" => Field::Tags,
            "links" => Field::Links,
            _ => Field::File,
        }
    }

    /// A stable name for the field's element ids (`field-series`).
    pub fn key(self) -> &'static str {
        match self {
            Field::Id => "id",
            Field::Title => "title",
            Field::Type => "type",
            Field::Status => "status",
            Field::Published => "published",
            Field::Updated => "updated",
            Field::Countries => "countries",
            Field::Language => "language",
            Field::Series => "series",
            Field::Translations => "translations",
            Field::Summary => "summary",
            Field::Changes => "changes",
            Field::ChangeNote => "change_note",
            Field::Body => "body",
            Field::Tags => "tags",
            Field::Links => "links",
            Field::File => "file",
        }
    }
}

/// What the form writes: the file's text, and what its Markdown body said
/// that an alert cannot hold (with lines), for the body field.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Written {
    pub text: String,
    pub body_problems: Vec<MarkdownProblem>,
    /// What the form itself shows and the file cannot: two translations
    /// into one language (they would become one key), an update that does
    /// not yet say what changed. Their paths are field keys.
    pub form_problems: Vec<Problem>,
}

impl Form {
    /// The form for an alert that was read (a published alert to edit, a
    /// start, a file opened).
    pub fn from_alert(alert: &Alert) -> Form {
        Form {
            schema: alert.schema,
            id: alert.id.clone(),
            title: alert.title.clone(),
            kind: alert.kind.key().to_string(),
            status: alert.status.key().to_string(),
            published: alert.published.as_str().to_string(),
            updated: alert
                .updated
                .as_ref()
                .map(|d| d.as_str().to_string())
                .unwrap_or_default(),
            countries: alert.countries.clone(),
            language: alert.language.clone(),
            series_id: alert
                .series
                .as_ref()
                .map(|s| s.id.clone())
                .unwrap_or_default(),
            series_number: alert
                .series
                .as_ref()
                .map(|s| s.number.to_string())
                .unwrap_or_default(),
            translations: alert
                .translations
                .iter()
                .map(|(l, id)| (l.clone(), id.clone()))
                .collect(),
            summary: alert.summary.clone(),
            changes: alert.changes.join("\n"),
            change_note: alert.change_note.clone().unwrap_or_default(),
            body: to_markdown(&alert.body),
            tags: alert.tags.join(", "),
            pdf: alert.links.pdf.clone().unwrap_or_default(),
            source: alert.links.source.clone().unwrap_or_default(),
        }
    }

    /// This form with its link to a translation into `language` set to
    /// `id` (the original of a translation, once the translator has
    /// settled the translation's id).
    pub fn with_translation(&self, language: &str, id: &str) -> Form {
        let mut form = self.clone();
        form.translations.retain(|(l, _)| l != language);
        form.translations
            .push((language.to_string(), id.to_string()));
        form
    }

    /// The file name the form's alert is saved under.
    pub fn file_name(&self) -> String {
        let id = self.id.trim();
        if id.is_empty() {
            "untitled.json".to_string()
        } else {
            format!("{id}.json")
        }
    }

    /// The file text, in the shape and order of `file::alert_file_text`.
    pub fn write(&self) -> Written {
        let body = from_markdown(&self.body);
        let blocks: Vec<BlockOut> = body.blocks.iter().map(BlockOut::from).collect();
        let mut form_problems = Vec::new();
        let mut translations = BTreeMap::new();
        for (language, id) in &self.translations {
            let (language, id) = (language.trim(), id.trim());
            if language.is_empty() && id.is_empty() {
                continue;
            }
            if translations.insert(language, id).is_some() {
                form_problems.push(Problem {
                    path: Field::Translations.key().to_string(),
                    message: format!("two translations into {language:?}: keep one"),
                    severity: Severity::Error,
                });
            }
        }
        let is_update = self
            .series_number
            .trim()
            .parse::<u32>()
            .is_ok_and(|n| n > 0);
        if is_update && lines(&self.changes).is_empty() {
            form_problems.push(Problem {
                path: Field::Changes.key().to_string(),
                message:
                    "an update says what changed since the previous one: write a point per line"
                        .to_string(),
                severity: Severity::Warning,
            });
        }
        let series = (!self.series_id.trim().is_empty() || !self.series_number.trim().is_empty())
            .then(|| {
                let number = match self.series_number.trim().parse::<u32>() {
                    Ok(n) => Value::from(n),
                    // As typed, for the validator to name.
                    Err(_) => Value::from(self.series_number.trim()),
                };
                let mut series = serde_json::Map::new();
                series.insert("id".into(), Value::from(self.series_id.trim()));
                series.insert("number".into(), number);
                Value::Object(series)
            });
        let file = FormFile {
            schema_reference: SCHEMA_REFERENCE,
            schema: self.schema,
            id: &self.id,
            title: &self.title,
            kind: &self.kind,
            status: &self.status,
            published: &self.published,
            updated: non_empty(&self.updated),
            countries: &self.countries,
            series,
            language: &self.language,
            translations,
            summary: &self.summary,
            changes: lines(&self.changes),
            change_note: non_empty(&self.change_note),
            body: blocks,
            tags: self
                .tags
                .split(',')
                .map(str::trim)
                .filter(|t| !t.is_empty())
                .collect(),
            links: LinksOut {
                pdf: non_empty(&self.pdf),
                source: non_empty(&self.source),
            },
        };
        let mut text = serde_json::to_string_pretty(&file).unwrap_or_default();
        text.push('\n');
        Written {
            text,
            body_problems: body.problems,
            form_problems,
        }
    }
}

fn non_empty(text: &str) -> Option<&str> {
    let text = text.trim();
    (!text.is_empty()).then_some(text)
}

fn lines(text: &str) -> Vec<&str> {
    text.lines()
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .collect()
}

/// `file::AlertFile` with the form's text where that holds checked values.
#[derive(Serialize)]
struct FormFile<'a> {
    #[serde(rename = "$schema")]
    schema_reference: &'static str,
    schema: u64,
    id: &'a str,
    title: &'a str,
    #[serde(rename = "type")]
    kind: &'a str,
    status: &'a str,
    published: &'a str,
    updated: Option<&'a str>,
    countries: &'a [String],
    #[serde(skip_serializing_if = "Option::is_none")]
    series: Option<Value>,
    language: &'a str,
    #[serde(skip_serializing_if = "BTreeMap::is_empty")]
    translations: BTreeMap<&'a str, &'a str>,
    summary: &'a str,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    changes: Vec<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    change_note: Option<&'a str>,
    body: Vec<BlockOut<'a>>,
    tags: Vec<&'a str>,
    links: LinksOut<'a>,
}

#[derive(Serialize)]
struct LinksOut<'a> {
    pdf: Option<&'a str>,
    source: Option<&'a str>,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_problems_path_finds_its_field() {
        assert_eq!(Field::of_path("body[3].text[1].href"), Field::Body);
        assert_eq!(Field::of_path("series.number"), Field::Series);
        assert_eq!(Field::of_path("translations.fr"), Field::Translations);
        assert_eq!(Field::of_path("links.pdf"), Field::Links);
        assert_eq!(Field::of_path("countries[0]"), Field::Countries);
        assert_eq!(Field::of_path(""), Field::File);
        assert_eq!(Field::of_path("titel"), Field::File);
        for field in Field::ALL {
            if field != Field::File {
                assert_eq!(Field::of_path(field.key()), field);
            }
        }
    }
}
