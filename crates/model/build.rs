//! Writes the interface languages' list from the messages files
//! (`locales/<tag>.json`), so that a new language is its file alone.

#[path = "src/i18n/language_files.rs"]
#[allow(dead_code)]
mod language_files;

use std::path::PathBuf;

fn main() {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../locales");
    println!("cargo:rerun-if-changed={}", dir.display());
    let languages = match language_files::read(&dir, "en") {
        Ok(languages) => languages,
        Err(e) => panic!("the interface languages: {e}"),
    };
    let out = PathBuf::from(std::env::var_os("OUT_DIR").expect("cargo sets OUT_DIR"));
    std::fs::write(out.join("languages.rs"), language_files::rust(&languages))
        .expect("OUT_DIR is writable");
}
