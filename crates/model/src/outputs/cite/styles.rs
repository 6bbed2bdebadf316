//! APA 7, Chicago (notes and bibliography, bibliography entry) and MLA 9,
//! for an alert with its publisher as author. Titles are in italics, as
//! the styles set a report's; [`Styled::plain`] is the text to paste where
//! there are none.

use super::{month, Citation};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Style {
    Apa,
    Chicago,
    Mla,
}

/// A citation as runs of text, some in italics.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Styled(pub Vec<(String, bool)>);

impl Styled {
    /// Without italics.
    pub fn plain(&self) -> String {
        self.0.iter().map(|(t, _)| t.as_str()).collect()
    }
}

impl Style {
    pub const ALL: [Style; 3] = [Style::Apa, Style::Chicago, Style::Mla];

    /// The style's name, which is the same in every language.
    pub fn name(self) -> &'static str {
        match self {
            Style::Apa => "APA 7",
            Style::Chicago => "Chicago",
            Style::Mla => "MLA 9",
        }
    }

    /// "apa", for ids and tests.
    pub fn key(self) -> &'static str {
        match self {
            Style::Apa => "apa",
            Style::Chicago => "chicago",
            Style::Mla => "mla",
        }
    }

    pub fn format(self, c: &Citation) -> Styled {
        match self {
            Style::Apa => apa(c),
            Style::Chicago => chicago(c),
            Style::Mla => mla(c),
        }
    }
}

/// Author. (Year, Month Day). *Title* (Update N, version v) [Type, in
/// Language]. Last updated Month Day, Year. URL
fn apa(c: &Citation) -> Styled {
    let d = &c.published;
    let number: Vec<String> = c
        .update_label()
        .into_iter()
        .chain([format!("version {}", c.version)])
        .collect();
    let mut description = c.kind.to_string();
    if let Some(lang) = other_language(c) {
        description.push_str(&format!(", in {lang}"));
    }
    let mut tail = format!(" ({}) [{description}]. ", number.join(", "));
    if let Some(u) = &c.updated {
        tail.push_str(&format!("Last updated {}. ", us_date(u)));
    }
    tail.push_str(&c.url);
    Styled(vec![
        (
            format!(
                "{}. ({}, {} {}). ",
                c.publisher,
                d.year(),
                month(d),
                d.day()
            ),
            false,
        ),
        (c.title.clone(), true),
        (tail, false),
    ])
}

/// Author. *Title.* In Language. Type, Update N, version v. Month Day,
/// Year. Last modified Month Day, Year. URL.
fn chicago(c: &Citation) -> Styled {
    let mut tail = String::new();
    if let Some(lang) = other_language(c) {
        tail.push_str(&format!(" In {lang}."));
    }
    let mut kind = vec![c.kind.to_string()];
    kind.extend(c.update_label());
    kind.push(format!("version {}", c.version));
    tail.push_str(&format!(" {}. {}.", kind.join(", "), us_date(&c.published)));
    if let Some(u) = &c.updated {
        tail.push_str(&format!(" Last modified {}.", us_date(u)));
    }
    tail.push_str(&format!(" {}.", c.url));
    Styled(vec![
        (format!("{}. ", c.publisher), false),
        (closed(&c.title), true),
        (tail, false),
    ])
}

/// *Title.* Type, Update N, version v, in Language, Publisher, Day Mon.
/// Year, updated Day Mon. Year, address without its scheme.
/// The publisher is the author, so MLA starts with the title.
fn mla(c: &Citation) -> Styled {
    let mut parts = vec![c.kind.to_string()];
    parts.extend(c.update_label());
    parts.push(format!("version {}", c.version));
    if let Some(lang) = other_language(c) {
        parts.push(format!("in {lang}"));
    }
    parts.push(c.publisher.clone());
    parts.push(mla_date(&c.published));
    if let Some(u) = &c.updated {
        parts.push(format!("updated {}", mla_date(u)));
    }
    let address = c
        .url
        .strip_prefix("https://")
        .or_else(|| c.url.strip_prefix("http://"))
        .unwrap_or(&c.url);
    parts.push(address.to_string());
    Styled(vec![
        (closed(&c.title), true),
        (format!(" {}.", parts.join(", ")), false),
    ])
}

/// The title with a full stop, unless it ends with its own.
fn closed(title: &str) -> String {
    if title.ends_with(['.', '?', '!', '؟']) {
        title.to_string()
    } else {
        format!("{title}.")
    }
}

