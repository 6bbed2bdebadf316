//! What changed since the previous alert of a series: the staff's own
//! points (`changes`) and what the model can tell by itself from the two
//! index entries. Written once for the alert page, its feed entry and the
//! staff preview.

use crate::alert::language::language_name;
use crate::alert::{Alert, AlertType, IndexEntry};
use crate::i18n::{words, Messages};
use crate::{Catalog, Date};

/// The box under an update's title.
#[derive(Debug, Clone, PartialEq)]
pub struct Since {
    /// The alert this one follows: the series member with the highest
    /// number below this one's.
    pub previous: IndexEntry,
    /// The staff's own points, in the alert's language.
    pub points: Vec<String>,
    /// What the model noticed, in the order readers scan them.
    pub facts: Vec<Fact>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Fact {
    /// Moved up `site.json`'s `type_order`.
    Raised {
        from: AlertType,
        to: AlertType,
    },
    Lowered {
        from: AlertType,
        to: AlertType,
    },
    /// A type change the order does not rank.
    Retyped {
        from: AlertType,
        to: AlertType,
    },
    CountriesAdded(Vec<String>),
    CountriesRemoved(Vec<String>),
    /// Languages this alert is translated into that the previous was not.
    Translated(Vec<String>),
    /// Edited after publication, on this day.
    Edited(Date),
}

/// The published member of `alert`'s series just before it, if any.
pub fn previous<'a>(catalog: &'a Catalog, alert: &Alert) -> Option<&'a IndexEntry> {
    let series = alert.series.as_ref()?;
    catalog
        .entries()
        .iter()
        .filter(|e| e.id != alert.id)
        .filter_map(|e| e.series.as_ref().map(|s| (s, e)))
        .filter(|(s, _)| s.id == series.id && s.number < series.number)
        // Highest number first; for a number used twice, the newest.
        .max_by(|(a, x), (b, y)| {
            a.number
                .cmp(&b.number)
                .then_with(|| x.published.cmp(&y.published))
                .then_with(|| y.id.cmp(&x.id))
        })
        .map(|(_, e)| e)
}

/// The box for `alert`, when it follows a published alert of its series.
pub fn for_alert(alert: &Alert, catalog: &Catalog, order: &[AlertType]) -> Option<Since> {
    previous(catalog, alert).map(|p| since(alert, p, order))
}

/// What changed between `previous` and `alert`; `order` is `site.json`'s
/// `type_order`, least grave first.
pub fn since(alert: &Alert, previous: &IndexEntry, order: &[AlertType]) -> Since {
    let mut facts = Vec::new();
    if alert.kind != previous.kind {
        let rank = |t: AlertType| order.iter().position(|o| *o == t);
        let (from, to) = (previous.kind, alert.kind);
        facts.push(match (rank(from), rank(to)) {
            (Some(a), Some(b)) if b > a => Fact::Raised { from, to },
            (Some(_), Some(_)) => Fact::Lowered { from, to },
            _ => Fact::Retyped { from, to },
        });
    }
    let not_in = |a: &[String], b: &[String]| -> Vec<String> {
        a.iter().filter(|c| !b.contains(c)).cloned().collect()
    };
    let added = not_in(&alert.countries, &previous.countries);
    if !added.is_empty() {
        facts.push(Fact::CountriesAdded(added));
    }
    let removed = not_in(&previous.countries, &alert.countries);
    if !removed.is_empty() {
        facts.push(Fact::CountriesRemoved(removed));
    }
    let languages: Vec<String> = alert
        .translations
        .keys()
        .filter(|l| !previous.translations.contains_key(*l))
        .cloned()
        .collect();
    if !languages.is_empty() {
        facts.push(Fact::Translated(languages));
    }
    if let Some(updated) = edited(alert) {
        facts.push(Fact::Edited(updated.clone()));
    }
    Since {
        previous: previous.clone(),
        points: alert.changes.clone(),
        facts,
    }
}

/// `updated`, when it is another day than the publication: an edit the
/// same day is part of publishing.
pub fn edited(alert: &Alert) -> Option<&Date> {
    alert
        .updated
        .as_ref()
        .filter(|u| u.calendar() != alert.published.calendar())
}

impl Since {
    /// "Since Update 2 (3 March 2024)".
    pub fn heading(&self, m: &Messages) -> String {
        let date = m.long_date(&self.previous.published);
        match self.previous_number() {
            0 => m.fill("since.heading_original", &[("date", &date)]),
            n => m.fill(
                "since.heading",
                &[("update", &words::series_inline(m, n)), ("date", &date)],
            ),
        }
    }

