//! "Embed": a dialog that builds the snippet a partner pastes, with a live
//! preview of the chosen options and a copy button.

use crate::dom;
use alert_model::embed::{
    hex_colour, snippet, EmbedOptions, EmbedTarget, Theme, DEFAULT_LIMIT, MAX_LIMIT,
};
use alert_views::embed_button::EMBED_LABEL;
use leptos::prelude::*;

#[component]
pub fn EmbedDialog(
    target: EmbedTarget,
    #[prop(optional)] country: Option<String>,
) -> impl IntoView {
    let dialog = NodeRef::<leptos::html::Dialog>::new();
    let limit = RwSignal::new(DEFAULT_LIMIT);
    let theme = RwSignal::new(Theme::Auto);
    let use_accent = RwSignal::new(false);
    let accent = RwSignal::new("#8f1d1d".to_string());
    let compact = RwSignal::new(false);
    let transparent = RwSignal::new(false);
    let copied = RwSignal::new(String::new());
    let is_list = target == EmbedTarget::Latest;

    let options = Memo::new(move |_| EmbedOptions {
        country: country.clone(),
        limit: limit.get(),
        theme: theme.get(),
        accent: use_accent
            .get()
            .then(|| hex_colour(&accent.get()))
            .flatten(),
        compact: compact.get(),
        transparent: transparent.get(),
        ..EmbedOptions::default()
    });
    let reader_root = format!(
        "{}{}/",
        window().location().origin().unwrap_or_default(),
        dom::base_path()
    );
    let t = target.clone();
    let root = reader_root.clone();
    let code = Memo::new(move |_| snippet(&root, &t, &options.get()));
    let preview_src = Memo::new(move |_| {
        let path = match &target {
            EmbedTarget::Latest => "/embed/latest".to_string(),
            EmbedTarget::Alert(id) => format!("/embed/alert/{id}"),
        };
        dom::href(&format!("{path}{}", options.get().to_query_string()))
    });
    // The preview frame exists only while the dialog is open: otherwise every
    // page with the button would boot a second copy of the app.
    let is_open = RwSignal::new(false);
    let open = move |_| {
        copied.set(String::new());
        is_open.set(true);
        if let Some(d) = dialog.get() {
            let _ = d.show_modal();
        }
    };
    let close = move |_| {
        if let Some(d) = dialog.get() {
            d.close();
        }
    };
    let copy = move |_| {
        let text = code.get_untracked();
        let navigator = window().navigator();
        // Missing outside secure contexts; calling it then would throw.
        let available =
            js_sys::Reflect::get(&navigator, &"clipboard".into()).is_ok_and(|c| !c.is_undefined());
        if !available {
            copied.set("Copying is not available here: select the snippet and copy it.".into());
            return;
        }
        let promise = navigator.clipboard().write_text(&text);
        leptos::task::spawn_local(async move {
            let done = wasm_bindgen_futures::JsFuture::from(promise).await.is_ok();
            copied.set(
                if done {
                    "Copied."
                } else {
                    "Could not copy: select the snippet and copy it."
                }
                .into(),
            );
        });
    };

    view! {
        <button type="button" class="button button-quiet embed-open" on:click=open>
            {EMBED_LABEL}
        </button>
        <dialog
            class="embed-dialog"
            node_ref=dialog
            aria-labelledby="embed-dialog-title"
            on:close=move |_| is_open.set(false)
        >
            <h2 id="embed-dialog-title">{EMBED_LABEL}</h2>
            <div class="embed-dialog-grid">
                <form class="embed-options" on:submit=|ev| ev.prevent_default()>
                    {is_list
                        .then(|| {
                            view! {
                                <div class="field">
                                    <label for="embed-limit">"Number of alerts (1–20)"</label>
                                    <input
                                        id="embed-limit"
                                        type="number"
                                        min="1"
                                        max=MAX_LIMIT.to_string()
                                        prop:value=move || limit.get().to_string()
                                        on:input=move |ev| {
                                            if let Ok(n) = event_target_value(&ev).parse::<usize>() {
                                                limit.set(n.clamp(1, MAX_LIMIT));
                                            }
                                        }
                                    />
                                </div>
                            }
                        })}
                    <div class="field">
                        <label for="embed-theme">"Theme"</label>
                        <select
                            id="embed-theme"
                            on:change=move |ev| {
                                theme
                                    .set(
                                        match event_target_value(&ev).as_str() {
                                            "light" => Theme::Light,
                                            "dark" => Theme::Dark,
                                            _ => Theme::Auto,
                                        },
                                    )
                            }
                        >
                            <option value="auto">"Follow the visitor's setting"</option>
                            <option value="light">"Light"</option>
                            <option value="dark">"Dark"</option>
                        </select>
                    </div>
                    <label class="check">
                        <input type="checkbox" on:change=move |ev| use_accent.set(event_target_checked(&ev)) />
                        " Your accent colour "
                        <input
                            type="color"
                            aria-label="Accent colour"
                            prop:value=move || accent.get()
                            on:input=move |ev| accent.set(event_target_value(&ev))
                        />
                    </label>
                    <label class="check">
                        <input type="checkbox" on:change=move |ev| compact.set(event_target_checked(&ev)) />
                        " Compact (titles only)"
                    </label>
                    <label class="check">
                        <input type="checkbox" on:change=move |ev| transparent.set(event_target_checked(&ev)) />
                        " Transparent background"
                    </label>
                </form>
                <div>
                    <h3>"Preview"</h3>
                    {move || {
                        is_open
                            .get()
                            .then(|| {
                                view! {
                                    <iframe class="embed-preview" title="Preview of the embedded panel" src=preview_src></iframe>
                                }
                            })
                    }}
                    <h3>
                        <label for="embed-snippet">"Paste this into your page"</label>
                    </h3>
                    <textarea id="embed-snippet" class="snippet" readonly prop:value=move || code.get()></textarea>
                </div>
            </div>
            <div class="dialog-actions">
                <span role="status">{move || copied.get()}</span>
                <button type="button" class="button" on:click=copy>
                    "Copy snippet"
                </button>
                <button type="button" class="button button-quiet" on:click=close>
                    "Close"
                </button>
            </div>
        </dialog>
    }
}
