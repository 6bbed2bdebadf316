//! Whatever text an alert holds, the prerender renders it as text: no
//! panic, a page that parses, and no element that came from the data.

use alert_model::{Alert, Catalog, Site};
use alert_prerender::locales;
use alert_prerender::pages::{self, Data, Language};
use alert_views::env::Env;
use proptest::prelude::*;
use scraper::{Html, Selector};
use serde_json::json;
use std::collections::BTreeSet;
use std::sync::Arc;

/// An alert with `text` in every field that readers see, checked by the
/// validator as the build would (so only what it accepts is rendered).
fn alert_with(text: &str) -> Option<Alert> {
    let value = json!({
        "schema": 1, "id": "any", "title": format!("T{text}"), "type": "statement",
        "status": "published", "published": "2022-10-07", "countries": ["AM"],
        "language": "en", "summary": format!("S{text}"), "tags": [format!("g{text}")],
        "body": [
            { "type": "heading", "level": 2, "text": [text] },
            { "type": "paragraph", "text": [text, { "text": text, "marks": ["em"] }] },
            { "type": "quote", "text": [text], "cite": format!("c{text}") },
            { "type": "list", "ordered": false, "items": [[text]] }
        ]
    });
    alert_model::validate::check_alert_text(&value.to_string()).alert
}

/// Every element name a page of this alert may hold, whatever its text.
fn tags(html: &str) -> BTreeSet<String> {
    Html::parse_fragment(html)
        .select(&Selector::parse("*").unwrap())
        .map(|e| e.value().name().to_string())
        .collect()
}

fn data_for(alert: &Alert, site_name: &str) -> Data {
    let site: Site = serde_json::from_value(json!({ "name": site_name, "legal": "l" })).unwrap();
    let index = alert_model::validate::archive::build_index([alert], "2026-01-01T00:00:00Z".into());
    Data::new(
        Arc::new(site),
        Arc::new(Catalog::new(index.alerts)),
        vec![alert.clone()],
        locales::all().unwrap(),
    )
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(96))]

    #[test]
    fn any_text_is_rendered_as_text(text in "\\PC{0,40}|[<>&\"'/=!a-z ]{0,40}") {
        let Some(alert) = alert_with(&text) else { return Ok(()) };
        let env = Env::new("/");
        let plain = alert_with("plain").unwrap();
        let plain_data = data_for(&plain, "N");
        let language = |data: &Data| Language::new(&env, data, data.words[3].clone());
        let expected = tags(&pages::alert(&language(&plain_data), &plain_data, &plain).markup);
        let data = data_for(&alert, &format!("N{text}"));
        let l = language(&data);
        let page = pages::alert(&l, &data, &alert);
        // The same elements as for plain text: none came from the data.
        prop_assert_eq!(tags(&page.markup), expected);
        let doc = Html::parse_fragment(&page.markup);
        let h1: String = doc.select(&Selector::parse("h1").unwrap()).next().unwrap().text().collect();
        prop_assert_eq!(h1, format!("T{text}"));
        // The charts and the map are SVG, drawn by the views: nothing in
        // them that runs, loads or styles.
        for other in [pages::home(&l, &data), pages::country(&l, &data, "AM", 1), pages::map(&l, &data)] {
            let found = tags(&other.markup);
            prop_assert!(["script", "img", "iframe", "object", "style", "foreignobject", "use", "image"].iter().all(|t| !found.contains(*t)), "{:?}", found);
        }
    }
}
