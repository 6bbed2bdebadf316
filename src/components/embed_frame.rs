//! The frame around an embed view: applies the partner's theme, accent and
//! background to the page, shows refused settings, and reports the content
//! height to the partner page whenever it changes.

use alert_model::outputs::embed::{EmbedOptions, Refused, Theme};
use leptos::prelude::*;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

/// The message type partner pages listen for (see public/embed.js).
pub const HEIGHT_MESSAGE: &str = "alert-reader:height";

#[component]
pub fn EmbedFrame(
    options: EmbedOptions,
    refused: Vec<Refused>,
    children: Children,
) -> impl IntoView {
    apply_to_page(&options);
    crate::dom::reveal_app();
    let root = NodeRef::<leptos::html::Div>::new();
    let frame = options.frame.clone();
    let secret = wordpress_secret();
    if let Some(secret) = &secret {
        follow_links_through_wordpress(secret.clone());
    }
    Effect::new(move |_| {
        if let Some(el) = root.get() {
            report_height(&el, frame.clone(), secret.clone());
        }
    });
    let w = alert_views::i18n::use_words();
    let note = (!refused.is_empty()).then(|| {
        let items: Vec<String> = refused
            .iter()
            .map(|r| {
                w.fill(
                    "panel.refused_item",
                    &[("key", &r.key), ("value", &r.value), ("reason", &w.text(r.reason))],
                )
            })
            .collect();
        view! { <p class="embed-note" role="note">{w.fill("panel.refused", &[("list", &w.list(&items))])}</p> }
    });
    view! {
        <div class="embed" class:compact=options.compact node_ref=root lang=options.lang dir=w.dir()>
            {note}
            {children()}
        </div>
    }
}

/// Theme, accent and background live on `<html>`, through attributes and
/// CSS custom properties (CSSOM, which the page's CSP allows).
fn apply_to_page(o: &EmbedOptions) {
    let Some(html) = document().document_element() else {
        return;
    };
    let _ = html.class_list().add_1("embed-mode");
    // Every link leaves the panel for the full reader in a new tab, the
    // board's too (its views are the reader's, which set no target).
    if let Ok(Some(base)) = document().query_selector("base") {
        let _ = base.set_attribute("target", "_blank");
    }
    let _ = html.set_attribute("lang", o.lang);
    match o.theme {
        Theme::Auto => {
            let _ = html.remove_attribute("data-theme");
        }
        t => {
            let _ = html.set_attribute("data-theme", t.key());
        }
    }
    if o.transparent {
        let _ = html.set_attribute("data-transparent", "");
    }
    if let (Some(accent), Ok(html)) = (&o.accent, html.dyn_into::<web_sys::HtmlElement>()) {
        // Only a validated hex colour reaches here (EmbedOptions::from_pairs).
        let style = html.style();
        let _ = style.set_property("--accent", accent);
        let _ = style.set_property("--link", accent);
    }
}

/// Posts `{type, frame, height}` to the parent now and after every change in
/// size. The height is not secret, so any parent may read it; the partner
/// script checks who sent it.
fn report_height(el: &web_sys::HtmlDivElement, frame: Option<String>, secret: Option<String>) {
    if frame.is_none() && secret.is_none() {
        return;
    }
    let Ok(Some(parent)) = window().parent() else {
        return;
    };
    let post = move || {
        let Some(html) = document().document_element() else {
            return;
        };
        let height = html.get_bounding_client_rect().height().ceil();
        if let Some(frame) = &frame {
            let message = object(&[
                ("type", HEIGHT_MESSAGE.into()),
                ("frame", frame.as_str().into()),
                ("height", height.into()),
            ]);
            let _ = parent.post_message(&message, "*");
        }
        if let Some(secret) = &secret {
            let message = object(&[
                ("message", "height".into()),
                ("value", height.into()),
                ("secret", secret.as_str().into()),
            ]);
            let _ = parent.post_message(&message, "*");
        }
    };
    let callback = Closure::<dyn FnMut(js_sys::Array)>::new(move |_entries: js_sys::Array| post());
    if let Ok(observer) = web_sys::ResizeObserver::new(callback.as_ref().unchecked_ref()) {
        observer.observe(el);
    }
    // The observer lives as long as the embed page.
    callback.forget();
}

fn object(fields: &[(&str, JsValue)]) -> js_sys::Object {
    let o = js_sys::Object::new();
    for (key, value) in fields {
        let _ = js_sys::Reflect::set(&o, &(*key).into(), value);
    }
    o
}

/// The secret WordPress adds to an oEmbed frame's address (`#?secret=…`).
/// WordPress sandboxes frames from providers it does not know without
/// `allow-same-origin` or popups, keeps them clipped until they post their
/// height with this secret, and opens links for them when asked.
fn wordpress_secret() -> Option<String> {
    let hash = window().location().hash().ok()?;
    let secret = hash
        .strip_prefix("#?")?
        .split('&')
        .find_map(|pair| pair.strip_prefix("secret="))?;
    let plain = !secret.is_empty()
        && secret.len() <= 64
        && secret.bytes().all(|b| b.is_ascii_alphanumeric());
    plain.then(|| secret.to_string())
}

/// In WordPress's sandbox a link cannot open a tab: ask WordPress to open
/// it instead (it does, for links to the frame's own host).
fn follow_links_through_wordpress(secret: String) {
    let Ok(Some(parent)) = window().parent() else {
        return;
    };
    let on_click = Closure::<dyn Fn(web_sys::MouseEvent)>::new(move |e: web_sys::MouseEvent| {
        let Some(link) = e
            .target()
            .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
            .and_then(|t| t.closest("a[href]").ok().flatten())
            .and_then(|a| a.dyn_into::<web_sys::HtmlAnchorElement>().ok())
        else {
            return;
        };
        e.prevent_default();
        let message = object(&[
            ("message", "link".into()),
            ("value", link.href().into()),
            ("secret", secret.as_str().into()),
        ]);
        let _ = parent.post_message(&message, "*");
    });
    let _ = document().add_event_listener_with_callback("click", on_click.as_ref().unchecked_ref());
    // Lives as long as the embed page.
    on_click.forget();
}
