//! "Cite this alert": one record of what a citation needs, and the styles
//! and files made from it (`styles`: APA 7, Chicago, MLA; `files`: BibTeX,
//! RIS, CSL-JSON). Citation styles are English-language conventions, so
//! their words are the styles' own, written here once; the page around
//! them speaks the reader's language.

pub mod files;
pub mod styles;

use crate::alert::Alert;
use crate::Date;
use std::hash::Hasher;

/// What every format says about one alert.
#[derive(Debug, Clone, PartialEq)]
pub struct Citation {
    /// The alert's id, also the citation key.
    pub id: String,
    pub title: String,
    /// The publisher, who is also the author.
    pub publisher: String,
    /// "Red Flag Alert".
    pub kind: &'static str,
    /// The update's number in its series (0 is the original).
    pub update: Option<u32>,
    pub published: Date,
    /// When the text was edited after publication.
    pub updated: Option<Date>,
    /// The alert's language tag.
    pub language: String,
    /// The permanent address.
    pub url: String,
    /// See [`version`].
    pub version: String,
    /// The PDF, when the alert links one a reader may follow.
    pub pdf: Option<String>,
}

impl Citation {
    /// `url` is the alert's permanent address (its page without a
    /// language prefix).
    pub fn new(alert: &Alert, publisher: &str, url: String) -> Citation {
        Citation {
            id: alert.id.clone(),
            title: alert.title.clone(),
            publisher: publisher.to_string(),
            kind: alert.kind.label(),
            update: alert.series.as_ref().map(|s| s.number),
            published: alert.published.clone(),
            updated: crate::reading::since::edited(alert).cloned(),
            language: alert.language.clone(),
            url,
            version: version(alert),
            pdf: alert
                .links
                .pdf
                .clone()
                .filter(|h| crate::alert::link_scheme_allowed(h)),
        }
    }

    /// Highwire Press `citation_*` meta tags (name, content), which Zotero
    /// and scholarly indexes read from the page without script.
    pub fn highwire(&self) -> Vec<(&'static str, String)> {
        let d = &self.published;
        let mut tags = vec![
            ("citation_title", self.title.clone()),
            ("citation_author", self.publisher.clone()),
            (
                "citation_publication_date",
                format!("{:04}/{:02}/{:02}", d.year(), d.month(), d.day()),
            ),
            ("citation_publisher", self.publisher.clone()),
            (
                "citation_technical_report_institution",
                self.publisher.clone(),
            ),
        ];
        tags.extend(
            self.update_label()
                .map(|u| ("citation_technical_report_number", u)),
        );
        tags.push(("citation_language", self.language.clone()));
        tags.push(("citation_abstract_html_url", self.url.clone()));
        tags.extend(self.pdf.clone().map(|p| ("citation_pdf_url", p)));
        tags
    }

    /// "Update 3", or nothing for an original alert or one in no series.
    pub fn update_label(&self) -> Option<String> {
        self.update
            .filter(|n| *n > 0)
            .map(|n| format!("Update {n}"))
    }
}

/// A short fingerprint of what the alert says (title, summary, changes and
/// body), so that a citation names the text it quotes: 8 hex digits of
/// FNV-1a 64 over their JSON. Dates, status and links do not change it.
pub fn version(alert: &Alert) -> String {
    let text = serde_json::to_vec(&(&alert.title, &alert.summary, &alert.changes, &alert.body))
        .unwrap_or_default();
    let mut hasher = fnv::FnvHasher::default();
    hasher.write(&text);
    format!("{:016x}", hasher.finish())[..8].to_string()
}

/// "October", for the styles.
pub(crate) fn month(date: &Date) -> &'static str {
    date.english_month()
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;
    use crate::validate::check_alert_text;

    /// The example alert of docs/schema.md, updated.
    pub(crate) fn example() -> Alert {
        let text = r#"{"schema": 1, "id": "azerbaijan-red-flag-update-3",
            "title": "Red Flag Alert for Genocide - Azerbaijan - Update 3",
            "type": "red_flag_alert", "status": "published",
            "published": "2022-10-07", "updated": "2022-10-09T12:00:00+04:00",
            "countries": ["AZ", "AM"], "series": {"id": "azerbaijan-red-flag", "number": 3},
            "language": "en", "summary": "One or two sentences.",
            "body": [{"type": "paragraph", "text": ["Plain text."]}]}"#;
        check_alert_text(text).alert.expect("valid")
    }

    pub(crate) fn citation() -> Citation {
        Citation::new(
            &example(),
            "Lemkin Institute for Genocide Prevention",
            "https://alerts.example.org/alerts/azerbaijan-red-flag-update-3".into(),
        )
    }

    #[test]
    fn the_version_follows_the_text_and_nothing_else() {
        let a = example();
        let v = version(&a);
        assert_eq!(v.len(), 8);
        assert!(v.chars().all(|c| c.is_ascii_hexdigit()));
        let mut dated = a.clone();
        dated.updated = None;
        dated.countries.push("TR".into());
        assert_eq!(version(&dated), v, "dates and countries are not the text");
        for edit in [
            |a: &mut Alert| a.title.push('.'),
            |a: &mut Alert| a.summary.push('.'),
            |a: &mut Alert| a.changes.push("x".into()),
            |a: &mut Alert| a.body.clear(),
        ] {
            let mut edited = a.clone();
            edit(&mut edited);
            assert_ne!(version(&edited), v);
        }
    }

    #[test]
    fn highwire_tags_name_what_zotero_reads() {
        let mut c = citation();
        assert_eq!(
            c.highwire(),
            [
                (
                    "citation_title",
                    "Red Flag Alert for Genocide - Azerbaijan - Update 3".to_string()
                ),
                (
                    "citation_author",
                    "Lemkin Institute for Genocide Prevention".into()
                ),
                ("citation_publication_date", "2022/10/07".into()),
                (
                    "citation_publisher",
                    "Lemkin Institute for Genocide Prevention".into()
                ),
                (
                    "citation_technical_report_institution",
                    "Lemkin Institute for Genocide Prevention".into()
                ),
                ("citation_technical_report_number", "Update 3".into()),
                ("citation_language", "en".into()),
                (
                    "citation_abstract_html_url",
                    "https://alerts.example.org/alerts/azerbaijan-red-flag-update-3".into()
                ),
            ]
        );
        c.pdf = Some("https://example.org/a.pdf".into());
        c.update = None;
        let tags = c.highwire();
        assert_eq!(
            tags.last(),
            Some(&("citation_pdf_url", "https://example.org/a.pdf".to_string()))
        );
        assert!(!tags
            .iter()
            .any(|(k, _)| *k == "citation_technical_report_number"));
    }

    #[test]
    fn only_a_pdf_a_reader_may_follow_is_cited() {
        let mut a = example();
        a.links.pdf = Some("javascript:alert(1)".into());
        assert_eq!(Citation::new(&a, "P", "u".into()).pdf, None);
        a.links.pdf = Some("https://example.org/a.pdf".into());
        assert_eq!(
            Citation::new(&a, "P", "u".into()).pdf.as_deref(),
            Some("https://example.org/a.pdf")
        );
    }

    #[test]
    fn a_citation_carries_the_update_and_the_edit() {
        let c = citation();
        assert_eq!(c.update_label().as_deref(), Some("Update 3"));
        assert_eq!(
            c.updated.as_ref().map(Date::calendar).as_deref(),
            Some("2022-10-09")
        );
        assert_eq!(c.kind, "Red Flag Alert");
        let mut original = c.clone();
        original.update = Some(0);
        assert_eq!(original.update_label(), None);
        assert_eq!(month(&c.published), "October");
    }
}
