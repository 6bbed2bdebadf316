//! "Download these results" and the archive files the build writes
//! (`data/alerts.csv`, `data/alerts.json`): one row per alert of a list,
//! the same columns in CSV (RFC 4180) and JSON. docs/api.md describes them.

use crate::alert::IndexEntry;
use crate::i18n::bidi::isolate;
use crate::Query;
use serde::Serialize;

/// The columns, in order: the CSV header and the JSON keys.
pub const COLUMNS: [&str; 12] = [
    "id",
    "url",
    "title",
    "type",
    "published",
    "updated",
    "countries",
    "series",
    "update",
    "language",
    "summary",
    "tags",
];

/// One alert of a list.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Row<'a> {
    pub id: &'a str,
    /// Its permanent address.
    pub url: String,
    pub title: &'a str,
    #[serde(rename = "type")]
    pub kind: &'static str,
    pub published: &'a str,
    pub updated: Option<&'a str>,
    pub countries: &'a [String],
    pub series: Option<&'a str>,
    pub update: Option<u32>,
    pub language: &'a str,
    pub summary: &'a str,
    pub tags: &'a [String],
}

impl<'a> Row<'a> {
    /// `url` makes an alert's permanent address from its id.
    pub fn new(e: &'a IndexEntry, url: &dyn Fn(&str) -> String) -> Row<'a> {
        Row {
            id: &e.id,
            url: url(&e.id),
            title: &e.title,
            kind: e.kind.key(),
            published: e.published.as_str(),
            updated: e.updated.as_ref().map(|d| d.as_str()),
            countries: &e.countries,
            series: e.series.as_ref().map(|s| s.id.as_str()),
            update: e.series.as_ref().map(|s| s.number),
            language: &e.language,
            summary: &e.summary,
            tags: &e.tags,
        }
    }

    fn cells(&self) -> [String; 12] {
        [
            self.id.to_string(),
            self.url.clone(),
            // A cell is plain text: nothing in a title may reorder the row.
            isolate(self.title).into_owned(),
            self.kind.to_string(),
            self.published.to_string(),
            self.updated.unwrap_or_default().to_string(),
            self.countries.join("; "),
            self.series.unwrap_or_default().to_string(),
            self.update.map(|n| n.to_string()).unwrap_or_default(),
            self.language.to_string(),
            self.summary.to_string(),
            self.tags.join("; "),
        ]
    }
}

/// Which CSV: the standard one, or one for Excel.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Csv {
    /// RFC 4180, UTF-8.
    Standard,
    /// The same with a byte-order mark, so Excel reads UTF-8.
    Excel,
}

/// The three downloads a list offers.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Download {
    Csv,
    Excel,
    Json,
}

impl Download {
    pub const ALL: [Download; 3] = [Download::Csv, Download::Excel, Download::Json];

    /// The whole archive's file, written at build, relative to the reader.
    pub fn archive_file(self) -> &'static str {
        match self {
            Download::Csv => "data/alerts.csv",
            Download::Excel => "data/alerts-excel.csv",
            Download::Json => "data/alerts.json",
        }
    }

    /// The message key of its link.
    pub fn label(self) -> &'static str {
        match self {
            Download::Csv => "export.csv",
            Download::Excel => "export.excel",
            Download::Json => "export.json",
        }
    }

    pub fn media_type(self) -> &'static str {
        match self {
            Download::Csv | Download::Excel => "text/csv;charset=utf-8",
            Download::Json => "application/json",
        }
    }

    /// The downloaded file's name, after the filter: `alerts-SD.csv`,
    /// `alerts-SD-excel.csv`, `alerts-SD.json`.
    pub fn file_name(self, q: &Query) -> String {
        match self {
            Download::Csv => file_name(q, "csv"),
            Download::Excel => file_name(q, "csv").replace(".csv", "-excel.csv"),
            Download::Json => file_name(q, "json"),
        }
    }

    pub fn write(self, rows: &[Row<'_>], q: &Query) -> String {
        match self {
            Download::Csv => csv(rows, Csv::Standard),
            Download::Excel => csv(rows, Csv::Excel),
            Download::Json => json(rows, q),
        }
    }
}

