//! English words for the staff's checks, the feeds and the share cards,
//! which are written in English whatever the reader's interface language.
//! Everything the interface says is in `locales/` (see `i18n`).

/// Inside a sentence: "the original alert", "Update 3".
pub fn series_in_sentence(number: u32) -> String {
    match number {
        0 => "the original alert".to_string(),
        n => format!("Update {n}"),
    }
}

/// A series label on a share card: "Original alert", "Update 3".
pub fn series_label(number: u32) -> String {
    match number {
        0 => "Original alert".to_string(),
        n => format!("Update {n}"),
    }
}

/// A document title: "Sudan · Lemkin Institute".
/// `what` is isolated when it holds bidirectional controls (a feed's or
/// a page's title is plain text).
pub fn page_title(what: &str, site_name: &str) -> String {
    format!("{} · {site_name}", super::bidi::isolate(what))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_for_staff_and_feeds() {
        assert_eq!(series_in_sentence(0), "the original alert");
        assert_eq!(series_in_sentence(2), "Update 2");
        assert_eq!(series_label(0), "Original alert");
        assert_eq!(series_label(7), "Update 7");
        assert_eq!(page_title("Sudan", "Lemkin"), "Sudan · Lemkin");
        // A title's own controls end inside it, before the site's name.
        assert_eq!(
            page_title("a \u{202e}b\u{202c}", "Lemkin"),
            "\u{2068}a \u{202e}b\u{202c}\u{2069} · Lemkin"
        );
    }
}
