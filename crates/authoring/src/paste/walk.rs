//! The pasted tree, walked once. Block elements end the line being read,
//! and each line goes where the elements around it say: a paragraph, a
//! heading, an item of the open list or a line of the open quote. Inside
//! a heading, a list item or a table row the line is one line, and what
//! would end it is a space instead.

use super::spans::{finish, push_text};
use super::style::{attr, Look};
use super::{quote, word, Node};
use alert_model::alert::link_scheme_allowed;
use alert_model::{Block, Mark, Span};

const NESTED: &str = "lists inside lists: their items are kept as items of the outer list";
const TABLE: &str =
    "a table's layout: each row is kept as a paragraph, its cells separated by \" | \"";
const LIST_IN_QUOTE: &str = "a list inside a quote: its items are kept as lines of the quote";

/// What an element is to the walk.
enum Kind {
    /// Never words: scripts, styles, the head, Word's `<o:p>` and markers.
    Skip,
    Media(&'static str),
    Break,
    Rule,
    Heading(u8),
    List(bool),
    Item,
    Quote,
    WordQuote,
    WordItem(word::Item),
    Table,
    Row,
    Cell,
    Block,
    Inline,
}

fn kind(name: &str, attrs: &[(String, String)], children: &[Node]) -> Kind {
    if word::is_marker(attrs) {
        return Kind::Skip;
    }
    match name {
        "script" | "style" | "head" | "title" | "meta" | "link" | "template" | "noscript"
        | "o:p" => Kind::Skip,
        "img" | "picture" | "svg" => Kind::Media("an image"),
        "video" | "audio" | "iframe" | "object" | "embed" | "canvas" => {
            Kind::Media("a video, sound or embedded page")
        }
        "br" => Kind::Break,
        "hr" => Kind::Rule,
        "h1" | "h2" => Kind::Heading(2),
        "h3" => Kind::Heading(3),
        "h4" | "h5" | "h6" => Kind::Heading(4),
        "ul" => Kind::List(false),
        "ol" => Kind::List(true),
        "li" => Kind::Item,
        "blockquote" => Kind::Quote,
        "table" => Kind::Table,
        "tr" => Kind::Row,
        "td" | "th" => Kind::Cell,
        "p" => match word::paragraph(attrs, children) {
            Some(word::Paragraph::Title) => Kind::Heading(2),
            Some(word::Paragraph::Quote) => Kind::WordQuote,
            Some(word::Paragraph::Item(item)) => Kind::WordItem(item),
            None => Kind::Block,
        },
        "html" | "body" | "div" | "section" | "article" | "main" | "header" | "footer" | "nav"
        | "aside" | "figure" | "figcaption" | "address" | "center" | "pre" | "dl" | "dt" | "dd"
        | "form" | "fieldset" | "legend" | "details" | "summary" | "caption" | "thead"
        | "tbody" | "tfoot" | "hgroup" | "menu" => Kind::Block,
        _ => Kind::Inline,
    }
}

/// A list or quote being built. It stays open across Word's list and
/// quote paragraphs, and closes at the next block that is not one.
enum Open {
    List {
        ordered: bool,
        items: Vec<Vec<Span>>,
        /// Word's list, for its paragraphs; None for `<ul>` and `<ol>`.
        word: Option<String>,
    },
    Quote {
        lines: Vec<Vec<Span>>,
    },
}

#[derive(Default)]
pub(super) struct Walk {
    pub blocks: Vec<Block>,
    pub dropped: Vec<String>,
    /// The line being read, white space as written.
    line: Vec<Span>,
    open: Option<Open>,
    /// How deep the walk is in headings, list items and rows; in lists;
    /// in quotes.
    one_line: usize,
    lists: usize,
    quotes: usize,
}

impl Walk {
    pub fn nodes(&mut self, nodes: &[Node], look: &Look) {
        for node in nodes {
            match node {
                Node::Text(text) => push_text(&mut self.line, text, look),
                Node::Element {
                    name,
                    attrs,
                    children,
                } => self.element(name, attrs, children, look),
            }
        }
    }

