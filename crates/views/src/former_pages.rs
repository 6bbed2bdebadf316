//! Addresses that were pages of their own about an alert before its page
//! took them in as boxes (issue 31): where a link shared then leads now.

use crate::{cite_box, compare_box};

/// For an address that once was a page of its own about an alert
/// ("/fr/alerts/x/cite", "/fr/alerts/x/compare"), the alert's page
/// ("/fr/alerts/x") and the fragment of the box that took its place
/// (`cite_box::FRAGMENT`, `compare_box::FRAGMENT`).
pub fn former_box_page(path: &str) -> Option<(&str, &'static str)> {
    let (page, last) = alert_page_of(path)?;
    [cite_box::FRAGMENT, compare_box::FRAGMENT]
        .into_iter()
        .find(|f| *f == last)
        .map(|f| (page, f))
}

/// "/fr/alerts/x/last" as ("/fr/alerts/x", "last").
fn alert_page_of(path: &str) -> Option<(&str, &str)> {
    let path = path.trim_end_matches('/');
    let (page, last) = path.rsplit_once('/')?;
    let (alerts, id) = page.rsplit_once('/')?;
    (alerts.ends_with("/alerts") || alerts == "alerts")
        .then_some((page, last))
        .filter(|_| !id.is_empty())
}

#[cfg(test)]
mod tests {
    #[test]
    fn a_former_page_about_an_alert_leads_to_its_box_in_its_language() {
        for (old, page, fragment) in [
            ("/alerts/x/cite", "/alerts/x", "cite"),
            ("/fr/alerts/x/cite", "/fr/alerts/x", "cite"),
            ("/reader/ar/alerts/x/cite/", "/reader/ar/alerts/x", "cite"),
            ("/alerts/x/compare", "/alerts/x", "compare"),
            ("alerts/x/compare", "alerts/x", "compare"),
        ] {
            assert_eq!(super::former_box_page(old), Some((page, fragment)), "{old}");
        }
        for other in [
            "/alerts/x/other",
            "/alerts/cite",
            "/alerts//compare",
            "/countries/x/cite",
            "/myalerts/x/cite",
            "/x/compare",
            "/alerts/x",
            "/",
        ] {
            assert_eq!(super::former_box_page(other), None, "{other}");
        }
    }
}
