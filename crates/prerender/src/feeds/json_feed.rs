//! A feed document as JSON Feed 1.1, paged with `next_url`.

use super::{
    changed, entry_summary, entry_text, entry_title, feed_title, timestamp, Document, Openings,
};
use crate::public::Public;
use alert_model::alert::countries::country_name;
use alert_model::{Alert, Status};
use serde_json::{json, Map, Value};

pub const EXT: &str = alert_model::outputs::follow::JSON_EXT;
pub const MEDIA_TYPE: &str = "application/feed+json";

/// The document's bytes: serde_json escapes every string.
pub fn write(doc: &Document<'_, '_>, cx: Public<'_>) -> Result<Vec<u8>, String> {
    let mut feed = Map::new();
    feed.insert("version".into(), json!("https://jsonfeed.org/version/1.1"));
    feed.insert("title".into(), json!(feed_title(doc.feed, cx.site)));
    feed.insert("home_page_url".into(), json!(cx.url(&doc.feed.page)));
    feed.insert("feed_url".into(), json!(cx.url(&doc.file(EXT))));
    if let Some(older) = doc.older(EXT) {
        feed.insert("next_url".into(), json!(cx.url(&older)));
    }
    let mut author = Map::new();
    author.insert("name".into(), json!(cx.site.name));
    if let Some(url) = &cx.site.url {
        author.insert("url".into(), json!(url));
    }
    feed.insert("authors".into(), Value::Array(vec![Value::Object(author)]));
    feed.insert("language".into(), json!(doc.feed.language));
    let items: Vec<Value> = doc
        .entries
        .iter()
        .map(|a| item(a, cx, doc.feed.openings))
        .collect();
    feed.insert("items".into(), Value::Array(items));
    let mut out = serde_json::to_vec_pretty(&Value::Object(feed)).unwrap_or_default();
    out.push(b'\n');
    super::refuse_noncharacters(&doc.file(EXT), out)
}

fn item(alert: &Alert, cx: Public<'_>, openings: &Openings) -> Value {
    let url = cx.url(&format!("/alerts/{}", alert.id));
    let mut tags: Vec<String> = alert
        .countries
        .iter()
        .map(|c| country_name(c).unwrap_or(c).to_string())
        .collect();
    tags.push(alert.kind.label().to_string());
    let translations: Map<String, Value> = alert
        .translations
        .iter()
        .map(|(lang, id)| (lang.clone(), json!(cx.url(&format!("/alerts/{id}")))))
        .collect();
    json!({
        "id": url,
        "url": url,
        "title": entry_title(alert),
        "summary": entry_summary(alert, cx.site),
        "content_text": entry_text(alert, cx.site, openings),
        "date_published": timestamp(&alert.published),
        "date_modified": timestamp(changed(alert)),
        "language": alert.language,
        "tags": tags,
        // Extensions start with "_" (JSON Feed 1.1): what a program
        // following the feed needs beyond the words.
        "_alert_reader": {
            "type": alert.kind.key(),
            "countries": alert.countries,
            "withdrawn": alert.status == Status::Withdrawn,
            "translations": translations,
        },
    })
}
