//! The body as Markdown: what staff write becomes the blocks readers see,
//! and every body the project holds comes back unchanged.

use alert_authoring::markdown::{from_markdown, to_markdown};
use alert_model::validate::check_alert_text;
use alert_model::{Block, Mark, Span};
use proptest::prelude::*;
use std::path::Path;

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

fn link(text: &str, href: &str) -> Span {
    Span {
        text: text.into(),
        marks: Vec::new(),
        href: Some(href.into()),
    }
}

fn blocks(markdown: &str) -> Vec<Block> {
    let body = from_markdown(markdown);
    assert!(body.problems.is_empty(), "{:?}", body.problems);
    body.blocks
}

#[test]
fn every_sample_body_comes_back_as_the_same_blocks() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../public/data/alerts");
    let mut read = 0;
    for entry in std::fs::read_dir(root).unwrap() {
        let path = entry.unwrap().path();
        let alert = check_alert_text(&std::fs::read_to_string(&path).unwrap())
            .alert
            .unwrap();
        let markdown = to_markdown(&alert.body);
        let back = from_markdown(&markdown);
        assert!(
            back.problems.is_empty(),
            "{}: {:?}",
            path.display(),
            back.problems
        );
        assert_eq!(back.blocks, alert.body, "{}:\n{markdown}", path.display());
        read += 1;
    }
    assert!(read >= 40);
}

#[test]
fn a_body_written_as_staff_write_it() {
    let md = "Opening words with **strong** and *em* and a [link](https://example.org/a).\n\n\
              ## What happened\n\n\
              - first point\n- second point\n\n\
              1. one\n2. two\n\n\
              > The quoted words.\n>\n> — A source, 2024\n\n\
              #### Smaller heading\n";
    assert_eq!(
        blocks(md),
        vec![
            Block::Paragraph {
                text: vec![
                    plain("Opening words with "),
                    marked("strong", &[Mark::Strong]),
                    plain(" and "),
                    marked("em", &[Mark::Em]),
                    plain(" and a "),
                    link("link", "https://example.org/a"),
                    plain("."),
                ]
            },
            Block::Heading {
                level: 2,
                text: vec![plain("What happened")]
            },
            Block::List {
                ordered: false,
                items: vec![vec![plain("first point")], vec![plain("second point")]]
            },
            Block::List {
                ordered: true,
                items: vec![vec![plain("one")], vec![plain("two")]]
            },
            Block::Quote {
                text: vec![plain("The quoted words.")],
                cite: Some("A source, 2024".into())
            },
            Block::Heading {
                level: 4,
                text: vec![plain("Smaller heading")]
            },
        ]
    );
}

#[test]
fn a_source_on_the_quotes_last_line_needs_no_blank_line_before_it() {
    let expected = vec![Block::Quote {
        text: vec![plain("Civilians must be protected now.")],
        cite: Some("The statement".into()),
    }];
    assert_eq!(
        blocks("> Civilians must be protected now.\n> — The statement\n"),
        expected
    );
    assert_eq!(
        blocks("> Civilians must be protected now.\n>\n> — The statement\n"),
        expected
    );
    // A dash inside a line is words, not a source.
    assert_eq!(
        blocks("> Words — and more\n"),
        vec![Block::Quote {
            text: vec![plain("Words — and more")],
            cite: None
        }]
    );
}

#[test]
fn a_quote_without_a_source_line_has_no_source() {
    assert_eq!(
        blocks("> — only words\n"),
        vec![Block::Quote {
            text: vec![plain("— only words")],
            cite: None
        }]
    );
}

#[test]
fn what_an_alert_cannot_hold_is_said_at_its_line_and_its_words_kept() {
    let md = "# Title again\n\nText with `code`.\n\n![a map](https://x.org/m.png)\n\n- outer\n  - inner\n\n---\n\n<b>bold</b>\n\n###### deep\n\n[run](javascript:alert(1))\n";
    let body = from_markdown(md);
    let lines: Vec<usize> = body.problems.iter().map(|p| p.line).collect();
    assert_eq!(lines, [1, 3, 5, 8, 10, 12, 14, 16], "{:?}", body.problems);
    let said: Vec<&str> = body.problems.iter().map(|p| p.message.as_str()).collect();
    assert!(said[0].contains("##"), "{said:?}");
    assert!(said[2].contains("image"), "{said:?}");
    assert!(said[3].contains("one level"), "{said:?}");
    assert!(said[7].contains("https://"), "{said:?}");
    let words: String = body.blocks.iter().map(Block::plain_text).collect();
    for kept in [
        "Title again",
        "code",
        "a map",
        "inner",
        "<b>bold</b>",
        "deep",
        "run",
    ] {
        assert!(words.contains(kept), "{kept} lost: {words}");
    }
}

