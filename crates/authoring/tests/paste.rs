//! Rich text pasted from Word, Google Docs and a web page: each fixture
//! (clipboard HTML of the shape each writes, with our own words) parsed as
//! the browser would, gives the blocks beside it, and those blocks come
//! back unchanged through the Markdown the editor inserts.

use alert_authoring::markdown::{from_markdown, to_markdown};
use alert_authoring::paste::{blocks_from_html, Node, Pasted};
use alert_model::Block;
use std::path::Path;

/// The tree an HTML5 parser makes of the text, as the editor hands over
/// the browser's (comments left out).
fn tree(html: &str) -> Vec<Node> {
    fn convert(element: scraper::ElementRef<'_>) -> Node {
        Node::Element {
            name: element.value().name().to_string(),
            attrs: element
                .value()
                .attrs()
                .map(|(n, v)| (n.to_string(), v.to_string()))
                .collect(),
            children: element
                .children()
                .filter_map(|child| match child.value() {
                    scraper::Node::Text(text) => Some(Node::Text(text.to_string())),
                    _ => scraper::ElementRef::wrap(child).map(convert),
                })
                .collect(),
        }
    }
    vec![convert(scraper::Html::parse_document(html).root_element())]
}

/// The fixture's blocks, checked against its `.expected.json` and against
/// the Markdown round trip.
fn fixture(name: &str) -> (String, Pasted) {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/paste");
    let html = std::fs::read_to_string(dir.join(format!("{name}.html"))).unwrap();
    let expected = std::fs::read_to_string(dir.join(format!("{name}.expected.json"))).unwrap();
    let expected: Vec<Block> = serde_json::from_str(&expected).unwrap();
    let pasted = blocks_from_html(&tree(&html));
    assert_eq!(
        pasted.blocks,
        expected,
        "{name}:\n{}",
        serde_json::to_string_pretty(&pasted.blocks).unwrap()
    );
    let markdown = to_markdown(&pasted.blocks);
    let back = from_markdown(&markdown);
    assert!(back.problems.is_empty(), "{name}: {:?}", back.problems);
    assert_eq!(back.blocks, pasted.blocks, "{name}:\n{markdown}");
    (html, pasted)
}

fn words(blocks: &[Block]) -> String {
    blocks
        .iter()
        .map(Block::plain_text)
        .collect::<Vec<_>>()
        .join("\n")
}

#[test]
fn a_word_document() {
    let (_, pasted) = fixture("word");
    let words = words(&pasted.blocks);
    assert!(words.contains("Country\u{a0}X"), "the no-break space");
    assert!(words.contains("\u{201c}a season of fear\u{201d}") && words.contains('\u{2019}'));
    assert!(!words.contains('\u{b7}'), "no list marker is words");
    assert_eq!(
        pasted.dropped,
        vec!["lists inside lists: their items are kept as items of the outer list"]
    );
}

#[test]
fn a_google_docs_document() {
    let (html, pasted) = fixture("google-docs");
    assert!(html.contains("id=\"docs-internal-guid-"));
    assert_eq!(
        pasted.dropped,
        vec!["lists inside lists: their items are kept as items of the outer list"]
    );
}

#[test]
fn a_web_page() {
    let (_, pasted) = fixture("web-page");
    let words = words(&pasted.blocks);
    for gone in ["dataLayer", "float: right", "javascript"] {
        assert!(!words.contains(gone), "{gone}");
    }
    let json = serde_json::to_string(&pasted.blocks).unwrap();
    assert!(!json.contains("javascript:"));
    assert_eq!(pasted.dropped.len(), 2, "{:?}", pasted.dropped);
    assert!(pasted.dropped[0].contains("\"javascript:void(0)\""));
    assert!(pasted.dropped[1].starts_with("an image"));
}
