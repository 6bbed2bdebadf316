//! One file per route.

pub mod alert;
pub mod country;
pub mod embed;
pub mod home;
pub mod map;
pub mod not_found;

use alert_model::Query;
use leptos::prelude::*;
use leptos_router::hooks::use_query_map;

/// The list state in the current URL, with any values that were ignored.
pub fn use_list_query() -> Memo<(Query, Vec<alert_model::reading::query::Ignored>)> {
    let map = use_query_map();
    Memo::new(move |_| {
        let map = map.read();
        let pairs: Vec<(&str, String)> = alert_model::reading::query::KEYS
            .into_iter()
            .filter_map(|k| map.get(k).map(|v| (k, v)))
            .collect();
        Query::from_pairs(pairs.iter().map(|(k, v)| (*k, v.as_str())))
    })
}
