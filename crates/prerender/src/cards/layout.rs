//! Breaking a title into lines that fit the card. resvg does not wrap
//! text, so lines are made here from an estimate of each character's
//! width in Noto Sans Bold, kept on the generous side so a line never runs
//! off the card.

/// Width of `c` in ems, roughly, in Noto Sans Bold (or the script's Noto).
fn em(c: char) -> f32 {
    match c {
        ' ' => 0.26,
        'i' | 'j' | 'l' | '.' | ',' | ':' | ';' | '\'' | '!' | '|' | 'I' => 0.32,
        'f' | 't' | 'r' | '(' | ')' | '-' | '‘' | '’' => 0.45,
        'm' | 'w' | 'M' | 'W' => 1.0,
        'A'..='Z' => 0.7,
        '0'..='9' => 0.6,
        'a'..='z' => 0.64,
        // Cyrillic, by width as Latin is (Noto Sans Bold, measured).
        'Ш' | 'Щ' | 'Ю' => 1.12,
        'Ж' | 'М' | 'Ы' => 0.95,
        'Ф' | 'И' | 'Й' | 'Д' | 'Н' | 'О' | 'Ц' | 'Л' | 'П' => 0.87,
        'Г' | 'Е' | 'Т' | 'С' | 'Р' => 0.64,
        'А'..='Я' => 0.73,
        'ш' | 'щ' => 1.0,
        'ж' | 'м' | 'ы' | 'ю' | 'ф' => 0.88,
        'и' | 'й' | 'ц' => 0.73,
        'г' | 'з' | 'с' | 'т' | 'у' | 'э' => 0.58,
        'а'..='я' => 0.67,
        // Armenian capitals (badges are in capitals) are wider than its
        // small letters.
        '\u{0531}'..='\u{0556}' => 0.92,
        // Arabic and Hebrew letters join or are narrow; Armenian is wide.
        '\u{0590}'..='\u{06FF}' | '\u{0750}'..='\u{077F}' | '\u{FB50}'..='\u{FEFF}' => 0.5,
        '\u{0530}'..='\u{058F}' => 0.75,
        _ => 0.7,
    }
}

/// The text's estimated width at `size` pixels.
pub fn width(text: &str, size: f32) -> f32 {
    text.chars().map(em).sum::<f32>() * size
}

/// Words in order, into at most `max_lines` lines of at most `max_width`
/// pixels; a title that does not fit ends its last line with "…".
pub fn lines(text: &str, size: f32, max_width: f32, max_lines: usize) -> Vec<String> {
    let mut lines: Vec<String> = Vec::new();
    let mut current = String::new();
    let mut words = text.split_whitespace().peekable();
    while let Some(word) = words.next() {
        let word = fit(word, size, max_width);
        let candidate = if current.is_empty() {
            word.clone()
        } else {
            format!("{current} {word}")
        };
        if width(&candidate, size) <= max_width || current.is_empty() {
            current = candidate;
            continue;
        }
        lines.push(std::mem::take(&mut current));
        if lines.len() == max_lines {
            let last = lines.last_mut().expect("max_lines > 0");
            ellipsis(last, size, max_width);
            return lines;
        }
        current = word;
        let _ = words.peek();
    }
    if !current.is_empty() {
        lines.push(current);
    }
    lines
}

/// A word wider than a line (a long address in a title) cut to fit, with
/// "…" to show that it goes on; a single letter is kept whole.
fn fit(word: &str, size: f32, max_width: f32) -> String {
    if width(word, size) <= max_width || word.chars().count() < 2 {
        return word.to_string();
    }
    let mut cut = word.to_string();
    while width(&format!("{cut}…"), size) > max_width && cut.chars().count() > 1 {
        cut.pop();
    }
    format!("{cut}…")
}

fn ellipsis(line: &mut String, size: f32, max_width: f32) {
    while width(&format!("{line} …"), size) > max_width && line.pop().is_some() {}
    let trimmed = line
        .trim_end()
        .trim_end_matches([',', ';', ':'])
        .to_string();
    *line = format!("{trimmed}…");
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_long_title_breaks_at_spaces_and_every_line_fits() {
        let title = "Red Flag Alert on the situation of civilians in the northern provinces after the collapse of the ceasefire agreement";
        let out = lines(title, 60.0, 1000.0, 4);
        assert!(out.len() > 1 && out.len() <= 4, "{out:?}");
        assert!(out.iter().all(|l| width(l, 60.0) <= 1000.0), "{out:?}");
        assert_eq!(out.join(" "), title, "nothing lost when it fits");
    }

    #[test]
    fn what_does_not_fit_ends_in_an_ellipsis() {
        let title = "word ".repeat(80);
        let out = lines(&title, 60.0, 600.0, 2);
        assert_eq!(out.len(), 2);
        assert!(out[1].ends_with('…'), "{out:?}");
        assert!(out.iter().all(|l| width(l, 60.0) <= 600.0));
    }

    #[test]
    fn one_letter_wider_than_the_line_is_kept() {
        assert_eq!(lines("W", 60.0, 10.0, 3), ["W"]);
    }

    #[test]
    fn an_ellipsis_line_keeps_what_fits() {
        let out = lines(
            "alpha beta gamma delta epsilon zeta eta theta",
            20.0,
            120.0,
            2,
        );
        assert_eq!(out.len(), 2);
        let last = &out[1];
        assert!(last.ends_with('…') && last.chars().count() > 3, "{out:?}");
        assert!(width(last, 20.0) <= 120.0, "{out:?}");
    }

    #[test]
    fn a_word_wider_than_the_card_is_cut_and_marked() {
        let out = lines(&"W".repeat(100), 60.0, 600.0, 3);
        assert_eq!(out.len(), 1);
        assert!(width(&out[0], 60.0) <= 600.0);
        assert!(out[0].ends_with("W…"), "the cut is shown: {out:?}");
        // Anywhere in the title, not only first: each line still fits.
        let url = format!("https://example.org/{}", "path/".repeat(40));
        let out = lines(&format!("See {url} now"), 60.0, 600.0, 4);
        assert!(out.iter().all(|l| width(l, 60.0) <= 600.0), "{out:?}");
        assert!(
            out.iter()
                .any(|l| l.starts_with("https://example") && l.ends_with('…')),
            "{out:?}"
        );
        assert_eq!(out.last().map(String::as_str), Some("now"));
        // As much of the word as fits beside the mark, and never less than
        // a letter; two letters are a word to cut too.
        let max = width("WW…", 10.0);
        assert_eq!(lines("WWW", 10.0, max, 1), ["WW…"]);
        assert_eq!(lines("WWW", 60.0, 5.0, 1), ["W…"]);
        assert_eq!(lines("WW", 60.0, 100.0, 3), ["W…"]);
    }
}
