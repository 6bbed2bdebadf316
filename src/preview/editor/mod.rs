//! The editor: every field of an alert as a form, the draft drawn beside
//! it as readers will see it, each problem beside its field, and a save
//! that writes the file exactly as the project writes alert files.
//!
//! Data flows one way: the form writes the file's text (the authoring
//! crate), the text is kept in this browser and checked as the publishing
//! tool checks it, and the check and the drawing follow from the text.

mod countries;
mod fields;
mod paste;
mod save;
pub mod start;
mod words;

use super::draft_source::DraftSource;
use super::draft_store::{self, SavedDraft};
use super::draft_view::{draft_article, PlacementPanel};
use super::problem_list::ProblemList;
use super::state::DraftState;
use alert_authoring::form::{Field, Form};
use alert_authoring::start::{free_id, id_from_title, is_taken};
use alert_model::alert::direction_of;
use alert_model::validate::{Checked, Problem, Severity};
use alert_model::AlertType;
use alert_views::alert_article::marked_parts;
use countries::CountryPicker;
use fields::{
    control_id, described_by, has_error, set, text, value, FieldRow, Problems, TextArea, TextInput,
};
use leptos::prelude::*;
use leptos::task::spawn_local;
use save::{Outcome, ToSave};
use std::collections::BTreeMap;
use std::sync::Arc;
use words::{type_meaning, STATUSES};

pub use start::StartPanel;

