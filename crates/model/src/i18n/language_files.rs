//! Finds the interface languages in the messages files: each
//! `locales/<tag>.json` names its language (`language.name`, in itself) and
//! its direction (`language.dir`). The crate's build script reads them with
//! this file and writes the `INTERFACE` list, so adding a language is adding
//! its file; no Rust changes. Shared with the tests (a throwaway language in
//! a folder of its own), so it stands on std and serde_json only.

use std::path::Path;

/// One language as its messages file names it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Found {
    pub tag: String,
    pub name: String,
    pub rtl: bool,
}

/// Every messages file in `dir`: the default language first, the others by
/// tag, so the switcher's order does not depend on the file system.
pub fn read(dir: &Path, default: &str) -> Result<Vec<Found>, String> {
    let entries = std::fs::read_dir(dir).map_err(|e| format!("{}: {e}", dir.display()))?;
    let mut found = Vec::new();
    for entry in entries {
        let path = entry.map_err(|e| e.to_string())?.path();
        let Some(tag) = path
            .file_name()
            .and_then(|n| n.to_str())
            .and_then(|n| n.strip_suffix(".json"))
        else {
            continue;
        };
        let text =
            std::fs::read_to_string(&path).map_err(|e| format!("{}: {e}", path.display()))?;
        found.push(language(tag, &text).map_err(|e| format!("locales/{tag}.json: {e}"))?);
    }
    found.sort_by(|a, b| (a.tag != default, &a.tag).cmp(&(b.tag != default, &b.tag)));
    if found.first().is_none_or(|l| l.tag != default) {
        return Err(format!(
            "{}: no messages file for the default language “{default}”",
            dir.display()
        ));
    }
    Ok(found)
}

/// One file's language: its tag must be a primary language subtag, since
/// it is also the pages' path prefix ("/hy/").
pub fn language(tag: &str, text: &str) -> Result<Found, String> {
    if !(2..=3).contains(&tag.len()) || !tag.bytes().all(|b| b.is_ascii_lowercase()) {
        return Err(
            "the file's name must be a language subtag of two or three lower-case letters (“hy”)"
                .into(),
        );
    }
    let messages: serde_json::Map<String, serde_json::Value> =
        serde_json::from_str(text).map_err(|e| e.to_string())?;
    let word = |key: &str| {
        messages
            .get(key)
            .and_then(|v| v.as_str())
            .map(str::trim)
            .filter(|s| !s.is_empty())
            .ok_or_else(|| format!("“{key}” must be a text"))
    };
    let name = word("language.name")?.to_string();
    let rtl = match word("language.dir")? {
        "ltr" => false,
        "rtl" => true,
        other => {
            return Err(format!(
                "“language.dir” must be “ltr” or “rtl”, not “{other}”"
            ))
        }
    };
    Ok(Found {
        tag: tag.to_string(),
        name,
        rtl,
    })
}

/// The Rust source of the `INTERFACE` list.
pub fn rust(languages: &[Found]) -> String {
    let mut out = String::from("pub const INTERFACE: &[Interface] = &[\n");
    for l in languages {
        out.push_str(&format!(
            "    Interface {{ tag: {:?}, name: {:?}, rtl: {} }},\n",
            l.tag, l.name, l.rtl
        ));
    }
    out.push_str("];\n");
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn folder(files: &[(&str, &str)]) -> std::path::PathBuf {
        use std::sync::atomic::{AtomicUsize, Ordering};
        static N: AtomicUsize = AtomicUsize::new(0);
        let dir = std::env::temp_dir().join(format!(
            "alert-languages-{}-{}",
            std::process::id(),
            N.fetch_add(1, Ordering::Relaxed)
        ));
        std::fs::create_dir_all(&dir).expect("temp folder");
        for (name, text) in files {
            std::fs::write(dir.join(name), text).expect("file");
        }
        dir
    }

    const EN: &str = r#"{"language.name": "English", "language.dir": "ltr", "x": "y"}"#;

    #[test]
    fn a_throwaway_language_is_found_from_its_file_alone() {
        let dir = folder(&[
            ("en.json", EN),
            (
                "zz.json",
                r#"{"language.name": " Zedish ", "language.dir": "rtl"}"#,
            ),
            (
                "ab.json",
                r#"{"language.name": "Abish", "language.dir": "ltr"}"#,
            ),
            ("notes.txt", "not a language"),
        ]);
        let found = read(&dir, "en").expect("languages");
        let tags: Vec<&str> = found.iter().map(|l| l.tag.as_str()).collect();
        assert_eq!(tags, ["en", "ab", "zz"], "the default first, then by tag");
        assert_eq!(
            found[2],
            Found {
                tag: "zz".into(),
                name: "Zedish".into(),
                rtl: true
            }
        );
        assert!(!found[1].rtl);
        let source = rust(&found);
        assert!(
            source.contains(r#"Interface { tag: "zz", name: "Zedish", rtl: true },"#),
            "{source}"
        );
        assert!(source
            .starts_with("pub const INTERFACE: &[Interface] = &[\n    Interface { tag: \"en\""));
    }

    #[test]
    fn a_file_that_does_not_name_its_language_is_refused_with_its_name() {
        let refused = |name: &str, text: &str| {
            read(&folder(&[("en.json", EN), (name, text)]), "en").expect_err(name)
        };
        let e = refused("zz.json", r#"{"language.dir": "ltr"}"#);
        assert!(
            e.contains("locales/zz.json") && e.contains("language.name"),
            "{e}"
        );
        let e = refused("zz.json", r#"{"language.name": "Z", "language.dir": "up"}"#);
        assert!(e.contains("“ltr” or “rtl”, not “up”"), "{e}");
        let e = refused(
            "zz.json",
            r#"{"language.name": "  ", "language.dir": "ltr"}"#,
        );
        assert!(e.contains("language.name"), "{e}");
        let e = refused(
            "pt-BR.json",
            r#"{"language.name": "P", "language.dir": "ltr"}"#,
        );
        assert!(e.contains("language subtag"), "{e}");
        let e = refused(
            "Zz.json",
            r#"{"language.name": "P", "language.dir": "ltr"}"#,
        );
        assert!(e.contains("language subtag"), "{e}");
        let e = refused(
            "abcd.json",
            r#"{"language.name": "P", "language.dir": "ltr"}"#,
        );
        assert!(e.contains("language subtag"), "{e}");
        let e = refused("zz.json", "{");
        assert!(e.contains("locales/zz.json"), "{e}");
        let e = read(&folder(&[("fr.json", EN)]), "en").expect_err("no default");
        assert!(e.contains("default language “en”"), "{e}");
    }
}
