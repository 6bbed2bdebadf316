//! The cards' SVG, in the site's colours (style/main.css, light scheme).

use super::layout::{lines, width};
use super::{HEIGHT, WIDTH};
use alert_model::alert::countries::country_name;
use alert_model::i18n::bidi::isolate;
use alert_model::i18n::english::series_label;
use alert_model::i18n::{words, Messages};
use alert_model::{Alert, AlertType, Site, Status};
use quick_xml::escape::escape;

const BG: &str = "#fbfaf8";
const TEXT: &str = "#1d1b19";
const MUTED: &str = "#5b5650";
const LINE: &str = "#dcd7d0";
const ACCENT: &str = "#8f1d1d";
const MARGIN: f32 = 80.0;
const TITLE_SIZE: f32 = 56.0;

/// The badge colour of each type, as on the pages.
fn badge_colour(kind: AlertType) -> &'static str {
    match kind {
        AlertType::RedFlagAlert => "#b42318",
        AlertType::ActiveGenocideAlert => "#3f0a0a",
        AlertType::SosAlert => "#9a3412",
        AlertType::Statement => "#1d4ed8",
        AlertType::Report => "#0f766e",
    }
}

/// An alert's card. `words` are the interface's words in the alert's own
/// language, when the reader has it: the card's badge, series label, date
/// and places then read in the alert's language (a French alert shared is
/// "vendredi 1er mars 2024 · Soudan"); otherwise in English.
pub fn alert(site: &Site, alert: &Alert, words: Option<&Messages>) -> String {
    let mut out = open();
    let mut x = MARGIN;
    let kind = words.map_or_else(|| alert.kind.label().to_string(), |m| m.kind(alert.kind));
    x = badge(&mut out, x, &kind.to_uppercase(), badge_colour(alert.kind));
    if alert.status == Status::Withdrawn {
        let withdrawn = words.map_or_else(
            || "Withdrawn".to_string(),
            // A badge is no sentence: its full stop goes (Armenian's is "։").
            |m| {
                m.text("alert.withdrawn")
                    .trim_end_matches(['.', '։'])
                    .to_string()
            },
        );
        x = badge(&mut out, x + 16.0, &withdrawn.to_uppercase(), TEXT);
    }
    if let Some(s) = &alert.series {
        let label = words.map_or_else(
            || series_label(s.number),
            |m| words::series_label(m, s.number),
        );
        out.push_str(&format!(
            r#"<text x="{}" y="127" font-size="28" fill="{MUTED}">{}</text>"#,
            x + 20.0,
            runs(&label)
        ));
    }
    // The title in its own direction: Arabic, Persian and Hebrew lines
    // end at the right margin.
    let rtl = alert.direction() == "rtl";
    let (tx, anchor) = if rtl {
        (WIDTH as f32 - MARGIN, "end")
    } else {
        (MARGIN, "start")
    };
    let max = WIDTH as f32 - 2.0 * MARGIN;
    for (i, line) in lines(&alert.title, TITLE_SIZE, max, 4).iter().enumerate() {
        // resvg lays every line out left to right; a right-to-left
        // embedding makes "Example: بيان" start at the right, as it should.
        // Each line is isolated within it: a balanced pair of controls in
        // the title may be cut across two lines, and an isolate ends
        // whatever a line opened (UAX #9).
        let line = isolate(line);
        let line = if rtl {
            format!("\u{202B}{line}\u{202C}")
        } else {
            line.into_owned()
        };
        out.push_str(&format!(
            r#"<text x="{tx}" y="{}" font-size="{TITLE_SIZE}" font-weight="700" fill="{TEXT}" text-anchor="{anchor}" xml:lang="{}">{}</text>"#,
            225.0 + i as f32 * 68.0,
            escape(alert.language.as_str()),
            runs(&line)
        ));
    }
    let meta = match words {
        Some(m) => {
            let places: Vec<String> = alert.countries.iter().map(|c| m.country(c)).collect();
            format!("{} · {}", m.long_date(&alert.published), m.list(&places))
        }
        None => {
            let places: Vec<&str> = alert
                .countries
                .iter()
                .map(|c| country_name(c).unwrap_or(c))
                .collect();
            format!("{} · {}", alert.published.long_english(), places.join(", "))
        }
    };
    let meta = lines(&meta, 30.0, max, 1).join("");
    // Right to left in a right-to-left interface language, as the title.
    let (mx, manchor, meta) = match words.is_some_and(|m| m.dir() == "rtl") {
        true => (
            WIDTH as f32 - MARGIN,
            "end",
            format!("\u{202B}{}\u{202C}", isolate(&meta)),
        ),
        false => (MARGIN, "start", meta),
    };
    out.push_str(&format!(
        r#"<text x="{mx}" y="512" font-size="30" fill="{MUTED}" text-anchor="{manchor}">{}</text>"#,
        runs(&meta)
    ));
    footer(&mut out, site);
    out.push_str("</svg>\n");
    out
}

