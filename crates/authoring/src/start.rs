//! Where a new alert file starts: a blank alert, the next update of a
//! series, a translation, a withdrawal. The editor and `alert-data new`
//! both start here, so the two write the same skeleton.
//!
//! Every start is a draft and leaves what only the staff can write empty
//! (title, summary, body, what changed): the validator then names each
//! empty field, and nothing invented can be published by mistake.
//!
//! `known` is every alert whose id or series number is taken: the
//! published and withdrawn entries of `index.json` in the editor, every
//! file of the folder (drafts too) in the tool.

use alert_model::alert::Series;
use alert_model::validate::is_valid_id;
use alert_model::{Alert, AlertType, Date, IndexEntry, Status};
use std::collections::BTreeMap;

/// Why a start could not be made; the message says what to choose instead.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum StartError {
    /// No alert of the archive belongs to this series.
    NoSuchSeries(String),
    /// The alert already is in that language.
    SameLanguage(String),
    /// The alert already has a translation into that language.
    AlreadyTranslated { language: String, id: String },
}

impl std::fmt::Display for StartError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            StartError::NoSuchSeries(id) => write!(f, "no alert belongs to a series {id:?}"),
            StartError::SameLanguage(tag) => write!(f, "the alert is already in {tag:?}"),
            StartError::AlreadyTranslated { language, id } => {
                write!(
                    f,
                    "the alert already has a translation into {language:?}: {id}"
                )
            }
        }
    }
}

/// A blank draft in `language`, dated `today`.
pub fn blank(language: &str, today: Date) -> Alert {
    Alert {
        schema: alert_model::alert::SCHEMA_VERSION,
        id: String::new(),
        title: String::new(),
        kind: AlertType::Statement,
        status: Status::Draft,
        published: today,
        updated: None,
        countries: Vec::new(),
        series: None,
        language: language.to_string(),
        translations: BTreeMap::new(),
        summary: String::new(),
        changes: Vec::new(),
        change_note: None,
        body: Vec::new(),
        tags: Vec::new(),
        links: Default::default(),
    }
}

/// The next update of `series_id`: its type, countries, language and tags
/// carried over from the latest member, the next free number, and the
/// latest title and id with the number moved on. What changed is left for
/// the staff to write.
pub fn next_update(
    series_id: &str,
    known: &[IndexEntry],
    today: Date,
) -> Result<Alert, StartError> {
    let latest = known
        .iter()
        .filter_map(|e| {
            e.series
                .as_ref()
                .filter(|s| s.id == series_id)
                .map(|s| (s.number, e))
        })
        .max_by_key(|(number, _)| *number)
        .ok_or_else(|| StartError::NoSuchSeries(series_id.to_string()))?;
    let (number, previous) = latest;
    let next = number.saturating_add(1);
    let mut alert = blank(&previous.language, today);
    alert.kind = previous.kind;
    alert.countries = previous.countries.clone();
    alert.tags = previous.tags.clone();
    alert.series = Some(Series {
        id: series_id.to_string(),
        number: next,
    });
    alert.title = numbered_title(&previous.title, number, next);
    let base = numbered_id(&previous.id, series_id, number, next);
    alert.id = free_id(&base, |id| is_taken(id, known));
    Ok(alert)
}

/// A translation of `original` into `language`, and the original with the
/// link back to it, to publish together: a published alert may not link to
/// a draft, so the original's new link waits for the translation.
///
/// The translation starts as a copy (title, summary, body) for the
/// translator to write over, which keeps the structure; it is not in the
/// series, whose numbers belong to the original, so it has no `changes`
/// (the validator warns about them outside a series).
pub fn translation(
    original: &Alert,
    language: &str,
    known: &[IndexEntry],
    today: Date,
) -> Result<(Alert, Alert), StartError> {
    if same_language(&original.language, language) {
        return Err(StartError::SameLanguage(language.to_string()));
    }
    if let Some((tag, id)) = original
        .translations
        .iter()
        .find(|(tag, _)| same_language(tag, language))
    {
        return Err(StartError::AlreadyTranslated {
            language: tag.clone(),
            id: id.clone(),
        });
    }
    let mut alert = blank(language, today);
    alert.title = original.title.clone();
    alert.kind = original.kind;
    alert.countries = original.countries.clone();
    alert.summary = original.summary.clone();
    alert.body = original.body.clone();
    alert.tags = original.tags.clone();
    alert.links = original.links.clone();
    alert
        .translations
        .insert(original.language.clone(), original.id.clone());
    alert.id = free_id(
        &format!("{}-{}", original.id, language.to_ascii_lowercase()),
        |id| is_taken(id, known),
    );
    let mut linked = original.clone();
    linked
        .translations
        .insert(language.to_string(), alert.id.clone());
    Ok((alert, linked))
}

/// The alert withdrawn: it stays readable at its link, marked withdrawn,
/// and `updated` says when.
pub fn withdraw(alert: &Alert, today: Date) -> Alert {
    let mut out = alert.clone();
    out.status = Status::Withdrawn;
    out.updated = Some(today);
    out
}