#[test]
fn a_heading_or_a_list_inside_a_quote_is_said_and_its_words_stay_in_the_quote() {
    let body = from_markdown("> ## Heard\n>\n> - one\n> - two\n>\n> — Witness\n");
    assert_eq!(body.problems.len(), 2, "{:?}", body.problems);
    assert_eq!(
        body.blocks,
        vec![Block::Quote {
            text: vec![plain("Heard\none\ntwo")],
            cite: Some("Witness".into())
        }]
    );
}

#[test]
fn characters_markdown_would_read_as_syntax_stay_text() {
    let tricky = [
        "# not a heading",
        "- not a list",
        "1. not a list",
        "2021) not a list",
        "> not a quote",
        "*not em* and **not strong** and _not em_",
        "[not](a link) and ![not](an image)",
        "a \\ backslash, `ticks`, <b>tags</b>, &amp; an entity",
        "---",
        "===",
        "   leading spaces",
        "trailing spaces   ",
        "    four spaces",
        "a line\nbreak\n# and a hash after it",
        "+ plus",
        "~~~",
    ];
    for text in tricky {
        let body = vec![Block::Paragraph {
            text: vec![plain(text)],
        }];
        let md = to_markdown(&body);
        assert_eq!(blocks(&md), body, "{text:?} written as {md:?}");
    }
}

#[test]
fn two_lists_in_a_row_stay_two_lists() {
    for ordered in [false, true] {
        let list = Block::List {
            ordered,
            items: vec![vec![plain("a")], vec![plain("b")]],
        };
        let body = vec![list.clone(), list];
        assert_eq!(blocks(&to_markdown(&body)), body);
    }
}

#[test]
fn marks_keep_their_order_and_spaces_stay_outside_them() {
    let body = vec![Block::Paragraph {
        text: vec![
            plain("a "),
            marked("both", &[Mark::Strong, Mark::Em]),
            plain(" b "),
            marked("both", &[Mark::Em, Mark::Strong]),
            plain(" c "),
            marked("x", &[Mark::Strong]),
            marked("y", &[Mark::Strong, Mark::Em]),
            plain(" "),
            Span {
                text: "bold link".into(),
                marks: vec![Mark::Strong],
                href: Some("https://example.org/(x)".into()),
            },
        ],
    }];
    assert_eq!(blocks(&to_markdown(&body)), body, "{}", to_markdown(&body));
}

fn word() -> impl Strategy<Value = String> {
    prop::sample::select(vec![
        "genocide",
        "risk",
        "1.",
        "#",
        "*",
        "_",
        "-",
        "[x]",
        "<p>",
        "&amp;",
        "الإنذار",
        "«mot»",
        "2021)",
        ">",
        "\\",
        "`",
        "!",
        "Update",
        "é",
        "—",
    ])
    .prop_map(str::to_string)
}

fn text() -> impl Strategy<Value = String> {
    prop::collection::vec((word(), prop::sample::select(vec![" ", " ", "\n"])), 1..6).prop_map(
        |parts| {
            let mut s = String::new();
            for (i, (w, sep)) in parts.iter().enumerate() {
                if i > 0 {
                    s.push_str(sep);
                }
                s.push_str(w);
            }
            s
        },
    )
}

/// Spans as the editor would make them: marked runs start and end with a
/// word and are set apart from their neighbours by a space.
fn spans() -> impl Strategy<Value = Vec<Span>> {
    let marks = prop::sample::select(vec![
        vec![],
        vec![Mark::Strong],
        vec![Mark::Em],
        vec![Mark::Strong, Mark::Em],
    ]);
    let href = prop::option::weighted(
        0.2,
        prop::sample::select(vec!["https://example.org/a", "mailto:a@example.org"]),
    );
    prop::collection::vec((text(), marks, href), 1..4).prop_map(|parts| {
        let mut spans: Vec<Span> = Vec::new();
        for (i, (text, marks, href)) in parts.into_iter().enumerate() {
            if i > 0 {
                spans.push(plain(" "));
            }
            let text = if marks.is_empty() && href.is_none() {
                text
            } else {
                text.replace('\n', " ")
            };
            spans.push(Span {
                text,
                marks,
                href: href.map(str::to_string),
            });
        }
        // What the reader reads back: neighbours alike are one span.
        let mut merged: Vec<Span> = Vec::new();
        for s in spans {
            match merged.last_mut() {
                Some(last) if last.marks == s.marks && last.href == s.href => {
                    last.text.push_str(&s.text)
                }
                _ => merged.push(s),
            }
        }
        merged
    })
}

