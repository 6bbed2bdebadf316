//! Rich text pasted from Word, Google Docs or a web page, as the body's
//! blocks, so the editor can insert them as Markdown.
//!
//! The browser parses the clipboard's HTML (DOMParser) and hands the tree
//! over as [`Node`]s: the document element, or the body's children. This
//! module reads the tree; it never parses HTML, so the staff bundle carries
//! no HTML parser.
//!
//! | pasted | becomes |
//! |---|---|
//! | `p`, `div` and other blocks holding text | a paragraph |
//! | `h1`, `h2` / `h3` / `h4`–`h6`; Word's `MsoTitle` | a heading, level 2 / 3 / 4 |
//! | `ul`, `ol`; Word's `mso-list` paragraphs | a list; nested items join the outer list |
//! | `blockquote`; Word's `MsoQuote`, `MsoIntenseQuote` | a quote; a last line "— Source" is its source |
//! | `b`, `strong`, `font-weight` 600 up | strong, unless its own style says normal |
//! | `i`, `em`, `font-style: italic` | em, unless its own style says normal |
//! | `a href` with https, http or mailto | a link; any other keeps its words |
//! | `br` | a new paragraph (a new line of a quote); a space in a heading, item or row |
//! | a table | a paragraph for each row, its cells separated by " \| " |
//! | images, video, frames; a line across the page | left out, said in `dropped` |
//! | `script`, `style`, `head`, `title`, `meta`, `link`, `o:p` | left out with their text |
//! | spans, classes, styles, comments | left out; their words kept |
//!
//! White space folds as the browser folds it (a run is one space) and is
//! trimmed at a block's edges; a no-break space and typographic quotes
//! inside a text are kept. Marks and links never start or end on a space,
//! and nest as the Markdown writer writes them, so `to_markdown` and
//! `from_markdown` give back the same blocks. Google Docs has no quote:
//! its indented paragraphs stay paragraphs.

mod insert;
mod quote;
mod spans;
mod style;
mod walk;
mod word;

#[cfg(test)]
mod tests;

pub use insert::markdown_to_insert;

use alert_model::Block;

/// A node of pasted HTML as the browser parsed it (comments left out).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Node {
    Element {
        /// The lower-case local name: "p", "o:p".
        name: String,
        attrs: Vec<(String, String)>,
        children: Vec<Node>,
    },
    Text(String),
}

/// The blocks the pasted rich text gives, and what was left out, in words
/// for staff.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Pasted {
    pub blocks: Vec<Block>,
    pub dropped: Vec<String>,
}

/// Reads pasted rich text (see the module's table). Empty blocks are left
/// out; each kind of thing dropped is said once.
pub fn blocks_from_html(nodes: &[Node]) -> Pasted {
    let mut walk = walk::Walk::default();
    walk.nodes(nodes, &style::Look::default());
    walk.end_line();
    walk.close();
    Pasted {
        blocks: walk.blocks,
        dropped: walk.dropped,
    }
}