    fn element(
        &mut self,
        name: &str,
        attrs: &[(String, String)],
        children: &[Node],
        around: &Look,
    ) {
        let mut look = around.inside(name, attrs);
        // Inside a list item, heading or row, or a quote, blocks that would
        // start their own are read as part of it.
        let nested = self.one_line > 0 || self.lists > 0 || self.quotes > 0;
        match kind(name, attrs, children) {
            Kind::Skip => {}
            Kind::Media(what) => self.tell(what),
            Kind::Break => self.boundary(),
            Kind::Rule => {
                self.boundary();
                self.tell("a line across the page");
            }
            Kind::Inline => {
                if name == "a" {
                    look.href = self.link(attr(attrs, "href"), look.href);
                }
                self.nodes(children, &look);
            }
            Kind::Heading(_) | Kind::Quote | Kind::WordQuote | Kind::WordItem(_) if nested => {
                self.block(children, &look)
            }
            Kind::Heading(level) => {
                self.end_line();
                self.close();
                self.one_line += 1;
                self.nodes(children, &look);
                self.one_line -= 1;
                // Docs and Word mark headings bold, and a heading is shown
                // bold anyway.
                let mut line = std::mem::take(&mut self.line);
                for span in &mut line {
                    span.marks.retain(|m| *m != Mark::Strong);
                }
                let text = finish(line);
                if !text.is_empty() {
                    self.blocks.push(Block::Heading { level, text });
                }
            }
            Kind::List(_) | Kind::Item if self.quotes > 0 => {
                self.tell(LIST_IN_QUOTE);
                self.block(children, &look);
            }
            Kind::List(_) if self.lists > 0 => {
                self.tell(NESTED);
                // The item it sits in so far is an item before its items.
                self.end_line();
                self.lists += 1;
                self.nodes(children, &look);
                self.lists -= 1;
            }
            Kind::List(ordered) if self.one_line == 0 => {
                self.open_new(Open::List {
                    ordered,
                    items: Vec::new(),
                    word: None,
                });
                self.lists += 1;
                self.nodes(children, &look);
                self.end_line();
                self.lists -= 1;
                self.close();
            }
            Kind::Item if self.lists > 0 => {
                self.end_line();
                self.one_line += 1;
                self.nodes(children, &look);
                self.one_line -= 1;
                self.end_line();
            }
            Kind::Quote => {
                self.open_new(Open::Quote { lines: Vec::new() });
                self.quotes += 1;
                self.nodes(children, &look);
                self.end_line();
                self.quotes -= 1;
                self.close();
            }
            // Left open: the next quote paragraph is more of the quote.
            Kind::WordQuote => {
                self.end_line();
                if !matches!(self.open, Some(Open::Quote { .. })) {
                    self.open_new(Open::Quote { lines: Vec::new() });
                }
                self.quotes += 1;
                self.nodes(children, &look);
                self.end_line();
                self.quotes -= 1;
            }
            // Left open: the next list paragraph is more of the list.
            Kind::WordItem(item) => {
                self.end_line();
                let more = match &self.open {
                    Some(Open::List {
                        ordered,
                        word: Some(list),
                        ..
                    }) => item.level > 1 || (*list == item.list && *ordered == item.ordered),
                    _ => false,
                };
                if item.level > 1 {
                    self.tell(NESTED);
                }
                if !more {
                    self.open_new(Open::List {
                        ordered: item.ordered,
                        items: Vec::new(),
                        word: Some(item.list),
                    });
                }
                self.lists += 1;
                self.one_line += 1;
                self.nodes(children, &look);
                self.one_line -= 1;
                self.end_line();
                self.lists -= 1;
            }
            Kind::Table => {
                if !nested {
                    self.tell(TABLE);
                }
                self.block(children, &look);
            }
            Kind::Row => {
                self.boundary();
                self.one_line += 1;
                self.nodes(children, &look);
                self.one_line -= 1;
                self.boundary();
            }
            Kind::Cell => {
                if self.line.iter().any(|s| !s.text.trim().is_empty()) {
                    push_text(&mut self.line, " | ", &Look::default());
                }
                self.nodes(children, &look);
            }
            Kind::List(_) | Kind::Item | Kind::Block => self.block(children, &look),
        }
    }

    fn block(&mut self, children: &[Node], look: &Look) {
        self.boundary();
        self.nodes(children, look);
        self.boundary();
    }

    /// Where a block starts or ends, or a line breaks: a new line, or a
    /// space inside a one-line block.
    fn boundary(&mut self) {
        if self.one_line > 0 {
            push_text(&mut self.line, " ", &Look::default());
        } else {
            self.end_line();
        }
    }

    /// The line read so far, to where it belongs; nothing when it has no
    /// words.
    pub fn end_line(&mut self) {
        let line = finish(std::mem::take(&mut self.line));
        if line.is_empty() {
            return;
        }
        match &mut self.open {
            Some(Open::Quote { lines }) if self.quotes > 0 => lines.push(line),
            Some(Open::List { items, .. }) if self.lists > 0 => items.push(line),
            _ => {
                self.close();
                self.blocks.push(Block::Paragraph { text: line });
            }
        }
    }

    fn open_new(&mut self, open: Open) {
        self.end_line();
        self.close();
        self.open = Some(open);
    }

    /// Ends the open list or quote, as a block if it holds anything.
    pub fn close(&mut self) {
        let block = match self.open.take() {
            Some(Open::List { ordered, items, .. }) if !items.is_empty() => {
                Some(Block::List { ordered, items })
            }
            Some(Open::Quote { lines }) => quote::block(lines),
            _ => None,
        };
        self.blocks.extend(block);
    }

    /// The link an `<a>` makes, when a reader may follow it; otherwise its
    /// words stay, without it, and staff are told.
    fn link(&mut self, href: Option<&str>, around: Option<String>) -> Option<String> {
        let Some(href) = href.map(str::trim) else {
            return around;
        };
        if link_scheme_allowed(href) {
            return Some(href.to_string());
        }
        let mut shown: String = href.chars().take(60).collect();
        if shown.len() < href.len() {
            shown.push('…');
        }
        self.tell(&format!(
            "the link to \"{shown}\" (only https, http and mailto links are kept): its words are kept"
        ));
        None
    }

    /// Says once what was left out.
    fn tell(&mut self, what: &str) {
        if !self.dropped.iter().any(|d| d == what) {
            self.dropped.push(what.to_string());
        }
    }
}
