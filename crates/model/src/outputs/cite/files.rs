//! BibTeX, RIS and CSL-JSON: the files reference managers (Zotero,
//! Mendeley, EndNote, BibDesk, Pandoc) import.

use super::{month, Citation};
use crate::i18n::bidi::isolate;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    BibTex,
    Ris,
    CslJson,
}

/// Everything but RFC 3986's unreserved characters, its sub-delimiters and
/// `:@/?`: newlines, spaces, `%`, `#` (which would end the address) and
/// every byte of a non-ASCII letter are escaped; the rest reads as it is.
const DATA_URL_ESCAPED: &percent_encoding::AsciiSet = &percent_encoding::NON_ALPHANUMERIC
    .remove(b'-')
    .remove(b'.')
    .remove(b'_')
    .remove(b'~')
    .remove(b'!')
    .remove(b'$')
    .remove(b'&')
    .remove(b'\'')
    .remove(b'(')
    .remove(b')')
    .remove(b'*')
    .remove(b'+')
    .remove(b',')
    .remove(b';')
    .remove(b'=')
    .remove(b':')
    .remove(b'@')
    .remove(b'/')
    .remove(b'?');

impl Format {
    pub const ALL: [Format; 3] = [Format::BibTex, Format::Ris, Format::CslJson];

    pub fn name(self) -> &'static str {
        match self {
            Format::BibTex => "BibTeX",
            Format::Ris => "RIS",
            Format::CslJson => "CSL-JSON",
        }
    }

    /// The file's ending: `<id>.bib`.
    pub fn ext(self) -> &'static str {
        match self {
            Format::BibTex => "bib",
            Format::Ris => "ris",
            Format::CslJson => "csl.json",
        }
    }

    pub fn media_type(self) -> &'static str {
        match self {
            Format::BibTex => "application/x-bibtex",
            Format::Ris => "application/x-research-info-systems",
            Format::CslJson => "application/vnd.citationstyles.csl+json",
        }
    }

    /// The file's name when downloaded: `<id>.bib`.
    pub fn file_name(self, id: &str) -> String {
        format!("{id}.{}", self.ext())
    }

    /// The file itself as a `data:` address, for a download link. The
    /// build once wrote three files an alert (30,000 at 10,000 alerts, the
    /// most crowded folder of the build); a link that carries the text
    /// needs no file and no script.
    pub fn data_url(self, c: &Citation) -> String {
        let text = self.write(c);
        let body = percent_encoding::utf8_percent_encode(&text, DATA_URL_ESCAPED);
        format!("data:{};charset=utf-8,{body}", self.media_type())
    }

    pub fn write(self, c: &Citation) -> String {
        match self {
            Format::BibTex => bibtex(c),
            Format::Ris => ris(c),
            Format::CslJson => csl_json(c),
        }
    }
}

/// A `@techreport`, with biblatex's `date`, `version` and `langid` beside
/// BibTeX's `year` and `month`.
fn bibtex(c: &Citation) -> String {
    let d = &c.published;
    let mut fields = vec![
        ("author", format!("{{{}}}", tex(&c.publisher))),
        ("title", format!("{{{}}}", tex(&isolate(&c.title)))),
        ("institution", tex(&c.publisher)),
        ("type", tex(c.kind)),
    ];
    if let Some(update) = c.update_label() {
        fields.push(("number", update));
    }
    fields.extend([
        ("year", d.year().to_string()),
        ("date", d.calendar()),
        ("version", c.version.clone()),
        ("langid", english_language_name(&c.language).to_lowercase()),
        ("url", c.url.clone()),
    ]);
    if let Some(u) = &c.updated {
        fields.push(("note", format!("Last updated {}", u.calendar())));
    }
    let mut out = format!("@techreport{{{},\n", c.id);
    for (name, value) in fields {
        out.push_str(&format!("  {name} = {{{value}}},\n"));
    }
    // BibTeX's month macros ("oct") need no braces.
    let months = [
        "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec",
    ];
    let m = months[(d.month() as usize).clamp(1, 12) - 1];
    out.push_str(&format!("  month = {m},\n}}\n"));
    out
}

/// TeX's special characters as text. Braces become `\textbraceleft{}`
/// and `\textbraceright{}`: BibTeX counts every brace, backslash or not, so
/// `\}` in a title would still close the field (and a crafted title could
/// start a second, forged entry). Line breaks fold to spaces: a field is
/// one line to every reader of the file.
fn tex(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for ch in one_line(text).chars() {
        match ch {
            '\\' => out.push_str("\\textbackslash{}"),
            '~' => out.push_str("\\textasciitilde{}"),
            '^' => out.push_str("\\textasciicircum{}"),
            '{' => out.push_str("\\textbraceleft{}"),
            '}' => out.push_str("\\textbraceright{}"),
            '&' | '%' | '$' | '#' | '_' => {
                out.push('\\');
                out.push(ch);
            }
            _ => out.push(ch),
        }
    }
    out
}

