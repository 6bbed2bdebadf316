//! schema.org JSON-LD for an alert: what search engines and scholarly
//! tools read. A data block, never run; the headers step leaves it out of
//! the script hashes.

use crate::cards;
use crate::feeds::changed;
use crate::public::Public;
use alert_model::alert::countries::country_name;
use alert_model::{Alert, AlertType, Status};
use serde_json::{json, Map, Value};

/// The JSON-LD object for one alert; `original` is the first alert of its
/// series, which names the series.
pub fn alert(p: Public<'_>, alert: &Alert, original: Option<&Alert>) -> Value {
    let url = p.url(&format!("/alerts/{}", alert.id));
    let publisher = organisation(p);
    let mut v = Map::new();
    v.insert("@context".into(), json!("https://schema.org"));
    // Reports are reports; alerts and statements are news of a situation.
    let kind = match alert.kind {
        AlertType::Report => "Report",
        _ => "NewsArticle",
    };
    v.insert("@type".into(), json!(kind));
    v.insert("@id".into(), json!(url));
    v.insert("url".into(), json!(url));
    v.insert("headline".into(), json!(alert.title));
    v.insert("abstract".into(), json!(alert.summary));
    v.insert("genre".into(), json!(alert.kind.label()));
    v.insert("inLanguage".into(), json!(alert.language));
    v.insert("datePublished".into(), json!(alert.published.as_str()));
    v.insert("dateModified".into(), json!(changed(alert).as_str()));
    v.insert("image".into(), json!(p.url(&cards::file(&alert.id))));
    v.insert("author".into(), publisher.clone());
    v.insert("publisher".into(), publisher);
    let places: Vec<Value> = alert
        .countries
        .iter()
        .map(|c| json!({ "@type": "Country", "name": country_name(c).unwrap_or(c), "identifier": c }))
        .collect();
    v.insert("spatialCoverage".into(), Value::Array(places));
    if let Some(series) = &alert.series {
        v.insert(
            "isPartOf".into(),
            json!({
                "@type": "CreativeWorkSeries",
                "identifier": series.id,
                "name": original.map_or(series.id.as_str(), |a| a.title.as_str()),
                "url": p.url(&format!("/alerts/{}", original.map_or(alert.id.as_str(), |a| a.id.as_str()))),
            }),
        );
        v.insert("position".into(), json!(series.number));
    }
    if !alert.translations.is_empty() {
        let works: Vec<Value> = alert
            .translations
            .iter()
            .map(|(lang, id)| {
                json!({ "@type": kind, "@id": p.url(&format!("/alerts/{id}")), "inLanguage": lang })
            })
            .collect();
        v.insert("workTranslation".into(), Value::Array(works));
    }
    if alert.status == Status::Withdrawn {
        v.insert("creativeWorkStatus".into(), json!("Withdrawn"));
    }
    Value::Object(v)
}

fn organisation(p: Public<'_>) -> Value {
    let mut o = Map::new();
    o.insert("@type".into(), json!("Organization"));
    o.insert("name".into(), json!(p.site.name));
    if let Some(url) = &p.site.url {
        o.insert("url".into(), json!(url));
    }
    Value::Object(o)
}

/// The block as HTML. `<`, `>` and `&` become JSON escapes, so no text
/// from the data can close the element; the JSON means the same.
pub fn script(value: &Value) -> String {
    let text = value
        .to_string()
        .replace('<', "\\u003c")
        .replace('>', "\\u003e")
        .replace('&', "\\u0026");
    format!("<script type=\"application/ld+json\">{text}</script>")
}
