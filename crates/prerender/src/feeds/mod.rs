//! The feeds a reader can follow: every alert, each country, each type,
//! each series and each language that has alerts, as Atom (RFC 4287) and
//! JSON Feed 1.1, written from the same list so both say the same.
//!
//! A feed holds its newest [`PAGE`] entries. The main feed's older ones are
//! in archive pages (RFC 5005: `prev-archive` links in Atom, `next_url` in
//! JSON Feed), numbered from the oldest so an archive page keeps its
//! address. The other feeds are windows of their newest entries: archives
//! of every country, type, series and language repeated each alert in
//! about ten documents, a tenth of the build at 10,000 alerts (issue 31),
//! and the main feed's archive, the country pages and the data hold them
//! all. Nothing
//! here reads the clock: a feed's `updated` is its newest entry's, so the
//! same data gives the same bytes.

pub mod atom;
pub mod json_feed;

use alert_model::alert::countries::country_name;
use alert_model::alert::language::language_name;
use alert_model::i18n::bidi::isolate;
use alert_model::i18n::Messages;
use alert_model::outputs::follow::{self, FeedRef};
use alert_model::reading::corrections;
use alert_model::reading::list_address::address;
use alert_model::reading::since::Since;
use alert_model::{Alert, AlertType, Date, Query, Site, Status};

/// Entries in a feed document.
pub const PAGE: usize = 50;

/// One followable selection of alerts.
#[derive(Debug)]
pub struct Feed<'a> {
    /// Where it goes, without extension: "feeds/countries/SD".
    pub stem: String,
    /// "Sudan", "Red Flag Alert", "All alerts".
    pub title: String,
    /// The app path of the page that shows the same alerts.
    pub page: String,
    /// Newest first, drafts never.
    pub alerts: Vec<&'a Alert>,
    /// The language of its entries when they share one (a language's
    /// feed); else the interface's, English.
    pub language: String,
    /// What opens an entry before its summary, by alert id (see [`opening`]).
    pub openings: &'a Openings,
    /// Whether entries beyond the newest [`PAGE`] go to archive pages
    /// (the main feed) or are left out (the others).
    pub archived: bool,
}

/// By alert id, the lines that open its entry: what changed since the
/// alert it follows.
pub type Openings = std::collections::BTreeMap<String, String>;

/// "Since Update 1 (Monday, January 20, 2025):" and a line per change, as
/// the alert page's box says them (feeds are in English).
pub fn opening(since: &Since, english: &Messages) -> String {
    let mut out = format!("{}:", since.heading(english));
    let facts = since.facts.iter().map(|f| f.describe(english));
    for line in since.points.iter().cloned().chain(facts) {
        out.push_str("\n• ");
        out.push_str(&line);
    }
    out
}

/// One document of a feed: the subscription document (`archive` None) or
/// archive page `n` (1 is the oldest).
#[derive(Debug)]
pub struct Document<'f, 'a> {
    pub feed: &'f Feed<'a>,
    pub archive: Option<usize>,
    /// How many archive pages the feed has.
    pub archives: usize,
    pub entries: &'f [&'a Alert],
}

/// The feed's addresses, relative to the reader: "feeds/all.xml".
impl Document<'_, '_> {
    pub fn file(&self, ext: &str) -> String {
        file(&self.feed.stem, self.archive, ext)
    }

    /// The next older document, if any.
    pub fn older(&self, ext: &str) -> Option<String> {
        let n = match self.archive {
            None => self.archives,
            Some(n) => n - 1,
        };
        (n > 0).then(|| file(&self.feed.stem, Some(n), ext))
    }

    /// The next newer archive page (the subscription document for the
    /// newest one is `current`, not `next-archive`).
    pub fn newer_archive(&self, ext: &str) -> Option<String> {
        let n = self.archive?;
        (n < self.archives).then(|| file(&self.feed.stem, Some(n + 1), ext))
    }