/// RIS: two-letter tags, "  - ", CRLF line ends, `ER` last.
fn ris(c: &Citation) -> String {
    let d = &c.published;
    let mut lines: Vec<(&str, String)> = vec![
        ("TY", "RPRT".into()),
        ("AU", c.publisher.clone()),
        ("TI", isolate(&c.title).into_owned()),
        ("PY", d.year().to_string()),
        (
            "DA",
            format!("{:04}/{:02}/{:02}/", d.year(), d.month(), d.day()),
        ),
        ("PB", c.publisher.clone()),
        ("M3", c.kind.into()),
    ];
    if let Some(update) = c.update_label() {
        lines.push(("VL", update));
    }
    lines.extend([
        ("ET", format!("version {}", c.version)),
        ("LA", english_language_name(&c.language)),
        ("UR", c.url.clone()),
    ]);
    if let Some(u) = &c.updated {
        lines.push(("N1", format!("Last updated {}", u.calendar())));
    }
    lines.push(("ER", String::new()));
    lines
        .into_iter()
        // A value never spans lines: a line break would start a new tag.
        .map(|(tag, value)| format!("{tag}  - {}\r\n", one_line(&value)))
        .collect()
}

/// Every line break Unicode knows (CR, LF, VT, FF, NEL, U+2028, U+2029)
/// as one space: RIS and BibTeX readers split on more than `\n`.
fn one_line(text: &str) -> String {
    text.split([
        '\r', '\n', '\u{b}', '\u{c}', '\u{85}', '\u{2028}', '\u{2029}',
    ])
    .collect::<Vec<_>>()
    .join(" ")
}

/// One CSL item in a list, as citeproc and Zotero read it.
fn csl_json(c: &Citation) -> String {
    let d = &c.published;
    let mut item = serde_json::json!({
        "id": c.id,
        "type": "report",
        "title": isolate(&c.title),
        "author": [{ "literal": c.publisher }],
        "publisher": c.publisher,
        "genre": c.kind,
        "issued": { "date-parts": [[d.year(), d.month(), d.day()]] },
        "version": c.version,
        "language": c.language,
        "URL": c.url,
    });
    if let Some(update) = c.update_label() {
        item["number"] = update.into();
    }
    if let Some(u) = &c.updated {
        item["note"] = format!("Last updated {} {}, {}", month(u), u.day(), u.year()).into();
    }
    // On one line: a reference manager reads it as well, and the download
    // link that carries it on every alert page is half as long.
    let mut out = serde_json::to_string(&[item]).unwrap_or_default();
    out.push('\n');
    out
}

/// A language's English name, for files and styles that name it; the
/// tag itself for a language not listed.
pub fn english_language_name(tag: &str) -> String {
    let primary = tag.split('-').next().unwrap_or(tag).to_ascii_lowercase();
    ENGLISH_NAMES
        .iter()
        .find(|(t, _)| *t == primary)
        .map_or_else(|| tag.to_string(), |(_, name)| name.to_string())
}

/// The languages alerts are most often written or translated in (the
/// tests check each name against CLDR's, through `Intl.DisplayNames`).
const ENGLISH_NAMES: [(&str, &str); 15] = [
    ("ar", "Arabic"),
    ("de", "German"),
    ("en", "English"),
    ("es", "Spanish"),
    ("fa", "Persian"),
    ("fr", "French"),
    ("he", "Hebrew"),
    ("hy", "Armenian"),
    ("my", "Burmese"),
    ("pt", "Portuguese"),
    ("ru", "Russian"),
    ("tr", "Turkish"),
    ("uk", "Ukrainian"),
    ("ur", "Urdu"),
    ("zh", "Chinese"),
];

#[cfg(test)]
mod tests {
    use super::*;
    use crate::outputs::cite::tests::citation;

    #[test]
    fn bibtex_is_a_tech_report_with_braced_title_and_month_macro() {
        let c = citation();
        let v = &c.version;
        assert_eq!(
            Format::BibTex.write(&c),
            format!(
                "@techreport{{azerbaijan-red-flag-update-3,
  author = {{{{Lemkin Institute for Genocide Prevention}}}},
  title = {{{{Red Flag Alert for Genocide - Azerbaijan - Update 3}}}},
  institution = {{Lemkin Institute for Genocide Prevention}},
  type = {{Red Flag Alert}},
  number = {{Update 3}},
  year = {{2022}},
  date = {{2022-10-07}},
  version = {{{v}}},
  langid = {{english}},
  url = {{https://alerts.example.org/alerts/azerbaijan-red-flag-update-3}},
  note = {{Last updated 2022-10-09}},
  month = oct,
}}
"
            )
        );
    }

