//! Reader-facing sentences put together from messages: series places,
//! titles, ledes (the archive's count is `reading::count`). The words are the messages file's; the order in which
//! parts are joined is here, written once for both renderers.

use super::Messages;

/// A member of a series in a track or chain: "Original", "Update 3".
pub fn series_member(m: &Messages, number: u32) -> String {
    match number {
        0 => m.text("series.original"),
        n => m.fill("series.update", &[("number", &n.to_string())]),
    }
}

/// A series label on a card: "Original alert", "Update 3".
pub fn series_label(m: &Messages, number: u32) -> String {
    match number {
        0 => m.text("series.original_alert"),
        n => m.fill("series.update", &[("number", &n.to_string())]),
    }
}

/// "Update 2" inside a sentence ("Since Update 2"): French and Spanish
/// take it after a preposition in lower case with its article ("Depuis la
/// mise à jour 2"), which the standalone label cannot give.
pub fn series_inline(m: &Messages, number: u32) -> String {
    match number {
        0 => m.text("series.original_alert"),
        n => m.fill("series.update_inline", &[("number", &n.to_string())]),
    }
}

/// "Update 3 of 4", "Original alert, 2 updates follow".
pub fn series_position(m: &Messages, number: u32, last: u32) -> String {
    match (number, last) {
        (0, 0) => m.text("series.original_alert"),
        (0, n) => m.count("series.followed", n as usize, &[]),
        (n, last) => m.fill(
            "series.position",
            &[("number", &n.to_string()), ("last", &last.to_string())],
        ),
    }
}

/// A document title: "Sudan · Lemkin Institute".
/// `what` (an alert's title, often) is isolated when it holds
/// bidirectional controls: a document title is plain text.
pub fn page_title(m: &Messages, what: &str, site: &str) -> String {
    m.fill(
        "page.title",
        &[("what", &super::bidi::isolate(what)), ("site", site)],
    )
}

/// What a country page is called: "Sudan", and for its older alerts
/// "Sudan · Page 2 of 3".
pub fn country_title(m: &Messages, name: &str, number: usize, pages: usize) -> String {
    if number <= 1 {
        return name.to_string();
    }
    let position = page_position(m, number, pages);
    m.fill(
        "country.page",
        &[("country", name), ("position", &position)],
    )
}

/// "Page 2 of 3", under a list and in the title of its older pages.
pub fn page_position(m: &Messages, number: usize, pages: usize) -> String {
    m.fill(
        "pager.position",
        &[
            ("number", &number.to_string()),
            ("pages", &pages.to_string()),
        ],
    )
}

/// A country page's lede: "4 alerts that name Sudan, newest first."
pub fn country_lede(m: &Messages, n: usize, name: &str) -> String {
    m.count("country.lede", n, &[("country", name)])
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::tests::english;

    #[test]
    fn series_words_name_the_original_and_updates() {
        let m = english();
        assert_eq!(series_member(&m, 0), "Original");
        assert_eq!(series_member(&m, 3), "Update 3");
        assert_eq!(series_label(&m, 0), "Original alert");
        assert_eq!(series_label(&m, 7), "Update 7");
        assert_eq!(series_position(&m, 3, 4), "Update 3 of 4");
        assert_eq!(series_position(&m, 0, 0), "Original alert");
        assert_eq!(
            series_position(&m, 0, 1),
            "Original alert, 1 update follows"
        );
        assert_eq!(
            series_position(&m, 0, 3),
            "Original alert, 3 updates follow"
        );
    }

    #[test]
    fn titles_and_ledes() {
        let m = english();
        assert_eq!(page_title(&m, "Sudan", "Lemkin"), "Sudan · Lemkin");
        assert_eq!(country_title(&m, "Sudan", 1, 3), "Sudan");
        assert_eq!(country_title(&m, "Sudan", 2, 3), "Sudan · Page 2 of 3");
        assert_eq!(
            page_title(&m, "\u{2067}x\u{2069}", "Lemkin"),
            "\u{2068}\u{2067}x\u{2069}\u{2069} · Lemkin"
        );
        assert_eq!(country_lede(&m, 1, "Sudan"), "1 alert that names Sudan.");
        assert_eq!(
            country_lede(&m, 4, "Sudan"),
            "4 alerts that name Sudan, newest first."
        );
    }

    #[test]
    fn arabic_counts_take_each_of_their_six_forms() {
        let m = crate::i18n::tests::language("ar");
        let forms: Vec<String> = [0, 1, 2, 3, 11, 100]
            .iter()
            .map(|&n| m.count("results.newest", n, &[]))
            .collect();
        let mut distinct = forms.clone();
        distinct.sort();
        distinct.dedup();
        assert_eq!(distinct.len(), 6, "{forms:?}");
    }
}
