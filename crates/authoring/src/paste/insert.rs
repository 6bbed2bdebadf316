//! Where pasted blocks go in the body's Markdown: one paragraph joins the
//! text at the cursor, as pasting words does; blocks stand between blank
//! lines, so a list pasted mid-text never runs into a paragraph.

use super::Pasted;
use crate::markdown::to_markdown;
use alert_model::Block;

/// The Markdown to insert at the cursor, between `before` and `after`
/// (the body's text on either side of the selection).
pub fn markdown_to_insert(before: &str, after: &str, pasted: &Pasted) -> String {
    let markdown = to_markdown(&pasted.blocks);
    let mut middle = markdown.trim_end().to_string();
    if middle.is_empty() || matches!(pasted.blocks.as_slice(), [Block::Paragraph { .. }]) {
        return middle;
    }
    if !before.is_empty() && !before.ends_with("\n\n") {
        middle.insert_str(0, if before.ends_with('\n') { "\n" } else { "\n\n" });
    }
    if !after.is_empty() && !after.starts_with("\n\n") {
        middle.push_str(if after.starts_with('\n') {
            "\n"
        } else {
            "\n\n"
        });
    }
    middle
}

#[cfg(test)]
mod tests {
    use super::*;
    use alert_model::Span;

    fn paragraph(words: &str) -> Block {
        Block::Paragraph {
            text: vec![Span {
                text: words.into(),
                marks: vec![],
                href: None,
            }],
        }
    }

    fn pasted(blocks: Vec<Block>) -> Pasted {
        Pasted {
            blocks,
            dropped: vec![],
        }
    }

    #[test]
    fn one_paragraph_joins_the_text_at_the_cursor() {
        let one = pasted(vec![paragraph("pasted words")]);
        assert_eq!(
            markdown_to_insert("Before ", " after", &one),
            "pasted words"
        );
    }

    #[test]
    fn blocks_stand_between_blank_lines_without_doubling_them() {
        let two = pasted(vec![paragraph("one"), paragraph("two")]);
        assert_eq!(
            markdown_to_insert("Before", "after", &two),
            "\n\none\n\ntwo\n\n"
        );
        assert_eq!(
            markdown_to_insert("Before\n", "\nafter", &two),
            "\none\n\ntwo\n"
        );
        assert_eq!(
            markdown_to_insert("Before\n\n", "\n\nafter", &two),
            "one\n\ntwo"
        );
        assert_eq!(markdown_to_insert("", "", &two), "one\n\ntwo");
    }

    #[test]
    fn nothing_pasted_inserts_nothing() {
        assert_eq!(markdown_to_insert("a", "b", &pasted(vec![])), "");
    }
}
