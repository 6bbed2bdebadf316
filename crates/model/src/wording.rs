//! Words a reader sees that depend on the data, written once: the app, the
//! prerendered pages, the embeds and the preview all take them from here.

use crate::countries::country_name;
use crate::Query;

/// A member of a series in a track or chain: "Original", "Update 3".
pub fn series_member(number: u32) -> String {
    match number {
        0 => "Original".to_string(),
        n => format!("Update {n}"),
    }
}

/// A series label on a card: "Original alert", "Update 3".
pub fn series_label(number: u32) -> String {
    match number {
        0 => "Original alert".to_string(),
        n => format!("Update {n}"),
    }
}

/// Inside a sentence: "the original alert", "Update 3".
pub fn series_in_sentence(number: u32) -> String {
    match number {
        0 => "the original alert".to_string(),
        n => format!("Update {n}"),
    }
}

/// "1 alert", "4 alerts".
pub fn alerts(n: usize) -> String {
    if n == 1 {
        "1 alert".to_string()
    } else {
        format!("{n} alerts")
    }
}

/// A document title: "Sudan · Lemkin Institute".
pub fn page_title(what: &str, site_name: &str) -> String {
    format!("{what} · {site_name}")
}

/// The archive's live count: "44 alerts, newest first", or with filters
/// "3 alerts match: Azerbaijan, Red Flag Alert, 2022, “prisoners”".
pub fn result_count(n: usize, q: &Query) -> String {
    if !q.is_filtered() {
        return format!("{}, newest first", alerts(n));
    }
    let mut parts: Vec<String> = Vec::new();
    if let Some(c) = &q.country {
        parts.push(country_name(c).unwrap_or(c).to_string());
    }
    if let Some(t) = q.kind {
        parts.push(t.label().to_string());
    }
    if let Some(y) = q.year {
        parts.push(y.to_string());
    }
    if !q.words.trim().is_empty() {
        parts.push(format!("“{}”", q.words.trim()));
    }
    let verb = if n == 1 { "matches" } else { "match" };
    format!("{} {verb}: {}", alerts(n), parts.join(", "))
}

/// A country page's lede: "4 alerts that name Sudan, newest first. ".
pub fn country_lede(n: usize, name: &str) -> String {
    let verb = if n == 1 { "names" } else { "name" };
    format!("{} that {verb} {name}, newest first. ", alerts(n))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counts_agree_with_their_number() {
        assert_eq!(alerts(0), "0 alerts");
        assert_eq!(alerts(1), "1 alert");
        assert_eq!(alerts(2), "2 alerts");
    }

    #[test]
    fn series_words_name_the_original_and_updates() {
        assert_eq!(series_member(0), "Original");
        assert_eq!(series_member(3), "Update 3");
        assert_eq!(series_label(0), "Original alert");
        assert_eq!(series_label(7), "Update 7");
        assert_eq!(series_in_sentence(0), "the original alert");
        assert_eq!(series_in_sentence(2), "Update 2");
    }

    #[test]
    fn the_count_describes_every_filter_in_order() {
        let (q, _) = Query::parse("?q=+prisoners+&year=2022&type=red_flag_alert&country=AZ");
        assert_eq!(
            result_count(1, &q),
            "1 alert matches: Azerbaijan, Red Flag Alert, 2022, “prisoners”"
        );
        assert_eq!(
            result_count(3, &q),
            "3 alerts match: Azerbaijan, Red Flag Alert, 2022, “prisoners”"
        );
        assert_eq!(
            result_count(44, &Query::default()),
            "44 alerts, newest first"
        );
    }

    #[test]
    fn titles_and_ledes() {
        assert_eq!(page_title("Sudan", "Lemkin"), "Sudan · Lemkin");
        assert_eq!(
            country_lede(1, "Sudan"),
            "1 alert that names Sudan, newest first. "
        );
        assert_eq!(
            country_lede(4, "Sudan"),
            "4 alerts that name Sudan, newest first. "
        );
    }
}
