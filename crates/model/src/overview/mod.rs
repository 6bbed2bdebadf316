//! The archive at a glance: the world map's shapes (`world`), the regions
//! it zooms to (`region`), its state in the address (`map_query`), the
//! situation board (`board`) and the charts of alerts over time (`chart`).
//!
//! Stands on `alert` and `reading` (the address is read like the
//! archive's); counted from the alerts it is given, never from the clock,
//! so a build is repeatable.

pub mod board;
pub mod chart;
pub mod map_query;
pub mod region;
pub mod world;
