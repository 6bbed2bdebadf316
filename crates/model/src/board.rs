//! The situation board (issue 14): per country, its latest alert, how many
//! it has, whether it moved up or down `site.json`'s `type_order` since
//! the country's previous alert, and how long it has been quiet. Counted
//! from the alerts given (the caller filters by type and date), and dated
//! against the newest of them, never the clock, so a build is repeatable.

use crate::alert::{AlertType, IndexEntry};

/// One country's line.
#[derive(Debug, Clone, PartialEq)]
pub struct Row<'a> {
    pub country: String,
    pub latest: &'a IndexEntry,
    pub count: usize,
    pub trend: Trend,
    /// Whole months from the latest alert to the newest alert given.
    pub quiet_months: u32,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Trend {
    /// The country's only alert.
    First,
    Escalated,
    DeEscalated,
    /// The same type, or types the order does not rank.
    Unchanged,
}

/// Every country named by `alerts` (newest first, as the catalog keeps
/// them), gravest latest type first, then most recent, then by code.
pub fn rows<'a>(alerts: &[&'a IndexEntry], order: &[AlertType]) -> Vec<Row<'a>> {
    let Some(newest) = alerts.iter().map(|e| &e.published).max() else {
        return Vec::new();
    };
    let mut countries: Vec<&str> = alerts
        .iter()
        .flat_map(|e| e.countries.iter().map(String::as_str))
        .collect();
    countries.sort_unstable();
    countries.dedup();
    let rank = |t: AlertType| order.iter().position(|o| *o == t);
    let mut out: Vec<Row<'a>> = countries
        .into_iter()
        .filter_map(|code| {
            let mut theirs: Vec<&'a IndexEntry> = alerts
                .iter()
                .copied()
                .filter(|e| e.countries.iter().any(|c| c == code))
                .collect();
            theirs.sort_by(|a, b| b.published.cmp(&a.published).then_with(|| a.id.cmp(&b.id)));
            let latest = *theirs.first()?;
            let trend = match theirs.get(1) {
                None => Trend::First,
                Some(previous) => match (rank(previous.kind), rank(latest.kind)) {
                    (Some(a), Some(b)) if b > a => Trend::Escalated,
                    (Some(a), Some(b)) if b < a => Trend::DeEscalated,
                    _ => Trend::Unchanged,
                },
            };
            Some(Row {
                country: code.to_string(),
                latest,
                count: theirs.len(),
                trend,
                quiet_months: months_between(&latest.published, newest),
            })
        })
        .collect();
    out.sort_by(|a, b| {
        let graver = |r: &Row| rank(r.latest.kind).map_or(0, |k| k + 1);
        graver(b)
            .cmp(&graver(a))
            .then_with(|| b.latest.published.cmp(&a.latest.published))
            .then_with(|| a.country.cmp(&b.country))
    });
    out
}

/// Whole calendar months from `from` to `to` (0 within the same month's
/// day count).
fn months_between(from: &crate::Date, to: &crate::Date) -> u32 {
    let months = (to.year() - from.year()) * 12 + to.month() as i32 - from.month() as i32;
    let months = if to.day() < from.day() {
        months - 1
    } else {
        months
    };
    months.max(0) as u32
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::alert::Status;
    use crate::Date;

    fn entry(id: &str, kind: AlertType, day: &str, countries: &[&str]) -> IndexEntry {
        IndexEntry {
            id: id.into(),
            title: id.into(),
            kind,
            status: Status::Published,
            published: Date::parse(day).expect("date"),
            updated: None,
            countries: countries.iter().map(|c| c.to_string()).collect(),
            series: None,
            language: "en".into(),
            summary: String::new(),
            tags: vec![],
            translations: Default::default(),
        }
    }

    const ORDER: [AlertType; 3] = [
        AlertType::RedFlagAlert,
        AlertType::SosAlert,
        AlertType::ActiveGenocideAlert,
    ];

    #[test]
    fn each_country_shows_its_latest_alert_count_and_trend() {
        let alerts = [
            entry("sd-3", AlertType::SosAlert, "2024-05-30", &["SD"]),
            entry("am-2", AlertType::Statement, "2024-04-03", &["AM", "AZ"]),
            entry(
                "sd-2",
                AlertType::ActiveGenocideAlert,
                "2024-01-10",
                &["SD", "TD"],
            ),
            entry("am-1", AlertType::RedFlagAlert, "2023-02-01", &["AM", "AZ"]),
            entry("sd-1", AlertType::RedFlagAlert, "2023-01-05", &["SD"]),
            entry("mm-1", AlertType::RedFlagAlert, "2022-05-31", &["MM"]),
        ];
        let refs: Vec<&IndexEntry> = alerts.iter().collect();
        let board = rows(&refs, &ORDER);
        let summary: Vec<(&str, &str, usize, Trend, u32)> = board
            .iter()
            .map(|r| {
                (
                    r.country.as_str(),
                    r.latest.id.as_str(),
                    r.count,
                    r.trend,
                    r.quiet_months,
                )
            })
            .collect();
        assert_eq!(
            summary,
            [
                ("TD", "sd-2", 1, Trend::First, 4),
                ("SD", "sd-3", 3, Trend::DeEscalated, 0),
                ("MM", "mm-1", 1, Trend::First, 23),
                ("AM", "am-2", 2, Trend::Unchanged, 1),
                ("AZ", "am-2", 2, Trend::Unchanged, 1),
            ]
        );
        assert_eq!(rows(&[], &ORDER), vec![]);
    }

    #[test]
    fn a_country_moving_up_the_order_escalated() {
        let alerts = [
            entry("b", AlertType::SosAlert, "2024-05-30", &["SD"]),
            entry("a", AlertType::RedFlagAlert, "2024-01-01", &["SD"]),
        ];
        let refs: Vec<&IndexEntry> = alerts.iter().collect();
        assert_eq!(rows(&refs, &ORDER)[0].trend, Trend::Escalated);
        assert_eq!(
            rows(&refs, &[])[0].trend,
            Trend::Unchanged,
            "no order, no trend"
        );
    }

    #[test]
    fn quiet_months_count_whole_months() {
        let d = |s: &str| Date::parse(s).expect("date");
        assert_eq!(months_between(&d("2024-01-31"), &d("2024-02-29")), 0);
        assert_eq!(months_between(&d("2024-01-31"), &d("2024-03-01")), 1);
        assert_eq!(months_between(&d("2023-05-15"), &d("2024-05-15")), 12);
        assert_eq!(
            months_between(&d("2024-05-15"), &d("2024-05-01")),
            0,
            "never negative"
        );
    }
}