    /// The subscription document.
    pub fn current(&self, ext: &str) -> String {
        file(&self.feed.stem, None, ext)
    }

    /// Whether this document holds every entry of its feed (RFC 5005's
    /// complete feed).
    pub fn complete(&self) -> bool {
        self.archive.is_none() && self.entries.len() == self.feed.alerts.len()
    }

    /// The newest `updated` of its entries (feeds are never empty).
    pub fn updated(&self) -> &Date {
        self.entries
            .iter()
            .map(|a| changed(a))
            .max()
            .unwrap_or(&self.feed.alerts[0].published)
    }
}

fn file(stem: &str, archive: Option<usize>, ext: &str) -> String {
    match archive {
        None => format!("{stem}.{ext}"),
        Some(n) => format!("{stem}-archive-{n}.{ext}"),
    }
}

impl<'a> Feed<'a> {
    /// The subscription document and every archive page.
    pub fn documents(&self) -> Vec<Document<'_, 'a>> {
        let newest = self.alerts.len().min(PAGE);
        let older = if self.archived {
            &self.alerts[newest..]
        } else {
            &[]
        };
        let archives = older.len().div_ceil(PAGE);
        let mut docs = vec![Document {
            feed: self,
            archive: None,
            archives,
            entries: &self.alerts[..newest],
        }];
        // Page 1 holds the oldest PAGE entries, so a page's address keeps
        // its entries as new alerts arrive; the newest page may be short.
        for n in 1..=archives {
            let end = older.len() - (n - 1) * PAGE;
            let start = end.saturating_sub(PAGE);
            docs.push(Document {
                feed: self,
                archive: Some(n),
                archives,
                entries: &older[start..end],
            });
        }
        docs
    }
}

/// When an entry last changed: its `updated` date, else `published`.
pub use alert_model::reading::corrections::changed;

/// An RFC 3339 time for a calendar date: midnight UTC (alerts carry days).
pub fn timestamp(date: &Date) -> String {
    format!("{}T00:00:00Z", date.as_str())
}

