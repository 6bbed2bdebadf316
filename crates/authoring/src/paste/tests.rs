//! The rules one at a time, on small pastes parsed as the browser would.

use super::{blocks_from_html, Node, Pasted};
use crate::markdown::{from_markdown, to_markdown};
use alert_model::{Block, Mark, Span};

/// The tree an HTML5 parser makes of `html`, as the editor hands it over.
fn paste(html: &str) -> Pasted {
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
    let document = scraper::Html::parse_document(html);
    let pasted = blocks_from_html(&[convert(document.root_element())]);
    // The editor inserts the blocks as Markdown: they must read back alike.
    let back = from_markdown(&to_markdown(&pasted.blocks));
    assert!(back.problems.is_empty(), "{:?}", back.problems);
    assert_eq!(
        back.blocks,
        pasted.blocks,
        "{}",
        to_markdown(&pasted.blocks)
    );
    pasted
}

fn plain(text: &str) -> Span {
    Span::plain(text)
}

fn marked(text: &str, marks: &[Mark]) -> Span {
    Span {
        text: text.into(),
        marks: marks.to_vec(),
        href: None,
    }
}

fn paragraph(text: Vec<Span>) -> Block {
    Block::Paragraph { text }
}

#[test]
fn the_google_docs_wrapper_is_not_bold() {
    let pasted = paste(
        r#"<meta charset="utf-8"><b style="font-weight:normal;" id="docs-internal-guid-1234abcd-7fff-0000-1111-222233334444"><p dir="ltr" style="line-height:1.38;margin-top:0pt;margin-bottom:0pt;"><span style="font-size:11pt;font-family:Arial;font-weight:400;font-style:normal;">Plain words</span></p></b><br class="Apple-interchange-newline">"#,
    );
    assert_eq!(pasted.blocks, vec![paragraph(vec![plain("Plain words")])]);
    assert!(pasted.dropped.is_empty());
}

#[test]
fn bold_and_italic_come_from_styles_as_well_as_tags() {
    let pasted = paste(
        r#"<b style="font-weight:normal;" id="docs-internal-guid-1"><p><span style="font-weight:400">a </span><span style="font-weight:700">b</span> <span style="font-style:italic">c</span> <span style="font-weight:bold;font-style:italic">d</span></p></b>
        <p><b style='mso-bidi-font-weight:normal'>word-bold</b> <strong><span style="font-weight:normal">not</span></strong> <i style='mso-bidi-font-style:normal'>word-em</i></p>"#,
    );
    assert_eq!(
        pasted.blocks,
        vec![
            paragraph(vec![
                plain("a "),
                marked("b", &[Mark::Strong]),
                plain(" "),
                marked("c", &[Mark::Em]),
                plain(" "),
                marked("d", &[Mark::Strong, Mark::Em]),
            ]),
            paragraph(vec![
                marked("word-bold", &[Mark::Strong]),
                plain(" not "),
                marked("word-em", &[Mark::Em]),
            ]),
        ]
    );
}

/// One of Word's list paragraphs, its marker as Word writes it.
fn word_item(class: &str, list: &str, marker: &str, text: &str) -> String {
    format!(
        "<p class={class} style='text-indent:-18.0pt;mso-list:{list}'><![if !supportLists]><span style='font-family:Symbol'><span style='mso-list:Ignore'>{marker}<span style='font:7.0pt \"Times New Roman\"'>&nbsp;&nbsp;&nbsp; </span></span></span><![endif]><span lang=EN-GB>{text}<o:p></o:p></span></p>\n"
    )
}

