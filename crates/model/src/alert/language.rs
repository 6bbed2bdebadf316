//! Names of languages in themselves, for links to an alert's translations
//! (a reader looking for Arabic looks for "العربية").

/// A language's own name for itself, for translation links.
pub fn language_name(tag: &str) -> String {
    let primary = tag.split('-').next().unwrap_or(tag);
    match primary {
        "ar" => "العربية",
        "en" => "English",
        "hy" => "Հայերեն",
        "fa" => "فارسی",
        "fr" => "Français",
        "es" => "Español",
        "ru" => "Русский",
        "uk" => "Українська",
        "he" => "עברית",
        "ur" => "اردو",
        "de" => "Deutsch",
        "tr" => "Türkçe",
        _ => return tag.to_string(),
    }
    .to_string()
}

/// The Open Graph locale for a language tag ("fr" → "fr_FR"): link
/// previews want language and territory. A tag with a region keeps it.
pub fn og_locale(tag: &str) -> String {
    let mut parts = tag.split('-');
    let primary = parts.next().unwrap_or(tag).to_ascii_lowercase();
    if let Some(region) = parts.find(|p| p.len() == 2) {
        return format!("{primary}_{}", region.to_ascii_uppercase());
    }
    let region = match primary.as_str() {
        "ar" => "AR",
        "en" => "US",
        "hy" => "AM",
        "fa" => "IR",
        "he" => "IL",
        "ur" => "PK",
        "uk" => "UA",
        "es" | "fr" | "de" | "ru" | "tr" => {
            return format!("{primary}_{}", primary.to_ascii_uppercase())
        }
        _ => return primary,
    };
    format!("{primary}_{region}")
}

#[cfg(test)]
mod tests {
    use super::{language_name, og_locale};

    #[test]
    fn names_a_language_in_itself_and_keeps_unknown_tags() {
        assert_eq!(language_name("ar"), "العربية");
        assert_eq!(language_name("fr-CA"), "Français");
        assert_eq!(language_name("xx"), "xx");
        for (tag, name) in [
            ("en", "English"),
            ("hy", "Հայերեն"),
            ("fa", "فارسی"),
            ("fr", "Français"),
            ("es", "Español"),
            ("ru", "Русский"),
            ("uk", "Українська"),
            ("he", "עברית"),
            ("ur", "اردو"),
            ("de", "Deutsch"),
            ("tr", "Türkçe"),
        ] {
            assert_eq!(language_name(tag), name, "{tag}");
        }
    }

    #[test]
    fn open_graph_locales_name_a_territory() {
        assert_eq!(og_locale("en"), "en_US");
        assert_eq!(og_locale("fr"), "fr_FR");
        assert_eq!(og_locale("ar"), "ar_AR");
        assert_eq!(og_locale("hy"), "hy_AM");
        assert_eq!(og_locale("pt-BR"), "pt_BR");
        assert_eq!(og_locale("sr-Latn-RS"), "sr_RS");
        assert_eq!(og_locale("sw"), "sw");
        for (tag, locale) in [
            ("fa", "fa_IR"),
            ("he", "he_IL"),
            ("ur", "ur_PK"),
            ("uk", "uk_UA"),
            ("es", "es_ES"),
            ("de", "de_DE"),
            ("ru", "ru_RU"),
            ("tr", "tr_TR"),
            ("AR", "ar_AR"),
        ] {
            assert_eq!(og_locale(tag), locale, "{tag}");
        }
    }
}
