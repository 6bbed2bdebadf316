//! The few things the app asks of the browser directly.

use alert_model::i18n::languages;
use alert_views::language_switcher::REMEMBER_KEY;
use leptos::prelude::*;
use wasm_bindgen::JsValue;

thread_local! {
    static BASE: String = {
        let base = document().base_uri().ok().flatten().unwrap_or_default();
        let path = web_sys::Url::new(&base).map(|u| u.pathname()).unwrap_or_default();
        path.trim_end_matches('/').to_string()
    };
    /// The interface language, from the address's prefix ("/fr/…"), or for
    /// a partner's panel (which has no prefix) from its `lang` option; and
    /// whether the address carries it.
    static LANGUAGE: (&'static str, bool) = {
        let location = window().location();
        let path = location.pathname().unwrap_or_default();
        let within = within_site(&path);
        if within.starts_with("/embed/") {
            let search = location.search().unwrap_or_default();
            // A language tag needs no decoding.
            let lang = search
                .trim_start_matches('?')
                .split('&')
                .find_map(|pair| pair.strip_prefix("lang="))
                .unwrap_or_default();
            let (options, _) = alert_model::outputs::embed::EmbedOptions::from_pairs([("lang", lang)]);
            (options.lang, false)
        } else {
            (languages::split_path(&within).0, true)
        }
    };
}

/// The sub-path the app is served under ("" at the root, "/reader" under
/// `/reader/`), read from the `<base href>` that the build writes. Files
/// (data, feeds, messages) are under it.
pub fn site_base() -> String {
    BASE.with(Clone::clone)
}

/// An address's path without the site's sub-path: "/reader/fr/alerts/x" →
/// "/fr/alerts/x".
pub fn within_site(path: &str) -> String {
    BASE.with(|b| path.strip_prefix(b.as_str()).unwrap_or(path).to_string())
}

/// The interface language of this page ("en", "fr").
pub fn language() -> &'static str {
    LANGUAGE.with(|l| l.0)
}

/// The path the router works under: the site's, then the language's
/// prefix ("/reader/fr"), so every link of a page stays in its language.
pub fn base_path() -> String {
    match LANGUAGE.with(|l| l.1) {
        true => format!("{}{}", site_base(), languages::prefix(language())),
        false => site_base(),
    }
}

/// The href for an app path such as `/alerts/x`. The router's `<A>` leaves
/// absolute paths as they are (while `navigate` adds the base), so every
/// link goes through here to work under a sub-path too.
pub fn href(app_path: &str) -> String {
    format!("{}{app_path}", base_path())
}

/// The href of a file of the site, or of a page outside any language
/// (`/embed/latest`).
pub fn file_href(path: &str) -> String {
    format!("{}{path}", site_base())
}

/// `href` as an absolute address, resolved against the page's base.
pub fn absolute(href: &str) -> String {
    let base = document().base_uri().ok().flatten().unwrap_or_default();
    web_sys::Url::new_with_base(href, &base).map_or_else(|_| href.to_string(), |u| u.href())
}

/// Offers `text` as a file named `name` to download, as a link with
/// `download` would: no server is asked.
pub fn download(name: &str, media_type: &str, text: &str) {
    use wasm_bindgen::JsCast;
    let parts = js_sys::Array::of1(&JsValue::from_str(text));
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(media_type);
    let Ok(blob) = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options) else {
        return;
    };
    let Ok(url) = web_sys::Url::create_object_url_with_blob(&blob) else {
        return;
    };
    if let Some(a) = document()
        .create_element("a")
        .ok()
        .and_then(|a| a.dyn_into::<web_sys::HtmlAnchorElement>().ok())
    {
        a.set_href(&url);
        a.set_download(name);
        a.click();
    }
    // Later, not at once: some browsers read the blob after the click
    // returns, and a revoked address downloads nothing.
    leptos::prelude::set_timeout(
        move || {
            let _ = web_sys::Url::revoke_object_url(&url);
        },
        std::time::Duration::from_secs(10),
    );
}

