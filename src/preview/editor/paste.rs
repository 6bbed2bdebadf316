//! Pasting rich text into the body: the browser parses the clipboard's
//! HTML (an inert document: nothing in it runs or loads), the tree is
//! handed to the authoring crate as plain nodes, and the blocks it gives
//! are inserted as Markdown where the cursor is. Plain text is left to the
//! browser: it is Markdown already.

use alert_authoring::paste::{blocks_from_html, markdown_to_insert, Node};
use leptos::prelude::document;
use wasm_bindgen::JsCast;

/// Deeper than any document people paste; a deeper one is cut there
/// rather than overflow the stack.
const MAX_DEPTH: usize = 200;

/// Handles a paste into the body: rich text becomes Markdown at the
/// cursor, inserted as typing is (so the browser's undo takes it back and
/// the form hears it). Returns what was left out, or `None` when the
/// clipboard had only plain text, which the browser pastes itself.
pub fn paste_rich_text(ev: &web_sys::ClipboardEvent) -> Option<Vec<String>> {
    let html = ev.clipboard_data()?.get_data("text/html").ok()?;
    if html.trim().is_empty() {
        return None;
    }
    let area: web_sys::HtmlTextAreaElement = ev.target()?.dyn_into().ok()?;
    let parser = web_sys::DomParser::new().ok()?;
    let doc = parser
        .parse_from_string(&html, web_sys::SupportedType::TextHtml)
        .ok()?;
    let root = doc.document_element()?;
    let deep = std::cell::Cell::new(false);
    let mut pasted = blocks_from_html(&[node(&root, 0, &deep)?]);
    // Nothing the body can hold (an image alone): the browser pastes the
    // plain text, if any, as it would.
    if pasted.blocks.is_empty() {
        return None;
    }
    if deep.get() {
        pasted
            .dropped
            .push(format!("what was nested more than {MAX_DEPTH} levels deep"));
    }
    ev.prevent_default();
    let value: Vec<u16> = area.value().encode_utf16().collect();
    let start = area.selection_start().ok().flatten().unwrap_or(0) as usize;
    let end = area.selection_end().ok().flatten().unwrap_or(0) as usize;
    let (start, end) = (
        start.min(value.len()),
        end.clamp(start.min(value.len()), value.len()),
    );
    let before = String::from_utf16_lossy(&value[..start]);
    let after = String::from_utf16_lossy(&value[end..]);
    let insert = markdown_to_insert(&before, &after, &pasted);
    let typed = document()
        .dyn_into::<web_sys::HtmlDocument>()
        .ok()
        .and_then(|d| {
            d.exec_command_with_show_ui_and_value("insertText", false, &insert)
                .ok()
        })
        .unwrap_or(false);
    if !typed {
        // Where the browser cannot insert as typing, set the text whole and
        // tell the form, as an input would.
        area.set_value(&format!("{before}{insert}{after}"));
        let cursor = (before.encode_utf16().count() + insert.encode_utf16().count()) as u32;
        let _ = area.set_selection_range(cursor, cursor);
        if let Ok(input) = web_sys::Event::new("input") {
            let _ = area.dispatch_event(&input);
        }
    }
    Some(pasted.dropped)
}

fn node(n: &web_sys::Node, depth: usize, deep: &std::cell::Cell<bool>) -> Option<Node> {
    match n.node_type() {
        web_sys::Node::TEXT_NODE => Some(Node::Text(n.node_value().unwrap_or_default())),
        web_sys::Node::ELEMENT_NODE => {
            let el: &web_sys::Element = n.dyn_ref()?;
            let attributes = el.attributes();
            let attrs = (0..attributes.length())
                .filter_map(|i| attributes.item(i))
                .map(|a| (a.name().to_ascii_lowercase(), a.value()))
                .collect();
            let list = n.child_nodes();
            let children = if depth < MAX_DEPTH {
                (0..list.length())
                    .filter_map(|i| list.item(i))
                    .filter_map(|c| node(&c, depth + 1, deep))
                    .collect()
            } else {
                deep.set(deep.get() || list.length() > 0);
                Vec::new()
            };
            Some(Node::Element {
                name: el.local_name().to_ascii_lowercase(),
                attrs,
                children,
            })
        }
        // Comments (Word's conditional ones among them), processing
        // instructions: nothing a reader would see.
        _ => None,
    }
}
