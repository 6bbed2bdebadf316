//! A line's words as spans: white space folded as HTML folds it, the line
//! trimmed, neighbours alike joined, and marks and links kept off the
//! white space at their edges and nested as Markdown can write them, so
//! that the Markdown the editor inserts reads back as the same spans.

use super::style::Look;
use alert_model::alert::sort::sort_by;
use alert_model::{Mark, Span};

/// Adds text as written (white space not yet folded) to a line.
pub(super) fn push_text(line: &mut Vec<Span>, text: &str, look: &Look) {
    add(
        line,
        Span {
            text: text.to_string(),
            marks: look.marks(),
            href: look.href.clone(),
        },
    );
}

/// Adds a span, joined to the last one when that has the same marks and
/// link: the Markdown reader gives back one span for such neighbours.
pub(super) fn add(spans: &mut Vec<Span>, span: Span) {
    if span.text.is_empty() {
        return;
    }
    match spans.last_mut() {
        Some(last) if last.marks == span.marks && last.href == span.href => {
            last.text.push_str(&span.text);
        }
        _ => spans.push(span),
    }
}

/// The line as the block holds it; empty when it has no words.
pub(super) fn finish(line: Vec<Span>) -> Vec<Span> {
    // Runs of HTML white space, within a span or across two, are one
    // space; a no-break space is a character, as in the browser.
    let mut folded: Vec<Span> = Vec::new();
    let mut after_space = true;
    for span in line {
        let mut text = String::new();
        for c in span.text.chars() {
            if c.is_ascii_whitespace() {
                if !after_space {
                    text.push(' ');
                }
                after_space = true;
            } else {
                text.push(c);
                after_space = false;
            }
        }
        folded.push(Span { text, ..span });
    }
    // At a block's edges even a no-break space holds nothing apart, and
    // Word writes an empty paragraph as one.
    for span in folded.iter_mut() {
        span.text = span.text.trim_start().to_string();
        if !span.text.is_empty() {
            break;
        }
    }
    for span in folded.iter_mut().rev() {
        span.text = span.text.trim_end().to_string();
        if !span.text.is_empty() {
            break;
        }
    }
    // Markdown cannot open or close a mark, nor hold a link's words, on
    // white space: it goes outside them.
    let mut spans: Vec<Span> = Vec::new();
    for span in folded {
        let core = span.text.trim();
        if (span.marks.is_empty() && span.href.is_none()) || core.is_empty() {
            add(&mut spans, Span::plain(span.text));
            continue;
        }
        let lead = span.text.len() - span.text.trim_start().len();
        add(&mut spans, Span::plain(&span.text[..lead]));
        add(
            &mut spans,
            Span {
                text: core.to_string(),
                ..span.clone()
            },
        );
        add(&mut spans, Span::plain(&span.text[lead + core.len()..]));
    }
    nest(&mut spans);
    spans
}

/// Orders each span's marks outermost first, as the Markdown writer opens
/// them: a mark that began earlier (within the same link) is outside one
/// that began later, so `*a **b***` is not written `*a***_b_**`.
fn nest(spans: &mut [Span]) {
    // Whether span `i` carries on the run of `mark` from the span before.
    let joined = |i: usize, mark: &Mark| {
        i > 0
            && spans[i - 1].href == spans[i].href
            && spans[i - 1].marks.contains(mark)
            && spans[i].marks.contains(mark)
    };
    let run = |row: &[(Mark, usize, usize)], mark: Mark| row.iter().find(|r| r.0 == mark).copied();
    // For each span's marks: where the mark's run starts and ends.
    let mut runs: Vec<Vec<(Mark, usize, usize)>> = Vec::with_capacity(spans.len());
    for (i, span) in spans.iter().enumerate() {
        let row = span
            .marks
            .iter()
            .map(|&mark| match runs.last().and_then(|last| run(last, mark)) {
                Some((_, start, _)) if joined(i, &mark) => (mark, start, i),
                _ => (mark, i, i),
            })
            .collect();
        runs.push(row);
    }
    for i in (1..runs.len()).rev() {
        let (before, after) = runs.split_at_mut(i);
        if let Some(row) = before.last_mut() {
            for entry in row.iter_mut() {
                if let Some((_, _, end)) = run(&after[0], entry.0).filter(|_| joined(i, &entry.0)) {
                    entry.2 = end;
                }
            }
        }
    }
    for (span, mut row) in spans.iter_mut().zip(runs) {
        // Stable: strong stays outside em when both run alike.
        sort_by(&mut row, |a, b| a.1.cmp(&b.1).then(b.2.cmp(&a.2)));
        span.marks = row.into_iter().map(|(mark, ..)| mark).collect();
    }
}