/// The href of an app path in the interface language `tag`.
pub fn href_in(tag: &str, app_path: &str) -> String {
    format!("{}{}{app_path}", site_base(), languages::prefix(tag))
}

/// On an address without a language prefix, the interface language the
/// reader chose before (the switcher remembers it), or on a first visit
/// the one their browser prefers; `None` when that is this page's.
pub fn preferred_elsewhere() -> Option<&'static str> {
    if language() != languages::DEFAULT {
        return None;
    }
    let chosen = window()
        .local_storage()
        .ok()
        .flatten()
        .and_then(|s| s.get_item(REMEMBER_KEY).ok().flatten());
    let wanted = match chosen {
        Some(tag) => languages::interface(&tag).map(|l| l.tag)?,
        None => {
            let wanted: Vec<String> = window()
                .navigator()
                .languages()
                .iter()
                .filter_map(|l| l.as_string())
                .collect();
            languages::best_match(wanted.iter().map(String::as_str))
        }
    };
    (wanted != languages::DEFAULT).then_some(wanted)
}

/// Remembers a language chosen with the switcher.
fn remember_language(tag: &str) {
    if let Some(storage) = window().local_storage().ok().flatten() {
        let _ = storage.set_item(REMEMBER_KEY, tag);
    }
}

/// The reader's public address, from the `<meta>` a prerendered page
/// carries (see the prerender's `head`), when it is a valid one.
pub fn public_url() -> Option<String> {
    let selector = format!("meta[name=\"{}\"]", alert_views::env::PUBLIC_URL_META);
    let meta = document().query_selector(&selector).ok().flatten()?;
    let url = meta.get_attribute("content")?;
    alert_model::alert::public_address::check(&url).ok()?;
    Some(url)
}

/// "Cite this alert" and "Compare with Update 1" in the app's view of an
/// alert link to the prerendered page's boxes (`alert_views::cite_box`,
/// `compare_box`), which the app leaves out of its download. At that
/// page's own address (the app took it over) the link would only change the
/// fragment, to a box that is not there: the page is loaded instead.
fn open_page_box(e: &web_sys::Event, link: &web_sys::Element) {
    let Some(href) = link.get_attribute("href").map(|h| absolute(&h)) else {
        return;
    };
    let location = window().location();
    let here = location.href().unwrap_or_default();
    let without_fragment = |u: &str| u.split('#').next().unwrap_or_default().to_string();
    if without_fragment(&href) != without_fragment(&here) {
        return;
    }
    e.prevent_default();
    if let Ok(history) = window().history() {
        let _ = history.replace_state_with_url(&JsValue::NULL, "", Some(&href));
    }
    let _ = location.reload();
}

