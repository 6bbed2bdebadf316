//! What every view needs from where it runs: the path the site is served
//! under. The app reads it from the page's `<base href>`; the prerender
//! from the template's. Both provide it as context, so links come out the
//! same in either.

use leptos::prelude::*;

/// The `<meta name>` a prerendered page carries its public address in,
/// for the app to read: both then write the same absolute addresses.
pub const PUBLIC_URL_META: &str = "alert-reader-public-url";

#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Env {
    /// "" at the root, "/reader" under `/reader/`.
    base: String,
    /// The interface language's path prefix: "" for the default, "/fr".
    language: String,
    /// `site.json`'s checked `reader_url`, when known.
    public: Option<String>,
}

impl Env {
    /// From a base path as `<base href>` writes it: "/", "/reader/" or
    /// "/reader" all work.
    pub fn new(base: &str) -> Env {
        Env {
            base: base.trim_end_matches('/').to_string(),
            language: String::new(),
            public: None,
        }
    }

    /// Pages in the interface language `tag`: their links stay in it.
    pub fn with_language(mut self, tag: &str) -> Env {
        self.language = alert_model::i18n::languages::prefix(tag);
        self
    }

    /// With the reader's public address ("https://alerts.example.org/").
    pub fn with_public(mut self, url: Option<String>) -> Env {
        self.public = url;
        self
    }

    /// The absolute address of a file of the site (a feed) where the
    /// public address is known; otherwise its href, which a browser resolves.
    pub fn public_href(&self, file: &str) -> String {
        match &self.public {
            Some(url) => alert_model::alert::public_address::join(url, file),
            None => self.file_href(file),
        }
    }

    /// "" or "/reader".
    pub fn base(&self) -> &str {
        &self.base
    }

    /// The href for an app path such as `/alerts/x`, under the base, in
    /// the page's language.
    pub fn href(&self, app_path: &str) -> String {
        format!("{}{}{app_path}", self.base, self.language)
    }

    /// The same page in the interface language `tag`.
    pub fn href_in(&self, tag: &str, app_path: &str) -> String {
        let prefix = alert_model::i18n::languages::prefix(tag);
        format!("{}{prefix}{app_path}", self.base)
    }

    /// The href of a file of the site (`/feeds/all.xml`), which is the same
    /// in every language.
    pub fn file_href(&self, file: &str) -> String {
        format!("{}{file}", self.base)
    }

    pub fn provide(self) {
        provide_context(self);
    }
}

/// The environment provided by the renderer (the root one if none was).
pub fn use_env() -> Env {
    use_context::<Env>().unwrap_or_default()
}

/// `use_env().href(app_path)`.
pub fn href(app_path: &str) -> String {
    use_env().href(app_path)
}

#[cfg(test)]
mod tests {
    use super::Env;

    #[test]
    fn links_carry_the_base_path_once() {
        assert_eq!(Env::new("/").href("/alerts/x"), "/alerts/x");
        assert_eq!(Env::new("/reader/").href("/alerts/x"), "/reader/alerts/x");
        assert_eq!(Env::new("/reader").href("/"), "/reader/");
        assert_eq!(Env::new("").base(), "");
    }

    #[test]
    fn pages_stay_in_their_language_and_files_do_not() {
        let fr = Env::new("/reader/").with_language("fr");
        assert_eq!(fr.href("/alerts/x"), "/reader/fr/alerts/x");
        assert_eq!(fr.href_in("en", "/alerts/x"), "/reader/alerts/x");
        assert_eq!(fr.href_in("ar", "/"), "/reader/ar/");
        assert_eq!(fr.file_href("/feeds/all.xml"), "/reader/feeds/all.xml");
        assert_eq!(fr.public_href("/feeds/all.xml"), "/reader/feeds/all.xml");
        let en = Env::new("/").with_language("en");
        assert_eq!(en.href("/alerts/x"), "/alerts/x");
    }

    #[test]
    fn public_addresses_are_absolute_when_known() {
        let env = Env::new("/reader/");
        assert_eq!(env.public_href("/feeds/all.xml"), "/reader/feeds/all.xml");
        let env = env.with_public(Some("https://a.org/r/".into()));
        assert_eq!(
            env.public_href("/feeds/all.xml"),
            "https://a.org/r/feeds/all.xml"
        );
        assert_eq!(env.href("/x"), "/reader/x", "links stay relative");
    }
}
