//! The world map's shapes, committed as `map/world.json` (made by
//! `scripts/world-map.mjs`), so the build needs no network. The prerender
//! draws `/map` from them and writes them to the build for the app.

use alert_model::overview::world::World;
use std::sync::{Arc, OnceLock};

/// The file as committed: the build copies it to [`FILE`] unchanged.
pub const JSON: &str = include_str!("../map/world.json");

/// Where the build puts it, for the app's map.
pub const FILE: &str = "data/world.json";

/// The shapes, parsed once.
pub fn shapes() -> Arc<World> {
    static WORLD: OnceLock<Arc<World>> = OnceLock::new();
    WORLD
        .get_or_init(|| {
            // The file is committed and checked by tests/map_data.rs.
            Arc::new(World::parse(JSON).unwrap_or_else(|e| panic!("{e}")))
        })
        .clone()
}
