//! The build's own scripts (the loader, the service worker, the keep
//! script) as readers download them: the build's facts written in as
//! JavaScript string literals, the sources' comments left out.

/// A JavaScript string literal: JSON's is one, quotes and line breaks
/// escaped, so no text can end the string early.
pub fn string(text: &str) -> String {
    serde_json::Value::from(text).to_string()
}

/// `source` without its comment lines and indentation: readers fetch the
/// scripts, where the comments would cost about half a kilobyte gzip each.
/// Only whole-line `//` comments go (the sources have no multi-line
/// strings).
pub fn compact(source: &str) -> String {
    source
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with("//"))
        .collect::<Vec<_>>()
        .join("\n")
}

#[cfg(test)]
mod tests {
    #[test]
    fn quotes_and_line_breaks_stay_inside_the_string() {
        assert_eq!(super::string("a\"b\nc"), r#""a\"b\nc""#);
    }

    #[test]
    fn whole_line_comments_and_indentation_go_and_code_stays() {
        let source = "// why\nconst a = 1; // kept: not a whole line\n\n  if (a) {\n    // also why\n    go('//x');\n  }\n";
        assert_eq!(
            super::compact(source),
            "const a = 1; // kept: not a whole line\nif (a) {\ngo('//x');\n}"
        );
    }
}
