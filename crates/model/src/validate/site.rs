//! `site.json`, checked with the alerts' rules: every problem at once, each
//! with its JSON path; links through the same link checker; text through
//! the same control-character check; the same duplicate-key pass and cap.

use super::alert_file::{describe, Checker, MAX_SUMMARY_CHARS, MAX_TITLE_CHARS};
use super::json_keys::duplicate_keys;
use super::problem::{cap, counts, syntax_problem, Problem};
use crate::alert::link_scheme_allowed;
use crate::alert::{AlertType, EmbedSettings, Site, SiteWords};
use serde_json::{Map, Value};
use std::collections::BTreeMap;

const SITE_FIELDS: &[&str] = &[
    "name",
    "tagline",
    "url",
    "reader_url",
    "donate",
    "contact",
    "legal",
    "embed",
    "sample_data",
    "languages",
    "type_order",
    // The JSON Schema an editor checks the file against (docs/api.md).
    "$schema",
];

/// The outcome of checking `site.json`.
#[derive(Debug, Clone, PartialEq)]
pub struct CheckedSite {
    /// Present when the file names a publisher, even if it has problems.
    pub site: Option<Site>,
    /// Errors first, capped like an alert's (see `Checked::problems`).
    pub problems: Vec<Problem>,
    omitted: (usize, usize),
}

impl CheckedSite {
    pub fn has_errors(&self) -> bool {
        self.counts().0 > 0
    }

    /// Errors and warnings, those left out of the list included.
    pub fn counts(&self) -> (usize, usize) {
        counts(&self.problems, self.omitted)
    }
}

/// Parses and checks the text of `site.json`.
pub fn check_site_text(text: &str) -> CheckedSite {
    let (site, problems, omitted) = check_json(text, Checker::site);
    CheckedSite {
        site,
        problems,
        omitted,
    }
}

/// A JSON file of the data folder read by `read`, with the alerts' rules
/// around it: a syntax error or a key given twice is a problem, and the
/// problems are capped as an alert's are.
pub(super) fn check_json<T>(
    text: &str,
    read: impl FnOnce(&mut Checker, &Value) -> Option<T>,
) -> (Option<T>, Vec<Problem>, (usize, usize)) {
    let mut c = Checker::default();
    let value = match serde_json::from_str::<Value>(text) {
        Ok(value) => {
            for p in duplicate_keys(text) {
                c.push_problem(p);
            }
            read(&mut c, &value)
        }
        Err(e) => {
            c.push_problem(syntax_problem(&e));
            None
        }
    };
    let (problems, omitted) = c.into_parts();
    let (problems, omitted) = cap(problems, omitted);
    (value, problems, omitted)
}

/// `info@example.org`: one `@`, something before it, a domain with a dot
/// after it, and nothing that would change the `mailto:` link the reader
/// builds from it (no spaces, `?`, `#`, `/`, quotes or brackets).
pub fn is_plausible_email(address: &str) -> bool {
    let Some((local, domain)) = address.split_once('@') else {
        return false;
    };
    let local_ok = !local.is_empty()
        && local
            .chars()
            .all(|c| c.is_alphanumeric() || ".!$%&'*+=^_`{|}~-".contains(c))
        && !local.starts_with('.')
        && !local.ends_with('.');
    let labels: Vec<&str> = domain.split('.').collect();
    let domain_ok = labels.len() >= 2
        && labels.iter().all(|l| {
            !l.is_empty()
                && !l.starts_with('-')
                && !l.ends_with('-')
                && l.chars().all(|c| c.is_alphanumeric() || c == '-')
        });
    local_ok && domain_ok
}

/// `https://partner.example` or `http://127.0.0.1:4175`: what
/// `scripts/write-headers.mjs` accepts in `frame-ancestors`.
fn is_origin(text: &str) -> bool {
    let Some(rest) = text
        .strip_prefix("https://")
        .or_else(|| text.strip_prefix("http://"))
    else {
        return false;
    };
    let (host, port) = match rest.split_once(':') {
        Some((host, port)) => (host, Some(port)),
        None => (rest, None),
    };
    !host.is_empty()
        && host
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || matches!(b, b'.' | b'-'))
        && port.is_none_or(|p| !p.is_empty() && p.bytes().all(|b| b.is_ascii_digit()))
}

