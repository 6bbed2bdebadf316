//! What leaves the reader for somewhere else: citations (`cite`), the
//! archive's CSV and JSON (`export`), the partners' embed options and
//! snippet (`embed`), and the feeds that follow a view (`follow`).
//!
//! The top floor: it may use every other room, and none of them uses it.
//! Each output is written once here for both the build and the app, so a
//! downloaded file and the page it came from always agree.

pub mod cite;
pub mod embed;
pub mod export;
pub mod follow;
