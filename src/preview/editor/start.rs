//! Where writing starts: a new alert, the next update of a series, a
//! translation, or a published alert to edit or withdraw. Each start is
//! made by the authoring crate (as `alert-data new` makes it) from the
//! published index, and opens in the editor.

use super::super::draft_store::SavedDraft;
use super::super::state::DraftState;
use crate::api;
use crate::data::AppData;
use alert_authoring::file::alert_file_text;
use alert_authoring::form::Form;
use alert_authoring::start::{blank, next_update, translation, withdraw};
use alert_model::i18n::languages::INTERFACE;
use alert_model::{Alert, Date, IndexEntry};
use leptos::prelude::*;
use leptos::task::spawn_local;
use std::collections::BTreeMap;
use std::sync::Arc;

/// Today in the staff member's own time zone: the day they publish.
pub fn today() -> Date {
    let now = js_sys::Date::new_0();
    let text = format!(
        "{:04}-{:02}-{:02}",
        now.get_full_year(),
        now.get_month() + 1,
        now.get_date()
    );
    Date::parse(&text).unwrap_or_else(|_| Date::from_unix_days(0))
}

/// Each series once: its id, the latest member's title and number.
fn series_list(entries: &[IndexEntry]) -> Vec<(String, String)> {
    let mut latest: BTreeMap<&str, (u32, &str)> = BTreeMap::new();
    for e in entries {
        if let Some(s) = &e.series {
            let slot = latest.entry(&s.id).or_insert((s.number, &e.title));
            if s.number >= slot.0 {
                *slot = (s.number, &e.title);
            }
        }
    }
    latest
        .into_iter()
        .map(|(id, (number, title))| (id.to_string(), format!("{title} (latest: number {number})")))
        .collect()
}

#[component]
pub fn StartPanel(state: DraftState) -> impl IntoView {
    let data = AppData::get();
    let entries = Memo::new(move |_| {
        data.catalog
            .get()
            .and_then(Result::ok)
            .map(|c| c.entries().to_vec())
            .unwrap_or_default()
    });
    let message = RwSignal::new(None::<String>);
    let language = RwSignal::new("en".to_string());
    let series = RwSignal::new(String::new());
    let to_translate = RwSignal::new(String::new());
    let translate_into = RwSignal::new("fr".to_string());
    let to_edit = RwSignal::new(String::new());

    let open = move |draft: SavedDraft| {
        message.set(None);
        state.forget_handle();
        state.load(draft);
    };
    let start_blank = move |_| {
        let alert = blank(&language.get_untracked(), today());
        open(SavedDraft::edited(Form::from_alert(&alert), None, None));
    };
    let start_update = move |_| {
        let chosen = series.get_untracked();
        if chosen.is_empty() {
            message.set(Some("Choose the series to update.".to_string()));
            return;
        }
        match entries.with_untracked(|e| next_update(&chosen, e, today())) {
            Ok(alert) => open(SavedDraft::edited(Form::from_alert(&alert), None, None)),
            Err(why) => message.set(Some(format!("No update could be started: {why}."))),
        }
    };
    // The alert is fetched as readers get it: published and checked.
    let with_alert = move |id: String, then: Box<dyn Fn(Arc<Alert>)>| {
        let id = id.trim().to_string();
        if id.is_empty() {
            message.set(Some("Choose an alert first.".to_string()));
            return;
        }
        message.set(Some(format!("Loading {id}…")));
        spawn_local(async move {
            match api::fetch_alert(id.clone()).await {
                Ok(alert) => then(alert),
                Err(e) => message.set(Some(format!("{id} could not be loaded: {e}"))),
            }
        });
    };
    let start_translation = move |_| {
        let into = translate_into.get_untracked();
        with_alert(
            to_translate.get_untracked(),
            Box::new(move |original| {
                match entries.with_untracked(|e| translation(&original, &into, e, today())) {
                    // The original as published: the editor adds the link
                    // under the id the translation finally has.
                    Ok((alert, _linked)) => open(SavedDraft::edited(
                        Form::from_alert(&alert),
                        None,
                        Some(Form::from_alert(&original)),
                    )),
                    Err(why) => {
                        message.set(Some(format!("No translation could be started: {why}.")))
                    }
                }
            }),
        );
    };
    let start_edit = move |withdrawing: bool| {
        with_alert(
            to_edit.get_untracked(),
            Box::new(move |alert| {
                let file = alert_file_text(&alert);
                let form = if withdrawing {
                    Form::from_alert(&withdraw(&alert, today()))
                } else {
                    Form::from_alert(&alert)
                };
                open(SavedDraft::edited(form, Some(file), None));
            }),
        );
    };

    let language_options = move |selected: RwSignal<String>| {
        INTERFACE
            .iter()
            .map(|l| {
                view! {
                    <option value=l.tag selected=move || selected.get() == l.tag>
                        {format!("{} ({})", l.name, l.tag)}
                    </option>
                }
            })
            .collect_view()
    };
    let alert_options = move || {
        entries
            .get()
            .into_iter()
            .map(|e| view! { <option value=e.id.clone()>{e.title.clone()}</option> })
            .collect_view()
    };
    let series_options = move || {
        entries
            .with(|e| series_list(e))
            .into_iter()
            .map(|(id, label)| view! { <option value=id>{label}</option> })
            .collect_view()
    };

    view! {
        <section class="start-panel" aria-labelledby="start-heading">
            <h2 id="start-heading">"Write an alert"</h2>
            <p role="status" class="start-message">{move || message.get()}</p>
            <div class="start-choices">
                <div class="start-choice">
                    <h3>"A new alert"</h3>
                    <label for="start-language">"Written in"</label>
                    <select id="start-language" on:change=move |ev| language.set(event_target_value(&ev))>
                        {language_options(language)}
                    </select>
                    <button type="button" class="button" on:click=start_blank>
                        "Start a new alert"
                    </button>
                </div>
                <div class="start-choice">
                    <h3>"The next update of a series"</h3>
                    <label for="start-series">"Series"</label>
                    <select id="start-series" on:change=move |ev| series.set(event_target_value(&ev))>
                        <option value="">"Choose a series…"</option>
                        {series_options}
                    </select>
                    <button type="button" class="button" on:click=start_update>
                        "Start the update"
                    </button>
                </div>
                <div class="start-choice">
                    <h3>"A translation"</h3>
                    <label for="start-original">"Alert to translate (its id)"</label>
                    <input
                        id="start-original"
                        type="text"
                        list="start-alerts"
                        autocomplete="off"
                        on:input=move |ev| to_translate.set(event_target_value(&ev))
                    />
                    <label for="start-into">"Into"</label>
                    <select id="start-into" on:change=move |ev| translate_into.set(event_target_value(&ev))>
                        {language_options(translate_into)}
                    </select>
                    <button type="button" class="button" on:click=start_translation>
                        "Start the translation"
                    </button>
                </div>
                <div class="start-choice">
                    <h3>"A published alert"</h3>
                    <label for="start-edit">"Alert to edit or withdraw (its id)"</label>
                    <input
                        id="start-edit"
                        type="text"
                        list="start-alerts"
                        autocomplete="off"
                        on:input=move |ev| to_edit.set(event_target_value(&ev))
                    />
                    <div class="source-actions">
                        <button type="button" class="button" on:click=move |_| start_edit(false)>
                            "Edit it"
                        </button>
                        <button type="button" class="button button-quiet" on:click=move |_| start_edit(true)>
                            "Withdraw it"
                        </button>
                    </div>
                </div>
            </div>
            <datalist id="start-alerts">{alert_options}</datalist>
        </section>
    }
}