fn block() -> impl Strategy<Value = Block> {
    prop_oneof![
        spans().prop_map(|text| Block::Paragraph { text }),
        (2u8..=4, spans()).prop_map(|(level, text)| Block::Heading {
            level,
            text: text
                .into_iter()
                .map(|mut s| {
                    s.text = s.text.replace('\n', " ");
                    s
                })
                .collect()
        }),
        (spans(), prop::option::of(word())).prop_map(|(text, cite)| Block::Quote {
            text,
            cite: cite.map(|c| format!("{c} source"))
        }),
        (any::<bool>(), prop::collection::vec(spans(), 1..4))
            .prop_map(|(ordered, items)| Block::List { ordered, items }),
    ]
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 400, ..ProptestConfig::default() })]
    #[test]
    fn generated_bodies_come_back_unchanged(body in prop::collection::vec(block(), 1..6)) {
        let md = to_markdown(&body);
        let back = from_markdown(&md);
        prop_assert!(back.problems.is_empty(), "{:?}\n{}", back.problems, md);
        prop_assert_eq!(back.blocks, body, "{}", md);
    }
}

/// Marks that change inside a word (as pasted rich text can have them)
/// come back as they were: an em inside strong that ends before a letter
/// cannot be written with `_`.
#[test]
fn marks_changing_inside_a_word_come_back_the_same() {
    use Mark::{Em, Strong};
    let cases = [
        vec![marked("b", &[Strong, Em]), marked("c", &[Strong])],
        vec![marked("b", &[Strong, Em]), plain("c")],
        vec![
            marked("a", &[Strong]),
            marked("b", &[Strong, Em]),
            marked("c", &[Strong]),
        ],
        vec![plain("x"), marked("b", &[Em]), marked("c", &[Strong])],
    ];
    // The marks as a set: strong and em ending together before a letter
    // read back the other way round (see the writer).
    let sorted = |blocks: Vec<Block>| -> Vec<Block> {
        blocks
            .into_iter()
            .map(|b| match b {
                Block::Paragraph { mut text } => {
                    for span in &mut text {
                        span.marks.sort_by_key(|m| *m == Em);
                    }
                    Block::Paragraph { text }
                }
                other => other,
            })
            .collect()
    };
    for text in cases {
        let body = vec![Block::Paragraph { text: text.clone() }];
        let markdown = to_markdown(&body);
        assert_eq!(
            sorted(blocks(&markdown)),
            sorted(body),
            "written as {markdown:?}"
        );
    }
}

/// The body as read, problems and all: (line, the message's first words).
fn read(markdown: &str) -> (Vec<Block>, Vec<(usize, String)>) {
    let body = from_markdown(markdown);
    let problems = body
        .problems
        .iter()
        .map(|p| {
            (
                p.line,
                p.message.split(':').next().unwrap_or_default().to_string(),
            )
        })
        .collect();
    (body.blocks, problems)
}

fn paragraph(text: &str) -> Block {
    Block::Paragraph {
        text: vec![plain(text)],
    }
}

#[test]
fn a_line_break_typed_inside_a_paragraph_or_a_quote_is_a_space() {
    assert_eq!(blocks("one\ntwo\n"), vec![paragraph("one two")]);
    // A line starting with a dash is not a quote's source outside a quote.
    assert_eq!(blocks("one\n— two\n"), vec![paragraph("one — two")]);
    assert_eq!(
        blocks("> first\n> second\n>\n> — Source\n"),
        vec![Block::Quote {
            text: vec![plain("first second")],
            cite: Some("Source".into()),
        }]
    );
}

#[test]
fn an_item_of_several_paragraphs_is_joined_and_said_once() {
    let (blocks, problems) = read("- a\n\n  b\n\n  c\n- d\n");
    assert_eq!(
        blocks,
        vec![Block::List {
            ordered: false,
            items: vec![vec![plain("a\nb\nc")], vec![plain("d")]],
        }]
    );
    assert_eq!(
        problems,
        vec![(3, "a list item holds one paragraph".to_string())]
    );
}

#[test]
fn a_title_level_heading_in_the_body_is_a_part_heading_and_said() {
    let (blocks, problems) = read("# Part one\n");
    assert_eq!(
        blocks,
        vec![Block::Heading {
            level: 2,
            text: vec![plain("Part one")],
        }]
    );
    assert_eq!(problems, vec![(1, "# is the title's level".to_string())]);
}