#[test]
fn word_list_paragraphs_are_rebuilt_ordered_or_not_by_their_marker() {
    let mut html = String::from("<body><!--StartFragment-->");
    html += &word_item(
        "MsoListParagraphCxSpFirst",
        "l0 level1 lfo1",
        "·",
        "dot one",
    );
    html += &word_item("MsoListParagraphCxSpLast", "l0 level1 lfo1", "·", "dot two");
    html += "<p class=MsoNormal>Between.<o:p></o:p></p>";
    for (n, marker) in ["1.", "2)", "iv."].iter().enumerate() {
        html += &word_item(
            "MsoListParagraph",
            "l1 level1 lfo2",
            marker,
            &format!("number {n}"),
        );
    }
    html += &word_item("MsoListParagraph", "l2 level1 lfo3", "o", "circle");
    html += &word_item("MsoListParagraph", "l3 level1 lfo4", "Ø", "arrow");
    html += "<!--EndFragment--></body>";
    let pasted = paste(&html);
    let items = |words: &[&str]| words.iter().map(|w| vec![plain(w)]).collect::<Vec<_>>();
    assert_eq!(
        pasted.blocks,
        vec![
            Block::List {
                ordered: false,
                items: items(&["dot one", "dot two"])
            },
            paragraph(vec![plain("Between.")]),
            Block::List {
                ordered: true,
                items: items(&["number 0", "number 1", "number 2"])
            },
            // Another of Word's lists is another list.
            Block::List {
                ordered: false,
                items: items(&["circle"])
            },
            Block::List {
                ordered: false,
                items: items(&["arrow"])
            },
        ]
    );
}

#[test]
fn a_javascript_link_keeps_its_words_and_is_said() {
    let pasted = paste(
        r#"<p>Read <a href="javascript:alert(1)">the <b>report</b></a> or <a href=" https://example.org/x ">this</a>.</p>"#,
    );
    assert_eq!(
        pasted.blocks,
        vec![paragraph(vec![
            plain("Read the "),
            marked("report", &[Mark::Strong]),
            plain(" or "),
            Span {
                text: "this".into(),
                marks: vec![],
                href: Some("https://example.org/x".into()),
            },
            plain("."),
        ])]
    );
    assert_eq!(pasted.dropped.len(), 1);
    assert!(
        pasted.dropped[0].contains("javascript:alert(1)"),
        "{:?}",
        pasted.dropped
    );
}

#[test]
fn nested_lists_join_the_outer_list_and_are_said_once() {
    // A web page nests inside the item; Google Docs beside it.
    let pasted = paste(
        "<ul><li>one<ul><li>one a</li><li>one b</li></ul></li><li>two</li></ul>\
         <ol><li><p>first</p></li><ul><li><p>inner</p></li></ul><li><p>second</p></li></ol>",
    );
    let items = |words: &[&str]| words.iter().map(|w| vec![plain(w)]).collect::<Vec<_>>();
    assert_eq!(
        pasted.blocks,
        vec![
            Block::List {
                ordered: false,
                items: items(&["one", "one a", "one b", "two"])
            },
            Block::List {
                ordered: true,
                items: items(&["first", "inner", "second"])
            },
        ]
    );
    assert_eq!(
        pasted.dropped,
        vec!["lists inside lists: their items are kept as items of the outer list"]
    );
}

#[test]
fn empty_paragraphs_are_dropped() {
    let pasted = paste(
        "<p class=MsoNormal><o:p>&nbsp;</o:p></p><p>&nbsp;</p><p> <span> </span> </p><div></div>\
         <h2> </h2><ul><li> </li></ul><blockquote><p></p></blockquote><p>Words</p><br><br>",
    );
    assert_eq!(pasted.blocks, vec![paragraph(vec![plain("Words")])]);
}

#[test]
fn white_space_folds_as_in_the_browser() {
    let pasted = paste(
        "<p>\n  Two   words,\tthen <b> bold </b>  and\u{a0}a\u{a0}no-break space; \u{201c}quoted\u{201d}\n</p>\
         <p>&nbsp; trimmed &nbsp;</p>",
    );
    assert_eq!(
        pasted.blocks,
        vec![
            paragraph(vec![
                plain("Two words, then "),
                marked("bold", &[Mark::Strong]),
                plain(" and\u{a0}a\u{a0}no-break space; \u{201c}quoted\u{201d}"),
            ]),
            paragraph(vec![plain("trimmed")]),
        ]
    );
}

