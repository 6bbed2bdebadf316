//! The world map's data (issue 14, `scripts/world-map.mjs`): committed,
//! so the build needs no network. Every country the sample alerts name is
//! on it, every code on it is one the reader knows, and each shape is a
//! path inside the map with its centroid inside too.

use serde_json::Value;

fn map() -> Value {
    let text = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/map/world.json"))
        .expect("crates/prerender/map/world.json");
    serde_json::from_str(&text).expect("JSON")
}

#[test]
fn every_country_the_sample_alerts_name_is_on_the_map() {
    let map = map();
    let countries = map["countries"].as_object().expect("countries");
    let alerts = std::fs::read_dir(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../../public/data/alerts"
    ))
    .expect("the sample alerts");
    for entry in alerts {
        let path = entry.expect("a file").path();
        let alert: Value =
            serde_json::from_str(&std::fs::read_to_string(&path).expect("read")).expect("JSON");
        for code in alert["countries"].as_array().expect("countries") {
            let code = code.as_str().expect("a code");
            assert!(countries.contains_key(code), "{code} ({})", path.display());
        }
    }
    // Places too small to tap are marked, for a point marker.
    for small in ["AM", "LB", "PS", "IL"] {
        assert_eq!(countries[small]["small"], true, "{small}");
    }
    assert!(countries["SD"].get("small").is_none());
}

#[test]
fn every_shape_is_a_known_country_drawn_inside_the_map() {
    let map = map();
    let (w, h) = (
        map["width"].as_f64().expect("width"),
        map["height"].as_f64().expect("height"),
    );
    for (code, shape) in map["countries"].as_object().expect("countries") {
        assert!(
            alert_model::alert::countries::is_known_country(code),
            "{code}"
        );
        let d = shape["d"].as_str().expect("path");
        assert!(d.starts_with('M') && d.ends_with('Z'), "{code}");
        let c = shape["c"].as_array().expect("centroid");
        let (x, y) = (c[0].as_f64().expect("x"), c[1].as_f64().expect("y"));
        assert!(
            (0.0..=w).contains(&x) && (0.0..=h).contains(&y),
            "{code}: {x},{y}"
        );
    }
}

/// The points of a path as `scripts/world-map.mjs` writes it: rings of a
/// move to a whole-unit point, then steps from point to point ("l1,2 1-1").
fn points(d: &str) -> Vec<(i64, i64)> {
    let mut out = Vec::new();
    for ring in d.split('M').filter(|r| !r.is_empty()) {
        let ring = ring.trim_end_matches('Z');
        let (start, steps) = ring.split_once('l').unwrap_or((ring, ""));
        let number = |s: &str| s.parse::<i64>().unwrap_or_else(|_| panic!("{s:?} in {d}"));
        let (x, y) = start.split_once(',').expect("a move to x,y");
        let (mut x, mut y) = (number(x), number(y));
        out.push((x, y));
        // Numbers in order: "1,2 1-1" is 1 2 1 -1.
        let spaced = steps.replace('-', " -").replace(',', " ");
        let numbers: Vec<i64> = spaced.split_whitespace().map(number).collect();
        assert!(numbers.len().is_multiple_of(2), "pairs: {d}");
        for step in numbers.chunks(2) {
            assert!(step != [0, 0], "a repeated point: {d}");
            (x, y) = (x + step[0], y + step[1]);
            out.push((x, y));
        }
    }
    out
}

#[test]
fn every_point_of_every_shape_is_inside_its_bounds_and_the_map() {
    let map = map();
    let (w, h) = (
        map["width"].as_i64().expect("width"),
        map["height"].as_i64().expect("height"),
    );
    let mut total = 0;
    for (code, shape) in map["countries"].as_object().expect("countries") {
        let b: Vec<i64> = shape["b"]
            .as_array()
            .expect("bounds")
            .iter()
            .map(|n| n.as_i64().expect("whole"))
            .collect();
        let points = points(shape["d"].as_str().expect("path"));
        assert!(points.len() >= 3, "{code}");
        for (x, y) in &points {
            assert!(
                (b[0]..=b[2]).contains(x) && (b[1]..=b[3]).contains(y),
                "{code}: {x},{y} outside {b:?}"
            );
            assert!(
                (0..=w).contains(x) && (0..=h).contains(y),
                "{code}: {x},{y}"
            );
        }
        total += points.len();
    }
    // Natural Earth 1:110m at whole units: thousands of points, not a stub.
    assert!(total > 5_000, "{total} points");
}
