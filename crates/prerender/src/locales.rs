//! Each interface language's messages, with its country names, for the
//! pages the build writes. The files are the app's own (`locales/`), and
//! the names are CLDR's as `scripts/country-names.mjs` wrote
//! them down, so a page made here says what the app says.

use alert_model::i18n::languages::INTERFACE;
use alert_model::i18n::Messages;
use std::collections::HashMap;
use std::path::PathBuf;
use std::sync::Arc;

fn repo() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../..")
}

fn read(path: PathBuf) -> Result<String, String> {
    std::fs::read_to_string(&path).map_err(|e| format!("{}: {e}", path.display()))
}

/// One language's messages, with the words of the pages only the build
/// writes (`locales/pages/<tag>.json`, which the app never downloads), and
/// its country names.
pub fn load(tag: &str) -> Result<Messages, String> {
    let messages = Messages::parse(tag, &read(repo().join(format!("locales/{tag}.json")))?)?;
    let pages = read(repo().join(format!("locales/pages/{tag}.json")))?;
    let messages = messages.with_messages(Messages::parse(tag, &pages)?);
    let names = read(repo().join(format!("locales/countries/{tag}.json")))?;
    let names: HashMap<String, String> =
        serde_json::from_str(&names).map_err(|e| format!("locales/countries/{tag}.json: {e}"))?;
    Ok(messages.with_countries(names))
}

/// Every interface language's, in the order of `INTERFACE`.
pub fn all() -> Result<Vec<Arc<Messages>>, String> {
    INTERFACE
        .iter()
        .map(|l| load(l.tag).map(Arc::new))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use alert_model::alert::countries::COUNTRIES;

    #[test]
    fn every_language_names_every_country() {
        for m in all().expect("the messages") {
            for (code, english) in COUNTRIES {
                let name = m.country(code);
                assert!(!name.is_empty() && name != *code, "{} {code}", m.lang());
                if m.lang() == "en" {
                    // English names are CLDR's or the file's choice, never a code.
                    assert!(
                        name.chars().next().is_some_and(char::is_uppercase),
                        "{english}"
                    );
                }
            }
        }
        let fr = load("fr").expect("French");
        assert_eq!(fr.country("SD"), "Soudan");
        assert_eq!(load("ar").expect("Arabic").country("SD"), "السودان");
    }
}