    /// "Compare with Update 2".
    pub fn compare(&self, m: &Messages) -> String {
        match self.previous_number() {
            0 => m.text("since.compare_original"),
            n => m.fill("since.compare", &[("update", &words::series_inline(m, n))]),
        }
    }

    fn previous_number(&self) -> u32 {
        self.previous.series.as_ref().map_or(0, |s| s.number)
    }
}

impl Fact {
    /// The line a reader sees.
    pub fn describe(&self, m: &Messages) -> String {
        let types = |key: &str, from: &AlertType, to: &AlertType| {
            m.fill(key, &[("from", &m.kind(*from)), ("to", &m.kind(*to))])
        };
        // One or several: the list names them, so no number is needed.
        let one_or_more =
            |one: &'static str, more: &'static str, n: usize| if n == 1 { one } else { more };
        let countries = |one: &'static str, more: &'static str, codes: &[String]| {
            let names: Vec<String> = codes.iter().map(|c| m.country(c)).collect();
            m.fill(
                one_or_more(one, more, codes.len()),
                &[("countries", &m.list(&names))],
            )
        };
        match self {
            Fact::Raised { from, to } => types("since.raised", from, to),
            Fact::Lowered { from, to } => types("since.lowered", from, to),
            Fact::Retyped { from, to } => types("since.retyped", from, to),
            Fact::CountriesAdded(codes) => {
                countries("since.country_added", "since.countries_added", codes)
            }
            Fact::CountriesRemoved(codes) => {
                countries("since.country_removed", "since.countries_removed", codes)
            }
            Fact::Translated(tags) => {
                let names: Vec<String> = tags.iter().map(|t| language_name(t)).collect();
                m.fill(
                    one_or_more("since.translation", "since.translations", tags.len()),
                    &[("languages", &m.list(&names))],
                )
            }
            Fact::Edited(date) => m.fill("since.edited", &[("date", &m.long_date(date))]),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::alert::Series;
    use crate::i18n::tests::{english, language};
    use crate::test_support::{self, EntryExt};

    fn entry(id: &str, number: u32, kind: AlertType, countries: &[&str]) -> IndexEntry {
        let day = format!("2024-03-{:02}", number + 1);
        test_support::entry(id, kind, &day)
            .title(&format!("Alert {id}"))
            .countries(countries)
            .series("s", number)
    }

    fn alert(number: u32, kind: AlertType, countries: &[&str]) -> Alert {
        test_support::alert(&entry(&format!("s-{number}"), number, kind, countries))
    }

    const ORDER: [AlertType; 3] = [
        AlertType::RedFlagAlert,
        AlertType::SosAlert,
        AlertType::ActiveGenocideAlert,
    ];

    #[test]
    fn the_previous_alert_is_the_highest_number_below_this_one() {
        let mut other_series = entry("other", 2, AlertType::RedFlagAlert, &["SD"]);
        other_series.series = Some(Series {
            id: "t".into(),
            number: 2,
        });
        let mut again = entry("s-3-again", 3, AlertType::RedFlagAlert, &["SD"]);
        again.published = Date::parse("2024-03-10").expect("date");
        let catalog = Catalog::new(vec![
            entry("s-0", 0, AlertType::RedFlagAlert, &["SD"]),
            entry("s-1", 1, AlertType::RedFlagAlert, &["SD"]),
            entry("s-3", 3, AlertType::RedFlagAlert, &["SD"]),
            // Number 3 twice (the validator warns): neither follows the other.
            again,
            entry("s-5", 5, AlertType::RedFlagAlert, &["SD"]),
            other_series,
        ]);
        let prev = |n| {
            previous(&catalog, &alert(n, AlertType::RedFlagAlert, &["SD"])).map(|e| e.id.clone())
        };
        assert_eq!(prev(3), Some("s-1".into()), "number 2 was skipped");
        assert_eq!(
            prev(4),
            Some("s-3-again".into()),
            "the newest of a number used twice"
        );
        assert_eq!(prev(1), Some("s-0".into()));
        assert_eq!(prev(0), None, "the original follows nothing");
        let update = alert(4, AlertType::SosAlert, &["SD", "TD"]);
        let found = for_alert(&update, &catalog, &ORDER).expect("it follows s-3");
        assert_eq!(found.previous.id, "s-3-again", "the newest of number 3");
        assert_eq!(found.facts.len(), 2, "{:?}", found.facts);
        assert_eq!(
            for_alert(
                &alert(0, AlertType::RedFlagAlert, &["SD"]),
                &catalog,
                &ORDER
            ),
            None
        );
        let mut lone = alert(2, AlertType::RedFlagAlert, &["SD"]);
        lone.series = None;
        assert_eq!(previous(&catalog, &lone), None);
    }

    #[test]
    fn a_type_moving_along_the_order_went_up_or_down() {
        let before = entry("s-0", 0, AlertType::RedFlagAlert, &["SD"]);
        let up = since(&alert(1, AlertType::SosAlert, &["SD"]), &before, &ORDER);
        assert_eq!(
            up.facts,
            vec![Fact::Raised {
                from: AlertType::RedFlagAlert,
                to: AlertType::SosAlert
            }]
        );
        let m = english();
        assert_eq!(
            up.facts[0].describe(&m),
            "Raised from Red Flag Alert to SOS Alert"
        );
        let top = entry("s-0", 0, AlertType::ActiveGenocideAlert, &["SD"]);
        let down = since(&alert(1, AlertType::RedFlagAlert, &["SD"]), &top, &ORDER);
        assert_eq!(
            down.facts[0].describe(&m),
            "Lowered from Active Genocide Alert to Red Flag Alert"
        );
        let unranked = since(&alert(1, AlertType::Statement, &["SD"]), &before, &ORDER);
        assert_eq!(
            unranked.facts[0].describe(&m),
            "Type changed from Red Flag Alert to Statement"
        );
        let no_order = since(&alert(1, AlertType::SosAlert, &["SD"]), &before, &[]);
        assert!(matches!(no_order.facts[0], Fact::Retyped { .. }));
        let same = since(&alert(1, AlertType::RedFlagAlert, &["SD"]), &before, &ORDER);
        assert_eq!(same.facts, vec![]);
    }

    #[test]
    fn countries_translations_and_edits_are_noticed() {
        let before = entry("s-0", 0, AlertType::RedFlagAlert, &["MM", "TH", "IN"]);
        let mut now = alert(1, AlertType::RedFlagAlert, &["MM", "BD"]);
        now.translations.insert("ar".into(), "s-1-ar".into());
        now.updated = Some(Date::parse("2024-03-09").expect("date"));
        now.changes = vec!["A new section on refugees.".into()];
        let s = since(&now, &before, &ORDER);
        let m = english();
        let lines: Vec<String> = s.facts.iter().map(|f| f.describe(&m)).collect();
        assert_eq!(
            lines,
            [
                "Country added: Bangladesh",
                "Countries removed: Thailand, India",
                "New translation: العربية",
                "Edited after publication, on Saturday, March 9, 2024",
            ]
        );
        assert_eq!(s.points, ["A new section on refugees."]);
        now.updated = Some(now.published.clone());
        assert_eq!(edited(&now), None, "an edit the same day is not news");
    }

    #[test]
    fn the_heading_names_the_previous_alert_and_its_day() {
        let m = english();
        let s = since(
            &alert(3, AlertType::RedFlagAlert, &["SD"]),
            &entry("s-2", 2, AlertType::RedFlagAlert, &["SD"]),
            &ORDER,
        );
        assert_eq!(s.heading(&m), "Since Update 2 (Sunday, March 3, 2024)");
        assert_eq!(s.compare(&m), "Compare with Update 2");
        // Inside a sentence, French and Spanish write the label in lower
        // case after its article, as the standalone label is not.
        let (fr, es) = (language("fr"), language("es"));
        assert!(
            s.heading(&fr).starts_with("Depuis la mise à jour 2 ("),
            "{}",
            s.heading(&fr)
        );
        assert_eq!(s.compare(&fr), "Comparer avec la mise à jour 2");
        assert_eq!(s.compare(&es), "Comparar con la actualización 2");
        assert!(
            s.heading(&es).starts_with("Desde la actualización 2 ("),
            "{}",
            s.heading(&es)
        );
        let s = since(
            &alert(1, AlertType::RedFlagAlert, &["SD"]),
            &entry("s-0", 0, AlertType::RedFlagAlert, &["SD"]),
            &ORDER,
        );
        assert_eq!(
            s.heading(&m),
            "Since the original alert (Friday, March 1, 2024)"
        );
        assert_eq!(s.compare(&m), "Compare with the original alert");
        let fr = language("fr");
        assert!(s.heading(&fr).contains("mars"), "{}", s.heading(&fr));
    }
}
