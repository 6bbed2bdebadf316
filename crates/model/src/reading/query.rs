//! The state of the alert list, as it stands in the URL query
//! (`?country=AZ&type=red_flag_alert&year=2022&q=prisoners&page=2`), so that
//! reload, back/forward and a pasted link all reproduce the same view.

use crate::alert::countries::is_known_country;
use crate::alert::AlertType;

#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Query {
    pub country: Option<String>,
    pub kind: Option<AlertType>,
    pub year: Option<i32>,
    /// The words box, as typed.
    pub words: String,
    /// 1-based.
    pub page: usize,
}

/// A query value that was not understood and so was left out, with why.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Ignored {
    pub key: &'static str,
    pub value: String,
    /// The message key of why ("ignored.year": "ignored.year").
    pub reason: &'static str,
}

/// The keys of a list's state in an address, in the order links write
/// them. The app reads these; an alert page's loader starts the app when
/// its address carries one (anything else, such as `?utm_source=`, is not
/// a list).
pub const KEYS: [&str; 5] = ["country", "type", "year", "q", "page"];

impl Query {
    /// Reads the decoded `(key, value)` pairs of a URL query. Values that do
    /// not make sense are dropped and reported, so a mistyped link still
    /// shows a list instead of an error.
    pub fn from_pairs<'a>(
        pairs: impl IntoIterator<Item = (&'a str, &'a str)>,
    ) -> (Query, Vec<Ignored>) {
        let mut q = Query {
            page: 1,
            ..Query::default()
        };
        let mut ignored = Vec::new();
        let mut ignore = |key: &'static str, value: &str, reason: &'static str| {
            ignored.push(Ignored {
                key,
                value: value.to_string(),
                reason,
            })
        };
        for (key, value) in pairs {
            let value = value.trim();
            if value.is_empty() {
                continue;
            }
            match key {
                "country" => {
                    let code = value.to_ascii_uppercase();
                    if is_known_country(&code) {
                        q.country = Some(code);
                    } else {
                        ignore("country", value, "ignored.country");
                    }
                }
                "type" => match AlertType::from_key(value) {
                    Some(t) => q.kind = Some(t),
                    None => ignore("type", value, "ignored.type"),
                },
                "year" => match value.parse::<i32>() {
                    Ok(y) if (1900..=9999).contains(&y) => q.year = Some(y),
                    _ => ignore("year", value, "ignored.year"),
                },
                "q" => q.words = value.to_string(),
                "page" => match value.parse::<usize>() {
                    Ok(p) if p >= 1 => q.page = p,
                    _ => ignore("page", value, "ignored.page"),
                },
                _ => {}
            }
        }
        (q, ignored)
    }

    /// Parses a raw query string, with or without the leading `?`.
    pub fn parse(query_string: &str) -> (Query, Vec<Ignored>) {
        let decoded = decode_pairs(query_string);
        Query::from_pairs(decoded.iter().map(|(k, v)| (k.as_str(), v.as_str())))
    }

    /// `?country=AZ&q=…`, or "" for the unfiltered first page. Keys always
    /// come in the same order so equal views have equal links.
    pub fn to_query_string(&self) -> String {
        let mut parts = Vec::new();
        if let Some(c) = &self.country {
            parts.push(format!("country={c}"));
        }
        if let Some(t) = self.kind {
            parts.push(format!("type={}", t.key()));
        }
        if let Some(y) = self.year {
            parts.push(format!("year={y}"));
        }
        let words = self.words.trim();
        if !words.is_empty() {
            parts.push(format!("q={}", percent_encode(words)));
        }
        if self.page > 1 {
            parts.push(format!("page={}", self.page));
        }
        query_string(&parts)
    }

    /// The same filters on page 1: what a changed filter leads to, and what
    /// an alert link carries so that Previous/Next stay within the list the
    /// reader came from.
    pub fn first_page(&self) -> Query {
        Query {
            page: 1,
            ..self.clone()
        }
    }

    pub fn is_filtered(&self) -> bool {
        self.country.is_some()
            || self.kind.is_some()
            || self.year.is_some()
            || !self.words.trim().is_empty()
    }

    /// The lower-cased words a reader typed, each of which must match.
    pub fn search_terms(&self) -> Vec<String> {
        self.words
            .split_whitespace()
            .map(str::to_lowercase)
            .collect()
    }
}

/// The decoded `(key, value)` pairs of a raw query string, with or
/// without the leading `?`, in order.
pub fn decode_pairs(query_string: &str) -> Vec<(String, String)> {
    query_string
        .trim_start_matches('?')
        .split('&')
        .filter(|p| !p.is_empty())
        .map(|pair| {
            let (k, v) = pair.split_once('=').unwrap_or((pair, ""));
            (percent_decode(k), percent_decode(v))
        })
        .collect()
}

/// `?a=1&b=2` from `["a=1", "b=2"]`, or "" when there is nothing to say,
/// so that an unfiltered view has a clean address.
pub fn query_string(parts: &[String]) -> String {
    if parts.is_empty() {
        String::new()
    } else {
        format!("?{}", parts.join("&"))
    }
}

/// Percent-encodes everything but RFC 3986's unreserved characters.
pub fn percent_encode(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for b in s.bytes() {
        if b.is_ascii_alphanumeric() || matches!(b, b'-' | b'_' | b'.' | b'~') {
            out.push(b as char);
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

/// Decodes `%XX` and `+`; malformed escapes are kept as written.
pub fn percent_decode(s: &str) -> String {
    let bytes = s.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        let escaped = match bytes[i] {
            b'%' if i + 2 < bytes.len() => hex(bytes[i + 1]).zip(hex(bytes[i + 2])),
            _ => None,
        };
        match (bytes[i], escaped) {
            (_, Some((hi, lo))) => {
                out.push(hi * 16 + lo);
                i += 3;
                continue;
            }
            (b'+', None) => out.push(b' '),
            (b, None) => out.push(b),
        }
        i += 1;
    }
    String::from_utf8_lossy(&out).into_owned()
}

fn hex(b: u8) -> Option<u8> {
    (b as char).to_digit(16).map(|d| d as u8)
}
