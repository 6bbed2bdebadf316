//! Text written into the build's scripts (the loader, the worker, the keep
//! script) as JavaScript string literals.

/// A JavaScript string literal: JSON's is one, quotes and line breaks
/// escaped, so no text can end the string early.
pub fn string(text: &str) -> String {
    serde_json::Value::from(text).to_string()
}

#[cfg(test)]
mod tests {
    #[test]
    fn quotes_and_line_breaks_stay_inside_the_string() {
        assert_eq!(super::string("a\"b\nc"), r#""a\"b\nc""#);
    }
}