/// The rows as CSV: a header, CRLF line ends, fields quoted when they
/// hold a comma, quote or line break. In both kinds, a cell that a
/// spreadsheet would run as a formula starts with `'` (OWASP's advice on
/// CSV injection): LibreOffice, Numbers and Google Sheets open plain CSV
/// too. A program that needs the exact text reads the JSON (docs/api.md).
pub fn csv(rows: &[Row<'_>], kind: Csv) -> String {
    let mut out = String::new();
    if kind == Csv::Excel {
        out.push('\u{feff}');
    }
    let header = COLUMNS.map(str::to_string);
    for cells in std::iter::once(header).chain(rows.iter().map(Row::cells)) {
        let line: Vec<String> = cells
            .iter()
            .map(|c| {
                if could_run(c) {
                    field(&format!("'{c}"))
                } else {
                    field(c)
                }
            })
            .collect();
        out.push_str(&line.join(","));
        out.push_str("\r\n");
    }
    out
}

/// Whether a spreadsheet could read the cell as a formula: it starts,
/// after any spaces, with `=`, `+`, `-` or `@` (or their full-width forms,
/// which some spreadsheets fold), or with a tab or carriage return.
fn could_run(cell: &str) -> bool {
    cell.starts_with(['\t', '\r'])
        || cell.trim_start_matches(' ').starts_with([
            '=', '+', '-', '@', '\u{ff1d}', '\u{ff0b}', '\u{ff0d}', '\u{ff20}',
        ])
}

fn field(text: &str) -> String {
    if text.contains([',', '"', '\r', '\n']) {
        format!("\"{}\"", text.replace('"', "\"\""))
    } else {
        text.to_string()
    }
}

/// The rows as JSON: `{"filter": "?country=SD", "count": n, "alerts": [...]}`.
pub fn json(rows: &[Row<'_>], q: &Query) -> String {
    #[derive(Serialize)]
    struct Document<'r, 'a> {
        filter: String,
        count: usize,
        alerts: &'r [Row<'a>],
    }
    let document = Document {
        filter: q.first_page().to_query_string(),
        count: rows.len(),
        alerts: rows,
    };
    let mut out = serde_json::to_string_pretty(&document).unwrap_or_default();
    out.push('\n');
    out
}

/// A file name after the filter: `alerts-SD-red_flag_alert-2023-prisoners.csv`,
/// `alerts.json` for the whole archive. Words keep letters and digits of
/// any script; everything else becomes a hyphen.
pub fn file_name(q: &Query, ext: &str) -> String {
    let mut parts = vec!["alerts".to_string()];
    parts.extend(q.country.clone());
    parts.extend(q.kind.map(|k| k.key().to_string()));
    parts.extend(q.year.map(|y| y.to_string()));
    let words: String = q
        .words
        .trim()
        .to_lowercase()
        .chars()
        .map(|c| if c.is_alphanumeric() { c } else { '-' })
        .collect();
    let words: Vec<&str> = words.split('-').filter(|w| !w.is_empty()).collect();
    if !words.is_empty() {
        // Long enough to say what was searched, short enough for any disk.
        let joined: String = words.join("-").chars().take(40).collect();
        parts.push(joined.trim_end_matches('-').to_string());
    }
    format!("{}.{ext}", parts.join("-"))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::alert::{AlertType, Series};
    use crate::test_support::{self, EntryExt};
    use crate::Catalog;
    use proptest::prelude::*;

    fn entry(id: &str, title: &str, kind: AlertType, day: &str, countries: &[&str]) -> IndexEntry {
        test_support::entry(id, kind, day)
            .title(title)
            .summary(&format!("About {title}"))
            .countries(countries)
    }

    fn url(id: &str) -> String {
        format!("https://alerts.example.org/alerts/{id}")
    }

    /// Reads CSV back as RFC 4180 says, independently of the writer.
    fn parse_csv(text: &str) -> Vec<Vec<String>> {
        let mut rows = Vec::new();
        let (mut row, mut cell) = (Vec::new(), String::new());
        let mut chars = text.chars().peekable();
        let mut quoted = false;
        while let Some(c) = chars.next() {
            match (quoted, c) {
                (true, '"') if chars.peek() == Some(&'"') => {
                    chars.next();
                    cell.push('"');
                }
                (true, '"') => quoted = false,
                (true, c) => cell.push(c),
                (false, '"') => quoted = true,
                (false, ',') => row.push(std::mem::take(&mut cell)),
                (false, '\r') if chars.peek() == Some(&'\n') => {
                    chars.next();
                    row.push(std::mem::take(&mut cell));
                    rows.push(std::mem::take(&mut row));
                }
                (false, c) => cell.push(c),
            }
        }
        assert!(
            cell.is_empty() && row.is_empty(),
            "the last line ends with CRLF"
        );
        rows
    }

    #[test]
    fn csv_quotes_what_needs_it_and_ends_lines_with_crlf() {
        let mut e = entry(
            "a",
            "Says \"stop\", now",
            AlertType::SosAlert,
            "2023-04-15",
            &["SD", "TD"],
        );
        e.series = Some(Series {
            id: "sudan-sos".into(),
            number: 2,
        });
        e.summary = "Line one\nline two".into();
        e.tags = vec!["darfur".into(), "el fasher".into()];
        let text = csv(&[Row::new(&e, &url)], Csv::Standard);
        assert_eq!(
            text,
            "id,url,title,type,published,updated,countries,series,update,language,summary,tags\r\n\
             a,https://alerts.example.org/alerts/a,\"Says \"\"stop\"\", now\",sos_alert,2023-04-15,,SD; TD,sudan-sos,2,en,\"Line one\nline two\",darfur; el fasher\r\n"
        );
        let rows = parse_csv(&text);
        assert_eq!(rows[1][2], "Says \"stop\", now");
        assert_eq!(rows[1][10], "Line one\nline two");
    }

    #[test]
    fn no_csv_can_hold_a_formula_and_the_excel_one_says_utf8() {
        let cells = [
            "=HYPERLINK(\"x\")",
            "+1",
            "-2+3",
            "@SUM(A1)",
            "\tx",
            "\r=x",
            "  =1",
            "\u{ff1d}1",
        ];
        for kind in [Csv::Standard, Csv::Excel] {
            for title in cells {
                let e = entry("a", title, AlertType::Report, "2023-04-15", &["SD"]);
                let text = csv(&[Row::new(&e, &url)], kind);
                assert_eq!(text.starts_with('\u{feff}'), kind == Csv::Excel);
                let rows = parse_csv(text.trim_start_matches('\u{feff}'));
                assert_eq!(rows[1][2], format!("'{title}"), "{kind:?}");
                assert_eq!(rows[1][0], "a", "ordinary cells are unchanged");
            }
            let e = entry(
                "a",
                "Sudan: 1 = 1 - 0",
                AlertType::Report,
                "2023-04-15",
                &["SD"],
            );
            let text = csv(&[Row::new(&e, &url)], kind);
            let rows = parse_csv(text.trim_start_matches('\u{feff}'));
            assert_eq!(
                rows[1][2], "Sudan: 1 = 1 - 0",
                "signs inside a cell are text"
            );
        }
    }

    #[test]
    fn a_title_with_bidi_controls_is_isolated_in_the_csv_and_exact_in_the_json() {
        let title = "Sudan \u{202e}txet\u{202c}";
        let e = entry("a", title, AlertType::Report, "2023-04-15", &["SD"]);
        let rows = [Row::new(&e, &url)];
        let cells = parse_csv(&csv(&rows, Csv::Standard));
        assert_eq!(cells[1][2], format!("\u{2068}{title}\u{2069}"));
        let json: serde_json::Value =
            serde_json::from_str(&json(&rows, &Query::default())).expect("JSON");
        assert_eq!(json["alerts"][0]["title"], title);
    }

    #[test]
    fn json_says_the_filter_and_count() {
        let e = entry("a", "A", AlertType::Report, "2023-04-15", &["SD"]);
        let (q, _) = Query::from_pairs([("country", "SD"), ("page", "3")]);
        let value: serde_json::Value =
            serde_json::from_str(&json(&[Row::new(&e, &url)], &q)).expect("json");
        assert_eq!(value["filter"], "?country=SD");
        assert_eq!(value["count"], 1);
        assert_eq!(value["alerts"][0]["type"], "report");
        assert_eq!(value["alerts"][0]["url"], url("a"));
        assert_eq!(value["alerts"][0]["countries"], serde_json::json!(["SD"]));
        assert_eq!(value["alerts"][0]["updated"], serde_json::Value::Null);
        let keys: Vec<&String> = value["alerts"][0]
            .as_object()
            .expect("object")
            .keys()
            .collect();
        let mut columns = COLUMNS.to_vec();
        columns.sort_unstable();
        assert_eq!(keys, columns, "the JSON has the CSV's columns");
    }

    #[test]
    fn each_download_has_its_file_name_type_and_archive_file() {
        let (q, _) = Query::from_pairs([("country", "SD")]);
        let names: Vec<String> = Download::ALL.iter().map(|d| d.file_name(&q)).collect();
        assert_eq!(
            names,
            ["alerts-SD.csv", "alerts-SD-excel.csv", "alerts-SD.json"]
        );
        let files: Vec<&str> = Download::ALL.iter().map(|d| d.archive_file()).collect();
        assert_eq!(
            files,
            [
                "data/alerts.csv",
                "data/alerts-excel.csv",
                "data/alerts.json"
            ]
        );
        assert_eq!(Download::Excel.media_type(), "text/csv;charset=utf-8");
        assert_eq!(Download::Json.media_type(), "application/json");
        let e = entry("a", "A", AlertType::Report, "2023-04-15", &["SD"]);
        let rows = [Row::new(&e, &url)];
        assert!(Download::Excel.write(&rows, &q).starts_with('\u{feff}'));
        assert!(Download::Csv.write(&rows, &q).starts_with("id,"));
        assert!(Download::Json.write(&rows, &q).starts_with('{'));
        let labels: Vec<&str> = Download::ALL.iter().map(|d| d.label()).collect();
        assert_eq!(labels, ["export.csv", "export.excel", "export.json"]);
    }

    #[test]
    fn file_names_say_the_filter() {
        let name = |pairs: &[(&str, &str)], ext| {
            file_name(&Query::from_pairs(pairs.iter().copied()).0, ext)
        };
        assert_eq!(name(&[], "json"), "alerts.json");
        assert_eq!(
            name(
                &[
                    ("country", "sd"),
                    ("type", "sos_alert"),
                    ("year", "2023"),
                    ("q", "  El Fasher, now! ")
                ],
                "csv"
            ),
            "alerts-SD-sos_alert-2023-el-fasher-now.csv"
        );
        assert_eq!(name(&[("q", "الفاشر")], "csv"), "alerts-الفاشر.csv");
        assert_eq!(
            name(&[("q", "\"/..\\")], "csv"),
            "alerts.csv",
            "nothing to name a file with"
        );
        let long = name(&[("q", &"word ".repeat(20))], "csv");
        assert!(long.chars().count() <= "alerts-.csv".len() + 40, "{long}");
        assert!(!long.contains("-.csv"));
    }

    proptest! {
        /// Whatever the filters, the download holds exactly the list's
        /// alerts, in the list's order, whichever page the reader is on.
        #[test]
        fn the_export_holds_exactly_the_filtered_list(
            country in proptest::option::of(prop::sample::select(vec!["SD", "MM", "AZ", "AM", "FR"])),
            kind in proptest::option::of(prop::sample::select(AlertType::ALL.to_vec())),
            year in proptest::option::of(2020i32..2026),
            words in prop::sample::select(vec!["", "war", "alert", "zz", "sud"]),
            page in 1usize..4,
        ) {
            let catalog = Catalog::new(vec![
                entry("a", "Sudan war", AlertType::SosAlert, "2023-04-15", &["SD", "TD"]),
                entry("b", "Myanmar alert", AlertType::RedFlagAlert, "2021-02-01", &["MM"]),
                entry("c", "Azerbaijan, Armenia", AlertType::RedFlagAlert, "2022-10-07", &["AZ", "AM"]),
                entry("d", "Sudan \"alert\"", AlertType::Statement, "2024-01-05", &["SD"]),
                entry("e", "Armenia war", AlertType::Report, "2023-09-01", &["AM"]),
                entry("f", "Sudan, again", AlertType::SosAlert, "2025-06-30", &["SD"]),
            ]);
            let q = Query { country: country.map(str::to_string), kind, year, words: words.into(), page };
            let listed: Vec<&IndexEntry> = catalog.select(&catalog.filter(&q));
            let rows: Vec<Row> = listed.iter().map(|e| Row::new(e, &url)).collect();
            let parsed = parse_csv(&csv(&rows, Csv::Standard));
            prop_assert_eq!(&parsed[0], &COLUMNS.map(str::to_string).to_vec());
            let ids: Vec<&str> = parsed[1..].iter().map(|r| r[0].as_str()).collect();
            let expected: Vec<&str> = listed.iter().map(|e| e.id.as_str()).collect();
            prop_assert_eq!(&ids, &expected);
            for (row, e) in parsed[1..].iter().zip(&listed) {
                prop_assert_eq!(&row[2], &e.title);
                prop_assert_eq!(&row[6], &e.countries.join("; "));
            }
            let value: serde_json::Value = serde_json::from_str(&json(&rows, &q)).expect("json");
            let json_ids: Vec<&str> = value["alerts"].as_array().expect("list").iter()
                .filter_map(|a| a["id"].as_str()).collect();
            prop_assert_eq!(json_ids, expected);
            prop_assert_eq!(value["count"].as_u64(), Some(listed.len() as u64));
        }
    }
}
