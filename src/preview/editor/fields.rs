//! One field of the form: its label, its guide and its problems, tied to
//! the control by ids, so a screen reader reads the problem with the field
//! and a failed save can move focus to it.

use super::words::{hint, label};
use alert_authoring::form::{Field, Form};
use alert_model::validate::{Problem, Severity};
use leptos::prelude::*;
use std::collections::BTreeMap;
use wasm_bindgen::JsCast;

/// Every problem of the draft, by the field it concerns.
pub type Problems = Memo<BTreeMap<Field, Vec<Problem>>>;

/// The id of a field's main control.
pub fn control_id(field: Field) -> String {
    format!("field-{}", field.key())
}

fn hint_id(field: Field) -> String {
    format!("hint-{}", field.key())
}

fn problems_id(field: Field) -> String {
    format!("problems-{}", field.key())
}

/// What a control of `field` is described by: its guide and its problems.
pub fn described_by(field: Field) -> String {
    format!("{} {}", hint_id(field), problems_id(field))
}

pub fn has_error(problems: Problems, field: Field) -> bool {
    problems.with(|p| {
        p.get(&field)
            .is_some_and(|list| list.iter().any(|p| p.severity == Severity::Error))
    })
}

/// A labelled field; `children` is the control, which must carry
/// `id=control_id(field)` and `aria-describedby=described_by(field)`.
#[component]
pub fn FieldRow(
    field: Field,
    problems: Problems,
    /// A guide of its own, where the field's depends on the form.
    #[prop(optional, into)]
    guide: Option<Signal<String>>,
    /// For groups of controls: the label names the group, not one control.
    #[prop(optional)]
    group: bool,
    children: Children,
) -> impl IntoView {
    let guide = guide.unwrap_or_else(|| Signal::stored(hint(field).to_string()));
    let heading = if group {
        view! { <span class="field-label" id=format!("label-{}", field.key())>{label(field)}</span> }.into_any()
    } else {
        view! { <label class="field-label" for=control_id(field)>{label(field)}</label> }.into_any()
    };
    let list = move || {
        problems.with(|p| {
            p.get(&field).map(|list| {
                list.iter()
                    .map(|p| {
                        let (class, kind) = match p.severity {
                            Severity::Error => ("problem problem-error", "Error"),
                            Severity::Warning => ("problem problem-warning", "Warning"),
                        };
                        let text = problem_text(field, p);
                        view! {
                            <li class=class>
                                <span class="problem-kind">{kind}</span>
                                " "
                                <span class="problem-message">{text}</span>
                            </li>
                        }
                    })
                    .collect_view()
            })
        })
    };
    view! {
        <div class="field" class:field-invalid=move || has_error(problems, field) data-field=field.key()>
            {heading}
            <p class="field-hint" id=hint_id(field)>{guide}</p>
            {children()}
            // Focusable, for a failed save whose first problem is the file's
            // own (no control of its own to move to).
            <ul class="field-problems" id=problems_id(field) tabindex="-1">{list}</ul>
        </div>
    }
}

/// A problem as said beside its field: the part of the field it is about
/// (`[2]`, `.href`) when that is not the whole field.
fn problem_text(field: Field, problem: &Problem) -> String {
    let rest = problem
        .path
        .strip_prefix(field.key())
        .unwrap_or(&problem.path);
    if rest.is_empty() {
        problem.message.clone()
    } else {
        format!("{}: {}", problem.path, problem.message)
    }
}

/// A text field of the form: which string it reads and writes.
#[derive(Clone, Copy)]
pub struct Text {
    pub get: fn(&Form) -> &String,
    pub set: fn(&mut Form) -> &mut String,
}

/// `Text` for a field of `Form`.
macro_rules! text {
    ($name:ident) => {
        $crate::preview::editor::fields::Text {
            get: |f| &f.$name,
            set: |f| &mut f.$name,
        }
    };
}
pub(crate) use text;

/// The field's value, updated only when that field changes, so typing in
/// one field never redraws the others.
pub fn value(form: RwSignal<Form>, text: Text) -> Memo<String> {
    Memo::new(move |_| form.with(|f| (text.get)(f).clone()))
}

pub fn set(form: RwSignal<Form>, text: Text, value: String) {
    form.update(|f| *(text.set)(f) = value);
}

/// A one-line text control of `field`.
#[component]
pub fn TextInput(
    form: RwSignal<Form>,
    field: Field,
    text: Text,
    problems: Problems,
    /// Its own id and label where a field has two controls.
    #[prop(optional)]
    id: Option<String>,
    #[prop(optional, into)] dir: Option<Signal<&'static str>>,
    #[prop(optional)] list: Option<&'static str>,
    #[prop(optional)] aria_label: Option<&'static str>,
    #[prop(optional)] inputmode: Option<&'static str>,
) -> impl IntoView {
    let current = value(form, text);
    view! {
        <input
            type="text"
            id=id.unwrap_or_else(|| control_id(field))
            aria-label=aria_label
            aria-describedby=described_by(field)
            aria-invalid=move || has_error(problems, field).to_string()
            dir=move || dir.map(|d| d.get()).unwrap_or("auto")
            list=list
            inputmode=inputmode
            autocomplete="off"
            spellcheck="false"
            prop:value=move || current.get()
            on:input=move |ev| set(form, text, event_target_value(&ev))
        />
    }
}

/// A text area of `field`.
#[component]
pub fn TextArea(
    form: RwSignal<Form>,
    field: Field,
    text: Text,
    problems: Problems,
    rows: u32,
    #[prop(into)] dir: Signal<&'static str>,
    #[prop(optional)] on_paste: Option<Callback<web_sys::ClipboardEvent>>,
) -> impl IntoView {
    let current = value(form, text);
    view! {
        <textarea
            id=control_id(field)
            rows=rows
            aria-describedby=described_by(field)
            aria-invalid=move || has_error(problems, field).to_string()
            dir=move || dir.get()
            prop:value=move || current.get()
            on:input=move |ev| set(form, text, event_target_value(&ev))
            on:paste=move |ev| {
                if let Some(on_paste) = on_paste {
                    on_paste.run(ev);
                }
            }
        ></textarea>
    }
}

/// Moves focus to what `selector` finds once the page has redrawn: after a
/// row is moved or removed, focus follows it instead of falling to the top
/// of the page.
pub fn focus_after_redraw(selector: String) {
    request_animation_frame(move || {
        let found = document().query_selector(&selector).ok().flatten();
        if let Some(el) = found.and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok()) {
            let _ = el.focus();
        }
    });
}