#[test]
fn a_quote_takes_its_source_from_a_last_line_after_a_dash() {
    let pasted = paste(
        "<blockquote><p>First line.</p><p>Second<br>line.</p><footer>— <cite>A source</cite></footer></blockquote>\
         <p class=MsoQuote>Word's quote.<o:p></o:p></p><p class=MsoQuote>-- Its source<o:p></o:p></p>\
         <blockquote>— Only a dash line</blockquote>",
    );
    assert_eq!(
        pasted.blocks,
        vec![
            Block::Quote {
                text: vec![plain("First line.\nSecond\nline.")],
                cite: Some("A source".into()),
            },
            Block::Quote {
                text: vec![plain("Word's quote.")],
                cite: Some("Its source".into()),
            },
            Block::Quote {
                text: vec![plain("— Only a dash line")],
                cite: None,
            },
        ]
    );
}

#[test]
fn marks_nest_as_markdown_writes_them() {
    // Runs that overlap, touch and change inside a link all read back.
    let pasted = paste(
        "<p><i>a <b>b</b></i><b>, c</b> <b><i>d</i> e</b> \
         <span style='font-style:italic'>f</span><span style='font-weight:700;font-style:italic'>g</span>\
         <a href='https://example.org'><b>h</b> i</a></p>\
         <h2><span style='font-weight:700'>Bold heading, <i>em</i></span></h2>",
    );
    // Em began before strong: `*f**g***`, not `*f***_g_**`.
    let Block::Paragraph { text } = &pasted.blocks[0] else {
        panic!("{:?}", pasted.blocks)
    };
    assert!(
        text.contains(&marked("g", &[Mark::Em, Mark::Strong])),
        "{text:?}"
    );
    assert_eq!(
        pasted.blocks[1],
        Block::Heading {
            level: 2,
            text: vec![plain("Bold heading, "), marked("em", &[Mark::Em])],
        }
    );
}

#[test]
fn breaks_tables_images_and_scripts() {
    let pasted = paste(
        "<head><title>Page</title><style>p { color: red }</style></head>\
         <body><p>One<br>Two</p><h3>A<br>B</h3><ul><li>x<br>y</li></ul>\
         <table><tr><th>Name</th><th>Risk</th></tr><tr><td><p>Country X</p></td><td>High</td></tr></table>\
         <img src='a.png' alt='a map'><script>document.write('no')</script><hr></body>",
    );
    assert_eq!(
        pasted.blocks,
        vec![
            paragraph(vec![plain("One")]),
            paragraph(vec![plain("Two")]),
            Block::Heading {
                level: 3,
                text: vec![plain("A B")]
            },
            Block::List {
                ordered: false,
                items: vec![vec![plain("x y")]]
            },
            paragraph(vec![plain("Name | Risk")]),
            paragraph(vec![plain("Country X | High")]),
        ]
    );
    assert_eq!(pasted.dropped.len(), 3, "{:?}", pasted.dropped);
    assert!(pasted.dropped[1].starts_with("an image"));
}

/// The kinds of block a paste can hold, one test each for what would go
/// wrong unnoticed (found by mutation testing).
fn kinds(pasted: &Pasted) -> Vec<&'static str> {
    pasted
        .blocks
        .iter()
        .map(|b| match b {
            Block::Paragraph { .. } => "paragraph",
            Block::Heading { .. } => "heading",
            Block::Quote { .. } => "quote",
            Block::List { .. } => "list",
        })
        .collect()
}

#[test]
fn a_heading_inside_an_item_or_a_quote_is_part_of_it() {
    let pasted = paste("<ul><li><h3>Item title</h3></li><li>two</li></ul>");
    assert_eq!(kinds(&pasted), ["list"]);
    let pasted = paste("<blockquote><h2>Said</h2><p>more</p></blockquote>");
    assert_eq!(kinds(&pasted), ["quote"]);
}

#[test]
fn a_list_inside_a_quote_becomes_its_lines_and_is_said() {
    let pasted = paste("<blockquote><ul><li>one</li><li>two</li></ul></blockquote>");
    assert_eq!(kinds(&pasted), ["quote"]);
    assert!(
        pasted
            .dropped
            .iter()
            .any(|d| d.contains("a list inside a quote")),
        "{:?}",
        pasted.dropped
    );
    let plain_quote = paste("<blockquote><p>one</p></blockquote>");
    assert!(plain_quote.dropped.is_empty(), "{:?}", plain_quote.dropped);
}

