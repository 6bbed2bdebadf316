//! The corrections page and feed (`/corrections`): every alert withdrawn,
//! or edited after publication (it has an `updated` date), newest change
//! first. Drafts never: a draft has not been published to correct.

use crate::alert::sort::sort_by;
use crate::alert::{Alert, Status};
use crate::Date;

/// When `alert` last changed: its `updated` date (an edit, or the day it
/// was withdrawn), else its publication.
pub fn changed(alert: &Alert) -> &Date {
    alert.updated.as_ref().unwrap_or(&alert.published)
}

/// Whether `alert` belongs on the corrections page.
pub fn is_correction(alert: &Alert) -> bool {
    match alert.status {
        Status::Draft => false,
        Status::Withdrawn => true,
        Status::Published => alert.updated.is_some(),
    }
}

/// The withdrawn and edited alerts, newest change first; ties by
/// publication, then id, so the same data gives the same page.
pub fn corrections(alerts: &[Alert]) -> Vec<&Alert> {
    let mut out: Vec<&Alert> = alerts.iter().filter(|a| is_correction(a)).collect();
    sort_by(&mut out, |a, b| {
        changed(b)
            .cmp(changed(a))
            .then_with(|| b.published.cmp(&a.published))
            .then_with(|| a.id.cmp(&b.id))
    });
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::test_support::{alert, entry};
    use crate::AlertType;

    fn with(id: &str, status: Status, published: &str, updated: Option<&str>) -> Alert {
        Alert {
            status,
            updated: updated.map(|d| Date::parse(d).expect("a date")),
            ..alert(&entry(id, AlertType::Statement, published))
        }
    }

    #[test]
    fn withdrawn_and_edited_alerts_newest_change_first_and_nothing_else() {
        let alerts = [
            with("plain", Status::Published, "2024-05-01", None),
            with(
                "edited-late",
                Status::Published,
                "2022-01-01",
                Some("2024-06-01"),
            ),
            with(
                "withdrawn",
                Status::Withdrawn,
                "2023-03-03",
                Some("2023-04-01"),
            ),
            with("withdrawn-undated", Status::Withdrawn, "2023-05-05", None),
            with(
                "draft-edited",
                Status::Draft,
                "2024-01-01",
                Some("2024-07-01"),
            ),
            with("a-tie", Status::Published, "2023-01-01", Some("2023-04-01")),
        ];
        let ids: Vec<&str> = corrections(&alerts).iter().map(|a| a.id.as_str()).collect();
        assert_eq!(
            ids,
            ["edited-late", "withdrawn-undated", "withdrawn", "a-tie"],
            "by change, then the later publication first"
        );
        assert_eq!(changed(&alerts[3]).as_str(), "2023-05-05");
        assert_eq!(changed(&alerts[1]).as_str(), "2024-06-01");
    }
}
