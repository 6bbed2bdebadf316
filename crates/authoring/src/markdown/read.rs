//! Markdown to blocks, with a problem at its line for whatever the blocks
//! cannot hold. The words are kept even then (as plain text), so nothing
//! a staff member wrote disappears without a word.

use alert_model::alert::link_scheme_allowed;
use alert_model::{Block, Mark, Span};
use pulldown_cmark::{Event, HeadingLevel, Options, Parser, Tag, TagEnd};
use std::ops::Range;

/// The body read from Markdown.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Body {
    pub blocks: Vec<Block>,
    pub problems: Vec<MarkdownProblem>,
}

/// Something Markdown says that an alert's body cannot: at a line (from 1)
/// of the Markdown, in words for the staff member.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MarkdownProblem {
    pub line: usize,
    pub message: String,
}

/// Reads a body written in Markdown (see the module's table).
pub fn from_markdown(markdown: &str) -> Body {
    let mut reader = Reader {
        source: markdown,
        ..Reader::default()
    };
    // CommonMark only: no tables, footnotes or strikethrough, which an
    // alert could not hold; their characters stay text.
    for (event, range) in Parser::new_ext(markdown, Options::empty()).into_offset_iter() {
        reader.event(event, range);
    }
    Body {
        blocks: reader.blocks,
        problems: reader.problems,
    }
}

/// Where the reader is: the block being built and what it holds so far.
#[derive(Default)]
struct Reader<'a> {
    source: &'a str,
    blocks: Vec<Block>,
    problems: Vec<MarkdownProblem>,
    /// The spans of the text being read (a paragraph, heading, item).
    spans: Vec<Span>,
    marks: Vec<Mark>,
    href: Option<String>,
    heading: Option<u8>,
    /// Paragraphs read inside the current quote, each a run of spans.
    quote: Option<Vec<Vec<Span>>>,
    /// The current list: ordered, its items so far, and how deep it is.
    list: Option<(bool, Vec<Vec<Span>>)>,
    list_depth: usize,
    item_paragraphs: usize,
}

