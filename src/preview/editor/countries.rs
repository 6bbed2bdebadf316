//! The countries an alert concerns: chosen by name, the primary first,
//! moved and removed by buttons a keyboard reaches.

use super::fields::{control_id, described_by, focus_after_redraw, has_error, Problems};
use alert_authoring::country_search::code_for;
use alert_authoring::form::{Field, Form};
use alert_model::alert::countries::{country_name, COUNTRIES};
use leptos::prelude::*;

fn name(code: &str) -> String {
    match country_name(code) {
        Some(name) => format!("{name} ({code})"),
        None => code.to_string(),
    }
}

/// After a move, focus stays with the country moved: on the same button
/// where it can go on, else on the other.
fn focus_moved(to: usize) {
    focus_after_redraw(format!(
        ".chosen-countries li:nth-child({}) .icon-button:not(:disabled)",
        to + 1
    ));
}

#[component]
pub fn CountryPicker(form: RwSignal<Form>, problems: Problems) -> impl IntoView {
    let typed = RwSignal::new(String::new());
    let refused = RwSignal::new(None::<String>);
    let add = move || {
        let text = typed.get_untracked();
        match code_for(&text) {
            Some(code) => {
                form.update(|f| {
                    if !f.countries.iter().any(|c| c == code) {
                        f.countries.push(code.to_string());
                    }
                });
                typed.set(String::new());
                refused.set(None);
            }
            None if text.trim().is_empty() => {}
            None => refused.set(Some(format!(
                "No country is called “{}”: choose one from the list as you type.",
                text.trim()
            ))),
        }
    };
    let chosen = move || {
        let countries = form.with(|f| f.countries.clone());
        let last = countries.len().saturating_sub(1);
        countries
            .into_iter()
            .enumerate()
            .map(|(i, code)| {
                let label = name(&code);
                let up = format!("Move {label} up");
                let down = format!("Move {label} down");
                let remove = format!("Remove {label}");
                view! {
                    <li>
                        <span class="country-name">{label}</span>
                        {(i == 0).then(|| view! { <span class="primary-mark">"primary"</span> })}
                        <span class="row-actions">
                            <button
                                type="button"
                                class="icon-button"
                                aria-label=up
                                disabled=i == 0
                                on:click=move |_| {
                                    form.update(|f| f.countries.swap(i, i - 1));
                                    focus_moved(i - 1);
                                }
                            >
                                "↑"
                            </button>
                            <button
                                type="button"
                                class="icon-button"
                                aria-label=down
                                disabled=i == last
                                on:click=move |_| {
                                    form.update(|f| f.countries.swap(i, i + 1));
                                    focus_moved(i + 1);
                                }
                            >
                                "↓"
                            </button>
                            <button
                                type="button"
                                class="icon-button"
                                aria-label=remove
                                on:click=move |_| {
                                    form.update(|f| {
                                        f.countries.remove(i);
                                    });
                                    focus_after_redraw(format!("#{}", control_id(Field::Countries)));
                                }
                            >
                                "×"
                            </button>
                        </span>
                    </li>
                }
            })
            .collect_view()
    };
    let options = COUNTRIES
        .iter()
        .map(|(code, name)| view! { <option value=format!("{name} ({code})")></option> })
        .collect_view();
    view! {
        <ol class="chosen-countries" aria-label="Chosen countries">{chosen}</ol>
        <div class="add-row">
            <input
                type="text"
                id=control_id(Field::Countries)
                list="country-names"
                autocomplete="off"
                aria-describedby=format!("{} countries-refused", described_by(Field::Countries))
                aria-invalid=move || has_error(problems, Field::Countries).to_string()
                prop:value=move || typed.get()
                on:input=move |ev| typed.set(event_target_value(&ev))
                on:keydown=move |ev: web_sys::KeyboardEvent| {
                    if ev.key() == "Enter" {
                        ev.prevent_default();
                        add();
                    }
                }
            />
            <button type="button" class="button button-quiet" on:click=move |_| add()>
                "Add"
            </button>
        </div>
        <datalist id="country-names">{options}</datalist>
        <p id="countries-refused" class="field-note" role="status">
            {move || refused.get()}
        </p>
    }
}