/// An id from a title: lower-case ASCII letters and digits joined by
/// hyphens, accents dropped, at most 80 characters cut at a word. Empty
/// when the title has no Latin letter or digit (an Arabic title, say): the
/// staff then choose the id.
pub fn id_from_title(title: &str) -> String {
    let mut words: Vec<String> = Vec::new();
    let mut word = String::new();
    for c in title.chars().flat_map(fold_latin) {
        if c.is_ascii_alphanumeric() {
            word.push(c.to_ascii_lowercase());
        } else if c == '\'' || c == '\u{2019}' {
            // "Sudan's" is one word: "sudans".
        } else if !word.is_empty() {
            words.push(std::mem::take(&mut word));
        }
    }
    if !word.is_empty() {
        words.push(word);
    }
    let mut id = String::new();
    for w in words {
        if id.len() + 1 + w.len() > ID_LENGTH {
            break;
        }
        if !id.is_empty() {
            id.push('-');
        }
        id.push_str(&w);
    }
    id
}

/// `base` when it is not `taken`, else `base-2`, `base-3`…
pub fn free_id(base: &str, taken: impl Fn(&str) -> bool) -> String {
    if !taken(base) {
        return base.to_string();
    }
    (2u32..)
        .map(|n| format!("{base}-{n}"))
        .find(|id| !taken(id))
        .unwrap_or_default()
}

/// Whether a known alert has this id.
pub fn is_taken(id: &str, known: &[IndexEntry]) -> bool {
    known.iter().any(|e| e.id == id)
}

/// How long a suggested id may be: long enough for a title's words, short
/// enough for an address people paste.
const ID_LENGTH: usize = 80;

fn same_language(a: &str, b: &str) -> bool {
    a.eq_ignore_ascii_case(b)
}

/// The title of the next update: the latest title with its last standing
/// number moved on ("… Update 7" → "… Update 8"), or " - Update n"
/// added when it has none (the series' original).
fn numbered_title(title: &str, number: u32, next: u32) -> String {
    match last_standing_number(title, number) {
        Some(at) => format!(
            "{}{next}{}",
            &title[..at],
            &title[at + number.to_string().len()..]
        ),
        None => format!("{title} - Update {next}"),
    }
}

/// The id of the next update: the latest id with its number moved on, or
/// `<series>-update-<n>`.
fn numbered_id(id: &str, series_id: &str, number: u32, next: u32) -> String {
    let moved = id
        .strip_suffix(&number.to_string())
        .filter(|rest| rest.ends_with('-'))
        .map(|rest| format!("{rest}{next}"));
    match moved {
        Some(id) if is_valid_id(&id) => id,
        _ => format!("{series_id}-update-{next}"),
    }
}

/// Where `number` last stands alone in `text` (not inside "2023").
fn last_standing_number(text: &str, number: u32) -> Option<usize> {
    let digits = number.to_string();
    text.rmatch_indices(&digits).map(|(at, _)| at).find(|&at| {
        let before = text[..at].chars().next_back();
        let after = text[at + digits.len()..].chars().next();
        !before.is_some_and(|c| c.is_ascii_digit()) && !after.is_some_and(|c| c.is_ascii_digit())
    })
}

/// A Latin letter without its accent ("é" → "e", "ß" → "ss"), so French and
/// Spanish titles give readable ids; other characters pass unchanged.
/// Written out rather than taken from a transliteration crate (deunicode):
/// that carries tables for every script into the preview's wasm, for ids
/// the staff can always type themselves.
fn fold_latin(c: char) -> impl Iterator<Item = char> {
    let folded: &str = match c {
        'à' | 'á' | 'â' | 'ã' | 'ä' | 'å' | 'À' | 'Á' | 'Â' | 'Ã' | 'Ä' | 'Å' => "a",
        'ç' | 'Ç' => "c",
        'è' | 'é' | 'ê' | 'ë' | 'È' | 'É' | 'Ê' | 'Ë' => "e",
        'ì' | 'í' | 'î' | 'ï' | 'Ì' | 'Í' | 'Î' | 'Ï' => "i",
        'ñ' | 'Ñ' => "n",
        'ò' | 'ó' | 'ô' | 'õ' | 'ö' | 'ø' | 'Ò' | 'Ó' | 'Ô' | 'Õ' | 'Ö' | 'Ø' => "o",
        'ù' | 'ú' | 'û' | 'ü' | 'Ù' | 'Ú' | 'Û' | 'Ü' => "u",
        'ý' | 'ÿ' | 'Ý' => "y",
        'ß' => "ss",
        'æ' | 'Æ' => "ae",
        'œ' | 'Œ' => "oe",
        _ => "",
    };
    let mut chars = folded.chars().collect::<Vec<_>>();
    if chars.is_empty() {
        chars.push(c);
    }
    chars.into_iter()
}
