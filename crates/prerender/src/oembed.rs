//! Static oEmbed documents (`type: rich`): a site that discovers one from
//! a page's `<link rel="alternate" type="application/json+oembed">` gets
//! the same framed panel as the embed snippet. See docs/embedding for what
//! WordPress does with it.

use crate::cards;
use crate::public::Public;
use crate::template::escape;
use alert_model::Alert;
use serde_json::{json, Value};

/// The panel's size as offered; it sizes itself once it runs.
pub const WIDTH: u32 = 600;
pub const HEIGHT: u32 = 420;

pub fn alert_file(id: &str) -> String {
    format!("oembed/alerts/{id}.json")
}

pub fn country_file(code: &str) -> String {
    format!("oembed/countries/{code}.json")
}

/// One alert's panel.
pub fn alert(p: Public<'_>, alert: &Alert) -> Value {
    // The panel's address as the app routes it: one page serves every
    // alert's panel (the host's rewrite, or 404.html where there is none),
    // so there is no `<id>.html` to name.
    let frame = p.url(&format!("/embed/alert/{}", alert.id));
    let mut v = document(p, &alert.title, &frame);
    v["thumbnail_url"] = json!(p.url(&cards::file(&alert.id)));
    v["thumbnail_width"] = json!(cards::WIDTH);
    v["thumbnail_height"] = json!(cards::HEIGHT);
    v
}

/// A country's latest alerts as a panel.
pub fn country(p: Public<'_>, code: &str, title: &str) -> Value {
    let frame = p.url(&format!("/embed/latest.html?country={code}"));
    document(p, title, &frame)
}

fn document(p: Public<'_>, title: &str, frame: &str) -> Value {
    let html = format!(
        "<iframe src=\"{}\" title=\"{}\" width=\"{WIDTH}\" height=\"{HEIGHT}\" loading=\"lazy\" referrerpolicy=\"no-referrer\" sandbox=\"allow-scripts allow-same-origin allow-popups allow-popups-to-escape-sandbox\" style=\"border:0;max-width:100%\"></iframe>",
        escape(frame),
        escape(title)
    );
    let mut v = json!({
        "version": "1.0",
        "type": "rich",
        "title": title,
        "provider_name": p.site.name,
        "provider_url": p.base,
        "html": html,
        "width": WIDTH,
        "height": HEIGHT,
        "cache_age": 86400,
    });
    if let Some(url) = &p.site.url {
        v["author_name"] = json!(p.site.name);
        v["author_url"] = json!(url);
    }
    v
}
