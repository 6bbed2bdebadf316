//! What an element says about its words' look: bold and italic, by tag or
//! by inline style, and the attributes and classes the walk asks about.
//! Every other property (fonts, colours, margins) is read for nothing.

use alert_model::Mark;

/// The look the words inside an element inherit.
#[derive(Debug, Clone, Default)]
pub(super) struct Look {
    pub strong: bool,
    pub em: bool,
    pub href: Option<String>,
}

impl Look {
    /// The look inside `name`: its tag first, then its own style, which
    /// wins as it does in a browser. Google Docs wraps the whole clipboard
    /// in `<b style="font-weight:normal">`, and that is not bold.
    pub fn inside(&self, name: &str, attrs: &[(String, String)]) -> Look {
        let style = attr(attrs, "style").unwrap_or_default();
        Look {
            strong: weight(style).unwrap_or(self.strong || matches!(name, "b" | "strong")),
            em: italic(style).unwrap_or(self.em || matches!(name, "i" | "em")),
            href: self.href.clone(),
        }
    }

    /// The marks, strong before em; `spans::finish` nests them.
    pub fn marks(&self) -> Vec<Mark> {
        let mut marks = Vec::new();
        if self.strong {
            marks.push(Mark::Strong);
        }
        if self.em {
            marks.push(Mark::Em);
        }
        marks
    }
}

/// Bold or not, when the style says: `bold`, `bolder` and 600 up are bold.
fn weight(style: &str) -> Option<bool> {
    let value = style_value(style, "font-weight")?.to_ascii_lowercase();
    match value.as_str() {
        "bold" | "bolder" => Some(true),
        "normal" | "lighter" => Some(false),
        number => number.parse::<f32>().ok().map(|w| w >= 600.0),
    }
}

/// Italic or not, when the style says.
fn italic(style: &str) -> Option<bool> {
    let value = style_value(style, "font-style")?.to_ascii_lowercase();
    match value.split_whitespace().next()? {
        "italic" | "oblique" => Some(true),
        "normal" => Some(false),
        _ => None,
    }
}

/// The value of one property in an inline style, the last one written
/// winning. Exact names only: Word writes `<b style='mso-bidi-font-weight:
/// normal'>` around bold words, and that says nothing of their weight.
pub(super) fn style_value<'a>(style: &'a str, property: &str) -> Option<&'a str> {
    style
        .split(';')
        .filter_map(|declaration| declaration.split_once(':'))
        .filter(|(name, _)| name.trim().eq_ignore_ascii_case(property))
        .map(|(_, value)| value.trim().trim_end_matches("!important").trim_end())
        .next_back()
}

pub(super) fn attr<'a>(attrs: &'a [(String, String)], name: &str) -> Option<&'a str> {
    attrs
        .iter()
        .find(|(n, _)| n == name)
        .map(|(_, value)| value.as_str())
}

/// Whether the element has the class; any case, as Word's pages are read in
/// quirks mode.
pub(super) fn has_class(attrs: &[(String, String)], class: &str) -> bool {
    attr(attrs, "class").is_some_and(|classes| {
        classes
            .split_ascii_whitespace()
            .any(|c| c.eq_ignore_ascii_case(class))
    })
}
