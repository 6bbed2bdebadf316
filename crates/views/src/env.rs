//! What every view needs from where it runs: the path the site is served
//! under. The app reads it from the page's `<base href>`; the prerender
//! from the template's. Both provide it as context, so links come out the
//! same in either.

use leptos::prelude::*;

#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Env {
    /// "" at the root, "/reader" under `/reader/`.
    base: String,
}

impl Env {
    /// From a base path as `<base href>` writes it: "/", "/reader/" or
    /// "/reader" all work.
    pub fn new(base: &str) -> Env {
        Env {
            base: base.trim_end_matches('/').to_string(),
        }
    }

    /// "" or "/reader".
    pub fn base(&self) -> &str {
        &self.base
    }

    /// The href for an app path such as `/alerts/x`, under the base.
    pub fn href(&self, app_path: &str) -> String {
        format!("{}{app_path}", self.base)
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
}
