//! A country as staff type it in the editor: by its name, as the
//! suggestion list writes it, or by its code.

use alert_model::alert::countries::COUNTRIES;

/// The code a typed name stands for: a country's name in any case, the
/// list's "Name (CODE)", or a code itself.
pub fn code_for(typed: &str) -> Option<&'static str> {
    let typed = typed.trim();
    if typed.is_empty() {
        return None;
    }
    let code = typed
        .rsplit_once('(')
        .and_then(|(_, rest)| rest.strip_suffix(')'))
        .unwrap_or(typed);
    COUNTRIES
        .iter()
        .find(|(c, name)| c.eq_ignore_ascii_case(code) || name.eq_ignore_ascii_case(typed))
        .map(|(c, _)| *c)
}

#[cfg(test)]
mod tests {
    use super::code_for;

    #[test]
    fn a_country_is_found_by_name_by_list_entry_or_by_code() {
        assert_eq!(code_for("sudan"), Some("SD"));
        assert_eq!(code_for("Sudan (SD)"), Some("SD"));
        assert_eq!(code_for(" td "), Some("TD"));
        assert_eq!(code_for("Atlantis"), None);
        assert_eq!(code_for("  "), None);
    }
}
