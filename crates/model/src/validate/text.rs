//! Characters that text from the data may not carry into what the build
//! writes. Unicode noncharacters (U+FFFE, U+FFFF, U+FDD0–U+FDEF and the
//! last two of every plane) are not allowed in XML, so one in a summary
//! makes every Atom document holding that alert unreadable while the build
//! succeeds, and the card renderer refuses them. A bidirectional embedding,
//! override or isolate that is never closed, or a close that closes
//! nothing, reorders whatever follows the field in a plain-text output (a
//! page title, a feed title, a CSV cell, a citation, a card), where no
//! markup ends its effect.

/// U+FDD0–U+FDEF, and U+nFFFE and U+nFFFF in every plane.
pub fn is_noncharacter(c: char) -> bool {
    let n = c as u32;
    (0xFDD0..=0xFDEF).contains(&n) || n & 0xFFFE == 0xFFFE
}

/// The first noncharacter in `text`, with its place (counted from 1).
pub fn first_noncharacter(text: &str) -> Option<(usize, char)> {
    text.chars()
        .enumerate()
        .find(|(_, c)| is_noncharacter(*c))
        .map(|(i, c)| (i + 1, c))
}

/// What is wrong with a text's bidirectional controls.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Unbalanced {
    /// An embedding, override or isolate opened at this character
    /// (counted from 1) and never closed.
    NeverClosed(usize, char),
    /// A pop (U+202C or U+2069) at this character that closes nothing.
    ClosesNothing(usize, char),
}

/// Whether every embedding and override (U+202A, U+202B, U+202D, U+202E)
/// is closed by a U+202C and every isolate (U+2066–U+2068) by a U+2069
/// within the text, as Unicode's bidirectional algorithm pairs them
/// (UAX #9: a U+2069 also closes the embeddings opened inside its
/// isolate; a U+202C never closes an isolate).
pub fn unbalanced_bidi(text: &str) -> Option<Unbalanced> {
    // Each open control: (place, the control, whether it is an isolate).
    let mut open: Vec<(usize, char, bool)> = Vec::new();
    for (i, c) in text.chars().enumerate() {
        let at = i + 1;
        match c {
            '\u{202a}' | '\u{202b}' | '\u{202d}' | '\u{202e}' => open.push((at, c, false)),
            '\u{2066}'..='\u{2068}' => open.push((at, c, true)),
            '\u{202c}' => match open.last() {
                Some((_, _, false)) => {
                    open.pop();
                }
                _ => return Some(Unbalanced::ClosesNothing(at, c)),
            },
            '\u{2069}' => match open.iter().rposition(|(_, _, isolate)| *isolate) {
                Some(k) => open.truncate(k),
                None => return Some(Unbalanced::ClosesNothing(at, c)),
            },
            _ => {}
        }
    }
    open.first()
        .map(|&(at, c, _)| Unbalanced::NeverClosed(at, c))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn noncharacters_are_found_in_every_plane_and_nothing_else_is() {
        for c in [
            '\u{fffe}',
            '\u{ffff}',
            '\u{fdd0}',
            '\u{fdef}',
            '\u{1fffe}',
            '\u{10ffff}',
        ] {
            assert!(is_noncharacter(c), "U+{:04X}", c as u32);
        }
        for c in [
            '\u{fffd}',
            '\u{fdcf}',
            '\u{fdf0}',
            '\u{1fffd}',
            'a',
            '\u{feff}',
            '\u{20000}',
        ] {
            assert!(!is_noncharacter(c), "U+{:04X}", c as u32);
        }
        assert_eq!(
            first_noncharacter("ab\u{fffe}c\u{ffff}"),
            Some((3, '\u{fffe}'))
        );
        assert_eq!(first_noncharacter("abc"), None);
    }

    #[test]
    fn bidi_controls_must_close_what_they_open_within_the_text() {
        assert_eq!(unbalanced_bidi("plain"), None);
        assert_eq!(unbalanced_bidi("a\u{202e}b\u{202c}c"), None);
        assert_eq!(unbalanced_bidi("\u{2067}a\u{202b}b\u{2069}"), None);
        assert_eq!(unbalanced_bidi("\u{202a}\u{202b}x\u{202c}\u{202c}"), None);
        assert_eq!(
            unbalanced_bidi("ab\u{202e}cd"),
            Some(Unbalanced::NeverClosed(3, '\u{202e}'))
        );
        assert_eq!(
            unbalanced_bidi("\u{2066}a\u{202a}b\u{202c}"),
            Some(Unbalanced::NeverClosed(1, '\u{2066}'))
        );
        assert_eq!(
            unbalanced_bidi("a\u{202c}"),
            Some(Unbalanced::ClosesNothing(2, '\u{202c}'))
        );
        assert_eq!(
            unbalanced_bidi("x\u{2069}"),
            Some(Unbalanced::ClosesNothing(2, '\u{2069}'))
        );
        // A U+202C cannot close an isolate.
        assert_eq!(
            unbalanced_bidi("\u{2067}a\u{202c}\u{2069}"),
            Some(Unbalanced::ClosesNothing(3, '\u{202c}'))
        );
    }
}
