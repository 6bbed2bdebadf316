//! Blocks to Markdown, escaped so that reading it back gives the same
//! blocks: any character CommonMark could take for syntax is written with
//! a backslash, and only there.

use alert_model::{Block, Mark, Span};

/// The body as Markdown: blocks separated by a blank line, ending in a
/// newline (empty for an empty body).
pub fn to_markdown(body: &[Block]) -> String {
    let mut out = String::new();
    // Lists of one kind in a row so far: two in a row would read as one,
    // and CommonMark starts a new list where the marker changes.
    let mut lists_in_a_row = 0;
    let mut previous: Option<&Block> = None;
    for block in body {
        if previous.is_some() {
            out.push('\n');
        }
        lists_in_a_row = match (previous, block) {
            (Some(Block::List { ordered: a, .. }), Block::List { ordered: b, .. }) if a == b => {
                lists_in_a_row + 1
            }
            _ => 0,
        };
        write_block(&mut out, block, lists_in_a_row % 2 == 1);
        previous = Some(block);
    }
    out
}

/// `other_marker`: write a list with `*` or `1)` instead of `-` or `1.`.
fn write_block(out: &mut String, block: &Block, other_marker: bool) {
    match block {
        Block::Paragraph { text } => {
            out.push_str(&lines(&inline(text), ""));
        }
        Block::Heading { level, text } => {
            let marker = "#".repeat(usize::from((*level).clamp(2, 4)));
            // A heading is one line: a line break inside it becomes a space.
            let words = inline(text).replace("\\\n", " ");
            out.push_str(&format!("{marker} {words}\n"));
        }
        Block::Quote { text, cite } => {
            out.push_str(&lines(&inline(text), "> "));
            if let Some(cite) = cite {
                out.push_str(">\n");
                out.push_str(&lines(&format!("— {}", escape(cite, false, true)), "> "));
            }
        }
        Block::List { ordered, items } => {
            for (n, item) in items.iter().enumerate() {
                let marker = match (ordered, other_marker) {
                    (false, false) => "-".to_string(),
                    (false, true) => "*".to_string(),
                    (true, false) => format!("{}.", n + 1),
                    (true, true) => format!("{})", n + 1),
                };
                let indent = " ".repeat(marker.len() + 1);
                let text = lines(&inline(item), &indent);
                out.push_str(&marker);
                out.push(' ');
                out.push_str(&text[indent.len()..]);
            }
        }
    }
}

/// Each line of `text` behind `prefix`, each ending in a newline.
fn lines(text: &str, prefix: &str) -> String {
    let mut out = String::new();
    for line in text.split('\n') {
        out.push_str(prefix);
        out.push_str(line);
        out.push('\n');
    }
    out
}

/// A run of spans as inline Markdown. A link holds the spans that share
/// its address; marks open and close as they change from span to span,
/// outermost first, so `["strong", "em"]` comes back in that order.
fn inline(spans: &[Span]) -> String {
    let mut out = String::new();
    let last = spans.iter().rposition(|s| !s.text.is_empty());
    let mut i = 0;
    while i < spans.len() {
        let href = spans[i].href.as_deref();
        let mut end = i + 1;
        while end < spans.len() && spans[end].href.as_deref() == href {
            end += 1;
        }
        if href.is_some() {
            out.push('[');
        }
        // The marks open here, outermost first, with the delimiter each
        // opened with.
        let mut open: Vec<(Mark, &str)> = Vec::new();
        for (n, span) in spans.iter().enumerate().take(end).skip(i) {
            let starts_block = out.trim_start_matches(['[', '*', '_']).is_empty();
            let ends_block = Some(n) == last;
            // Whitespace at a mark's edge would stop it being one: it goes
            // outside the delimiters.
            let core = span.text.trim_matches(' ');
            let marked = !span.marks.is_empty() && !core.is_empty();
            let (lead, body, trail) = if marked {
                let lead_len = span.text.len() - span.text.trim_start_matches(' ').len();
                (
                    &span.text[..lead_len],
                    core,
                    &span.text[lead_len + core.len()..],
                )
            } else {
                ("", span.text.as_str(), "")
            };
            let mut keep = open
                .iter()
                .zip(&span.marks)
                .take_while(|((a, _), b)| a == *b)
                .count();
            if !lead.is_empty() {
                keep = 0;
            }
            close(&mut out, &mut open, keep);
            out.push_str(&escape(lead, starts_block, false));
            for mark in &span.marks[keep..] {
                // `***` reads as em around strong: em opened right after
                // strong is written with `_` to keep strong outside.
                // But `_` cannot close right before a letter: when the em
                // ends inside a word, `*` it is. `***b*c**` reads as strong
                // around em(b) and c, as written; `***b***c` reads as em
                // around strong: the same marks, the other way round, the
                // one case whose file order changes.
                let delimiter = match mark {
                    Mark::Strong => "**",
                    Mark::Em if out.ends_with("**") && open.last().is_some_and(|o| o.1 == "**") => {
                        let after = spans[n + 1..end]
                            .iter()
                            .find(|s| !s.marks.contains(&Mark::Em));
                        let into_a_word =
                            after.is_some_and(|s| s.text.starts_with(char::is_alphanumeric));
                        if into_a_word {
                            "*"
                        } else {
                            "_"
                        }
                    }
                    Mark::Em => "*",
                };
                out.push_str(delimiter);
                open.push((*mark, delimiter));
            }
            let starts_block = starts_block && lead.is_empty();
            out.push_str(&escape(body, starts_block, ends_block && trail.is_empty()));
            if !trail.is_empty() {
                close(&mut out, &mut open, 0);
                out.push_str(&escape(trail, false, ends_block));
            }
        }
        close(&mut out, &mut open, 0);
        if let Some(href) = href {
            out.push_str("](");
            out.push_str(&destination(href));
            out.push(')');
        }
        i = end;
    }
    out
}