    /// Titles that would end a BibTeX field early, break the file, or
    /// smuggle in a second entry, and line breaks of every kind.
    const HOSTILE_TITLES: [&str; 8] = [
        "X}} @misc(injected, title = \"Forged citation\", author = \"Somebody Else\")",
        "A stray } closes",
        "A stray { opens",
        "\\} backslash and brace \\{",
        "One\nTwo\r\nThree\u{2028}Four\u{2029}Five\u{85}Six",
        "@techreport{second, title = {x}}",
        "50% of $x & #1_a ~ ^ \\",
        "\u{2067}\u{645}\u{62b}\u{627}\u{644}\u{2069} balanced isolate",
    ];

    /// Read back by a real BibTeX parser (typst's biblatex crate): exactly
    /// one entry, its own key, every field, and the whole title inside the
    /// title field.
    #[test]
    fn a_hostile_title_stays_inside_one_bibtex_entry() {
        use biblatex::{Bibliography, ChunksExt};
        for title in HOSTILE_TITLES {
            for updated in [false, true] {
                let mut c = citation();
                c.title = title.to_string();
                if !updated {
                    c.updated = None;
                }
                let text = Format::BibTex.write(&c);
                // BibTeX's own rule, which more forgiving parsers (this
                // one included) do not apply: every brace counts, with a
                // backslash before it or not. The entry's braces must not
                // close before its last one.
                let mut depth = 0i32;
                let braces: Vec<i32> = text
                    .chars()
                    .filter_map(|ch| match ch {
                        '{' => Some(1),
                        '}' => Some(-1),
                        _ => None,
                    })
                    .map(|d| {
                        depth += d;
                        depth
                    })
                    .collect();
                let closes = braces.iter().filter(|d| **d == 0).count();
                assert_eq!((closes, braces.last()), (1, Some(&0)), "{title:?}\n{text}");
                let bib = Bibliography::parse(&text)
                    .unwrap_or_else(|e| panic!("{title:?}: {e:?}\n{text}"));
                assert_eq!(bib.len(), 1, "{title:?}\n{text}");
                let entry = bib.iter().next().expect("one entry");
                assert_eq!(entry.key, c.id);
                let mut names: Vec<&str> = entry.fields.keys().map(String::as_str).collect();
                names.sort();
                let mut expected = vec![
                    "author",
                    "date",
                    "institution",
                    "langid",
                    "month",
                    "number",
                    "title",
                    "type",
                    "url",
                    "version",
                    "year",
                ];
                if updated {
                    expected.push("note");
                }
                expected.sort();
                assert_eq!(names, expected, "{title:?}\n{text}");
                let got = entry.fields["title"].format_verbatim();
                assert!(
                    !got.contains(['\n', '\r', '\u{2028}', '\u{2029}', '\u{85}']),
                    "{got:?}"
                );
                let last_word = title.split_whitespace().last().unwrap_or_default();
                let last_letters: String =
                    last_word.chars().filter(|c| c.is_alphanumeric()).collect();
                assert!(
                    got.contains(&last_letters),
                    "{title:?} read back as {got:?}"
                );
            }
        }
    }

    #[test]
    fn ris_keeps_every_hostile_title_on_its_one_line() {
        for title in HOSTILE_TITLES {
            let mut c = citation();
            c.title = title.to_string();
            let text = Format::Ris.write(&c);
            // An independent reading: lines end at CRLF, and each is a tag.
            let lines: Vec<&str> = text.split("\r\n").filter(|l| !l.is_empty()).collect();
            for line in &lines {
                assert!(
                    line.len() >= 5 && line.as_bytes()[2..6] == *b"  - "
                        || line.as_bytes()[2..5] == *b"  -",
                    "{title:?}: {line:?}"
                );
                assert!(
                    !line.contains(['\n', '\r', '\u{2028}', '\u{2029}', '\u{85}']),
                    "{line:?}"
                );
            }
            assert_eq!(lines.iter().filter(|l| l.starts_with("TI  - ")).count(), 1);
            assert_eq!(lines.last(), Some(&"ER  - "));
        }
    }

