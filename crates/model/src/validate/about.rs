//! `about.json`, checked with the alerts' rules: its texts are blocks of an
//! alert's body (the same checks: links, marks, lengths, control
//! characters), its contacts email addresses as `site.json`'s, and every
//! problem comes with its JSON path.

use super::alert_file::{describe, Checker};
use super::problem::{counts, Problem};
use super::site::check_json;
use crate::alert::about::{About, AboutWords};
use crate::alert::{AlertType, Block};
use serde_json::{Map, Value};
use std::collections::BTreeMap;

const FIELDS: &[&str] = &[
    "placeholder",
    "types",
    "method",
    "corrections_contact",
    "accessibility_contact",
    "languages",
    "$schema",
];

/// The outcome of checking `about.json`.
#[derive(Debug, Clone, PartialEq)]
pub struct CheckedAbout {
    /// What could be read, problems or not: a bad block is left out.
    pub about: Option<About>,
    /// Errors first, capped like an alert's.
    pub problems: Vec<Problem>,
    omitted: (usize, usize),
}

impl CheckedAbout {
    pub fn has_errors(&self) -> bool {
        self.counts().0 > 0
    }

    /// Errors and warnings, those left out of the list included.
    pub fn counts(&self) -> (usize, usize) {
        counts(&self.problems, self.omitted)
    }
}

/// Parses and checks the text of `about.json`.
pub fn check_about_text(text: &str) -> CheckedAbout {
    let (about, problems, omitted) = check_json(text, Checker::about);
    CheckedAbout {
        about,
        problems,
        omitted,
    }
}

impl Checker {
    fn about(&mut self, value: &Value) -> Option<About> {
        let Some(obj) = value.as_object() else {
            self.error(
                "",
                format!("about.json must be a JSON object, not {}", describe(value)),
            );
            return None;
        };
        for key in obj.keys() {
            if !FIELDS.contains(&key.as_str()) {
                self.warn(key, format!("unknown field {key:?} is ignored"));
            }
        }
        let placeholder = match obj.get("placeholder") {
            None => false,
            Some(Value::Bool(b)) => *b,
            Some(v) => {
                self.error(
                    "placeholder",
                    format!("must be true or false, not {}", describe(v)),
                );
                false
            }
        };
        let mut languages = BTreeMap::new();
        if let Some(v) = obj.get("languages") {
            match v.as_object() {
                None => self.error(
                    "languages",
                    format!("must be an object of languages, not {}", describe(v)),
                ),
                Some(langs) => {
                    for (tag, words) in langs {
                        let path = format!("languages.{tag}");
                        if crate::i18n::languages::interface(tag).is_none() {
                            self.warn(&path, "is not an interface language of the reader; ignored");
                            continue;
                        }
                        let Some(words) = words.as_object() else {
                            self.error(
                                &path,
                                format!("must be an object, not {}", describe(words)),
                            );
                            continue;
                        };
                        for key in words.keys() {
                            if !["types", "method"].contains(&key.as_str()) {
                                self.warn(
                                    &format!("{path}.{key}"),
                                    format!("unknown field {key:?} is ignored"),
                                );
                            }
                        }
                        let words = AboutWords {
                            types: self.about_types(words, &path),
                            method: self.about_blocks(words, "method", &path),
                        };
                        languages.insert(tag.clone(), words);
                    }
                }
            }
        }
        Some(About {
            placeholder,
            types: self.about_types(obj, ""),
            method: self.about_blocks(obj, "method", ""),
            corrections_contact: self.email(obj, "corrections_contact"),
            accessibility_contact: self.email(obj, "accessibility_contact"),
            languages,
        })
    }

    /// `types`: each alert type's definition, as blocks.
    fn about_types(
        &mut self,
        obj: &Map<String, Value>,
        at: &str,
    ) -> BTreeMap<AlertType, Vec<Block>> {
        let mut out = BTreeMap::new();
        let path = join(at, "types");
        let Some(v) = obj.get("types") else {
            return out;
        };
        let Some(types) = v.as_object() else {
            self.error(
                &path,
                format!("must be an object of alert types, not {}", describe(v)),
            );
            return out;
        };
        for key in types.keys() {
            let Some(kind) = AlertType::from_key(key) else {
                self.error(
                    &format!("{path}.{key}"),
                    format!("{key:?} is not an alert type"),
                );
                continue;
            };
            let blocks = self.about_blocks(types, key, &path);
            if !blocks.is_empty() {
                out.insert(kind, blocks);
            }
        }
        out
    }

