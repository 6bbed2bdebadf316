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

#[cfg(test)]
mod tests {
    use super::language_name;

    #[test]
    fn names_a_language_in_itself_and_keeps_unknown_tags() {
        assert_eq!(language_name("ar"), "العربية");
        assert_eq!(language_name("fr-CA"), "Français");
        assert_eq!(language_name("xx"), "xx");
    }
}