impl Checker {
    fn into_parts(mut self) -> (Vec<Problem>, (usize, usize)) {
        self.errors.append(&mut self.warnings);
        (self.errors, self.omitted)
    }

    fn site(&mut self, value: &Value) -> Option<Site> {
        let Some(obj) = value.as_object() else {
            self.error(
                "",
                format!("site.json must be a JSON object, not {}", describe(value)),
            );
            return None;
        };
        let name = self.site_name(obj);
        let tagline = self.site_text(obj, "tagline", MAX_TITLE_CHARS);
        let url = self.site_link(obj, "url");
        let reader_url = self.reader_url(obj);
        let donate = self.site_link(obj, "donate");
        let contact = self.email(obj, "contact");
        let legal = self.site_text(obj, "legal", MAX_SUMMARY_CHARS);
        let embed = self.embed(obj);
        let languages = self.site_languages(obj);
        let type_order = self.type_order(obj);
        let sample_data = match obj.get("sample_data") {
            None => false,
            Some(Value::Bool(b)) => *b,
            Some(v) => {
                self.error(
                    "sample_data",
                    format!("must be true or false, not {}", describe(v)),
                );
                false
            }
        };
        for key in obj.keys() {
            if !SITE_FIELDS.contains(&key.as_str()) {
                self.warn(key, format!("unknown field {key:?} is ignored"));
            }
        }
        Some(Site {
            name: name?,
            tagline,
            url,
            reader_url,
            donate,
            contact,
            legal,
            embed,
            sample_data,
            languages,
            type_order,
        })
    }

    /// `type_order`: alert types from least to most grave, each at most once.
    fn type_order(&mut self, obj: &Map<String, Value>) -> Vec<AlertType> {
        let Some(v) = obj.get("type_order").filter(|v| !v.is_null()) else {
            return Vec::new();
        };
        let Some(items) = v.as_array() else {
            self.error(
                "type_order",
                format!("must be a list of alert types, not {}", describe(v)),
            );
            return Vec::new();
        };
        let mut out = Vec::new();
        for (i, item) in items.iter().enumerate() {
            let path = format!("type_order[{i}]");
            let Some(key) = self.string(&path, item) else {
                continue;
            };
            match AlertType::from_key(key) {
                Some(t) if out.contains(&t) => {
                    self.error(&path, format!("{key:?} is listed twice"));
                }
                Some(t) => out.push(t),
                None => self.error(&path, format!("{key:?} is not an alert type")),
            }
        }
        out
    }

    /// `languages`: per interface language, the name, tagline and legal
    /// line readers see, each checked as the default one is.
    fn site_languages(&mut self, obj: &Map<String, Value>) -> BTreeMap<String, SiteWords> {
        let mut out = BTreeMap::new();
        let Some(v) = obj.get("languages") else {
            return out;
        };
        let Some(langs) = v.as_object() else {
            self.error(
                "languages",
                format!("must be an object of languages, not {}", describe(v)),
            );
            return out;
        };
        for (tag, words) in langs {
            let path = format!("languages.{tag}");
            if crate::i18n::languages::interface(tag).is_none() {
                self.warn(&path, "is not an interface language of the reader; ignored");
                continue;
            }
            let Some(words) = words.as_object() else {
                self.error(&path, format!("must be an object, not {}", describe(words)));
                continue;
            };
            let mut field = |key: &str, max: usize| {
                let path = format!("{path}.{key}");
                let text = words.get(key).and_then(|v| self.text(&path, v))?;
                self.length(&path, text, max);
                Some(text.to_string())
            };
            let checked = SiteWords {
                name: field("name", MAX_TITLE_CHARS),
                tagline: field("tagline", MAX_TITLE_CHARS),
                legal: field("legal", MAX_SUMMARY_CHARS),
            };
            for key in words.keys() {
                if !["name", "tagline", "legal"].contains(&key.as_str()) {
                    self.warn(
                        &format!("{path}.{key}"),
                        format!("unknown field {key:?} is ignored"),
                    );
                }
            }
            out.insert(tag.clone(), checked);
        }
        out
    }

    fn site_name(&mut self, obj: &Map<String, Value>) -> Option<String> {
        let Some(v) = obj.get("name") else {
            self.error("name", "is missing: every page names the publisher");
            return None;
        };
        let name = self.text("name", v)?;
        if name.trim().is_empty() {
            self.error("name", "is empty: every page names the publisher");
            return None;
        }
        self.length("name", name, MAX_TITLE_CHARS);
        Some(name.to_string())
    }

