//! Alert Reader's model: the alert schema and everything a reader can
//! observe about order, filtering, counts and navigation. Plain Rust with no
//! browser code, so it is tested natively and fast, and the publishing tool
//! and the reader share one definition of the data.
//!
//! Six rooms, each standing only on the ones above it in this list, so
//! the dependencies inside the crate flow one way (scripts/check-house.mjs
//! fails the tests on a circle; docs/architecture.md is the map):
//!
//! - `alert`: the data contract (alert, index, site, dates, countries);
//! - `i18n`: the words, in the reader's language and in English;
//! - `validate`: whether a file may be published, with every problem;
//! - `reading`: the list, its filters, Previous/Next, timelines, since;
//! - `overview`: the map, the situation board, the charts;
//! - `outputs`: citations, exports, embeds, feeds to follow.

pub mod alert;
pub mod i18n;
pub mod outputs;
pub mod overview;
pub mod reading;
#[cfg(any(test, feature = "test-support"))]
pub mod test_support;
pub mod validate;

pub use alert::date::Date;
pub use alert::{Alert, AlertType, Block, Index, IndexEntry, Mark, Series, Site, Span, Status};
pub use reading::catalog::Catalog;
pub use reading::query::Query;