/// Copy buttons (Follow): one listener on the document for every one the
/// views render, and `html.js` to show them. A prerendered page's loader
/// does the same until the app is in; `alertReaderCopies` tells it to stop.
pub fn serve_copy_buttons() {
    use wasm_bindgen::closure::Closure;
    use wasm_bindgen::JsCast;
    let root = document().document_element();
    if let Some(root) = root {
        let _ = root.class_list().add_1("js");
    }
    let _ = js_sys::Reflect::set(&window(), &"alertReaderCopies".into(), &JsValue::TRUE);
    let on_click = Closure::<dyn Fn(web_sys::Event)>::new(|e: web_sys::Event| {
        let target = e
            .target()
            .and_then(|t| t.dyn_into::<web_sys::Element>().ok());
        if let Some(tag) = target
            .as_ref()
            .and_then(|t| t.closest(".languages a[hreflang]").ok().flatten())
            .and_then(|a| a.get_attribute("hreflang"))
        {
            remember_language(&tag);
        }
        if let Some(link) = target
            .as_ref()
            .and_then(|t| t.closest("a.cite-link, .since-compare a").ok().flatten())
        {
            return open_page_box(&e, &link);
        }
        let Some(button) =
            target.and_then(|t| t.closest(".follow-copy, .copy-button").ok().flatten())
        else {
            return;
        };
        // What to say, in the page's language, is on the button, or once on
        // the list of buttons around it (the citations').
        let words = button.closest("[data-copied]").ok().flatten();
        let said = |name: &str| {
            let at = words.as_ref().unwrap_or(&button);
            at.get_attribute(name).unwrap_or_default()
        };
        let (copied, not_copied) = (said("data-copied"), said("data-not-copied"));
        let status = button
            .parent_element()
            .and_then(|p| p.query_selector("[role=status]").ok().flatten());
        let say = move |text: String| {
            if let Some(s) = &status {
                s.set_text_content(Some(&text));
            }
        };
        // A citation's text, or a feed's address made absolute.
        let text = match button.get_attribute("data-copy-from") {
            Some(id) => document()
                .get_element_by_id(&id)
                .and_then(|e| e.text_content())
                .unwrap_or_default(),
            None => {
                let value = button.get_attribute("data-copy").unwrap_or_default();
                let base = document().base_uri().ok().flatten().unwrap_or_default();
                match web_sys::Url::new_with_base(&value, &base) {
                    Ok(url) => url.href(),
                    Err(_) => return say(not_copied),
                }
            }
        };
        let navigator = window().navigator();
        // Missing outside secure contexts; calling it then would throw.
        let available =
            js_sys::Reflect::get(&navigator, &"clipboard".into()).is_ok_and(|c| !c.is_undefined());
        if !available {
            return say(not_copied);
        }
        let promise = navigator.clipboard().write_text(&text);
        leptos::task::spawn_local(async move {
            let done = wasm_bindgen_futures::JsFuture::from(promise).await.is_ok();
            say(if done { copied } else { not_copied });
        });
    });
    let _ = document().add_event_listener_with_callback("click", on_click.as_ref().unchecked_ref());
    // Lives as long as the page.
    on_click.forget();
}

/// `<html lang dir>`: the interface's language and direction.
pub fn set_language(lang: &str, dir: &str) {
    if let Some(html) = document().document_element() {
        let _ = html.set_attribute("lang", lang);
        let _ = html.set_attribute("dir", dir);
    }
}

pub fn set_title(title: &str) {
    document().set_title(title);
}

/// True while the user is typing somewhere, so page shortcuts stay out of
/// the way.
pub fn is_typing_target(target: Option<web_sys::EventTarget>) -> bool {
    use wasm_bindgen::JsCast;
    let Some(el) = target.and_then(|t| t.dyn_into::<web_sys::HtmlElement>().ok()) else {
        return false;
    };
    matches!(el.tag_name().as_str(), "INPUT" | "TEXTAREA" | "SELECT") || el.is_content_editable()
}

/// Replaces a prerendered page with the app, once the app's view has the
/// same content on screen. Views call it when their content is ready; it
/// does nothing the second time, or when nothing was prerendered.
pub fn reveal_app() {
    let Some(boot) = document().get_element_by_id("boot") else {
        return;
    };
    // After this frame, so the view's content is in the DOM.
    request_animation_frame(move || {
        let typing = Typing::read(&boot);
        boot.remove();
        if let Some(app) = document().get_element_by_id("app") {
            let _ = app.remove_attribute("hidden");
            typing.carry_into(&app);
        }
        finish_pending_action();
    });
}

/// What the reader was doing in the prerendered page's filters as the app
/// takes over: the loader has put every change in the address, which the
/// app shows, but the words box's text goes over as typed (the address
/// tidies it: a trailing space would go) and so do the focus and caret, so
/// that typing goes on where it was.
struct Typing {
    focused: Option<String>,
    /// (id, text) of each words box in a filter form.
    texts: Vec<(String, String)>,
    caret: Option<(u32, u32)>,
}