impl Reader<'_> {
    fn line(&self, range: &Range<usize>) -> usize {
        let end = range.start.min(self.source.len());
        self.source.as_bytes()[..end]
            .iter()
            .filter(|&&b| b == b'\n')
            .count()
            + 1
    }

    fn problem(&mut self, range: &Range<usize>, message: impl Into<String>) {
        let problem = MarkdownProblem {
            line: self.line(range),
            message: message.into(),
        };
        // `<b>` and `</b>` on one line are one problem, said once.
        if self.problems.last() != Some(&problem) {
            self.problems.push(problem);
        }
    }

    fn event(&mut self, event: Event<'_>, range: Range<usize>) {
        match event {
            Event::Start(tag) => self.start(tag, range),
            Event::End(tag) => self.end(tag),
            Event::Text(text) => self.text(&text),
            Event::Code(text) => {
                self.problem(
                    &range,
                    "code (text between backticks) is not part of an alert: it is kept as plain text",
                );
                self.text(&text);
            }
            Event::Html(html) | Event::InlineHtml(html) => {
                self.problem(
                    &range,
                    "HTML is never part of an alert: it is kept as plain text, shown as written",
                );
                // A block's lines keep their ends; the block's end trims the last.
                self.text(&html);
            }
            // `> — Source` on the quote's last line, without a blank `>`
            // line before it, is its source too: how people write it.
            Event::SoftBreak if self.quote.is_some() && self.source_line_follows(range.end) => {
                self.end_quote_line();
            }
            Event::SoftBreak => self.text(" "),
            Event::HardBreak => self.text("\n"),
            Event::Rule => self.problem(
                &range,
                "a line across the page (---) is not part of an alert: use a heading to start a part",
            ),
            other => {
                let what = format!("{other:?}");
                self.problem(&range, format!("this is not part of an alert: {what}"));
            }
        }
    }

    fn start(&mut self, tag: Tag<'_>, range: Range<usize>) {
        match tag {
            Tag::Paragraph => {
                if self.list.is_some() {
                    self.item_paragraphs += 1;
                    if self.item_paragraphs == 2 {
                        self.problem(
                            &range,
                            "a list item holds one paragraph: its paragraphs are joined",
                        );
                    }
                    if self.item_paragraphs > 1 {
                        self.text("\n");
                    }
                }
            }
            Tag::Heading { level, .. } => {
                let level = match level {
                    HeadingLevel::H1 => {
                        self.problem(
                            &range,
                            "# is the title's level: start a heading in the body with ##",
                        );
                        2
                    }
                    HeadingLevel::H2 => 2,
                    HeadingLevel::H3 => 3,
                    HeadingLevel::H4 => 4,
                    _ => {
                        self.problem(&range, "headings go three levels deep (##, ###, ####): this one is shown as ####");
                        4
                    }
                };
                if self.list.is_some() || self.quote.is_some() {
                    self.problem(
                        &range,
                        "a heading cannot be inside a list or a quote: it is read as text",
                    );
                } else {
                    self.heading = Some(level);
                }
            }
            Tag::BlockQuote(_) => {
                if self.quote.is_some() || self.list.is_some() {
                    self.problem(
                        &range,
                        "a quote cannot be inside a list or another quote: it is read as text",
                    );
                } else {
                    self.quote = Some(Vec::new());
                }
            }
            Tag::List(start) => {
                self.list_depth += 1;
                if self.list_depth > 1 {
                    self.problem(
                        &range,
                        "lists go one level deep: this inner list's items are joined into the item above",
                    );
                } else if self.quote.is_some() {
                    self.problem(
                        &range,
                        "a list cannot be inside a quote: its items are read as text",
                    );
                } else {
                    self.list = Some((start.is_some(), Vec::new()));
                }
            }
            Tag::Item => {
                if self.list_depth > 1 {
                    self.text(" ");
                } else {
                    self.item_paragraphs = 0;
                }
            }
            Tag::Emphasis => self.marks.push(Mark::Em),
            Tag::Strong => self.marks.push(Mark::Strong),
            Tag::Link { dest_url, .. } => {
                if !link_scheme_allowed(&dest_url) {
                    self.problem(
                        &range,
                        format!("the link to \"{dest_url}\" must start with https://, http:// or mailto:"),
                    );
                }
                self.href = Some(dest_url.to_string());
            }
            Tag::Image { .. } => {
                self.problem(
                    &range,
                    "an image is not part of an alert: its description is kept as text",
                );
            }
            Tag::CodeBlock(_) => {
                self.problem(
                    &range,
                    "a code block is not part of an alert: its text is kept as a paragraph",
                );
            }
            // Its lines come as HTML events, each said there.
            Tag::HtmlBlock => {}
            other => {
                let what = format!("{other:?}");
                self.problem(&range, format!("this is not part of an alert: {what}"));
            }
        }
    }

    fn end(&mut self, tag: TagEnd) {
        match tag {
            TagEnd::Paragraph => {
                if self.list.is_some() {
                    // Items collect their paragraphs until the item ends.
                } else if let Some(quote) = self.quote.as_mut() {
                    quote.push(std::mem::take(&mut self.spans));
                } else {
                    self.finish_paragraph();
                }
            }
            TagEnd::Heading(_) => match self.heading.take() {
                Some(level) => {
                    let text = std::mem::take(&mut self.spans);
                    self.blocks.push(Block::Heading { level, text });
                }
                // Refused inside a quote: its words are one of its lines.
                None => self.end_quote_line(),
            },
            // A quote refused inside a list was never opened.
            TagEnd::BlockQuote(_) => {
                if let Some(paragraphs) = self.quote.take() {
                    self.finish_quote(paragraphs);
                }
            }
            TagEnd::List(_) => {
                self.list_depth = self.list_depth.saturating_sub(1);
                if self.list_depth == 0 {
                    if let Some((ordered, items)) = self.list.take() {
                        self.blocks.push(Block::List { ordered, items });
                    } else {
                        self.finish_paragraph();
                    }
                }
            }
            TagEnd::Item if self.list_depth == 1 => match self.list.as_mut() {
                Some((_, items)) => items.push(std::mem::take(&mut self.spans)),
                // Refused inside a quote: each item is one of its lines.
                None => self.end_quote_line(),
            },
            TagEnd::Emphasis | TagEnd::Strong => {
                self.marks.pop();
            }
            TagEnd::Link => self.href = None,
            TagEnd::CodeBlock | TagEnd::HtmlBlock => {
                if let Some(last) = self.spans.last_mut() {
                    let trimmed = last.text.trim_end_matches('\n').len();
                    last.text.truncate(trimmed);
                }
                if self.list.is_none() && self.quote.is_none() {
                    self.finish_paragraph();
                }
            }
            _ => {}
        }
    }

    /// Ends a line of the current quote, if there is one.
    fn end_quote_line(&mut self) {
        if let Some(quote) = self.quote.as_mut() {
            if !self.spans.is_empty() {
                quote.push(std::mem::take(&mut self.spans));
            }
        }
    }

    fn finish_paragraph(&mut self) {
        let text = std::mem::take(&mut self.spans);
        if !text.is_empty() {
            self.blocks.push(Block::Paragraph { text });
        }
    }

    /// Does the line after `at` start with "— " (inside its quote marks)?
    fn source_line_follows(&self, at: usize) -> bool {
        let rest = self.source.get(at..).unwrap_or_default();
        let line = rest.trim_start_matches([' ', '\t']);
        let line = line
            .strip_prefix('>')
            .unwrap_or(line)
            .trim_start_matches([' ', '\t']);
        line.starts_with("— ")
    }

    /// A quote's last paragraph is its source when it starts with "— ";
    /// the paragraphs before it are its text, one line each.
    fn finish_quote(&mut self, mut paragraphs: Vec<Vec<Span>>) {
        let cite = match paragraphs.last() {
            Some(last) if paragraphs.len() > 1 => {
                let words: String = last.iter().map(|s| s.text.as_str()).collect();
                words.strip_prefix("— ").map(str::to_string)
            }
            _ => None,
        };
        if cite.is_some() {
            paragraphs.pop();
        }
        let mut text: Vec<Span> = Vec::new();
        for (n, paragraph) in paragraphs.into_iter().enumerate() {
            if n > 0 {
                push_text(&mut text, "\n", &[], None);
            }
            for span in paragraph {
                push_text(&mut text, &span.text, &span.marks, span.href.as_deref());
            }
        }
        self.blocks.push(Block::Quote { text, cite });
    }

    fn text(&mut self, text: &str) {
        let marks = self.marks.clone();
        let href = self.href.clone();
        push_text(&mut self.spans, text, &marks, href.as_deref());
    }
}

/// Adds text to a run of spans, joining it to the last span when that has
/// the same marks and link (Markdown splits text at every escape).
fn push_text(spans: &mut Vec<Span>, text: &str, marks: &[Mark], href: Option<&str>) {
    if text.is_empty() {
        return;
    }
    match spans.last_mut() {
        Some(last) if last.marks == marks && last.href.as_deref() == href => {
            last.text.push_str(text);
        }
        _ => spans.push(Span {
            text: text.to_string(),
            marks: marks.to_vec(),
            href: href.map(str::to_string),
        }),
    }
}