pub fn site(site: &Site) -> String {
    let mut out = open();
    badge(&mut out, MARGIN, "EARLY-WARNING ALERTS", ACCENT);
    let max = WIDTH as f32 - 2.0 * MARGIN;
    let name = lines(&site.name, 64.0, max, 3);
    for (i, line) in name.iter().enumerate() {
        out.push_str(&format!(
            r#"<text x="{MARGIN}" y="{}" font-size="64" font-weight="700" fill="{TEXT}">{}</text>"#,
            240.0 + i as f32 * 76.0,
            escape(line.as_str())
        ));
    }
    for (i, line) in lines(&site.tagline, 32.0, max, 2).iter().enumerate() {
        out.push_str(&format!(
            r#"<text x="{MARGIN}" y="{}" font-size="32" fill="{MUTED}">{}</text>"#,
            250.0 + name.len() as f32 * 76.0 + i as f32 * 42.0,
            escape(line.as_str())
        ));
    }
    footer(&mut out, site);
    out.push_str("</svg>\n");
    out
}

fn open() -> String {
    format!(
        r#"<svg xmlns="http://www.w3.org/2000/svg" width="{WIDTH}" height="{HEIGHT}" viewBox="0 0 {WIDTH} {HEIGHT}" font-family="Noto Sans"><rect width="{WIDTH}" height="{HEIGHT}" fill="{BG}"/><rect width="{WIDTH}" height="14" fill="{ACCENT}"/>"#
    )
}

/// The font for a letter: Noto Sans lacks Arabic, Armenian and Hebrew,
/// and resvg's own fallback does not always find theirs, so each run of
/// a script gets its font by name.
fn font(c: char) -> &'static str {
    match c {
        '\u{0600}'..='\u{06FF}'
        | '\u{0750}'..='\u{077F}'
        | '\u{FB50}'..='\u{FDFF}'
        | '\u{FE70}'..='\u{FEFF}' => "Noto Sans Arabic",
        '\u{0530}'..='\u{058F}' | '\u{FB13}'..='\u{FB17}' => "Noto Sans Armenian",
        '\u{0590}'..='\u{05FF}' | '\u{FB1D}'..='\u{FB4F}' => "Noto Sans Hebrew",
        _ => "Noto Sans",
    }
}

/// `text` as escaped `<tspan>`s, one per run of letters in one font
/// (spaces stay with the run before them).
fn runs(text: &str) -> String {
    let mut out = String::new();
    let mut run = String::new();
    let mut current: Option<&str> = None;
    for c in text.chars() {
        let f = if c == ' ' || is_direction_control(c) {
            current.unwrap_or("Noto Sans")
        } else {
            font(c)
        };
        // Spaces and direction controls so far ride with the letters that
        // follow: a run of controls alone would be drawn as a missing
        // letter's box (a date line in Arabic opens with one).
        let only_controls = run.chars().all(|c| c == ' ' || is_direction_control(c));
        if current.is_some_and(|cur| cur != f) && !only_controls {
            push_run(&mut out, current.unwrap_or("Noto Sans"), &run);
            run.clear();
        }
        current = Some(f);
        run.push(c);
    }
    if let Some(f) = current {
        push_run(&mut out, f, &run);
    }
    out
}

