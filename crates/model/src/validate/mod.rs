//! Checking: may this file be published? Every problem at once, each with
//! its JSON path and a plain-language reason, from one set of rules that
//! the publishing tool (`alert-data check`), the build, the reader and the
//! draft preview all call, so "ready to publish" means the same everywhere.
//!
//! `alert_file` checks one alert, `site` checks `site.json`, `json_keys`
//! finds keys written twice (which serde would silently drop), `archive`
//! checks an alert against the published set (ids, series numbers,
//! translation links) and builds the index; `problem` is what they report,
//! and `text` the characters no text may carry into an output.
//!
//! Stands on `alert` and `i18n` only: it knows what a valid file is, never
//! how the reader lists or shows one.

mod about;
mod alert_file;
pub mod archive;
pub mod json_keys;
mod problem;
mod site;
mod text;

pub use about::{check_about_text, CheckedAbout};
pub use alert_file::{
    check_alert_text, check_published_alert_text, is_valid_id, is_valid_language_tag, ALERT_FIELDS,
    MAX_CHANGE_CHARS, MAX_ID_CHARS, MAX_SUMMARY_CHARS, MAX_TITLE_CHARS,
};
pub use problem::{
    encoding_problem, escape_controls, is_unsafe_to_print, syntax_problem, Checked, Problem,
    Severity, MAX_PROBLEMS_PER_FILE,
};
pub use site::{check_site_text, is_plausible_email, CheckedSite};
pub use text::{first_noncharacter, is_noncharacter, unbalanced_bidi, Unbalanced};
