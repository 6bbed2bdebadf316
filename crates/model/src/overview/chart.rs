//! Alerts over time (issue 14): how many per year, or per month when the
//! alerts span two years or less, stacked by type. Every period between
//! the first and the last is there, empty ones too, so a quiet year shows
//! as a gap rather than vanishing.

use crate::alert::{AlertType, IndexEntry};
use crate::Date;

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Period {
    Year(i32),
    /// Year and month (1–12).
    Month(i32, u32),
}

/// One bar: its period and its count per type, in `AlertType::ALL` order.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Bar {
    pub period: Period,
    pub counts: [usize; AlertType::ALL.len()],
}

impl Bar {
    pub fn total(&self) -> usize {
        self.counts.iter().sum()
    }
}

/// The bars for `alerts`, oldest first; none for no alerts.
pub fn bars(alerts: &[&IndexEntry]) -> Vec<Bar> {
    let (Some(first), Some(last)) = (
        alerts.iter().map(|e| &e.published).min(),
        alerts.iter().map(|e| &e.published).max(),
    ) else {
        return Vec::new();
    };
    let monthly = months(last) - months(first) < 24;
    let period = |d: &Date| {
        if monthly {
            Period::Month(d.year(), d.month())
        } else {
            Period::Year(d.year())
        }
    };
    let mut out: Vec<Bar> = Vec::new();
    let mut p = period(first);
    let end = period(last);
    while p <= end {
        out.push(Bar {
            period: p,
            counts: [0; AlertType::ALL.len()],
        });
        p = next(p);
    }
    for e in alerts {
        let at = period(&e.published);
        let kind = AlertType::ALL
            .iter()
            .position(|k| *k == e.kind)
            .unwrap_or(0);
        if let Some(bar) = out.iter_mut().find(|b| b.period == at) {
            bar.counts[kind] += 1;
        }
    }
    out
}

fn months(d: &Date) -> i32 {
    d.year() * 12 + d.month() as i32
}

fn next(p: Period) -> Period {
    match p {
        Period::Year(y) => Period::Year(y + 1),
        Period::Month(y, 12) => Period::Month(y + 1, 1),
        Period::Month(y, m) => Period::Month(y, m + 1),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    use crate::test_support::{self};

    fn entry(kind: AlertType, day: &str) -> IndexEntry {
        test_support::entry(day, kind, day)
    }

    #[test]
    fn years_with_a_gap_stack_by_type() {
        let alerts = [
            entry(AlertType::SosAlert, "2024-05-30"),
            entry(AlertType::RedFlagAlert, "2024-01-01"),
            entry(AlertType::RedFlagAlert, "2021-03-01"),
        ];
        let refs: Vec<&IndexEntry> = alerts.iter().collect();
        let b = bars(&refs);
        let periods: Vec<Period> = b.iter().map(|b| b.period).collect();
        assert_eq!(
            periods,
            [
                Period::Year(2021),
                Period::Year(2022),
                Period::Year(2023),
                Period::Year(2024)
            ]
        );
        assert_eq!(b[0].counts, [1, 0, 0, 0, 0]);
        assert_eq!(b[1].total(), 0, "a quiet year stays as a gap");
        assert_eq!(b[3].counts, [1, 0, 1, 0, 0]);
        assert_eq!(bars(&[]), vec![]);
    }

    #[test]
    fn a_short_span_counts_by_month_across_the_new_year() {
        let alerts = [
            entry(AlertType::Statement, "2024-02-10"),
            entry(AlertType::Statement, "2023-11-30"),
        ];
        let refs: Vec<&IndexEntry> = alerts.iter().collect();
        let b = bars(&refs);
        let periods: Vec<Period> = b.iter().map(|b| b.period).collect();
        assert_eq!(
            periods,
            [
                Period::Month(2023, 11),
                Period::Month(2023, 12),
                Period::Month(2024, 1),
                Period::Month(2024, 2)
            ]
        );
        assert_eq!(b.iter().map(Bar::total).collect::<Vec<_>>(), [1, 0, 0, 1]);
        // 23 months apart is still monthly; 24 is yearly.
        let edge = [
            entry(AlertType::Report, "2022-01-15"),
            entry(AlertType::Report, "2023-12-01"),
        ];
        let refs: Vec<&IndexEntry> = edge.iter().collect();
        assert_eq!(bars(&refs).len(), 24);
        let edge = [
            entry(AlertType::Report, "2022-01-15"),
            entry(AlertType::Report, "2024-01-01"),
        ];
        let refs: Vec<&IndexEntry> = edge.iter().collect();
        assert_eq!(bars(&refs).len(), 3);
        // Counted in months across years, not by subtracting the months.
        let edge = [
            entry(AlertType::Report, "2022-12-15"),
            entry(AlertType::Report, "2024-11-01"),
        ];
        let refs: Vec<&IndexEntry> = edge.iter().collect();
        assert_eq!(bars(&refs).len(), 24);
    }
}
