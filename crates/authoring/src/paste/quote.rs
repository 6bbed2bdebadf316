//! A quote from its lines, with its source when the last line gives one,
//! as the Markdown reader takes `> — Source`: both ways in mean the same.

use super::spans::add;
use alert_model::{Block, Span};

/// The quote the lines make (each line a paragraph of the quote, joined by
/// line breaks); None when there are none.
pub(super) fn block(mut lines: Vec<Vec<Span>>) -> Option<Block> {
    let cite = match lines.last() {
        Some(last) if lines.len() > 1 => {
            source(&last.iter().map(|s| s.text.as_str()).collect::<String>())
        }
        _ => None,
    };
    if cite.is_some() {
        lines.pop();
    }
    let mut text = Vec::new();
    for (n, line) in lines.into_iter().enumerate() {
        if n > 0 {
            add(&mut text, Span::plain("\n"));
        }
        for span in line {
            add(&mut text, span);
        }
    }
    (!text.is_empty()).then_some(Block::Quote { text, cite })
}

/// The source a line names after a dash, typed any of the ways people
/// type one: "— ", "—", "– " or "-- ".
fn source(line: &str) -> Option<String> {
    let rest = ["—", "– ", "-- "]
        .iter()
        .find_map(|dash| line.strip_prefix(dash))?
        .trim();
    (!rest.is_empty()).then(|| rest.to_string())
}