/// The invisible marks that set a run's direction (UAX #9): embeddings,
/// overrides, isolates and the two marks.
fn is_direction_control(c: char) -> bool {
    matches!(c, '\u{200E}' | '\u{200F}' | '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}')
}

fn push_run(out: &mut String, family: &str, text: &str) {
    out.push_str(&format!(
        r#"<tspan font-family="{family}">{}</tspan>"#,
        escape(text)
    ));
}

/// A filled label at `x`; returns where it ends.
fn badge(out: &mut String, x: f32, label: &str, colour: &str) -> f32 {
    // Each letter is spaced 1 pixel further apart than the font sets it.
    let w = width(label, 26.0) + label.chars().count() as f32 + 40.0;
    out.push_str(&format!(
        r##"<rect x="{x}" y="86" width="{w}" height="54" rx="6" fill="{colour}"/><text x="{}" y="123" font-size="26" font-weight="700" fill="#ffffff" letter-spacing="1">{}</text>"##,
        x + 20.0,
        escape(label)
    ));
    x + w
}

/// The publisher, and "Sample data" when the alerts are.
fn footer(out: &mut String, site: &Site) {
    let y = HEIGHT as f32 - 88.0;
    out.push_str(&format!(
        r#"<rect y="{y}" width="{WIDTH}" height="88" fill="{TEXT}"/><rect y="{}" width="{WIDTH}" height="1" fill="{LINE}"/>"#,
        y - 1.0
    ));
    let max = if site.sample_data {
        760.0
    } else {
        WIDTH as f32 - 2.0 * MARGIN
    };
    let name = lines(&site.name, 30.0, max, 1).join("");
    out.push_str(&format!(
        r##"<text x="{MARGIN}" y="{}" font-size="30" font-weight="700" fill="#ffffff">{}</text>"##,
        y + 55.0,
        escape(name.as_str())
    ));
    if site.sample_data {
        out.push_str(&format!(
            r##"<text x="{}" y="{}" font-size="26" fill="#ffd6d6" text-anchor="end">Sample data</text>"##,
            WIDTH as f32 - MARGIN,
            y + 54.0
        ));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_script_gets_its_run_and_spaces_and_marks_ride_along() {
        assert_eq!(
            runs("Ab cd"),
            r#"<tspan font-family="Noto Sans">Ab cd</tspan>"#
        );
        // A space stays with the run before it; letters of another script
        // start their own, with or without a space between.
        assert_eq!(
            runs("Example: بيان"),
            r#"<tspan font-family="Noto Sans">Example: </tspan><tspan font-family="Noto Sans Arabic">بيان</tspan>"#
        );
        assert_eq!(
            runs("abبي"),
            r#"<tspan font-family="Noto Sans">ab</tspan><tspan font-family="Noto Sans Arabic">بي</tspan>"#
        );
        // The embedding a right-to-left line opens and closes with stays
        // inside the letters' run, never a run of its own.
        assert_eq!(
            runs("\u{202B}الثلاثاء\u{202C}"),
            "<tspan font-family=\"Noto Sans Arabic\">\u{202B}الثلاثاء\u{202C}</tspan>"
        );
        assert!(is_direction_control('\u{2067}') && is_direction_control('\u{200F}'));
        assert!(!is_direction_control('a') && !is_direction_control(' '));
    }

    #[test]
    fn a_badge_is_as_wide_as_its_spaced_letters_and_its_margins() {
        let mut out = String::new();
        let end = badge(&mut out, 100.0, "AB", "#000000");
        let expected = 100.0 + width("AB", 26.0) + 2.0 + 40.0;
        assert!((end - expected).abs() < 0.01, "{end} vs {expected}");
        assert!(
            out.contains(&format!(r#"width="{}""#, expected - 100.0)),
            "{out}"
        );
    }
}