/// Closes the open marks down to the first `keep`.
fn close(out: &mut String, open: &mut Vec<(Mark, &str)>, keep: usize) {
    while open.len() > keep {
        if let Some((_, delimiter)) = open.pop() {
            out.push_str(delimiter);
        }
    }
}

/// A link's address as a destination: in `<…>` when it holds a space,
/// with a backslash before what would end it.
fn destination(href: &str) -> String {
    let mut out = String::new();
    let pointed = href.contains([' ', '\t']) || href.is_empty();
    if pointed {
        out.push('<');
    }
    for c in href.chars() {
        if matches!(c, '\\' | '(' | ')' | '<' | '>') {
            out.push('\\');
        }
        out.push(c);
    }
    if pointed {
        out.push('>');
    }
    out
}

/// Text as Markdown that reads back as the same text. `block_start`: the
/// text begins a block, where `#`, `>`, `-`, `1.` and the like would start
/// another one. A newline becomes a hard break (`\` at the line's end), and
/// every line after it is a block start too.
fn escape(text: &str, block_start: bool, block_end: bool) -> String {
    let mut out = String::new();
    let chars: Vec<char> = text.chars().collect();
    let mut line_start = block_start;
    for (i, &c) in chars.iter().enumerate() {
        let next = chars.get(i + 1).copied();
        if c == '\n' {
            out.push_str("\\\n");
            line_start = true;
            continue;
        }
        // Spaces and tabs at the start or end of a line are not text to
        // CommonMark: keep them as character references.
        let at_line_end = next == Some('\n') || (next.is_none() && block_end);
        if matches!(c, ' ' | '\t') && (line_start || at_line_end) {
            out.push_str(if c == ' ' { "&#32;" } else { "&#9;" });
            continue;
        }
        let always = matches!(c, '\\' | '`' | '*' | '_' | '[' | ']' | '<');
        let entity = c == '&' && next.is_some_and(|n| n == '#' || n.is_ascii_alphanumeric());
        let image = c == '!' && next == Some('[');
        let at_start = line_start && matches!(c, '#' | '>' | '-' | '+' | '=' | '~' | '|');
        let numbered = (c == '.' || c == ')')
            && line_start_digits(&chars[..i])
            && matches!(next, None | Some(' ' | '\t' | '\n'));
        // A heading's closing `#`s are not its words: `## Update #` ends in one.
        let closing = c == '#'
            && block_end
            && (i == 0 || chars[i - 1] == ' ')
            && chars[i..].iter().all(|&r| r == '#');
        if always || entity || image || at_start || numbered || closing {
            out.push('\\');
        }
        out.push(c);
        line_start = false;
    }
    out
}

/// Whether `before` ends a line that so far holds only digits (1–9 of them,
/// as an ordered list's number may).
fn line_start_digits(before: &[char]) -> bool {
    let line: &[char] = match before.iter().rposition(|&c| c == '\n') {
        Some(p) => &before[p + 1..],
        None => before,
    };
    (1..=9).contains(&line.len()) && line.iter().all(|c| c.is_ascii_digit())
}
