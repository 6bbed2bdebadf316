//! The archive's live count in the reader's words: how many alerts, and
//! which filters they match, in the order the filter panel shows them.

use crate::i18n::Messages;
use crate::reading::query::Query;

/// The archive's live count: "44 alerts, newest first", or with filters
/// "3 alerts match: Azerbaijan, Red Flag Alert, 2022, “prisoners”".
pub fn result_count(m: &Messages, n: usize, q: &Query) -> String {
    if !q.is_filtered() {
        return m.count("results.newest", n, &[]);
    }
    let mut parts: Vec<String> = Vec::new();
    if let Some(c) = &q.country {
        parts.push(m.country(c));
    }
    if let Some(t) = q.kind {
        parts.push(m.kind(t));
    }
    if let Some(y) = q.year {
        parts.push(y.to_string());
    }
    let words = q.words.trim();
    if !words.is_empty() {
        parts.push(m.fill("results.words", &[("words", words)]));
    }
    m.count("results.match", n, &[("filters", &m.list(&parts))])
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::tests::english;

    #[test]
    fn the_count_describes_every_filter_in_order() {
        let m = english();
        let (q, _) = Query::parse("?q=+prisoners+&year=2022&type=red_flag_alert&country=AZ");
        assert_eq!(
            result_count(&m, 1, &q),
            "1 alert matches: Azerbaijan, Red Flag Alert, 2022, “prisoners”"
        );
        assert_eq!(
            result_count(&m, 3, &q),
            "3 alerts match: Azerbaijan, Red Flag Alert, 2022, “prisoners”"
        );
        assert_eq!(
            result_count(&m, 44, &Query::default()),
            "44 alerts, newest first"
        );
        assert_eq!(
            result_count(&m, 1, &Query::default()),
            "1 alert, newest first"
        );
    }
}