#[component]
pub fn EditorView(
    state: DraftState,
    checked: Memo<Option<Arc<Checked>>>,
    compared: Memo<Option<bool>>,
) -> impl IntoView {
    let initial = state.draft.get_untracked().unwrap_or_default();
    let key = initial.key();
    let form = RwSignal::new(initial.form.clone().unwrap_or_default());
    // What the draft's file holds as far as the editor knows: read when a
    // published alert was opened, then what each save wrote.
    let on_disk = RwSignal::new(initial.opened.clone());
    let original = initial.original.clone();
    let written = Memo::new(move |_| form.with(Form::write));
    // The text the start gave, kept with the draft: untouched, it is no
    // work to lose, after a reload too.
    let start = initial
        .start
        .clone()
        .unwrap_or_else(|| written.with_untracked(|w| w.text.clone()));
    // The id the alert was opened under, for an edit of a published one:
    // from the file as read, so it holds after a reload too.
    let opened_id = initial
        .opened
        .as_deref()
        .and_then(|text| serde_json::from_str::<serde_json::Value>(text).ok())
        .and_then(|file| {
            file.get("id")
                .and_then(|id| id.as_str())
                .map(str::to_string)
        });

    // The form writes the draft (and a save, what its file holds); the
    // page checks and draws it from there.
    {
        let original = original.clone();
        let start = start.clone();
        Effect::new(move |_| {
            let text = written.with(|w| w.text.clone());
            let form = form.get_untracked();
            state.keep(SavedDraft {
                name: form.file_name(),
                text,
                saved: 0.0,
                key: key.clone(),
                form: Some(form),
                opened: on_disk.get(),
                original: original.clone(),
                start: Some(start.clone()),
            });
        });
    }

    // Suggest the id from the title until the staff member writes one.
    let entries = Memo::new(move |_| {
        crate::data::AppData::get()
            .catalog
            .get()
            .and_then(Result::ok)
            .map(|c| c.entries().to_vec())
            .unwrap_or_default()
    });
    // A new alert's id follows its title until staff write their own,
    // after a reload too (the id is then still the title's).
    let follows = initial.opened.is_none()
        && initial.form.as_ref().is_some_and(|f| {
            f.id.is_empty() || (!f.title.is_empty() && f.id.starts_with(&id_from_title(&f.title)))
        });
    let id_follows_title = RwSignal::new(follows);
    let title = value(form, text!(title));
    Effect::new(move |_| {
        let title = title.get();
        if id_follows_title.get_untracked() {
            let id = entries.with(|e| free_id(&id_from_title(&title), |id| is_taken(id, e)));
            if form.with_untracked(|f| f.id != id) {
                form.update(|f| f.id = id);
            }
        }
    });

    // Every problem, by field: the validator's (with the checks against
    // the published alerts), the Markdown body's, the form's own.
    let all_problems = Memo::new(move |_| {
        let mut all: Vec<Problem> = checked
            .get()
            .map(|c| c.problems.clone())
            .unwrap_or_default();
        written.with(|w| {
            all.extend(w.body_problems.iter().map(|p| Problem {
                path: "body".to_string(),
                message: format!("line {}: {}", p.line, p.message),
                severity: Severity::Error,
            }));
            all.extend(w.form_problems.iter().cloned());
        });
        // A published alert saved under another id is a second alert.
        if let Some(old) = &opened_id {
            let id = form.with(|f| f.id.trim().to_string());
            if &id != old {
                all.push(Problem {
                    path: "id".to_string(),
                    message: format!("this alert was opened as {old}.json: saved as {id}.json it is a second alert, and {old}.json stays as it was"),
                    severity: Severity::Warning,
                });
            }
        }
        all
    });
    let problems: Problems = Memo::new(move |_| {
        let mut by_field: BTreeMap<Field, Vec<Problem>> = BTreeMap::new();
        for p in all_problems.get() {
            by_field.entry(Field::of_path(&p.path)).or_default().push(p);
        }
        by_field
    });
    let errors = Memo::new(move |_| {
        all_problems.with(|all| all.iter().filter(|p| p.severity == Severity::Error).count())
    });
    let first_error = move || Field::ALL.into_iter().find(|f| has_error(problems, *f));

    // Saving, and asking before leaving with work not yet in a file.
    let outcome = RwSignal::new(None::<Outcome>);
    let unsaved = Memo::new(move |_| {
        written.with(|w| on_disk.with(|d| d.as_deref() != Some(w.text.as_str())) && w.text != start)
    });
    // What a save said holds until the next change.
    Effect::new(move |_| {
        written.track();
        outcome.set(None);
    });
    let on_leave = window_event_listener(leptos::ev::beforeunload, move |ev| {
        if unsaved.get_untracked() {
            ev.prevent_default();
            ev.set_return_value("unsaved");
        }
    });
    on_cleanup(move || on_leave.remove());
    let folder = save::folder_supported();
    let folder_name = RwSignal::new(None::<String>);
    if folder {
        spawn_local(async move { folder_name.set(save::chosen_folder().await) });
    }
    let file = move || ToSave {
        name: form.with_untracked(Form::file_name),
        text: written.with_untracked(|w| w.text.clone()),
        expected: on_disk.get_untracked(),
    };
    let done = move |result: Outcome| {
        if let Outcome::Saved { text, .. } = &result {
            on_disk.set(Some(text.clone()));
        }
        outcome.set(Some(result));
    };
    let save = move |to_folder: bool| {
        let finished = move |result: Outcome| {
            done(result);
            // The folder may have been chosen by this save.
            if to_folder {
                spawn_local(async move { folder_name.set(save::chosen_folder().await) });
            }
        };
        save::save_checked(
            errors.get_untracked(),
            first_error(),
            file(),
            to_folder,
            finished,
        );
    };
    let on_key = window_event_listener(leptos::ev::keydown, move |ev| {
        if (ev.ctrl_key() || ev.meta_key()) && ev.key().eq_ignore_ascii_case("s") {
            ev.prevent_default();
            save(folder);
        }
    });
    on_cleanup(move || on_key.remove());

    let dir = Signal::derive(move || form.with(|f| direction_of(&f.language)));
    let kind = value(form, text!(kind));
    let status = value(form, text!(status));
    let type_guide = Signal::derive(move || {
        AlertType::from_key(&kind.get())
            .map(type_meaning)
            .unwrap_or("Choose the kind of publication.")
            .to_string()
    });
    let summary_guide = Signal::derive(move || {
        let count = form.with(|f| f.summary.chars().count());
        format!(
            "One or two sentences for lists, feeds and link previews: {count} of at most {} characters.",
            alert_model::validate::MAX_SUMMARY_CHARS
        )
    });

    // Rich text pasted into the body becomes Markdown; what could not
    // come along is said beside it.
    let paste_note = RwSignal::new(None::<String>);
    let on_paste = Callback::new(move |ev: web_sys::ClipboardEvent| {
        if let Some(dropped) = paste::paste_rich_text(&ev) {
            paste_note.set(Some(if dropped.is_empty() {
                "Pasted as Markdown: headings, lists, quotes, links, bold and italic kept."
                    .to_string()
            } else {
                format!("Pasted as Markdown. Left out: {}.", dropped.join("; "))
            }));
        }
    });
    let counts = Memo::new(move |_| {
        all_problems.with(|all| {
            let errors = all.iter().filter(|p| p.severity == Severity::Error).count();
            (errors, all.len() - errors)
        })
    });
    let verdict = move || {
        let alert = checked.get().and_then(|c| c.alert.clone());
        let shown = alert.as_ref().map(marked_parts).unwrap_or_default();
        view! { <ProblemList problems=all_problems.get() counts=counts.get() shown compared=compared.get() /> }
    };
    let article = move || draft_article(checked.get().and_then(|c| c.alert.clone()));
    let placement = move || {
        checked
            .get()
            .and_then(|c| c.alert.clone())
            .map(|a| view! { <PlacementPanel draft=Arc::new(a) /> })
    };

    view! {
        <p class="draft-banner" role="note">
            <strong>"DRAFT: not published."</strong>
            " Only you can see this, in this browser: "
            <code>{move || form.with(Form::file_name)}</code>
            // In the banner, which stays in sight as staff type: each tab
            // replaces the other's copy kept for a reload.
            {move || {
                state
                    .elsewhere
                    .get()
                    .map(|at| {
                        view! {
                            <span class="banner-warning" role="alert" id="changed-elsewhere">
                                {format!(
                                    "Also changed in another tab of this browser at {}: work in one tab, and save the version you want to a file.",
                                    draft_store::saved_label(at),
                                )}
                            </span>
                        }
                    })
            }}
        </p>
        <div class="editor-layout">
            <form class="editor-form" aria-label="The alert's fields" on:submit=move |ev| ev.prevent_default()>
                <div class="save-bar">
                    {folder
                        .then(|| {
                            view! {
                                <button type="button" id="save-folder" class="button" on:click=move |_| save(true)>
                                    "Save to the alerts folder"
                                </button>
                            }
                        })}
                    <button
                        type="button"
                        id="save-download"
                        class=if folder { "button button-quiet" } else { "button" }
                        on:click=move |_| save(false)
                    >
                        {move || format!("Download {}", form.with(Form::file_name))}
                    </button>
                    {folder
                        .then(|| {
                            view! {
                                <p class="field-hint">
                                    {move || match folder_name.get() {
                                        Some(name) => format!("Folder: {name}. "),
                                        None => "Choose public/data/alerts the first time. ".to_string(),
                                    }}
                                    <button
                                        type="button"
                                        class="link-button"
                                        on:click=move |_| {
                                            spawn_local(async move {
                                                if let Some(name) = save::change_folder().await {
                                                    folder_name.set(Some(name));
                                                }
                                            })
                                        }
                                    >
                                        "Choose another folder"
                                    </button>
                                </p>
                            }
                        })}
                    <p class="save-outcome" role="status">
                        {move || match outcome.get() {
                            Some(Outcome::Saved { note, .. }) => view! { <span class="saved">{note}</span> }.into_any(),
                            Some(Outcome::NotSaved(why)) => view! { <span class="not-saved">{why}</span> }.into_any(),
                            None => {
                                view! {
                                    <span>
                                        {move || {
                                            if unsaved.get() {
                                                "Not saved to a file yet; kept in this browser."
                                            } else {
                                                "Kept in this browser as you type."
                                            }
                                        }}
                                    </span>
                                }
                                    .into_any()
                            }
                        }}
                    </p>
                </div>
                {original.map(|original| view! { <OriginalNeedsLink form original folder /> })}
                {verdict}
                <fieldset>
                    <legend>"The alert"</legend>
                    <FieldRow field=Field::Title problems>
                        <TextInput form field=Field::Title text=text!(title) problems dir />
                    </FieldRow>
                    <FieldRow field=Field::Id problems>
                        <input
                            type="text"
                            id=control_id(Field::Id)
                            aria-describedby=described_by(Field::Id)
                            aria-invalid=move || has_error(problems, Field::Id).to_string()
                            autocomplete="off"
                            spellcheck="false"
                            dir="ltr"
                            prop:value=move || form.with(|f| f.id.clone())
                            on:input=move |ev| {
                                id_follows_title.set(false);
                                set(form, text!(id), event_target_value(&ev));
                            }
                        />
                    </FieldRow>
                    <FieldRow field=Field::Type problems guide=type_guide>
                        <select
                            id=control_id(Field::Type)
                            aria-describedby=described_by(Field::Type)
                            on:change=move |ev| set(form, text!(kind), event_target_value(&ev))
                        >
                            {AlertType::ALL
                                .into_iter()
                                .map(|t| {
                                    view! {
                                        <option value=t.key() selected=move || kind.get() == t.key()>
                                            {t.label()}
                                        </option>
                                    }
                                })
                                .collect_view()}
                        </select>
                    </FieldRow>
                    <FieldRow field=Field::Status problems>
                        <select
                            id=control_id(Field::Status)
                            aria-describedby=described_by(Field::Status)
                            on:change=move |ev| set(form, text!(status), event_target_value(&ev))
                        >
                            {STATUSES
                                .into_iter()
                                .map(|(key, label)| {
                                    view! {
                                        <option value=key selected=move || status.get() == key>
                                            {label}
                                        </option>
                                    }
                                })
                                .collect_view()}
                        </select>
                    </FieldRow>
                    <FieldRow field=Field::Language problems>
                        <TextInput form field=Field::Language text=text!(language) problems list="editor-languages" />
                        <datalist id="editor-languages">
                            {alert_model::i18n::languages::INTERFACE
                                .iter()
                                .map(|l| view! { <option value=l.tag>{l.name}</option> })
                                .collect_view()}
                        </datalist>
                    </FieldRow>
                </fieldset>
                <fieldset>
                    <legend>"Dates"</legend>
                    <FieldRow field=Field::Published problems>
                        <TextInput form field=Field::Published text=text!(published) problems inputmode="numeric" />
                    </FieldRow>
                    <FieldRow field=Field::Updated problems>
                        <TextInput form field=Field::Updated text=text!(updated) problems inputmode="numeric" />
                    </FieldRow>
                    <FieldRow field=Field::ChangeNote problems>
                        <TextArea form field=Field::ChangeNote text=text!(change_note) problems rows=2 dir />
                    </FieldRow>
                </fieldset>
                <fieldset>
                    <legend>"Where"</legend>
                    <FieldRow field=Field::Countries problems>
                        <CountryPicker form problems />
                    </FieldRow>
                </fieldset>
                <fieldset>
                    <legend>"Series and translations"</legend>
                    <FieldRow field=Field::Series problems group=true>
                        <div class="pair" role="group" aria-labelledby="label-series">
                            <label for=control_id(Field::Series)>"Series id"</label>
                            <TextInput form field=Field::Series text=text!(series_id) problems />
                            <label for="field-series-number">"Number"</label>
                            <TextInput
                                form
                                field=Field::Series
                                text=text!(series_number)
                                problems
                                id="field-series-number".to_string()
                                inputmode="numeric"
                            />
                        </div>
                    </FieldRow>
                    <FieldRow field=Field::Changes problems>
                        <TextArea form field=Field::Changes text=text!(changes) problems rows=4 dir />
                    </FieldRow>
                    <FieldRow field=Field::Translations problems group=true>
                        <Translations form entries />
                    </FieldRow>
                </fieldset>
                <fieldset>
                    <legend>"Text"</legend>
                    <FieldRow field=Field::Summary problems guide=summary_guide>
                        <TextArea form field=Field::Summary text=text!(summary) problems rows=3 dir />
                    </FieldRow>
                    <FieldRow field=Field::Body problems>
                        <TextArea form field=Field::Body text=text!(body) problems rows=18 dir on_paste />
                        <p class="field-note" id="paste-note" role="status">
                            {move || paste_note.get()}
                        </p>
                    </FieldRow>
                </fieldset>
                <fieldset>
                    <legend>"Tags and links"</legend>
                    <FieldRow field=Field::Tags problems>
                        <TextInput form field=Field::Tags text=text!(tags) problems dir />
                    </FieldRow>
                    <FieldRow field=Field::Links problems group=true>
                        <div class="pair" role="group" aria-labelledby="label-links">
                            <label for=control_id(Field::Links)>"PDF"</label>
                            <TextInput form field=Field::Links text=text!(pdf) problems />
                            <label for="field-links-source">"Publisher's page"</label>
                            <TextInput
                                form
                                field=Field::Links
                                text=text!(source)
                                problems
                                id="field-links-source".to_string()
                            />
                        </div>
                    </FieldRow>
                    <FieldRow field=Field::File problems>
                        <span hidden=true id=control_id(Field::File)></span>
                    </FieldRow>
                </fieldset>
            </form>
            <div class="editor-preview">
                <h2 class="visually-hidden">"As readers will see it"</h2>
                <div class="draft-frame">
                    <div class="draft-watermark" aria-hidden="true"></div>
                    {article}
                </div>
                {placement}
                <DraftSource state />
            </div>
        </div>
    }
}

