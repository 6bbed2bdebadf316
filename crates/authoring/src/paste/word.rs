//! Word's paragraphs that mean more than their tag. Word writes a list as
//! paragraphs, each with `mso-list:l0 level1 lfo1` in its style and its
//! bullet or number as text in a span styled `mso-list:Ignore` (often
//! inside `<![if !supportLists]>`, which the browser keeps as a comment
//! and so leaves the span); its title and quotes are paragraph classes.

use super::style::{attr, has_class, style_value};
use super::Node;

/// What a Word paragraph is, when it is more than a paragraph.
pub(super) enum Paragraph {
    Title,
    Quote,
    Item(Item),
}

/// A list paragraph: which list (Word's list and its instance), how deep,
/// and whether its marker is a number or letter.
pub(super) struct Item {
    pub list: String,
    pub level: u32,
    pub ordered: bool,
}

pub(super) fn paragraph(attrs: &[(String, String)], children: &[Node]) -> Option<Paragraph> {
    let style = attr(attrs, "style").unwrap_or_default();
    if let Some(list) = style_value(style, "mso-list").filter(|v| v.contains("level")) {
        let mut id = String::new();
        let mut level = 1;
        for token in list.split_ascii_whitespace() {
            match token.strip_prefix("level") {
                Some(n) => level = n.parse().unwrap_or(1),
                None => id.push_str(token),
            }
        }
        let ordered = marker(children).is_some_and(|m| numbered(&m));
        return Some(Paragraph::Item(Item {
            list: id,
            level,
            ordered,
        }));
    }
    if has_class(attrs, "MsoTitle") {
        Some(Paragraph::Title)
    } else if has_class(attrs, "MsoQuote") || has_class(attrs, "MsoIntenseQuote") {
        Some(Paragraph::Quote)
    } else {
        None
    }
}

/// Whether an element holds a list marker, which the list is rebuilt from
/// and which is never words.
pub(super) fn is_marker(attrs: &[(String, String)]) -> bool {
    attr(attrs, "style")
        .and_then(|style| style_value(style, "mso-list"))
        .is_some_and(|v| v.eq_ignore_ascii_case("ignore"))
}

/// The marker's text ("1.", "·"), without the spaces Word pads it with.
fn marker(nodes: &[Node]) -> Option<String> {
    nodes.iter().find_map(|node| match node {
        Node::Element {
            attrs, children, ..
        } if is_marker(attrs) => Some(text_of(children).trim().to_string()),
        Node::Element { children, .. } => marker(children),
        Node::Text(_) => None,
    })
}

/// A number or letter closed by "." or ")" ("1.", "a)", "iv.", "1.2.",
/// "(3)"); a bullet ("·", "•", "o", "§", "-", "Ø") is not.
fn numbered(marker: &str) -> bool {
    let marker = marker.strip_prefix('(').unwrap_or(marker);
    marker.strip_suffix(['.', ')']).is_some_and(|body| {
        body.starts_with(char::is_alphanumeric)
            && body.chars().all(|c| c.is_alphanumeric() || c == '.')
    })
}

/// All the text under some nodes, as written.
fn text_of(nodes: &[Node]) -> String {
    let mut out = String::new();
    for node in nodes {
        match node {
            Node::Text(text) => out.push_str(text),
            Node::Element { children, .. } => out.push_str(&text_of(children)),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::numbered;

    #[test]
    fn numbers_and_letters_closed_by_a_point_or_bracket_are_numbered() {
        for marker in ["1.", "a)", "iv.", "1.2.", "(3)"] {
            assert!(numbered(marker), "{marker}");
        }
        for marker in ["·", "•", "o", "§", "-", "Ø", "..", ".)", "-.", "1-2."] {
            assert!(!numbered(marker), "{marker}");
        }
    }
}
