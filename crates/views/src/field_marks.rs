//! The `data-path` marks ("title", "body[3]") that tie each part of a
//! rendered alert to its field in the file, so that the staff preview can
//! put each problem beside the part it concerns (`marked_parts` lists
//! them). Only the preview asks for them: on a reader's page they would be
//! about 80 B gzip of every alert that nothing reads.

use leptos::prelude::*;

/// Provided by the preview: the article marks its parts.
#[derive(Clone, Copy, Debug)]
pub struct FieldMarks;

/// Asks the views below for the marks.
pub fn provide() {
    provide_context(FieldMarks);
}

/// `path` as a part's mark where the preview asked for marks; none on a
/// reader's page (an attribute of `None` is left out).
pub fn mark(path: &str) -> Option<String> {
    use_context::<FieldMarks>().map(|_| path.to_string())
}
