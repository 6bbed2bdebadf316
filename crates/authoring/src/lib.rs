//! Writing alerts: what the staff preview's editor and `alert-data new`
//! share, so a file written either way is the same file.
//!
//! - `country_search`: a country as typed (name, list entry, code);
//! - `file`: the canonical text of an alert file (key order, indentation,
//!   `$schema`, final newline);
//! - `markdown`: the body's blocks as Markdown and back, with a problem at
//!   its line for whatever Markdown can say and the blocks cannot;
//! - `form`: the editor's fields as typed, and the file text they make;
//! - `paste`: rich text pasted from Word, Google Docs or a web page, as blocks;
//! - `start`: the starting points (a new alert, the next update of a
//!   series, a translation, a withdrawal) and an id from a title.
//!
//! Its own crate, not a room of the model: the reader never writes alerts,
//! so neither its bundle nor its build carries a Markdown parser.

pub mod country_search;
pub mod file;
pub mod form;
pub mod markdown;
pub mod paste;
pub mod start;