/// "October 7, 2022".
fn us_date(d: &crate::Date) -> String {
    format!("{} {}, {}", month(d), d.day(), d.year())
}

/// "7 Oct. 2022": MLA abbreviates months longer than four letters.
fn mla_date(d: &crate::Date) -> String {
    const SHORT: [&str; 12] = [
        "Jan.", "Feb.", "Mar.", "Apr.", "May", "June", "July", "Aug.", "Sept.", "Oct.", "Nov.",
        "Dec.",
    ];
    let m = SHORT[(d.month() as usize).clamp(1, 12) - 1];
    format!("{} {m} {}", d.day(), d.year())
}

/// The alert's language in English, when it is not English.
fn other_language(c: &Citation) -> Option<String> {
    let name = super::files::english_language_name(&c.language);
    (name != "English").then_some(name)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::outputs::cite::tests::citation;

    fn with_italics(s: &Styled) -> String {
        s.0.iter()
            .map(|(t, i)| if *i { format!("*{t}*") } else { t.clone() })
            .collect()
    }

    #[test]
    fn apa_seven_names_the_group_author_date_title_number_type_and_address() {
        let c = citation();
        let v = &c.version;
        assert_eq!(
            with_italics(&Style::Apa.format(&c)),
            format!("Lemkin Institute for Genocide Prevention. (2022, October 7). *Red Flag Alert for Genocide - Azerbaijan - Update 3* (Update 3, version {v}) [Red Flag Alert]. Last updated October 9, 2022. https://alerts.example.org/alerts/azerbaijan-red-flag-update-3")
        );
    }

    #[test]
    fn chicago_closes_each_element_with_a_full_stop() {
        let c = citation();
        let v = &c.version;
        assert_eq!(
            with_italics(&Style::Chicago.format(&c)),
            format!("Lemkin Institute for Genocide Prevention. *Red Flag Alert for Genocide - Azerbaijan - Update 3.* Red Flag Alert, Update 3, version {v}. October 7, 2022. Last modified October 9, 2022. https://alerts.example.org/alerts/azerbaijan-red-flag-update-3.")
        );
    }

    #[test]
    fn mla_starts_with_the_title_when_the_author_publishes() {
        let c = citation();
        let v = &c.version;
        assert_eq!(
            with_italics(&Style::Mla.format(&c)),
            format!("*Red Flag Alert for Genocide - Azerbaijan - Update 3.* Red Flag Alert, Update 3, version {v}, Lemkin Institute for Genocide Prevention, 7 Oct. 2022, updated 9 Oct. 2022, alerts.example.org/alerts/azerbaijan-red-flag-update-3.")
        );
    }

    #[test]
    fn an_original_alert_in_arabic_says_its_language_and_no_update() {
        let mut c = citation();
        c.update = Some(0);
        c.updated = None;
        c.language = "ar".into();
        c.title = "إنذار؟".into();
        c.published = crate::Date::parse("2023-09-01").expect("date");
        let v = c.version.clone();
        assert_eq!(
            Style::Apa.format(&c).plain(),
            format!("Lemkin Institute for Genocide Prevention. (2023, September 1). إنذار؟ (version {v}) [Red Flag Alert, in Arabic]. https://alerts.example.org/alerts/azerbaijan-red-flag-update-3")
        );
        assert_eq!(
            Style::Chicago.format(&c).plain(),
            format!("Lemkin Institute for Genocide Prevention. إنذار؟ In Arabic. Red Flag Alert, version {v}. September 1, 2023. https://alerts.example.org/alerts/azerbaijan-red-flag-update-3.")
        );
        assert_eq!(
            Style::Mla.format(&c).plain(),
            format!("إنذار؟ Red Flag Alert, version {v}, in Arabic, Lemkin Institute for Genocide Prevention, 1 Sept. 2023, alerts.example.org/alerts/azerbaijan-red-flag-update-3.")
        );
    }

    #[test]
    fn styles_have_their_names() {
        let names: Vec<&str> = Style::ALL.iter().map(|s| s.name()).collect();
        assert_eq!(names, ["APA 7", "Chicago", "MLA 9"]);
        let keys: Vec<&str> = Style::ALL.iter().map(|s| s.key()).collect();
        assert_eq!(keys, ["apa", "chicago", "mla"]);
    }
}