impl Typing {
    fn read(boot: &web_sys::Element) -> Typing {
        use wasm_bindgen::JsCast;
        let active = document()
            .active_element()
            .filter(|e| boot.contains(Some(e)));
        let input = |e: &web_sys::Element| e.dyn_ref::<web_sys::HtmlInputElement>().cloned();
        let mut texts = Vec::new();
        if let Ok(fields) = boot.query_selector_all("form[data-app-form] input[type=search][id]") {
            for i in 0..fields.length() {
                let field = fields
                    .get(i)
                    .and_then(|n| n.dyn_into::<web_sys::Element>().ok());
                // Only what the reader typed: an untouched box has the
                // prerendered (empty) text, and the app's may have the
                // address's words.
                if let Some(field) = field.as_ref().and_then(input) {
                    if field.value() != field.default_value() {
                        texts.push((field.id(), field.value()));
                    }
                }
            }
        }
        let caret = active.as_ref().and_then(input).and_then(|i| {
            Some((
                i.selection_start().ok().flatten()?,
                i.selection_end().ok().flatten()?,
            ))
        });
        Typing {
            focused: active.map(|e| e.id()).filter(|id| !id.is_empty()),
            texts,
            caret,
        }
    }

    fn carry_into(self, app: &web_sys::Element) {
        use wasm_bindgen::JsCast;
        let find = |id: &str| {
            app.query_selector(&format!("#{id}"))
                .ok()
                .flatten()
                .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
        };
        for (id, text) in &self.texts {
            if let Some(field) =
                find(id).and_then(|e| e.dyn_into::<web_sys::HtmlInputElement>().ok())
            {
                if field.value() != *text {
                    field.set_value(text);
                }
            }
        }
        let Some(field) = self.focused.as_deref().and_then(find) else {
            return;
        };
        let _ = field.focus();
        if let (Some((start, end)), Some(input)) =
            (self.caret, field.dyn_ref::<web_sys::HtmlInputElement>())
        {
            let _ = input.set_selection_range(start, end);
        }
    }
}

/// An alert page loads the app when the reader presses one of its buttons
/// (see the prerender's on_demand.rs), which names what it wants in
/// `window.alertReaderPending`. Once the app is on screen, its own button
/// does it, with focus on it, so focus returns there afterwards. Called on
/// takeover and again when the alert view has rendered, since after the
/// 4 s safety net the app is on screen before its alert is.
pub fn finish_pending_action() {
    use wasm_bindgen::JsCast;
    if document().get_element_by_id("boot").is_some() {
        return;
    }
    let key = JsValue::from_str("alertReaderPending");
    let Some(action) = js_sys::Reflect::get(&window(), &key)
        .ok()
        .and_then(|v| v.as_string())
    else {
        return;
    };
    let selector = match action.as_str() {
        "embed" => "#app .embed-open",
        _ => return,
    };
    if let Some(button) = document()
        .query_selector(selector)
        .ok()
        .flatten()
        .and_then(|b| b.dyn_into::<web_sys::HtmlElement>().ok())
    {
        let _ = js_sys::Reflect::delete_property(&window(), &key);
        let _ = button.focus();
        button.click();
    }
}

/// True inside a frame.
pub fn is_framed() -> bool {
    window()
        .top()
        .ok()
        .flatten()
        .is_some_and(|top| top != window())
}

/// A host without `_headers` sends no `frame-ancestors`, so any site could
/// frame the reader and dress it up as its own. Framed, a reader view shows
/// only a link that opens it in a tab of its own (the on-demand loader of
/// prerendered pages does the same).
pub fn refuse_framing() {
    let Some(body) = document().body() else {
        return;
    };
    let Ok(link) = document().create_element("a") else {
        return;
    };
    let href = window().location().href().unwrap_or_default();
    let _ = link.set_attribute("href", &href);
    let _ = link.set_attribute("target", "_blank");
    let _ = link.set_attribute("rel", "noopener");
    link.set_text_content(Some("Open this page in a new tab"));
    body.replace_children_with_node_1(&link);
}