#[test]
fn an_inner_list_joins_the_item_above() {
    let (blocks, problems) = read("- a\n  - b\n  - c\n- d\n");
    assert_eq!(
        blocks,
        vec![Block::List {
            ordered: false,
            items: vec![vec![plain("a b c")], vec![plain("d")]],
        }]
    );
    assert_eq!(problems, vec![(2, "lists go one level deep".to_string())]);
}

#[test]
fn a_quote_inside_a_list_is_read_as_the_items_text() {
    let (blocks, problems) = read("- a\n\n  > b\n- c\n");
    assert_eq!(
        blocks,
        vec![Block::List {
            ordered: false,
            items: vec![vec![plain("a\nb")], vec![plain("c")]],
        }]
    );
    assert_eq!(problems.first().map(|p| p.0), Some(3));
    assert!(
        problems[0].1.starts_with("a quote cannot be inside a list"),
        "{problems:?}"
    );
}

#[test]
fn a_code_block_is_a_paragraph_of_its_text_and_said() {
    let (blocks, problems) = read("    code line\n\nafter\n");
    assert_eq!(blocks, vec![paragraph("code line"), paragraph("after")]);
    assert_eq!(
        problems,
        vec![(1, "a code block is not part of an alert".to_string())]
    );
    // Inside a quote it stays one of the quote's lines.
    let (blocks, _) = read("> text\n>\n>     code\n");
    assert_eq!(blocks.len(), 1, "{blocks:?}");
    assert!(matches!(&blocks[0], Block::Quote { .. }), "{blocks:?}");
}

/// What staff see in the editor: only what would be read as syntax is
/// escaped, so ordinary text stays as they typed it.
#[test]
fn ordinary_punctuation_is_written_without_backslashes() {
    for text in [
        "fish & chips",
        "Wow! Really?",
        "Version 2.0 is out.",
        "It ended.",
        "use C# and F#",
        "issue #5 stays",
        "10.5 per cent",
    ] {
        assert_eq!(
            to_markdown(&[paragraph(text)]),
            format!("{text}\n"),
            "{text}"
        );
    }
    for (text, written) in [
        ("AT&T", "AT\\&T"),
        ("&#32;", "\\&#32;"),
        ("![x]", "\\!\\[x\\]"),
        ("2023. A year", "2023\\. A year"),
        ("Update #", "Update \\#"),
    ] {
        assert_eq!(
            to_markdown(&[paragraph(text)]),
            format!("{written}\n"),
            "{text}"
        );
    }
}

#[test]
fn marks_and_links_are_written_as_staff_would_type_them() {
    let body = |text: Vec<Span>| to_markdown(&[Block::Paragraph { text }]);
    assert_eq!(
        body(vec![plain("a"), marked(" #b", &[Mark::Strong])]),
        "a **#b**\n"
    );
    assert_eq!(
        body(vec![plain("Update #"), marked("x", &[Mark::Em])]),
        "Update #*x*\n"
    );
    assert_eq!(
        to_markdown(&[Block::Heading {
            level: 2,
            text: vec![plain("Update "), marked("# ", &[Mark::Strong])],
        }]),
        "## Update **#**&#32;\n"
    );
    assert_eq!(body(vec![link("a", "")]), "[a](<>)\n");
    assert_eq!(
        body(vec![link("a", "https://example.org/a b")]),
        "[a](<https://example.org/a b>)\n"
    );
    assert_eq!(
        body(vec![link("a", "https://example.org/(x)")]),
        "[a](https://example.org/\\(x\\))\n"
    );
}

#[test]
fn lists_in_a_row_take_turns_with_their_markers_and_items_keep_their_indent() {
    let list = |ordered, item: &str| Block::List {
        ordered,
        items: vec![vec![plain(item)]],
    };
    assert_eq!(
        to_markdown(&[list(false, "a"), list(false, "b"), list(false, "c")]),
        "- a\n\n* b\n\n- c\n"
    );
    assert_eq!(
        to_markdown(&[
            list(true, "a"),
            list(false, "b"),
            list(true, "c"),
            list(true, "d")
        ]),
        "1. a\n\n- b\n\n1. c\n\n1) d\n"
    );
    assert_eq!(
        to_markdown(&[list(true, "first\nsecond"), list(false, "third\nfourth")]),
        "1. first\\\n   second\n\n- third\\\n  fourth\n"
    );
}