/// Every feed of `alerts` (drafts are left out here), in a fixed order.
pub fn all<'a>(alerts: &'a [Alert], openings: &'a Openings) -> Vec<Feed<'a>> {
    let mut public: Vec<&Alert> = alerts
        .iter()
        .filter(|a| a.status != Status::Draft)
        .collect();
    // Newest change first; ties by publication, then id, for the same
    // bytes from the same data.
    public.sort_by(|a, b| {
        changed(b)
            .cmp(changed(a))
            .then_with(|| b.published.cmp(&a.published))
            .then_with(|| a.id.cmp(&b.id))
    });
    let select = |keep: &dyn Fn(&Alert) -> bool| -> Vec<&'a Alert> {
        public.iter().copied().filter(|a| keep(a)).collect()
    };
    // An archive with nothing published yet has no feed (a feed is never
    // empty: its date is its newest entry's); no page links one.
    let mut feeds: Vec<Feed<'a>> = Vec::new();
    if !public.is_empty() {
        feeds.push(Feed {
            stem: follow::all().stem,
            title: "All alerts".into(),
            page: "/".into(),
            alerts: public.clone(),
            language: "en".into(),
            openings,
            archived: true,
        });
    }
    // The corrections page's: withdrawals and edits after publication.
    let corrections = corrections::corrections(alerts);
    if !corrections.is_empty() {
        feeds.push(Feed {
            stem: "feeds/corrections".into(),
            title: "Corrections and withdrawals".into(),
            page: "/corrections".into(),
            alerts: corrections,
            language: "en".into(),
            openings,
            archived: false,
        });
    }
    let mut countries: Vec<&str> = public
        .iter()
        .flat_map(|a| a.countries.iter().map(String::as_str))
        .collect();
    countries.sort_unstable();
    countries.dedup();
    for code in countries {
        feeds.push(Feed {
            stem: follow::country(code).stem,
            title: country_name(code).unwrap_or(code).to_string(),
            page: format!("/countries/{code}"),
            alerts: select(&|a| a.countries.iter().any(|c| c == code)),
            language: "en".into(),
            openings,
            archived: false,
        });
    }
    for kind in AlertType::ALL {
        let alerts = select(&|a| a.kind == kind);
        if !alerts.is_empty() {
            feeds.push(Feed {
                stem: follow::kind(kind).stem,
                title: kind.label().to_string(),
                page: address(&Query {
                    kind: Some(kind),
                    ..Query::default()
                }),
                alerts,
                language: "en".into(),
                openings,
                archived: false,
            });
        }
    }
    let mut series: Vec<&str> = public
        .iter()
        .filter_map(|a| a.series.as_ref().map(|s| s.id.as_str()))
        .collect();
    series.sort_unstable();
    series.dedup();
    for id in series {
        let alerts = select(&|a| a.series.as_ref().is_some_and(|s| s.id == id));
        // The original's title names the series; its page shows the track.
        let original = alerts
            .iter()
            .min_by_key(|a| a.series.as_ref().map_or(0, |s| s.number))
            .copied();
        let (title, page) = original.map_or((id.to_string(), "/".to_string()), |a| {
            (format!("Series: {}", a.title), format!("/alerts/{}", a.id))
        });
        feeds.push(Feed {
            stem: follow::series(id).stem,
            title,
            page,
            alerts,
            language: "en".into(),
            openings,
            archived: false,
        });
    }
    let mut languages: Vec<&str> = public.iter().map(|a| a.language.as_str()).collect();
    languages.sort_unstable();
    languages.dedup();
    for lang in languages {
        feeds.push(Feed {
            stem: follow::language(lang).stem,
            title: format!("Alerts: {}", language_name(lang)),
            page: "/".into(),
            alerts: select(&|a| a.language == lang),
            language: lang.to_string(),
            openings,
            archived: false,
        });
    }
    feeds
}

/// The feeds an alert's page links: its series', then its countries'.
pub fn for_alert(alert: &Alert) -> Vec<FeedRef> {
    let mut out = Vec::new();
    if let Some(s) = &alert.series {
        out.push(follow::series(&s.id));
    }
    for code in &alert.countries {
        out.push(follow::country(code));
    }
    out
}

/// The entry's title: a withdrawal says so first.
/// `bytes`, unless they hold a Unicode noncharacter: one in an Atom
/// document makes feed readers drop the whole feed, so its subscribers
/// would silently stop getting alerts. The build stops instead, naming the
/// file and the character.
pub fn refuse_noncharacters(file: &str, bytes: Vec<u8>) -> Result<Vec<u8>, String> {
    match alert_model::validate::first_noncharacter(&String::from_utf8_lossy(&bytes)) {
        None => Ok(bytes),
        Some((_, c)) => Err(format!(
            "{file}: holds the noncharacter U+{:04X}, which feed readers refuse; remove it from the alert (alert-data check names the field)",
            c as u32
        )),
    }
}

pub fn entry_title(alert: &Alert) -> String {
    // Feed readers show titles as plain text, in lists of other titles.
    let title = isolate(&alert.title);
    match alert.status {
        Status::Withdrawn => format!("Withdrawn: {title}"),
        _ => title.into_owned(),
    }
}

/// The entry's text: what changed since the previous alert, then its
/// summary.
pub fn entry_text(alert: &Alert, site: &Site, openings: &Openings) -> String {
    let summary = entry_summary(alert, site);
    match openings.get(&alert.id) {
        Some(opening) => format!("{opening}\n\n{summary}"),
        None => summary,
    }
}

