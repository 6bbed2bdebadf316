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
        assert!(alert_model::countries::is_known_country(code), "{code}");
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
