//! The world map's shapes (`crates/prerender/map/world.json`, made once by
//! `scripts/world-map.mjs` from Natural Earth): SVG path data per country,
//! already projected, with a centroid, bounds, and whether the place is
//! too small to tap (it gets a point marker too).

use serde::Deserialize;
use std::collections::BTreeMap;

#[derive(Debug, Clone, PartialEq, Deserialize)]
pub struct World {
    /// Where the shapes come from, for the map's credit line.
    pub source: String,
    pub width: u32,
    pub height: u32,
    /// By ISO 3166-1 alpha-2 code.
    pub countries: BTreeMap<String, Shape>,
}

#[derive(Debug, Clone, PartialEq, Deserialize)]
pub struct Shape {
    /// SVG path data in the map's coordinates.
    pub d: String,
    /// Centroid, in whole units.
    pub c: [i32; 2],
    /// Bounds: left, top, right, bottom.
    pub b: [i32; 4],
    #[serde(default)]
    pub small: bool,
}

impl World {
    pub fn parse(json: &str) -> Result<World, String> {
        serde_json::from_str(json).map_err(|e| format!("the world map: {e}"))
    }

    /// The part of the map that shows `codes` with a margin; the whole map
    /// when none is on it. Never narrower than a sixth of the map, so a
    /// small region still shows its neighbours.
    pub fn view_box(&self, codes: &[&str]) -> Frame {
        let bounds = codes
            .iter()
            .filter_map(|c| self.countries.get(*c))
            .map(|s| s.b)
            .reduce(|a, b| {
                [
                    a[0].min(b[0]),
                    a[1].min(b[1]),
                    a[2].max(b[2]),
                    a[3].max(b[3]),
                ]
            });
        let Some([left, top, right, bottom]) = bounds else {
            return Frame {
                x: 0,
                y: 0,
                width: self.width as i32,
                height: self.height as i32,
            };
        };
        let (w, h) = (self.width as i32, self.height as i32);
        // Keep the map's own proportions so the frame does not jump.
        let width = ((right - left) * 3 / 2).max(w / 6);
        let height = width * h / w;
        let height = height.max((bottom - top) * 3 / 2);
        let width = width.max(height * w / h);
        Frame {
            x: (left + right - width) / 2,
            y: (top + bottom - height) / 2,
            width,
            height,
        }
    }
}

/// A part of the map, in its units.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Frame {
    pub x: i32,
    pub y: i32,
    pub width: i32,
    pub height: i32,
}

/// As an SVG `viewBox`: "x y width height".
impl std::fmt::Display for Frame {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{} {} {} {}", self.x, self.y, self.width, self.height)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn world() -> World {
        World::parse(
            r#"{"source":"test","width":600,"height":300,"countries":{
                "AA":{"d":"M0,0L10,0L10,10Z","c":[5,5],"b":[0,0,10,10],"small":true},
                "BB":{"d":"M100,100L300,100L300,200Z","c":[200,150],"b":[100,100,300,200]},
                "CC":{"d":"M0,100L400,100L400,120Z","c":[200,110],"b":[0,100,400,120]}}}"#,
        )
        .expect("parses")
    }

    #[test]
    fn shapes_parse_with_small_places_marked() {
        let w = world();
        assert!(w.countries["AA"].small);
        assert!(!w.countries["BB"].small);
        assert_eq!(w.countries["BB"].c, [200, 150]);
        assert!(World::parse("{}").is_err());
    }

    #[test]
    fn a_region_frames_its_countries_in_the_maps_proportions() {
        let w = world();
        assert_eq!(w.view_box(&[]).to_string(), "0 0 600 300");
        assert_eq!(
            w.view_box(&["ZZ"]).to_string(),
            "0 0 600 300",
            "unknown codes show all"
        );
        // 200 wide → 300 with the margin, centred on (200, 150).
        assert_eq!(w.view_box(&["BB"]).to_string(), "50 75 300 150");
        // A tiny place is shown at a sixth of the map at least.
        assert_eq!(w.view_box(&["AA"]).to_string(), "-45 -20 100 50");
        // A wide place: its width (with the margin) decides.
        assert_eq!(w.view_box(&["CC"]).to_string(), "-100 -40 600 300");
        // Both: bounds 0..300 × 0..200, taller than the map's proportions.
        assert_eq!(w.view_box(&["AA", "BB"]).to_string(), "-150 -50 600 300");
    }
}
