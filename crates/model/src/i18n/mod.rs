//! The interface's words in the reader's language. Every word a reader sees
//! comes from a messages file, `locales/<tag>.json`, which a translator
//! edits without touching Rust: a flat object of keys to texts, where a
//! counted text gives one form per plural category. `{name}` marks a
//! placeholder. Both renderers hold one [`Messages`]; the app downloads only
//! its own language's file.
//!
//! `languages` lists the interface languages and their address prefixes,
//! `plural` holds the plural rules, `words` the sentences put together from
//! messages, and `english` the few English words of what the build writes
//! for staff and feeds. Stands on `alert` only (countries, types, dates).

pub mod bidi;
pub mod english;
#[cfg(test)]
mod language_files;
pub mod languages;
pub mod plural;
pub mod words;

use crate::alert::countries::country_name;
use crate::alert::sort::sort_by;
use crate::{AlertType, Date};
use std::collections::HashMap;

/// One entry of a messages file.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Message {
    Text(String),
    /// Forms by plural category.
    Counted(Vec<(plural::Category, String)>),
}

/// A language's messages, with its country names.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Messages {
    lang: &'static str,
    texts: HashMap<String, Message>,
    /// Country names in this language, by code (from `Intl.DisplayNames`);
    /// `country.XX` messages override them.
    countries: HashMap<String, String>,
}

/// The key prefix of country-name overrides ("country.PS").
pub const COUNTRY_OVERRIDE: &str = "country.";

impl Messages {
    /// Reads a messages file. Fails on anything but an object of texts and
    /// of objects of plural forms, and on a language the reader lacks.
    pub fn parse(tag: &str, json: &str) -> Result<Messages, String> {
        let lang = languages::interface(tag)
            .ok_or_else(|| format!("{tag}: not an interface language"))?
            .tag;
        let value: serde_json::Value =
            serde_json::from_str(json).map_err(|e| format!("{tag}.json: {e}"))?;
        let object = value
            .as_object()
            .ok_or_else(|| format!("{tag}.json: not an object of messages"))?;
        let mut texts = HashMap::with_capacity(object.len());
        for (key, v) in object {
            let message = match v {
                serde_json::Value::String(s) => Message::Text(s.clone()),
                serde_json::Value::Object(forms) => {
                    let mut out = Vec::with_capacity(forms.len());
                    for (form, text) in forms {
                        let category = plural::Category::from_key(form)
                            .ok_or_else(|| format!("{tag}.json: {key}: no plural form “{form}”"))?;
                        let text = text
                            .as_str()
                            .ok_or_else(|| format!("{tag}.json: {key}.{form}: not a text"))?;
                        out.push((category, text.to_string()));
                    }
                    Message::Counted(out)
                }
                _ => return Err(format!("{tag}.json: {key}: not a text or plural forms")),
            };
            texts.insert(key.clone(), message);
        }
        Ok(Messages {
            lang,
            texts,
            countries: HashMap::new(),
        })
    }

    /// No messages at all: every text shows as its key. For a view rendered
    /// where no language was provided, so that the gap is seen, not hidden.
    pub fn none() -> Messages {
        Messages {
            lang: languages::DEFAULT,
            texts: HashMap::new(),
            countries: HashMap::new(),
        }
    }

    /// With more messages of the same language: the words of the pages
    /// only the build writes (`locales/pages/`), which the app never
    /// downloads. A key in both keeps `more`'s text.
    pub fn with_messages(mut self, more: Messages) -> Messages {
        self.texts.extend(more.texts);
        self
    }

    /// With country names in this language (code → name).
    pub fn with_countries(mut self, names: impl IntoIterator<Item = (String, String)>) -> Messages {
        self.countries.extend(names);
        self
    }

