//! `about.json`: the publisher's own words about its alerts, which the
//! reader's About page shows: what each type of alert means, how the
//! publisher decides, and whom to write to about an error or a barrier.
//! The interface's own words (what a series or a withdrawal is) stay in
//! `locales/`; these are the publisher's, so the publisher edits them
//! without touching code. Optional: without it the page says the publisher
//! has not described its alerts yet.

use super::{AlertType, Block};
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

#[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
#[cfg_attr(feature = "schemars", schemars(deny_unknown_fields))]
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct About {
    /// True while the texts are stand-ins (the bundled sample data): the
    /// page then says so above them.
    #[serde(default)]
    pub placeholder: bool,
    /// Each type's definition, in the site's default language, by type
    /// (`red_flag_alert`, …), in the blocks of an alert's body.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub types: BTreeMap<AlertType, Vec<Block>>,
    /// How the publisher decides to issue, update or withdraw an alert.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub method: Vec<Block>,
    /// Where to report an error in an alert (an email address).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub corrections_contact: Option<String>,
    /// Where to report an accessibility barrier (an email address).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub accessibility_contact: Option<String>,
    /// The definitions and method in other interface languages, by tag.
    /// What a language leaves out is shown in the default language, marked
    /// with its language.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub languages: BTreeMap<String, AboutWords>,
}

/// The publisher's words in one language.
#[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
#[cfg_attr(feature = "schemars", schemars(deny_unknown_fields))]
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct AboutWords {
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub types: BTreeMap<AlertType, Vec<Block>>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub method: Vec<Block>,
}

/// A text of the publisher's with the language it is written in, which
/// may not be the page's.
#[derive(Debug, Clone, PartialEq)]
pub struct InLanguage<'a> {
    pub blocks: &'a [Block],
    pub lang: &'a str,
}

impl About {
    /// `kind`'s definition for readers of `tag`, in their language when
    /// the file has it, else in the default language `default`.
    pub fn definition<'a>(
        &'a self,
        kind: AlertType,
        tag: &'a str,
        default: &'a str,
    ) -> Option<InLanguage<'a>> {
        let own = self.languages.get(tag).and_then(|w| w.types.get(&kind));
        pick(own, self.types.get(&kind), tag, default)
    }

    /// The method for readers of `tag`, as `definition` picks.
    pub fn method<'a>(&'a self, tag: &'a str, default: &'a str) -> Option<InLanguage<'a>> {
        let own = self
            .languages
            .get(tag)
            .map(|w| &w.method)
            .filter(|m| !m.is_empty());
        pick(
            own,
            Some(&self.method).filter(|m| !m.is_empty()),
            tag,
            default,
        )
    }
}

fn pick<'a>(
    own: Option<&'a Vec<Block>>,
    fallback: Option<&'a Vec<Block>>,
    tag: &'a str,
    default: &'a str,
) -> Option<InLanguage<'a>> {
    match (own, fallback) {
        (Some(blocks), _) if tag != default => Some(InLanguage { blocks, lang: tag }),
        (_, Some(blocks)) => Some(InLanguage {
            blocks,
            lang: default,
        }),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_reader_gets_their_languages_words_or_the_defaults_marked() {
        let about: About = serde_json::from_str(
            r#"{"types": {"red_flag_alert": [{"type": "paragraph", "text": [{"text": "Grave."}]}]},
                "method": [{"type": "paragraph", "text": [{"text": "How."}]}],
                "languages": {"fr": {"types": {"red_flag_alert": [{"type": "paragraph", "text": [{"text": "Grave (fr)."}]}]}}}}"#,
        )
        .expect("about");
        let fr = about
            .definition(AlertType::RedFlagAlert, "fr", "en")
            .expect("fr");
        assert_eq!(fr.lang, "fr");
        assert_eq!(
            fr.blocks,
            [Block::Paragraph {
                text: vec![super::super::Span::plain("Grave (fr).")]
            }]
        );
        let es = about
            .definition(AlertType::RedFlagAlert, "es", "en")
            .expect("es");
        assert_eq!(es.lang, "en");
        assert_eq!(about.definition(AlertType::Report, "fr", "en"), None);
        // French gave no method: the default's, marked English.
        assert_eq!(about.method("fr", "en").map(|m| m.lang), Some("en"));
        assert_eq!(about.method("en", "en").map(|m| m.blocks.len()), Some(1));
        assert_eq!(About::default().method("en", "en"), None);
        // The default language's words are the file's own: a copy under
        // `languages` does not replace them.
        let mut twice = about.clone();
        twice
            .languages
            .insert("en".into(), twice.languages["fr"].clone());
        let en = twice
            .definition(AlertType::RedFlagAlert, "en", "en")
            .expect("en");
        assert_eq!(en.blocks, about.types[&AlertType::RedFlagAlert]);
    }
}