/// The entry's summary: a withdrawal says so first, so subscribers learn
/// of it from the entry alone.
/// The publisher's note on a withdrawal or an edit follows, in the
/// alert's words.
pub fn entry_summary(alert: &Alert, site: &Site) -> String {
    let note = alert.change_note.as_deref();
    match (alert.status, note) {
        (Status::Withdrawn, Some(note)) => format!(
            "{} withdrew this alert on {}: {note} It was: {}",
            site.name,
            changed(alert).long_english(),
            alert.summary
        ),
        (Status::Withdrawn, None) => format!(
            "{} withdrew this alert on {}. It was: {}",
            site.name,
            changed(alert).long_english(),
            alert.summary
        ),
        (_, Some(note)) if alert.updated.is_some() => format!(
            "{}\n\nEdited on {}: {note}",
            alert.summary,
            changed(alert).long_english()
        ),
        _ => alert.summary.clone(),
    }
}

/// A feed's full title: "Sudan · Lemkin Institute…".
pub fn feed_title(feed: &Feed<'_>, site: &Site) -> String {
    alert_model::i18n::english::page_title(&feed.title, &site.name)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn alert(status: &str, updated: Option<&str>, note: Option<&str>) -> Alert {
        let mut v = serde_json::json!({
            "schema": 1, "id": "a", "title": "T", "type": "statement", "status": status,
            "published": "2023-03-01", "countries": ["AM"], "language": "en",
            "summary": "The summary.", "body": [{ "type": "paragraph", "text": ["x"] }]
        });
        if let Some(u) = updated {
            v["updated"] = serde_json::json!(u);
        }
        if let Some(n) = note {
            v["change_note"] = serde_json::json!(n);
        }
        alert_model::validate::check_alert_text(&v.to_string())
            .alert
            .expect("valid")
    }

    #[test]
    fn an_entry_says_what_the_publisher_noted_of_a_withdrawal_or_an_edit() {
        let site = Site {
            name: "The Institute".into(),
            ..Site::default()
        };
        let summary = |a: &Alert| entry_summary(a, &site);
        assert_eq!(
            summary(&alert("withdrawn", Some("2023-04-01"), Some("In error."))),
            "The Institute withdrew this alert on Saturday, April 1, 2023: In error. It was: The summary."
        );
        assert_eq!(
            summary(&alert("withdrawn", Some("2023-04-01"), None)),
            "The Institute withdrew this alert on Saturday, April 1, 2023. It was: The summary."
        );
        assert_eq!(
            summary(&alert(
                "published",
                Some("2023-04-01"),
                Some("A date fixed.")
            )),
            "The summary.\n\nEdited on Saturday, April 1, 2023: A date fixed."
        );
        // A note with nothing to explain is not shown (the check warns).
        assert_eq!(
            summary(&alert("published", None, Some("Stray."))),
            "The summary."
        );
        assert_eq!(
            summary(&alert("published", Some("2023-04-01"), None)),
            "The summary."
        );
    }

    #[test]
    fn a_types_feed_leads_to_that_types_list() {
        let alerts = [alert("published", None, None)];
        let openings = Openings::new();
        let feeds = all(&alerts, &openings);
        let statement = feeds
            .iter()
            .find(|f| f.stem == follow::kind(AlertType::Statement).stem)
            .expect("the type's feed");
        assert_eq!(statement.page, "/types/statement");
    }

    #[test]
    fn a_feed_holding_a_noncharacter_is_refused_with_its_name_and_the_character() {
        let good = "<feed><title>Sudan</title></feed>".as_bytes().to_vec();
        assert_eq!(
            refuse_noncharacters("feeds/all.xml", good.clone()),
            Ok(good)
        );
        for (c, code) in [
            ('\u{fffe}', "U+FFFE"),
            ('\u{ffff}', "U+FFFF"),
            ('\u{fdd0}', "U+FDD0"),
        ] {
            let bad = format!("<feed><title>a{c}b</title></feed>").into_bytes();
            let err = refuse_noncharacters("feeds/all.xml", bad).expect_err("refused");
            assert!(
                err.starts_with("feeds/all.xml: ") && err.contains(code),
                "{err}"
            );
        }
    }
}
