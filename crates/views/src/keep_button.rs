//! "Keep for offline": a country's alerts or a series, kept on the
//! reader's device by the reader's service worker (docs/offline.md). The
//! same markup in both renderers; the page's keep script (loaded by the
//! loader) does the work and says how it went in a status it puts beside
//! the button (not written here: every alert page of a series would carry
//! it), in the offline page's words. Shown only where a worker can keep
//! pages (`html.keeps`, set by the loader; style/main.css): never in the
//! staff preview or a partner's panel, which have no loader.

use crate::i18n::use_words;
use leptos::prelude::*;

/// What a reader keeps.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Kept {
    /// A country's alerts, by its code ("SD").
    Country(String),
    /// A series' alerts, by the series' id.
    Series(String),
}

impl Kept {
    /// How the keep script and the worker name it ("country:SD").
    pub fn key(&self) -> String {
        match self {
            Kept::Country(code) => format!("country:{code}"),
            Kept::Series(id) => format!("series:{id}"),
        }
    }
}

#[component]
pub fn KeepButton(kept: Kept) -> impl IntoView {
    let words = use_words();
    view! {
        <button type="button" class="button button-quiet keep" data-keep=kept.key()>
            {words.text("keep.button")}
        </button>
    }
}

#[cfg(test)]
mod tests {
    use super::Kept;

    #[test]
    fn a_kept_subject_is_named_by_its_kind_and_code() {
        assert_eq!(Kept::Country("SD".into()).key(), "country:SD");
        assert_eq!(
            Kept::Series("azerbaijan-red-flag".into()).key(),
            "series:azerbaijan-red-flag"
        );
    }
}
