//! The interface's languages. Adding a language means adding its messages
//! file (`locales/<tag>.json`, which names the language and its direction;
//! see `language_files`); the tests in `i18n::tests` then hold the file to
//! English's keys and placeholders.

/// A language the reader's interface is written in.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Interface {
    /// The tag, which is also the path prefix ("/fr/") and the file name.
    pub tag: &'static str,
    /// The language's name for itself, as the switcher offers it.
    pub name: &'static str,
    pub rtl: bool,
}

// The default language first: its pages keep the addresses without a
// prefix ("/alerts/x"), so no link made before languages breaks. Then the
// others by tag. Written by build.rs from `locales/*.json`.
include!(concat!(env!("OUT_DIR"), "/languages.rs"));

pub const DEFAULT: &str = "en";

/// The interface language `tag` names, if the reader has one.
pub fn interface(tag: &str) -> Option<&'static Interface> {
    INTERFACE.iter().find(|l| l.tag == tag)
}

/// The path prefix of a language's pages: "" for the default, "/fr".
pub fn prefix(tag: &str) -> String {
    if tag == DEFAULT {
        String::new()
    } else {
        format!("/{tag}")
    }
}

/// Splits an app path into its interface language and the path within it:
/// "/fr/alerts/x" → ("fr", "/alerts/x"); "/alerts/x" → ("en", "/alerts/x").
pub fn split_path(path: &str) -> (&'static str, &str) {
    for l in INTERFACE.iter().filter(|l| l.tag != DEFAULT) {
        if let Some(rest) = path.strip_prefix('/').and_then(|p| p.strip_prefix(l.tag)) {
            if rest.is_empty() {
                return (l.tag, "/");
            }
            if rest.starts_with('/') {
                return (l.tag, rest);
            }
        }
    }
    (DEFAULT, path)
}

/// The interface language that best matches a browser's languages
/// (`navigator.languages`, most wanted first), by primary subtag; the
/// default when none matches.
pub fn best_match<'a>(wanted: impl IntoIterator<Item = &'a str>) -> &'static str {
    wanted
        .into_iter()
        .find_map(|w| {
            let primary = w.split(['-', '_']).next().unwrap_or(w).to_ascii_lowercase();
            interface(&primary)
        })
        .map_or(DEFAULT, |l| l.tag)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paths_split_into_language_and_page() {
        assert_eq!(split_path("/fr/alerts/x"), ("fr", "/alerts/x"));
        assert_eq!(split_path("/fr/"), ("fr", "/"));
        assert_eq!(split_path("/fr"), ("fr", "/"));
        assert_eq!(split_path("/ar/countries/SD"), ("ar", "/countries/SD"));
        assert_eq!(split_path("/alerts/x"), ("en", "/alerts/x"));
        assert_eq!(split_path("/"), ("en", "/"));
        // A page whose name starts like a language is not one.
        assert_eq!(split_path("/frames"), ("en", "/frames"));
        assert_eq!(split_path("/en/alerts/x"), ("en", "/en/alerts/x"));
    }

    #[test]
    fn prefixes_leave_the_default_unprefixed() {
        assert_eq!(prefix("en"), "");
        assert_eq!(prefix("ar"), "/ar");
        for l in INTERFACE {
            let page = format!("{}/alerts/x", prefix(l.tag));
            assert_eq!(split_path(&page), (l.tag, "/alerts/x"));
        }
    }

    #[test]
    fn the_default_language_comes_first_and_every_file_is_a_language() {
        // build.rs names the default too; this holds the two together.
        assert_eq!(INTERFACE[0].tag, DEFAULT);
        let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/../../locales");
        let files = std::fs::read_dir(dir)
            .expect("locales")
            .filter(|f| {
                f.as_ref()
                    .is_ok_and(|f| f.path().extension().is_some_and(|e| e == "json"))
            })
            .count();
        assert_eq!(INTERFACE.len(), files);
        assert_eq!(interface("hy").map(|l| l.name), Some("Հայերեն"));
        assert_eq!(
            interface("ru").map(|l| (l.name, l.rtl)),
            Some(("Русский", false))
        );
    }

    #[test]
    fn the_browser_languages_pick_the_first_one_there_is() {
        assert_eq!(best_match(["de-DE", "fr-CA", "en"]), "fr");
        assert_eq!(best_match(["AR", "fr"]), "ar");
        assert_eq!(best_match(["es_419"]), "es");
        assert_eq!(best_match(["de", "ru"]), "ru");
        assert_eq!(best_match(["de", "pt"]), "en");
        assert_eq!(best_match([]), "en");
        assert_eq!(interface("ar").map(|l| l.rtl), Some(true));
        assert_eq!(interface("fr").map(|l| l.rtl), Some(false));
        assert_eq!(interface("xx"), None);
    }
}