/// The translations: a language and an alert id per row.
#[component]
fn Translations(
    form: RwSignal<Form>,
    entries: Memo<Vec<alert_model::IndexEntry>>,
) -> impl IntoView {
    let rows = move || {
        let count = form.with(|f| f.translations.len());
        (0..count)
            .map(|i| {
                let language = move || form.with(|f| f.translations.get(i).map(|t| t.0.clone()).unwrap_or_default());
                let id = move || form.with(|f| f.translations.get(i).map(|t| t.1.clone()).unwrap_or_default());
                let set_language = move |v: String| {
                    form.update(|f| {
                        if let Some(t) = f.translations.get_mut(i) {
                            t.0 = v;
                        }
                    })
                };
                let set_id = move |v: String| {
                    form.update(|f| {
                        if let Some(t) = f.translations.get_mut(i) {
                            t.1 = v;
                        }
                    })
                };
                let n = i + 1;
                let first = (i == 0).then(|| control_id(Field::Translations));
                view! {
                    <li class="translation-row">
                        <label for=first.clone().unwrap_or_else(|| format!("translation-language-{n}"))>
                            {format!("Language {n}")}
                        </label>
                        <input
                            type="text"
                            id=first.unwrap_or_else(|| format!("translation-language-{n}"))
                            class="short"
                            dir="ltr"
                            aria-describedby=described_by(Field::Translations)
                            prop:value=language
                            on:input=move |ev| set_language(event_target_value(&ev))
                        />
                        <label for=format!("translation-id-{n}")>{format!("Alert id {n}")}</label>
                        <input
                            type="text"
                            id=format!("translation-id-{n}")
                            dir="ltr"
                            list="editor-alerts"
                            aria-describedby=described_by(Field::Translations)
                            prop:value=id
                            on:input=move |ev| set_id(event_target_value(&ev))
                        />
                        <button
                            type="button"
                            class="icon-button"
                            aria-label=format!("Remove translation {n}")
                            on:click=move |_| {
                                form.update(|f| {
                                    if i < f.translations.len() {
                                        f.translations.remove(i);
                                    }
                                });
                                // Its row is gone: focus goes on, not to the page's top.
                                fields::focus_after_redraw(".add-translation".to_string());
                            }
                        >
                            "×"
                        </button>
                    </li>
                }
            })
            .collect_view()
    };
    let empty = move || form.with(|f| f.translations.is_empty());
    view! {
        <div role="group" aria-labelledby="label-translations">
            <ul class="translation-rows">{rows}</ul>
        </div>
        <datalist id="editor-alerts">
            {move || {
                entries
                    .get()
                    .into_iter()
                    .map(|e| view! { <option value=e.id.clone()>{e.title.clone()}</option> })
                    .collect_view()
            }}
        </datalist>
        <button
            type="button"
            class="button button-quiet add-translation"
            id=move || empty().then(|| control_id(Field::Translations))
            aria-describedby=described_by(Field::Translations)
            on:click=move |_| form.update(|f| f.translations.push((String::new(), String::new())))
        >
            "Add a translation"
        </button>
    }
}

