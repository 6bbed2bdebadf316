//! Text of one direction inside text of another. Alerts are written in
//! Arabic, Armenian, English and more, and a title's bidirectional
//! controls (which the validator allows only when balanced) must never
//! reorder the plain text around it: a page title, a feed title, a CSV
//! cell, a citation, a line of a share card.

use std::borrow::Cow;

/// Bidirectional embeddings, overrides and isolates: U+202A–U+202E and
/// U+2066–U+2069.
pub fn is_bidi_control(c: char) -> bool {
    matches!(c, '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}')
}

/// `text` between U+2068 FIRST STRONG ISOLATE and U+2069 POP DIRECTIONAL
/// ISOLATE when it holds any bidirectional control, so that nothing in it
/// can reorder the plain text around it; otherwise `text` as it is (most
/// titles, which need nothing).
pub fn isolate(text: &str) -> Cow<'_, str> {
    if text.chars().any(is_bidi_control) {
        Cow::Owned(format!("\u{2068}{text}\u{2069}"))
    } else {
        Cow::Borrowed(text)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_text_with_bidi_controls_is_isolated() {
        assert_eq!(isolate("Sudan"), "Sudan");
        assert_eq!(
            isolate("a\u{202b}b\u{202c}"),
            "\u{2068}a\u{202b}b\u{202c}\u{2069}"
        );
        assert_eq!(
            isolate("\u{2067}x\u{2069}"),
            "\u{2068}\u{2067}x\u{2069}\u{2069}"
        );
    }
}
