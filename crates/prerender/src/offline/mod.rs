//! Reading offline (docs/offline.md): the service worker and the script
//! behind "Keep for offline", the note on a kept copy and the offline
//! page. Both are the build's own files, made here from their sources with
//! the build's facts filled in, so that a new build's worker differs from
//! the last one's exactly when a reader's copy could be out of date.

use crate::script::{compact, string as js_string};
use alert_model::i18n::languages::{DEFAULT, INTERFACE};
use std::hash::Hasher;

/// The worker's file, at the top of the build: its scope is the whole
/// reader (a worker's scope cannot be wider than its folder). Its name
/// never changes, so that a new build replaces the installed worker; the
/// host serves it with `no-cache` (scripts/write-headers.mjs).
pub const WORKER_FILE: &str = "sw.js";

/// The offline page's address in the default language, relative to the
/// build: the worker installs it with the shell, to serve for a page the
/// device lacks (the page itself is `pages::offline`).
pub const OFFLINE_PAGE: &str = "offline";

/// "Keep for offline" and the offline page's script: a file of the build
/// whose name follows its text, as the loader's (`on_demand::Loader`).
#[derive(Debug, Clone, PartialEq)]
pub struct Keep {
    pub file: String,
    pub script: String,
}

impl Keep {
    pub fn new() -> Keep {
        let script = compact(KEEP).replace("{default}", &js_string(DEFAULT)) + "\n";
        Keep {
            file: format!("keep-{:016x}.js", fnv(script.as_bytes())),
            script,
        }
    }
}

impl Default for Keep {
    fn default() -> Keep {
        Keep::new()
    }
}

/// The worker for a build at `base` ("/" or "/reader/"). `shell`: the
/// files every page needs to look as it does (stylesheets, loaders, the
/// keep script), cached when the worker installs. `current`: every file of
/// the build named after its text (`is_hashed`), the only ones of their
/// kind the worker keeps once it is in. `alerts`: the public alerts as
/// bytes, so that a change of data (an alert published, edited or
/// withdrawn) is a new worker, which brings what is kept up to date.
pub fn worker(base: &str, shell: &[String], current: &[String], alerts: &[u8]) -> String {
    let base = format!("{}/", base.trim_end_matches('/'));
    let languages: Vec<String> = INTERFACE
        .iter()
        .filter(|l| l.tag != DEFAULT)
        .map(|l| js_string(l.tag))
        .collect();
    let list = |files: &[String]| {
        let quoted: Vec<String> = files.iter().map(|f| js_string(f)).collect();
        format!("[{}]", quoted.join(", "))
    };
    let filled = compact(WORKER)
        .replace("{base}", &js_string(&base))
        .replace("{languages}", &format!("[{}]", languages.join(", ")))
        .replace("{shell}", &list(shell))
        .replace("{current}", &list(current));
    let mut hash = fnv::FnvHasher::default();
    hash.write(filled.as_bytes());
    hash.write(alerts);
    let version = js_string(&format!("{:016x}", hash.finish()));
    format!("{}\n", filled.replace("{version}", &version))
}

/// Whether `file` (a name at the top of the build) is part of the shell:
/// a stylesheet, a loader or the keep script. Not the apps' code, which is
/// cached when the app first runs, never on a visit that does not use it.
/// Not the staff preview's stylesheet nor the partners' documentation's:
/// the worker never touches those pages.
pub fn is_shell(file: &str) -> bool {
    let others = file.starts_with("preview") || file.starts_with("embed");
    (file.ends_with(".css") && !others)
        || (file.ends_with(".js") && (file.starts_with("loader-") || file.starts_with("keep-")))
}

/// Whether `file` is named after its text, as trunk names the bundles and
/// stylesheets (`main-<hash>.css`, `…_bg.wasm`) and the build its loaders:
/// such a file never changes, and the worker serves it from its cache.
/// As the worker's own test (`HASHED` in worker.js).
pub fn is_hashed(file: &str) -> bool {
    let Some((stem, ext)) = file.rsplit_once('.') else {
        return false;
    };
    let stem = stem.strip_suffix("_bg").unwrap_or(stem);
    let Some((name, hash)) = stem.rsplit_once('-') else {
        return false;
    };
    ["js", "wasm", "css"].contains(&ext)
        && !name.is_empty()
        && (8..=16).contains(&hash.len())
        && hash.chars().all(|c| matches!(c, '0'..='9' | 'a'..='f'))
}

