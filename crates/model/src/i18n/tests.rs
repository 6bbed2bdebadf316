//! The messages files held to English's: the same keys, the same
//! placeholders, every plural form the language needs; and the lookups.

use super::languages::INTERFACE;
use super::plural::{categories, Category};
use super::*;
use std::path::PathBuf;

fn locales() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../locales")
}

fn file(tag: &str) -> String {
    read(locales().join(format!("{tag}.json")))
}

/// The words of the pages only the build writes (`locales/pages/`).
fn pages_file(tag: &str) -> String {
    read(locales().join(format!("pages/{tag}.json")))
}

fn read(path: PathBuf) -> String {
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

/// A language's messages as the files give them.
/// A language's messages as the build reads them: the app's file and the
/// build's pages' words, so every test below holds both to English's.
pub(crate) fn language(tag: &str) -> Messages {
    let app = Messages::parse(tag, &file(tag)).unwrap_or_else(|e| panic!("{e}"));
    let pages = Messages::parse(tag, &pages_file(tag)).unwrap_or_else(|e| panic!("{e}"));
    app.with_messages(pages)
}

#[test]
fn the_pages_words_are_apart_from_the_apps() {
    for l in INTERFACE {
        let app = Messages::parse(l.tag, &file(l.tag)).expect("messages");
        let pages = Messages::parse(l.tag, &pages_file(l.tag)).expect("pages' words");
        assert!(pages.entries().count() >= 10, "{}", l.tag);
        for (key, _) in pages.entries() {
            // One place for each word: a key in both would hide one text.
            assert!(
                !app.texts.contains_key(key),
                "{}: {key} is in both files",
                l.tag
            );
        }
    }
}

pub(crate) fn english() -> Messages {
    language("en")
}

/// Every placeholder a message uses, over all its forms.
fn used(m: &Message) -> Vec<String> {
    let mut all: Vec<String> = match m {
        Message::Text(t) => placeholders(t).into_iter().map(String::from).collect(),
        Message::Counted(forms) => forms
            .iter()
            .flat_map(|(_, t)| placeholders(t))
            .map(String::from)
            .collect(),
    };
    all.sort();
    all.dedup();
    all
}

#[test]
fn every_file_is_an_interface_language_and_every_language_has_a_file() {
    let mut files: Vec<String> = std::fs::read_dir(locales())
        .expect("locales/")
        .filter_map(|e| e.ok())
        .filter_map(|e| {
            e.file_name()
                .to_str()?
                .strip_suffix(".json")
                .map(String::from)
        })
        .collect();
    files.sort();
    let mut tags: Vec<String> = INTERFACE.iter().map(|l| l.tag.to_string()).collect();
    tags.sort();
    assert_eq!(files, tags);
}

#[test]
fn every_language_has_exactly_englishs_keys_and_placeholders() {
    let en = english();
    // The comparison below reads every entry: there are entries to read.
    assert!(en.entries().count() > 150);
    assert_eq!(
        en.entries()
            .find(|(k, _)| *k == "pager.position")
            .map(|(_, m)| m.clone()),
        Some(Message::Text("Page {number} of {pages}".into()))
    );
    for l in INTERFACE.iter().filter(|l| l.tag != "en") {
        let other = language(l.tag);
        let mut problems = Vec::new();
        for (key, message) in en.entries() {
            // Country names come from Intl.DisplayNames; overrides are each
            // language's own choice.
            if key.starts_with(COUNTRY_OVERRIDE) {
                continue;
            }
            match other.texts.get(key) {
                None => problems.push(format!("missing {key}")),
                Some(theirs) => {
                    if used(theirs) != used(message) {
                        problems.push(format!(
                            "{key}: placeholders {:?}, English has {:?}",
                            used(theirs),
                            used(message)
                        ));
                    }
                    if matches!(message, Message::Counted(_))
                        != matches!(theirs, Message::Counted(_))
                    {
                        problems.push(format!("{key}: counted in one language only"));
                    }
                }
            }
        }
        for (key, _) in other.entries() {
            if !key.starts_with(COUNTRY_OVERRIDE) && !en.texts.contains_key(key) {
                problems.push(format!("extra {key}"));
            }
        }
        assert!(problems.is_empty(), "{}: {problems:#?}", l.tag);
    }
}

#[test]
fn counted_messages_give_every_form_the_language_needs_and_no_other() {
    for l in INTERFACE {
        let m = language(l.tag);
        let needed = categories(l.tag);
        for (key, message) in m.entries() {
            if let Message::Counted(forms) = message {
                let mut given: Vec<Category> = forms.iter().map(|(c, _)| *c).collect();
                given.sort();
                assert_eq!(given, needed, "{}: {key}", l.tag);
                // The general form names the number; one form may say it in words.
                let other = forms.iter().find(|(c, _)| *c == Category::Other);
                assert!(
                    other.is_some_and(|(_, t)| t.contains("{n}")),
                    "{}: {key}: the “other” form must show {{n}}",
                    l.tag
                );
            }
        }
    }
}

#[test]
fn no_message_is_empty_or_left_as_its_key() {
    for l in INTERFACE {
        for (key, message) in language(l.tag).entries() {
            let texts: Vec<&str> = match message {
                Message::Text(t) => vec![t],
                Message::Counted(forms) => forms.iter().map(|(_, t)| t.as_str()).collect(),
            };
            for t in texts {
                // A digit group separator may be a space (French U+202F).
                let t = if key == "number.group" { t } else { t.trim() };
                assert!(!t.is_empty(), "{}: {key} is empty", l.tag);
                assert_ne!(t, key, "{}: {key} is its own key", l.tag);
            }
        }
    }
}

#[test]
fn placeholders_are_filled_and_unknown_ones_stay() {
    let m = english();
    assert_eq!(
        m.fill("pager.position", &[("number", "2"), ("pages", "5")]),
        "Page 2 of 5"
    );
    assert_eq!(substitute("{a} and {b}", &[("a", "x")]), "x and {b}");
    assert_eq!(substitute("open { only", &[]), "open { only");
    assert_eq!(substitute("{a}{a}", &[("a", "1")]), "11");
    assert_eq!(placeholders("{n} of {total} ({n})"), vec!["n", "total"]);
    // A brace inside a placeholder's name ends nothing: the name runs to "}".
    assert_eq!(placeholders("{x{}"), vec!["x{"]);
    assert_eq!(m.text("no.such.key"), "no.such.key");
}

#[test]
fn counts_take_their_form_and_the_number() {
    let m = english();
    assert_eq!(m.count("results.newest", 1, &[]), "1 alert, newest first");
    assert_eq!(m.count("results.newest", 0, &[]), "0 alerts, newest first");
    let fr = language("fr");
    // French counts zero as one.
    assert_eq!(
        fr.count("results.newest", 0, &[]),
        fr.count("results.newest", 1, &[]).replace('1', "0")
    );
    // A form the file forgot falls back to "other", never to another form.
    let thin = Messages::parse(
        "ar",
        r#"{"k": {"one": "one {n}", "two": "two {n}", "other": "other {n}"}}"#,
    )
    .expect("a file");
    assert_eq!(thin.count("k", 5, &[]), "other 5");
    assert_eq!(thin.count("k", 2, &[]), "two 2");
    // A text asked for as a count is filled as a text.
    assert_eq!(
        m.count("pager.position", 3, &[("number", "1"), ("pages", "2")]),
        "Page 1 of 2"
    );
}

#[test]
fn country_names_prefer_the_files_choice_then_the_language_then_english() {
    let fr = language("fr").with_countries([
        ("SD".to_string(), "Soudan".to_string()),
        ("PS".to_string(), "Territoires palestiniens".to_string()),
    ]);
    assert_eq!(fr.country("SD"), "Soudan");
    assert_eq!(fr.country("PS"), fr.text("country.PS"));
    assert_eq!(fr.country("AM"), "Armenia");
    assert_eq!(fr.country("QQ"), "QQ");
}

#[test]
fn dates_follow_the_languages_order() {
    let date = crate::Date::parse("2024-03-04").expect("a date");
    let m = english();
    assert_eq!(m.long_date(&date), date.long_english());
    assert_eq!(m.short_date(&date), date.short_english());
    let fr = language("fr");
    assert_eq!(fr.short_date(&date), "4 mars 2024");
    // The first of the month: "1er" in French, the number elsewhere.
    let first = crate::Date::parse("2024-03-01").expect("a date");
    assert_eq!(fr.long_date(&first), "vendredi 1er mars 2024");
    assert_eq!(m.long_date(&first), first.long_english());
    assert_eq!(language("es").short_date(&first), "1 mar 2024");
}

#[test]
fn counts_are_grouped_as_each_language_writes_them() {
    let (en, fr, es, ar) = (english(), language("fr"), language("es"), language("ar"));
    for (n, want) in [
        (0, ["0", "0", "0", "0"]),
        (999, ["999", "999", "999", "999"]),
        (1200, ["1,200", "1\u{202f}200", "1200", "1,200"]),
        (10_000, ["10,000", "10\u{202f}000", "10.000", "10,000"]),
        (100_000, ["100,000", "100\u{202f}000", "100.000", "100,000"]),
        (
            1_000_000,
            [
                "1,000,000",
                "1\u{202f}000\u{202f}000",
                "1.000.000",
                "1,000,000",
            ],
        ),
    ] {
        let got = [en.number(n), fr.number(n), es.number(n), ar.number(n)];
        assert_eq!(got, want.map(String::from), "{n}");
    }
    assert_eq!(
        en.count("results.newest", 1200, &[]),
        "1,200 alerts, newest first"
    );
    assert!(fr
        .count("results.newest", 1_000_000, &[])
        .starts_with("1\u{202f}000\u{202f}000 d’alertes"));
}

#[test]
fn a_bad_file_is_refused_with_its_reason() {
    assert!(Messages::parse("xx", "{}")
        .unwrap_err()
        .contains("not an interface language"));
    assert!(Messages::parse("en", "[]")
        .unwrap_err()
        .contains("not an object"));
    assert!(Messages::parse("en", "{\"a\": 1}")
        .unwrap_err()
        .contains("a: not a text"));
    assert!(Messages::parse("en", "{\"a\": {\"several\": \"x\"}}")
        .unwrap_err()
        .contains("no plural form “several”"));
    assert!(Messages::parse("en", "{\"a\": {\"one\": 1}}")
        .unwrap_err()
        .contains("a.one"));
    assert!(Messages::parse("en", "{").is_err());
    let ar = Messages::parse("ar", "{}").expect("an empty file parses");
    assert_eq!((ar.lang(), ar.rtl(), ar.dir()), ("ar", true, "rtl"));
    assert_eq!(english().dir(), "ltr");
}