    /// The interface language's tag ("fr").
    pub fn lang(&self) -> &'static str {
        self.lang
    }

    pub fn rtl(&self) -> bool {
        languages::interface(self.lang).is_some_and(|l| l.rtl)
    }

    /// "rtl" or "ltr", for a `dir` attribute.
    pub fn dir(&self) -> &'static str {
        if self.rtl() {
            "rtl"
        } else {
            "ltr"
        }
    }

    /// Every key, for the tests that compare languages.
    pub fn entries(&self) -> impl Iterator<Item = (&str, &Message)> {
        self.texts.iter().map(|(k, m)| (k.as_str(), m))
    }

    /// A text as it is. A missing key shows as itself, so that it is
    /// noticed (the tests fail on any), and never breaks a page.
    pub fn text(&self, key: &str) -> String {
        match self.texts.get(key) {
            Some(Message::Text(t)) => t.clone(),
            Some(Message::Counted(forms)) => pick(forms, plural::Category::Other).to_string(),
            None => key.to_string(),
        }
    }

    /// A text with its placeholders filled: `fill("x", &[("name", "Sudan")])`.
    pub fn fill(&self, key: &str, args: &[(&str, &str)]) -> String {
        substitute(&self.text(key), args)
    }

    /// A counted text in the form `n` takes, with `{n}` and `args` filled.
    pub fn count(&self, key: &str, n: usize, args: &[(&str, &str)]) -> String {
        let Some(Message::Counted(forms)) = self.texts.get(key) else {
            return self.fill(key, args);
        };
        let category = plural::category(self.lang, n as u64);
        let number = self.number(n);
        let mut all = vec![("n", number.as_str())];
        all.extend_from_slice(args);
        substitute(pick(forms, category), &all)
    }

    /// A count as this language writes it: "1,200", "1 200" (a narrow
    /// no-break space), Spanish "1200" but "12.000" (CLDR's grouping
    /// separator, and from how many digits it groups).
    pub fn number(&self, n: usize) -> String {
        let digits = n.to_string();
        let from: usize = self.text("number.group_from").parse().unwrap_or(4);
        if digits.len() < from {
            return digits;
        }
        let separator = self.text("number.group");
        let mut out = String::new();
        for (k, c) in digits.chars().enumerate() {
            if k > 0 && (digits.len() - k).is_multiple_of(3) {
                out.push_str(&separator);
            }
            out.push(c);
        }
        out
    }

    /// A country's name in this language; the English name, then the code,
    /// when there is none.
    pub fn country(&self, code: &str) -> String {
        let override_key = format!("{COUNTRY_OVERRIDE}{code}");
        if let Some(Message::Text(name)) = self.texts.get(&override_key) {
            return name.clone();
        }
        self.countries
            .get(code)
            .cloned()
            .or_else(|| country_name(code).map(str::to_string))
            .unwrap_or_else(|| code.to_string())
    }

    /// An alert type's name ("Red Flag Alert").
    pub fn kind(&self, kind: AlertType) -> String {
        self.text(&format!("type.{}", kind.key()))
    }

    /// "Monday, March 3, 2024", in this language's order and words.
    pub fn long_date(&self, date: &Date) -> String {
        self.date("date.long", date)
    }

    /// "Mar 3, 2024".
    pub fn short_date(&self, date: &Date) -> String {
        self.date("date.short", date)
    }

    fn date(&self, key: &str, date: &Date) -> String {
        // The first of the month has its own form in some languages
        // (French "1er mars").
        let day = match date.day() {
            1 => self.text("date.first_day"),
            n => n.to_string(),
        };
        let year = date.year().to_string();
        let month = self.text(&format!("month.{}", date.month()));
        let month_short = self.text(&format!("month_short.{}", date.month()));
        let weekday = self.text(&format!("weekday.{}", date.weekday() + 1));
        self.fill(
            key,
            &[
                ("weekday", &weekday),
                ("day", &day),
                ("month", &month),
                ("month_short", &month_short),
                ("year", &year),
            ],
        )
    }

    /// Parts of a list joined as the language joins them ("a, b").
    pub fn list(&self, parts: &[String]) -> String {
        parts.join(&self.text("list.separator"))
    }
}

fn pick(forms: &[(plural::Category, String)], wanted: plural::Category) -> &str {
    forms
        .iter()
        .find(|(c, _)| *c == wanted)
        .or_else(|| forms.iter().find(|(c, _)| *c == plural::Category::Other))
        .map_or("", |(_, t)| t.as_str())
}

/// `{name}` replaced by its value; an unknown placeholder stays as written.
fn substitute(text: &str, args: &[(&str, &str)]) -> String {
    let mut out = String::with_capacity(text.len() + 16);
    let mut rest = text;
    while let Some(open) = rest.find('{') {
        out.push_str(&rest[..open]);
        let after = &rest[open + 1..];
        match after.find('}').map(|close| (&after[..close], close)) {
            Some((name, close)) => match args.iter().find(|(k, _)| *k == name) {
                Some((_, value)) => {
                    out.push_str(value);
                    rest = &after[close + 1..];
                }
                None => {
                    out.push('{');
                    rest = after;
                }
            },
            None => {
                out.push_str(&rest[open..]);
                rest = "";
            }
        }
    }
    out.push_str(rest);
    out
}

/// The placeholders a text uses, sorted: "{n} of {total}" → ["n", "total"].
pub fn placeholders(text: &str) -> Vec<&str> {
    let mut out = Vec::new();
    let mut rest = text;
    while let Some(open) = rest.find('{') {
        let after = &rest[open + 1..];
        let Some(close) = after.find('}') else { break };
        out.push(&after[..close]);
        rest = &after[close + 1..];
    }
    sort_by(&mut out, |a, b| a.cmp(b));
    out.dedup();
    out
}

#[cfg(test)]
pub(crate) mod tests;