    #[test]
    fn tex_specials_in_a_title_stay_text() {
        assert_eq!(
            tex(r"50% of {x} & $y #1 a_b ~ ^ \"),
            r"50\% of \textbraceleft{}x\textbraceright{} \& \$y \#1 a\_b \textasciitilde{} \textasciicircum{} \textbackslash{}"
        );
    }

    #[test]
    fn ris_has_tagged_crlf_lines_ending_with_er() {
        let c = citation();
        let v = &c.version;
        let expected = [
            "TY  - RPRT",
            "AU  - Lemkin Institute for Genocide Prevention",
            "TI  - Red Flag Alert for Genocide - Azerbaijan - Update 3",
            "PY  - 2022",
            "DA  - 2022/10/07/",
            "PB  - Lemkin Institute for Genocide Prevention",
            "M3  - Red Flag Alert",
            "VL  - Update 3",
            &format!("ET  - version {v}"),
            "LA  - English",
            "UR  - https://alerts.example.org/alerts/azerbaijan-red-flag-update-3",
            "N1  - Last updated 2022-10-09",
            "ER  - ",
        ]
        .map(|l| format!("{l}\r\n"))
        .concat();
        assert_eq!(Format::Ris.write(&c), expected);
        let mut broken = c;
        broken.title = "Two\nlines".into();
        assert!(Format::Ris.write(&broken).contains("TI  - Two lines\r\n"));
    }

    #[test]
    fn csl_json_is_one_report_item() {
        let c = citation();
        let value: serde_json::Value =
            serde_json::from_str(&Format::CslJson.write(&c)).expect("json");
        assert_eq!(
            value,
            serde_json::json!([{
                "id": "azerbaijan-red-flag-update-3",
                "type": "report",
                "title": "Red Flag Alert for Genocide - Azerbaijan - Update 3",
                "author": [{"literal": "Lemkin Institute for Genocide Prevention"}],
                "publisher": "Lemkin Institute for Genocide Prevention",
                "genre": "Red Flag Alert",
                "number": "Update 3",
                "issued": {"date-parts": [[2022, 10, 7]]},
                "version": c.version,
                "language": "en",
                "URL": "https://alerts.example.org/alerts/azerbaijan-red-flag-update-3",
                "note": "Last updated October 9, 2022"
            }])
        );
    }

    #[test]
    fn an_original_has_no_number_and_an_unedited_alert_no_note() {
        let mut c = citation();
        c.update = Some(0);
        c.updated = None;
        for (f, number) in [
            (Format::BibTex, "number ="),
            (Format::Ris, "VL  -"),
            (Format::CslJson, "\"number\""),
        ] {
            let text = f.write(&c);
            assert!(!text.contains(number), "{}", f.name());
            assert!(!text.contains("Last updated"), "{}", f.name());
        }
    }

    /// Node is part of the toolchain (`scripts/setup`); its ICU is CLDR.
    #[test]
    fn english_language_names_are_cldrs() {
        let tags: Vec<&str> = ENGLISH_NAMES.iter().map(|(t, _)| *t).collect();
        let script = format!(
            "const d = new Intl.DisplayNames(['en'], {{ type: 'language' }}); console.log(JSON.stringify({tags:?}.map((t) => d.of(t))))"
        );
        let out = std::process::Command::new("node")
            .args(["-e", &script])
            .output()
            .expect("node runs (scripts/setup installs it)");
        let theirs: Vec<String> = serde_json::from_slice(&out.stdout).expect("JSON");
        for ((tag, ours), cldr) in ENGLISH_NAMES.iter().zip(theirs) {
            assert_eq!(*ours, cldr, "{tag}");
            assert_eq!(english_language_name(tag), cldr);
            assert_eq!(
                english_language_name(&format!("{tag}-XX")),
                cldr,
                "{tag} with a region"
            );
        }
    }

    #[test]
    fn a_data_address_holds_the_file_exactly() {
        let mut c = citation();
        c.title = "Ça #1: 100% « vrai » {Ōkubo}\u{202e}".into();
        for format in Format::ALL {
            let url = format.data_url(&c);
            let prefix = format!("data:{};charset=utf-8,", format.media_type());
            let body = url.strip_prefix(&prefix).unwrap_or_else(|| panic!("{url}"));
            // Nothing that would end, cut or change the address as it is
            // read: a fragment, a space, a line break, a stray escape.
            assert!(
                body.bytes()
                    .all(|b| b.is_ascii_graphic() && !b"#\"<>{}".contains(&b)),
                "{url}"
            );
            let decoded = percent_encoding::percent_decode_str(body)
                .decode_utf8()
                .expect("UTF-8");
            assert_eq!(decoded, format.write(&c), "{}", format.name());
        }
        assert!(
            Format::Ris.data_url(&c).contains("%0D%0A"),
            "RIS keeps its CRLF"
        );
    }

    #[test]
    fn files_have_their_names_endings_and_types() {
        assert_eq!(Format::BibTex.file_name("x"), "x.bib");
        assert_eq!(Format::Ris.file_name("x"), "x.ris");
        assert_eq!(Format::CslJson.file_name("x"), "x.csl.json");
        let names: Vec<&str> = Format::ALL.iter().map(|f| f.name()).collect();
        assert_eq!(names, ["BibTeX", "RIS", "CSL-JSON"]);
        assert_eq!(
            Format::Ris.media_type(),
            "application/x-research-info-systems"
        );
        assert_eq!(english_language_name("fa-IR"), "Persian");
        assert_eq!(english_language_name("xx"), "xx");
    }
}
