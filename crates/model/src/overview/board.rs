//! The situation board (issue 14): per country, its latest alert, how many
//! it has, whether it moved up or down `site.json`'s `type_order` since
//! the country's previous alert, and how long it has been quiet. Counted
//! from the alerts given (the caller filters by type and date), and dated
//! against the newest of them, never the clock, so a build is repeatable.

use crate::alert::sort::sort_by;
use crate::alert::{AlertType, IndexEntry};
use crate::overview::map_query::Sort;

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
    sort_by(&mut countries, |a, b| a.cmp(b));
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
            sort_by(&mut theirs, |a, b| {
                b.published.cmp(&a.published).then_with(|| a.id.cmp(&b.id))
            });
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
    sort_by(&mut out, |a, b| {
        let graver = |r: &Row| rank(r.latest.kind).map_or(0, |k| k + 1);
        graver(b)
            .cmp(&graver(a))
            .then_with(|| b.latest.published.cmp(&a.latest.published))
            .then_with(|| a.country.cmp(&b.country))
    });
    out
}

/// Puts `rows` (as `rows` gives them, gravest first) in the reader's
/// chosen order; ties keep the gravest first. `name` gives a country's
/// name in the interface language, for sorting by name.
pub fn sort(rows: &mut [Row<'_>], by: Sort, name: impl Fn(&str) -> String) {
    match by {
        Sort::Gravity => {}
        Sort::Country => {
            let mut named: Vec<(String, Row<'_>)> = rows
                .iter()
                .map(|r| (name(&r.country).to_lowercase(), r.clone()))
                .collect();
            sort_by(&mut named, |a, b| a.0.cmp(&b.0));
            for (slot, (_, row)) in rows.iter_mut().zip(named) {
                *slot = row;
            }
        }
        Sort::Date => sort_by(rows, |a, b| b.latest.published.cmp(&a.latest.published)),
        Sort::Count => sort_by(rows, |a, b| b.count.cmp(&a.count)),
    }
}

/// A type's place in `site.json`'s `type_order` (0 the least grave), or
/// `None` for a type the order does not rank. The map colours by it.
pub fn rank(order: &[AlertType], kind: AlertType) -> Option<usize> {
    order.iter().position(|o| *o == kind)
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

    use crate::test_support::{self, EntryExt};
    use crate::Date;

    fn entry(id: &str, kind: AlertType, day: &str, countries: &[&str]) -> IndexEntry {
        test_support::entry(id, kind, day).countries(countries)
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
    fn the_same_ranked_type_twice_is_unchanged() {
        for kind in ORDER {
            let alerts = [
                entry("b", kind, "2024-05-30", &["SD"]),
                entry("a", kind, "2024-01-01", &["SD"]),
            ];
            let refs: Vec<&IndexEntry> = alerts.iter().collect();
            assert_eq!(rows(&refs, &ORDER)[0].trend, Trend::Unchanged, "{kind:?}");
        }
    }

    #[test]
    fn a_country_moving_down_the_order_de_escalated() {
        let alerts = [
            entry("b", AlertType::RedFlagAlert, "2024-05-30", &["SD"]),
            entry("a", AlertType::SosAlert, "2024-01-01", &["SD"]),
        ];
        let refs: Vec<&IndexEntry> = alerts.iter().collect();
        assert_eq!(rows(&refs, &ORDER)[0].trend, Trend::DeEscalated);
    }

    #[test]
    fn the_board_sorts_by_name_date_or_count_keeping_gravity_for_ties() {
        let alerts = [
            entry("c", AlertType::Statement, "2024-06-01", &["AM"]),
            entry("b", AlertType::SosAlert, "2024-05-30", &["SD"]),
            entry("a", AlertType::RedFlagAlert, "2023-01-01", &["ZW", "MM"]),
            entry("z", AlertType::RedFlagAlert, "2022-01-01", &["MM"]),
        ];
        let refs: Vec<&IndexEntry> = alerts.iter().collect();
        let order = |by: Sort| -> Vec<String> {
            let mut r = rows(&refs, &ORDER);
            // Names that sort differently from the codes, one capitalised.
            sort(&mut r, by, |code| match code {
                "AM" => "alpha".into(),
                "SD" => "Zulu".into(),
                "MM" => "beta".into(),
                _ => "Gamma".into(),
            });
            r.into_iter().map(|r| r.country).collect()
        };
        assert_eq!(order(Sort::Gravity), ["SD", "MM", "ZW", "AM"]);
        assert_eq!(order(Sort::Country), ["AM", "MM", "ZW", "SD"]);
        assert_eq!(order(Sort::Date), ["AM", "SD", "MM", "ZW"]);
        assert_eq!(order(Sort::Count), ["MM", "SD", "ZW", "AM"]);
        assert_eq!(rank(&ORDER, AlertType::SosAlert), Some(1));
        assert_eq!(rank(&ORDER, AlertType::Report), None);
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
