//! Alert Reader's model: the alert schema and everything a reader can
//! observe about order, filtering, counts and navigation. Plain Rust with no
//! browser code, so it is tested natively and fast, and the publishing tool
//! and the reader share one definition of the data.

pub mod alert;
pub mod archive;
pub mod board;
pub mod catalog;
pub mod chart;
pub mod cite;
pub mod countries;
pub mod date;
pub mod diff;
pub mod embed;
pub mod export;
pub mod follow;
pub mod i18n;
pub mod json_keys;
pub mod language;
pub mod map_query;
pub mod nav;
pub mod placement;
pub mod public_address;
pub mod query;
pub mod region;
#[cfg(feature = "schemars")]
pub mod schema;
pub mod since;
pub mod timeline;
pub mod validate;
pub mod wording;
pub mod world;

pub use alert::{Alert, AlertType, Block, Index, IndexEntry, Mark, Series, Site, Span, Status};
pub use catalog::Catalog;
pub use date::Date;
pub use query::Query;