fn fnv(bytes: &[u8]) -> u64 {
    let mut hash = fnv::FnvHasher::default();
    hash.write(bytes);
    hash.finish()
}

const WORKER: &str = include_str!("worker.js");
const KEEP: &str = include_str!("keep.js");

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_worker_names_the_build_path_languages_and_shell() {
        let w = worker(
            "/reader",
            &["main-0123456789abcdef.css".into()],
            &["app-0123456789abcdef_bg.wasm".into()],
            b"{}",
        );
        assert!(w.contains(r#"const BASE = "/reader/";"#), "{w}");
        let languages = w
            .lines()
            .find(|l| l.starts_with("const LANGUAGES = ["))
            .expect("the languages");
        for tag in ["fr", "es", "ar", "hy", "ru"] {
            assert!(languages.contains(&format!("\"{tag}\"")), "{languages}");
        }
        assert!(!languages.contains(r#""en""#), "English has no prefix");
        assert!(w.contains(r#"const SHELL_FILES = ["main-0123456789abcdef.css"];"#));
        assert!(w.contains(r#"const CURRENT = ["app-0123456789abcdef_bg.wasm"];"#));
        assert!(w.contains(r#"const VERSION = ""#) && !w.contains("{version}"));
    }

    #[test]
    fn a_new_index_or_shell_is_a_new_worker_and_the_same_build_the_same() {
        let shell = ["main-0123456789abcdef.css".to_string()];
        let other = ["main-1123456789abcdef.css".to_string()];
        let none: &[u8] = b"{\"alerts\":[]}";
        let one = worker("/", &shell, &shell, none);
        assert_eq!(one, worker("/", &shell, &shell, none));
        assert_ne!(one, worker("/", &shell, &shell, b"{\"alerts\":[1]}"));
        assert_ne!(one, worker("/", &other, &shell, none));
        assert_ne!(one, worker("/", &shell, &other, none));
        assert_ne!(one, worker("/r/", &shell, &shell, none));
    }

    #[test]
    fn the_shell_is_the_stylesheets_loaders_and_keep_script_only() {
        assert!(is_shell("main-0123.css"));
        assert!(is_shell("loader-0123.js"));
        assert!(is_shell("keep-0123.js"));
        assert!(!is_shell("alert-reader-0123.js"));
        assert!(!is_shell("alert-reader-0123_bg.wasm"));
        assert!(!is_shell("icon-192.png"));
        assert!(!is_shell("preview-0123.css"), "the staff preview's");
        assert!(!is_shell("embed-docs.css"), "the partners' documentation's");
    }

    #[test]
    fn a_file_named_after_its_text_is_told_from_one_that_is_not() {
        for hashed in [
            "main-d36ff5a4b5d40491.css",
            "lists-99cf7b171827dc6.css",
            "alert-reader-3a6f80a0a843e3d2_bg.wasm",
            "alert-reader-3a6f80a0a843e3d2.js",
            "loader-0d91b1ce6057506e.js",
            "x-0123abcd.js",
        ] {
            assert!(is_hashed(hashed), "{hashed}");
        }
        for plain in [
            "chart.css",
            "embed.js",
            "embed-docs.css",
            "map.css",
            "sw.js",
            "-0123456789abcdef.js",
            "x-0123abc.js",
            "x-0123456789abcdef0.js",
            "x-0123456789ABCDEF.js",
            "x-0123456789abcdef.png",
            "x-0123456789abcdef",
        ] {
            assert!(!is_hashed(plain), "{plain}");
        }
    }

    #[test]
    fn the_keep_script_is_named_after_its_text() {
        let k = Keep::new();
        let mut hash = fnv::FnvHasher::default();
        hash.write(k.script.as_bytes());
        assert_eq!(k.file, format!("keep-{:016x}.js", hash.finish()));
        assert_ne!(fnv(b"a"), fnv(b"b"), "another text, another name");
        assert!(k.script.contains("const prefix = lang === \"en\""));
        assert_eq!(k, Keep::new());
    }
}
