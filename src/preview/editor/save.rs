//! Saving the file the form writes: into the alerts folder where the
//! browser allows it (Chromium's File System Access API, the folder chosen
//! once), else as a download with the right name. Nothing is uploaded.
//!
//! A file with errors is not saved: in `public/data/alerts/` it would stop
//! the build. Focus goes to the first field with an error instead.

use super::fields::control_id;
use crate::dom;
use alert_authoring::form::Field;
use leptos::prelude::*;
use leptos::task::spawn_local;
use wasm_bindgen::prelude::*;

// Only the preview's bundle binds the script: trunk preloads every
// script a bundle binds on that bundle's pages, and readers must never
// download the editor's.
#[cfg(feature = "preview")]
#[wasm_bindgen(module = "/src/preview/editor/folder.js")]
extern "C" {
    #[wasm_bindgen(js_name = canSaveToFolder)]
    fn can_save_to_folder() -> bool;
    #[wasm_bindgen(js_name = folderName)]
    async fn folder_name() -> JsValue;
    #[wasm_bindgen(js_name = chooseFolder)]
    async fn choose_folder() -> JsValue;
    #[wasm_bindgen(js_name = saveToFolder, catch)]
    async fn save_to_folder(
        name: &str,
        text: &str,
        expected: Option<String>,
        replace: bool,
    ) -> Result<JsValue, JsValue>;
}

/// The other bundles never show the editor (`app::PREVIEW` is false
/// there): stand-ins that say no folder can be used.
#[cfg(not(feature = "preview"))]
fn can_save_to_folder() -> bool {
    false
}

#[cfg(not(feature = "preview"))]
async fn folder_name() -> JsValue {
    JsValue::NULL
}

#[cfg(not(feature = "preview"))]
async fn choose_folder() -> JsValue {
    JsValue::NULL
}

#[cfg(not(feature = "preview"))]
async fn save_to_folder(
    _name: &str,
    _text: &str,
    _expected: Option<String>,
    _replace: bool,
) -> Result<JsValue, JsValue> {
    Err(JsValue::NULL)
}

/// One file to save: its name, its text, and what its file held when the
/// editor read it or last saved it (to notice a change made meanwhile).
#[derive(Clone, Debug, PartialEq)]
pub struct ToSave {
    pub name: String,
    pub text: String,
    pub expected: Option<String>,
}

/// Where a save went, for the editor to remember and say.
#[derive(Clone, Debug, PartialEq)]
pub enum Outcome {
    Saved { text: String, note: String },
    NotSaved(String),
}

pub fn folder_supported() -> bool {
    can_save_to_folder()
}

/// The name of the folder chosen earlier, if any.
pub async fn chosen_folder() -> Option<String> {
    folder_name().await.as_string()
}

pub async fn change_folder() -> Option<String> {
    choose_folder().await.as_string()
}

/// Writes the file into the alerts folder, asking before replacing a file
/// that holds something else.
pub async fn into_folder(file: ToSave) -> Outcome {
    let mut replace = false;
    loop {
        let result = save_to_folder(&file.name, &file.text, file.expected.clone(), replace).await;
        let answer = match result {
            Ok(answer) => answer.as_string().unwrap_or_default(),
            Err(_) => {
                return Outcome::NotSaved(format!(
                    "{} could not be written: the browser refused. Download it instead.",
                    file.name
                ))
            }
        };
        match answer.as_str() {
            "saved" => {
                return Outcome::Saved {
                    note: format!(
                        "Saved {} in the alerts folder at {}.",
                        file.name,
                        time_now()
                    ),
                    text: file.text,
                }
            }
            "differs" if !replace => {
                let question = format!(
                    "The folder already has a {} that differs from the one you opened: someone may have changed it, or it is another alert. Replace it?",
                    file.name
                );
                if !window().confirm_with_message(&question).unwrap_or(false) {
                    return Outcome::NotSaved(format!(
                        "Not saved: {} in the folder was kept as it is.",
                        file.name
                    ));
                }
                replace = true;
            }
            "denied" => {
                return Outcome::NotSaved(
                    "Not saved: the browser was not allowed to write to the folder.".to_string(),
                )
            }
            _ => return Outcome::NotSaved("Not saved: no folder was chosen.".to_string()),
        }
    }
}

/// Downloads the file under its name.
pub fn download(file: ToSave) -> Outcome {
    dom::download(&file.name, "application/json", &file.text);
    Outcome::Saved {
        note: format!(
            "Downloaded {} at {}: move it into public/data/alerts/.",
            file.name,
            time_now()
        ),
        text: file.text,
    }
}

/// Runs a save unless the draft has errors; then focus moves to the first
/// field with one, and the message says why nothing was saved.
pub fn save_checked(
    errors: usize,
    first_error: Option<Field>,
    file: ToSave,
    to_folder: bool,
    done: impl Fn(Outcome) + 'static,
) {
    if errors > 0 {
        if let Some(field) = first_error {
            // The file's own problems have no control: their list takes focus.
            let target = match field {
                Field::File => format!("problems-{}", field.key()),
                _ => control_id(field),
            };
            if let Some(el) = document().get_element_by_id(&target) {
                if let Ok(el) = el.dyn_into::<web_sys::HtmlElement>() {
                    let _ = el.focus();
                }
            }
        }
        let noun = if errors == 1 { "error" } else { "errors" };
        done(Outcome::NotSaved(format!(
            "Not saved: fix the {errors} {noun} first. Each is shown beside its field; your work is kept in this browser meanwhile."
        )));
        return;
    }
    if to_folder {
        spawn_local(async move { done(into_folder(file).await) });
    } else {
        done(download(file));
    }
}

fn time_now() -> String {
    let now = js_sys::Date::new_0();
    format!("{:02}:{:02}", now.get_hours(), now.get_minutes())
}