    /// Optional plain text, at most `max` characters.
    fn site_text(&mut self, obj: &Map<String, Value>, key: &str, max: usize) -> String {
        let Some(text) = obj.get(key).and_then(|v| self.text(key, v)) else {
            return String::new();
        };
        self.length(key, text, max);
        text.to_string()
    }

    fn length(&mut self, path: &str, text: &str, max: usize) {
        let n = text.chars().count();
        if n > max {
            self.error(
                path,
                format!("has {n} characters; at most {max} are allowed"),
            );
        }
    }

    /// An address or null, through the alerts' link checker.
    fn site_link(&mut self, obj: &Map<String, Value>, key: &str) -> Option<String> {
        let v = obj.get(key).filter(|v| !v.is_null())?;
        let Some(href) = v.as_str() else {
            self.error(
                key,
                format!("must be an address or null, not {}", describe(v)),
            );
            return None;
        };
        self.text_chars(key, href);
        self.check_link(key, href);
        Some(href.to_string())
    }

    /// The reader's public address: optional while a site is being set
    /// up, but a build without it writes no canonical links, feeds, cards
    /// or sitemap, so its absence is a warning.
    fn reader_url(&mut self, obj: &Map<String, Value>) -> Option<String> {
        let Some(v) = obj.get("reader_url").filter(|v| !v.is_null()) else {
            self.warn(
                "reader_url",
                "is missing: the build needs the reader's public address for canonical links, feeds, share cards and the sitemap",
            );
            return None;
        };
        let Some(url) = v.as_str() else {
            self.error(
                "reader_url",
                format!(
                    "must be an address like \"https://alerts.example.org/\", not {}",
                    describe(v)
                ),
            );
            return None;
        };
        if let Err(why) = crate::alert::public_address::check(url) {
            self.error("reader_url", format!("{url:?} {why}"));
            return None;
        }
        Some(url.to_string())
    }

    /// An email address the reader turns into a `mailto:` link.
    pub(super) fn email(&mut self, obj: &Map<String, Value>, key: &str) -> Option<String> {
        let v = obj.get(key).filter(|v| !v.is_null())?;
        let Some(address) = v.as_str() else {
            self.error(
                key,
                format!("must be an email address or null, not {}", describe(v)),
            );
            return None;
        };
        self.text_chars(key, address);
        let bare = address
            .get(..7)
            .filter(|s| s.eq_ignore_ascii_case("mailto:"))
            .map(|_| &address[7..]);
        if bare.is_some_and(is_plausible_email) {
            self.error(
                key,
                "write the address alone, without \"mailto:\" (the reader adds it)",
            );
        } else if !is_plausible_email(address) {
            self.error(
                key,
                format!("{address:?} is not an email address like \"info@example.org\""),
            );
        }
        Some(address.to_string())
    }

