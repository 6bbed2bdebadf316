//! For the benchmark only (feature `parse-bench`): times reading the index
//! with serde_json against the browser's `JSON.parse` followed by
//! serde-wasm-bindgen, on the same text, in the same page.

use alert_model::Index;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

/// Both routes start from the JS string a `fetch` gives, as the app's
/// would. Returns `[serde_json ms (copy into wasm included), JSON.parse ms,
/// serde-wasm-bindgen ms, alerts read]`.
#[wasm_bindgen]
pub fn bench_parse_index(text: JsValue) -> Vec<f64> {
    let performance = web_sys::window().and_then(|w| w.performance());
    let now = move || {
        performance
            .as_ref()
            .map_or_else(js_sys::Date::now, |p| p.now())
    };
    let t0 = now();
    let by_serde = text
        .as_string()
        .and_then(|s| serde_json::from_str::<Index>(&s).ok())
        .map(|i| i.alerts.len());
    let t1 = now();
    // The browser's own JSON.parse, called on the JS string itself.
    let json = js_sys::Reflect::get(&js_sys::global(), &"JSON".into()).unwrap_or(JsValue::NULL);
    let value = js_sys::Reflect::get(&json, &"parse".into())
        .ok()
        .and_then(|f| f.dyn_into::<js_sys::Function>().ok())
        .and_then(|parse| parse.call1(&json, &text).ok());
    let t2 = now();
    let by_js = value
        .and_then(|v| serde_wasm_bindgen::from_value::<Index>(v).ok())
        .map(|i| i.alerts.len());
    let t3 = now();
    let read = match (by_serde, by_js) {
        (Some(a), Some(b)) if a == b => a as f64,
        _ => -1.0,
    };
    vec![t1 - t0, t2 - t1, t3 - t2, read]
}
