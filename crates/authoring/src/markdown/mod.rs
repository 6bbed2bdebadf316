//! The body as Markdown: how staff write it, and what it means in blocks.
//!
//! | block | Markdown |
//! |---|---|
//! | paragraph | a paragraph |
//! | heading, level 2, 3, 4 | `##`, `###`, `####` (`#` is the title's) |
//! | list | `-` items, or `1.` items; one level |
//! | quote, with its source | `>` lines, then a last `> — Source` paragraph |
//! | strong, em | `**…**`, `*…*` |
//! | link | `[words](https://…)` |
//! | a line break in a text | a `\` at the end of the line |
//!
//! `to_markdown` writes blocks so that `from_markdown` gives them back;
//! `from_markdown` reports at its line whatever Markdown can say and an
//! alert cannot hold (images, code, HTML, tables of contents, nested
//! lists…), keeping its words rather than dropping them silently.

mod read;
mod write;

pub use read::{from_markdown, Body, MarkdownProblem};
pub use write::to_markdown;