    fn embed(&mut self, obj: &Map<String, Value>) -> EmbedSettings {
        let mut embed = EmbedSettings::default();
        // No null here: the reader could not load the file.
        let Some(v) = obj.get("embed") else {
            return embed;
        };
        let Some(map) = v.as_object() else {
            self.error(
                "embed",
                format!(
                    "must be an object like {{\"allowed_origins\": []}}, not {}",
                    describe(v)
                ),
            );
            return embed;
        };
        for key in map.keys() {
            if key != "allowed_origins" {
                self.warn(
                    &format!("embed.{key}"),
                    format!("unknown field {key:?} in embed is ignored"),
                );
            }
        }
        let Some(v) = map.get("allowed_origins") else {
            return embed;
        };
        let Some(items) = v.as_array() else {
            self.error(
                "embed.allowed_origins",
                format!("must be a list of origins, not {}", describe(v)),
            );
            return embed;
        };
        for (i, item) in items.iter().enumerate() {
            let path = format!("embed.allowed_origins[{i}]");
            let Some(origin) = self.text(&path, item) else {
                continue;
            };
            if !link_scheme_allowed(origin) {
                self.check_link(&path, origin);
            } else if !is_origin(origin) {
                self.error(
                    &path,
                    format!("{origin:?} is not an origin like \"https://partner.example\" (scheme, host and port only)"),
                );
            }
            embed.allowed_origins.push(origin.to_string());
        }
        embed
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::validate::Severity;

    #[test]
    fn noncharacters_and_unclosed_overrides_in_the_site_are_errors() {
        let checked = check_site_text(
            "{\"name\": \"N\\ufffe\", \"tagline\": \"t\\u202e\", \"legal\": \"l\"}",
        );
        let paths: Vec<(&str, Severity)> = checked
            .problems
            .iter()
            .filter(|p| p.message.contains("noncharacter") || p.message.contains("never closes"))
            .map(|p| (p.path.as_str(), p.severity))
            .collect();
        assert_eq!(
            paths,
            [("name", Severity::Error), ("tagline", Severity::Error)]
        );
    }

    #[test]
    fn the_site_in_other_languages_is_kept_and_checked() {
        let checked = check_site_text(
            r#"{"name": "N", "reader_url": "https://a.example/",
                "languages": {"fr": {"tagline": "Alerte", "motto": "x"}, "xx": {"name": "Q"}, "ar": "bad"}}"#,
        );
        let site = checked.site.clone().expect("a site");
        assert_eq!(site.in_language("fr").tagline, "Alerte");
        assert_eq!(site.languages.len(), 1, "{:?}", site.languages);
        let paths: Vec<String> = checked.problems.iter().map(|p| p.path.clone()).collect();
        assert_eq!(
            paths,
            ["languages.ar", "languages.fr.motto", "languages.xx"],
            "{:?}",
            checked.problems
        );
    }