    /// A list of blocks at `obj[key]`, as an alert's body is checked.
    fn about_blocks(&mut self, obj: &Map<String, Value>, key: &str, at: &str) -> Vec<Block> {
        let path = join(at, key);
        let Some(v) = obj.get(key) else {
            return Vec::new();
        };
        let Some(blocks) = v.as_array() else {
            self.error(
                &path,
                format!("must be a list of blocks, not {}", describe(v)),
            );
            return Vec::new();
        };
        if blocks.is_empty() {
            self.warn(&path, "has no blocks: leave it out instead");
        }
        blocks
            .iter()
            .enumerate()
            .filter_map(|(i, b)| self.block(&format!("{path}[{i}]"), b))
            .collect()
    }
}

fn join(at: &str, key: &str) -> String {
    match at {
        "" => key.to_string(),
        _ => format!("{at}.{key}"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn paths(text: &str) -> Vec<String> {
        check_about_text(text)
            .problems
            .into_iter()
            .map(|p| format!("{}: {}", p.path, p.message))
            .collect()
    }

    #[test]
    fn a_good_file_reads_as_the_publishers_words() {
        let checked = check_about_text(
            r#"{"$schema": "schema/about.schema.json", "placeholder": true,
                "types": {"red_flag_alert": [{"type": "paragraph", "text": ["Grave, ", {"text": "see", "href": "https://example.org"}]}]},
                "method": [{"type": "heading", "level": 2, "text": ["How"]}, {"type": "paragraph", "text": ["We decide."]}],
                "corrections_contact": "errors@example.org",
                "languages": {"fr": {"method": [{"type": "paragraph", "text": ["Nous décidons."]}]}}}"#,
        );
        assert_eq!(checked.problems, []);
        let about = checked.about.expect("about");
        assert!(about.placeholder);
        assert_eq!(about.types[&AlertType::RedFlagAlert].len(), 1);
        assert_eq!(about.method.len(), 2);
        assert_eq!(
            about.corrections_contact.as_deref(),
            Some("errors@example.org")
        );
        assert_eq!(about.accessibility_contact, None);
        assert_eq!(about.languages["fr"].method.len(), 1);
    }

    #[test]
    fn each_bad_value_is_an_error_at_its_json_path() {
        let problems = paths(
            r#"{"placeholder": "yes",
                "types": {"red_flag": [], "report": [{"type": "table"}], "sos_alert": "Urgent."},
                "method": [{"type": "paragraph", "text": [{"text": "x", "href": "javascript:alert(1)"}]}],
                "corrections_contact": "mailto:errors@example.org",
                "accessibility_contact": "nobody",
                "languages": {"fr": {"types": {"statement": [{"type": "paragraph"}]}, "motto": 1}, "xx": {}, "es": []},
                "extra": 1}"#,
        );
        let has = |prefix: &str| problems.iter().any(|p| p.starts_with(prefix));
        for path in [
            "placeholder: must be true or false",
            "types.red_flag: \"red_flag\" is not an alert type",
            "types.report[0].type",
            "types.sos_alert: must be a list of blocks",
            "method[0].text[0].href",
            "corrections_contact: write the address alone",
            "accessibility_contact: \"nobody\" is not an email address",
            "languages.fr.types.statement[0]",
            "languages.fr.motto: unknown field",
            "languages.xx: is not an interface language",
            "languages.es: must be an object",
            "extra: unknown field",
        ] {
            assert!(has(path), "{path} in {problems:#?}");
        }
        let checked = check_about_text("[1]");
        assert!(checked.has_errors() && checked.about.is_none());
        assert!(check_about_text("{").has_errors());
        assert_eq!(check_about_text("{}").counts(), (0, 0));
        assert!(!check_about_text("{}").has_errors());
        // Warnings alone let the file through.
        let warned = check_about_text(r#"{"motto": 1}"#);
        assert_eq!(warned.counts(), (0, 1));
        assert!(!warned.has_errors());
        let empty = paths(r#"{"method": []}"#);
        assert_eq!(empty, ["method: has no blocks: leave it out instead"]);
    }
}
