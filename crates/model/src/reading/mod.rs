//! Reading: what a reader can observe of the published alerts. The list in
//! order with its filters and counts (`catalog`, `query`, `count`),
//! Previous and Next (`nav`), a country's timeline and a series' track
//! (`timeline`), what changed since the previous update (`since`), and for
//! the staff preview what a draft changes (`diff`) and where it will sit
//! (`placement`).
//!
//! Stands on `alert`, `i18n` and `validate` (for the archive's order); it
//! never decides whether a file is valid, and knows nothing of maps or of
//! the files the build writes.

pub mod catalog;
pub mod corrections;
pub mod count;
pub mod diff;
pub mod list_address;
pub mod nav;
pub mod placement;
pub mod query;
pub mod since;
pub mod timeline;