    #[test]
    fn the_readers_public_address_is_checked_and_missing_is_a_warning() {
        let checked = check_site_text(r#"{"name": "X", "reader_url": "https://a.example.org/r/"}"#);
        assert!(checked.problems.is_empty(), "{:?}", checked.problems);
        assert_eq!(
            checked.site.and_then(|s| s.reader_url).as_deref(),
            Some("https://a.example.org/r/")
        );
        let missing = check_site_text(r#"{"name": "X"}"#);
        assert_eq!(missing.counts(), (0, 1));
        assert_eq!(missing.problems[0].path, "reader_url");
        for (text, message) in [
            (
                r#"{"name": "X", "reader_url": "http://a.example.org/"}"#,
                "\"http://a.example.org/\" must start with https:// (link previews and feed readers fetch it)",
            ),
            (
                r#"{"name": "X", "reader_url": 3}"#,
                "must be an address like \"https://alerts.example.org/\", not a number",
            ),
        ] {
            let checked = check_site_text(text);
            assert_eq!(checked.counts(), (1, 0), "{text}");
            assert_eq!(checked.problems[0].message, message);
            assert_eq!(checked.site.and_then(|s| s.reader_url), None);
        }
    }

    #[test]
    fn the_type_order_lists_known_types_once_each() {
        let site = |order: &str| {
            check_site_text(&format!(
                r#"{{"name": "X", "reader_url": "https://a.org/", "$schema": "schema/site.schema.json", "type_order": {order}}}"#
            ))
        };
        let good = site(r#"["statement", "red_flag_alert", "active_genocide_alert"]"#);
        assert!(good.problems.is_empty(), "{:?}", good.problems);
        assert_eq!(
            good.site.map(|s| s.type_order),
            Some(vec![
                AlertType::Statement,
                AlertType::RedFlagAlert,
                AlertType::ActiveGenocideAlert
            ])
        );
        let messages = |order: &str| -> Vec<String> {
            site(order).problems.iter().map(|p| p.to_string()).collect()
        };
        assert_eq!(
            messages(r#"["sos_alert", "red-flag", "sos_alert", 3]"#),
            [
                "type_order[1]: \"red-flag\" is not an alert type",
                "type_order[2]: \"sos_alert\" is listed twice",
                "type_order[3]: must be text, not a number",
            ]
        );
        assert_eq!(
            messages(r#""sos_alert""#),
            ["type_order: must be a list of alert types, not text"]
        );
        assert!(messages("null").is_empty());
        assert_eq!(site("[]").site.map(|s| s.type_order), Some(vec![]));
    }

    #[test]
    fn a_good_site_has_no_problems_and_lengths_hold_at_their_edges() {
        let site = |extra: &str| {
            check_site_text(&format!(
                r#"{{"name": "X", "reader_url": "https://a.org/", "contact": "info@example.org",
                "embed": {{"allowed_origins": ["https://partner.example", "http://127.0.0.1:4175"]}}{extra}}}"#
            ))
        };
        let good = site("");
        assert!(good.problems.is_empty(), "{:?}", good.problems);
        assert_eq!(good.site.map(|s| s.embed.allowed_origins.len()), Some(2));
        let at = |key: &str, n: usize| site(&format!(r#", "{key}": "{}""#, "x".repeat(n)));
        for (key, max) in [("tagline", MAX_TITLE_CHARS), ("legal", MAX_SUMMARY_CHARS)] {
            assert!(at(key, max).problems.is_empty(), "{key} at {max}");
            let over = at(key, max + 1);
            assert_eq!(over.counts(), (1, 0), "{key}");
            assert_eq!(
                over.problems[0].to_string(),
                format!(
                    "{key}: has {} characters; at most {max} are allowed",
                    max + 1
                )
            );
        }
        let bad = check_site_text(
            r#"{"name": "X", "reader_url": "https://a.org/", "embed": {"allowed_origins": ["javascript:alert(1)"]}}"#,
        );
        assert_eq!(
            bad.problems.iter().map(|p| p.to_string()).collect::<Vec<_>>(),
            ["embed.allowed_origins[0]: scheme \"javascript\" is not allowed (only https, http and mailto)"]
        );
    }

    #[test]
    fn plausible_email_addresses() {
        for ok in [
            "info@example.org",
            "a.b+c@mail.example.co.uk",
            "é@exemple.fr",
        ] {
            assert!(is_plausible_email(ok), "{ok}");
        }
        for bad in [
            "info",
            "info@example",
            "@example.org",
            "info@@example.org",
            "info at example.org",
            "info@example.org?cc=x@y.z",
            "info@example..org",
            "<info@example.org>",
            "",
        ] {
            assert!(!is_plausible_email(bad), "{bad}");
        }
    }

    #[test]
    fn origins_are_scheme_host_and_port_only() {
        for ok in ["https://partner.example", "http://127.0.0.1:4175"] {
            assert!(is_origin(ok), "{ok}");
        }
        for bad in [
            "https://partner.example/",
            "https://x.example; script-src *",
            "https://",
            "https://x:",
            "ftp://x.example",
        ] {
            assert!(!is_origin(bad), "{bad}");
        }
    }

    #[test]
    fn null_where_the_reader_cannot_take_it_is_an_error() {
        for (text, expected) in [
            (
                r#"{"name": "X", "reader_url": "https://a.org/", "embed": null}"#,
                "embed: must be an object like {\"allowed_origins\": []}, not null",
            ),
            (
                r#"{"name": "X", "reader_url": "https://a.org/", "embed": {"allowed_origins": null}}"#,
                "embed.allowed_origins: must be a list of origins, not null",
            ),
            (
                r#"{"name": "X", "reader_url": "https://a.org/", "tagline": null}"#,
                "tagline: must be text, not null",
            ),
        ] {
            let problems: Vec<String> = check_site_text(text)
                .problems
                .iter()
                .map(|p| p.to_string())
                .collect();
            assert_eq!(problems, [expected]);
            assert!(serde_json::from_str::<Site>(text).is_err(), "{text}");
        }
        // Null is fine where the reader takes it.
        let text =
            r#"{"name": "X", "url": null, "reader_url": null, "donate": null, "contact": null}"#;
        assert_eq!(
            check_site_text(text).counts(),
            (0, 1),
            "reader_url null is missing"
        );
        let text = r#"{"name": "X", "url": null, "reader_url": "https://a.org/", "donate": null, "contact": null}"#;
        assert!(check_site_text(text).problems.is_empty());
        assert!(serde_json::from_str::<Site>(text).is_ok());
    }

    #[test]
    fn the_sites_severities_are_counted() {
        let checked =
            check_site_text(r#"{"name": "X", "reader_url": "https://a.org/", "extra": 1}"#);
        assert_eq!(checked.counts(), (0, 1));
        assert!(!checked.has_errors());
        assert_eq!(checked.problems[0].severity, Severity::Warning);
        assert_eq!(checked.site.map(|s| s.name), Some("X".to_string()));
    }
}