/// A translation's original must link back to it: said, with the edited
/// original offered to save beside the translation.
#[component]
fn OriginalNeedsLink(form: RwSignal<Form>, original: Form, folder: bool) -> impl IntoView {
    let outcome = RwSignal::new(None::<Outcome>);
    let linked = {
        let original = original.clone();
        move || form.with(|f| original.with_translation(f.language.trim(), f.id.trim()))
    };
    let to_save = {
        let linked = linked.clone();
        move || {
            let linked = linked();
            ToSave {
                name: linked.file_name(),
                text: linked.write().text,
                expected: Some(original_text(&original)),
            }
        }
    };
    let title = linked().title;
    let name = linked().file_name();
    // The original is a published file: it is written only when the link
    // is one the validator accepts (a language and a valid id settled).
    let refusal = move |file: &ToSave| {
        let checked = alert_model::validate::check_alert_text(&file.text);
        let errors = checked
            .problems
            .iter()
            .filter(|p| p.severity == Severity::Error)
            .count();
        (errors > 0).then(|| {
            Outcome::NotSaved(format!(
                "Not saved: the link to this translation is not valid yet ({}). Settle the translation's language and address first.",
                checked.problems.iter().find(|p| p.severity == Severity::Error).map(|p| p.to_string()).unwrap_or_default()
            ))
        })
    };
    let save_folder = {
        let to_save = to_save.clone();
        move |_| {
            let file = to_save();
            if let Some(refused) = refusal(&file) {
                outcome.set(Some(refused));
                return;
            }
            spawn_local(async move { outcome.set(Some(save::into_folder(file).await)) })
        }
    };
    let download = move |_| {
        let file = to_save();
        outcome.set(Some(refusal(&file).unwrap_or_else(|| save::download(file))));
    };
    view! {
        <aside class="notice original-notice" aria-labelledby="original-heading">
            <h2 id="original-heading">"The original needs a link to this translation"</h2>
            <p>
                {format!("“{title}” ({name}) must list this translation too. Save it with the link added, and publish both together: a published alert may not link to a draft.")}
            </p>
            <div class="source-actions">
                {folder
                    .then(|| {
                        view! {
                            <button type="button" class="button button-quiet" on:click=save_folder>
                                "Save the original to the alerts folder"
                            </button>
                        }
                    })}
                <button type="button" class="button button-quiet" on:click=download>
                    {format!("Download the original, {name}")}
                </button>
            </div>
            <p role="status">
                {move || match outcome.get() {
                    Some(Outcome::Saved { note, .. }) => note,
                    Some(Outcome::NotSaved(why)) => why,
                    None => String::new(),
                }}
            </p>
        </aside>
    }
}

/// The original's file as published: its form without the new link.
fn original_text(original: &Form) -> String {
    original.write().text
}