#[test]
fn a_list_inside_a_heading_or_a_row_stays_on_its_line() {
    let pasted = paste("<h2>Title <ul><li>x</li></ul></h2>");
    assert_eq!(kinds(&pasted), ["heading"]);
    let pasted = paste("<table><tr><td>a</td><td><ul><li>b</li></ul></td></tr></table>");
    assert_eq!(kinds(&pasted), ["paragraph"]);
}

#[test]
fn an_item_outside_a_list_is_a_paragraph() {
    let pasted = paste("<li>lone item</li><p>after</p>");
    assert_eq!(kinds(&pasted), ["paragraph", "paragraph"]);
}

#[test]
fn small_headings_are_level_four_and_blocks_of_any_name_are_paragraphs() {
    let pasted = paste("<h5>Small</h5><h6>Smaller</h6>");
    assert!(
        pasted
            .blocks
            .iter()
            .all(|b| matches!(b, Block::Heading { level: 4, .. })),
        "{:?}",
        pasted.blocks
    );
    let pasted = paste("<section>one</section><div>two</div><article>three</article>");
    assert_eq!(kinds(&pasted), ["paragraph", "paragraph", "paragraph"]);
}

#[test]
fn video_and_frames_are_left_out_and_said() {
    let pasted = paste("<p>words</p><iframe src=\"https://example.org/\"></iframe><video></video>");
    assert_eq!(kinds(&pasted), ["paragraph"]);
    assert!(
        pasted
            .dropped
            .iter()
            .any(|d| d.contains("a video, sound or embedded page")),
        "{:?}",
        pasted.dropped
    );
}

#[test]
fn italic_undone_by_its_own_style_is_not_italic() {
    let pasted = paste("<p><em style=\"font-style:normal\">upright</em></p>");
    assert_eq!(pasted.blocks, [paragraph(vec![plain("upright")])]);
}

#[test]
fn a_refused_link_is_named_shortened_only_when_long() {
    let short = paste("<p><a href=\"javascript:void(0)\">short</a></p>");
    assert!(
        short
            .dropped
            .iter()
            .any(|d| d.contains("\"javascript:void(0)\"")),
        "{:?}",
        short.dropped
    );
    let long_href = format!("javascript:{}", "x".repeat(100));
    let long = paste(&format!("<p><a href=\"{long_href}\">long</a></p>"));
    assert!(
        long.dropped.iter().any(|d| d.contains("x…\"")),
        "{:?}",
        long.dropped
    );
    assert!(!long.dropped.iter().any(|d| d.contains(&long_href)));
}

#[test]
fn word_lists_continue_only_as_the_same_list() {
    let item = |list: &str, level: u8, marker: &str, words: &str| {
        format!(
            "<p class=MsoListParagraph style='mso-list:{list} level{level} lfo1'><span style='mso-list:Ignore'>{marker}<span>&nbsp;&nbsp;</span></span>{words}</p>"
        )
    };
    let html = [
        item("l0", 1, "·", "a"),
        item("l0", 2, "o", "a nested"),
        item("l0", 1, "·", "b"),
        item("l1", 1, "1.", "one"),
    ]
    .concat();
    let pasted = paste(&html);
    match pasted.blocks.as_slice() {
        [Block::List {
            ordered: false,
            items: first,
        }, Block::List {
            ordered: true,
            items: second,
        }] => {
            assert_eq!(first.len(), 3);
            assert_eq!(second.len(), 1);
        }
        other => panic!("{other:?}"),
    }
    assert!(pasted
        .dropped
        .iter()
        .any(|d| d.contains("lists inside lists")));
    // Without the nested item, nothing is said.
    let flat = paste(&[item("l0", 1, "·", "a"), item("l0", 1, "·", "b")].concat());
    assert!(flat.dropped.is_empty(), "{:?}", flat.dropped);
}
