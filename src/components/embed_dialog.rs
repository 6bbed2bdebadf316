//! "Embed": a dialog that builds the snippet a partner pastes, with a live
//! preview of the chosen options and a copy button.

use crate::dom;
use alert_model::outputs::embed::{
    hex_colour, snippet, EmbedOptions, EmbedTarget, Theme, DEFAULT_LIMIT, MAX_LIMIT,
};
use alert_model::overview::region::{Region, REGIONS};
use alert_views::i18n::use_words;
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
    let is_board = target == EmbedTarget::Board;
    let region = RwSignal::new(None::<Region>);
    let words = use_words();

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
        // The panel speaks the language of the reader who embeds it.
        lang: dom::language(),
        region: region.get(),
        ..EmbedOptions::default()
    });
    let reader_root = format!(
        "{}{}/",
        window().location().origin().unwrap_or_default(),
        dom::site_base()
    );
    let t = target.clone();
    let root = reader_root.clone();
    // The words of the link that stands in for the panel without script.
    let link_text = match &target {
        EmbedTarget::Latest => words.text("panel.latest"),
        EmbedTarget::Alert(_) => words.text("panel.read_full"),
        EmbedTarget::Board => words.text("panel.board"),
    };
    let code = Memo::new(move |_| snippet(&root, &t, &options.get(), &link_text));
    let preview_src = Memo::new(move |_| {
        let path = match &target {
            EmbedTarget::Latest => "/embed/latest".to_string(),
            EmbedTarget::Alert(id) => format!("/embed/alert/{id}"),
            EmbedTarget::Board => "/embed/board".to_string(),
        };
        dom::file_href(&format!("{path}{}", options.get().to_query_string()))
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
    let frame_title = words.text("embed.preview_frame");
    let w = words.clone();
    let copy = move |_| {
        let text = code.get_untracked();
        let navigator = window().navigator();
        // Missing outside secure contexts; calling it then would throw.
        let available =
            js_sys::Reflect::get(&navigator, &"clipboard".into()).is_ok_and(|c| !c.is_undefined());
        if !available {
            copied.set(w.text("embed.no_clipboard"));
            return;
        }
        let promise = navigator.clipboard().write_text(&text);
        let (yes, no) = (w.text("embed.copied"), w.text("embed.not_copied"));
        leptos::task::spawn_local(async move {
            let done = wasm_bindgen_futures::JsFuture::from(promise).await.is_ok();
            copied.set(if done { yes } else { no });
        });
    };

    view! {
        <button type="button" class="button button-quiet embed-open" on:click=open>
            {words.text("embed.open")}
        </button>
        <dialog
            class="embed-dialog"
            node_ref=dialog
            aria-labelledby="embed-dialog-title"
            on:close=move |_| is_open.set(false)
        >
            <h2 id="embed-dialog-title">{words.text("embed.open")}</h2>
            <div class="embed-dialog-grid">
                <form class="embed-options" on:submit=|ev| ev.prevent_default()>
                    {is_list
                        .then(|| {
                            view! {
                                <div class="field">
                                    <label for="embed-limit">{words.text("embed.limit")}</label>
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
                    {is_board
                        .then(|| {
                            let options = REGIONS
                                .into_iter()
                                .map(|r| view! { <option value=r.key>{words.text(&r.message())}</option> })
                                .collect_view();
                            view! {
                                <div class="field">
                                    <label for="embed-region">{words.text("embed.region")}</label>
                                    <select
                                        id="embed-region"
                                        on:change=move |ev| region.set(Region::from_key(&event_target_value(&ev)))
                                    >
                                        <option value="">{words.text("map.whole_world")}</option>
                                        {options}
                                    </select>
                                </div>
                            }
                        })}
                    <div class="field">
                        <label for="embed-theme">{words.text("embed.theme")}</label>
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
                            <option value="auto">{words.text("embed.theme_auto")}</option>
                            <option value="light">{words.text("embed.theme_light")}</option>
                            <option value="dark">{words.text("embed.theme_dark")}</option>
                        </select>
                    </div>
                    <label class="check">
                        <input type="checkbox" on:change=move |ev| use_accent.set(event_target_checked(&ev)) />
                        " " {words.text("embed.own_accent")} " "
                        <input
                            type="color"
                            aria-label=words.text("embed.accent")
                            prop:value=move || accent.get()
                            on:input=move |ev| accent.set(event_target_value(&ev))
                        />
                    </label>
                    <label class="check">
                        <input type="checkbox" on:change=move |ev| compact.set(event_target_checked(&ev)) />
                        " " {words.text(if is_board { "embed.compact_board" } else { "embed.compact" })}
                    </label>
                    <label class="check">
                        <input type="checkbox" on:change=move |ev| transparent.set(event_target_checked(&ev)) />
                        " " {words.text("embed.transparent")}
                    </label>
                </form>
                <div>
                    <h3>{words.text("embed.preview")}</h3>
                    {move || {
                        is_open
                            .get()
                            .then(|| {
                                view! {
                                    <iframe class="embed-preview" title=frame_title.clone() src=preview_src></iframe>
                                }
                            })
                    }}
                    <h3>
                        <label for="embed-snippet">{words.text("embed.snippet")}</label>
                    </h3>
                    <textarea id="embed-snippet" class="snippet" dir="ltr" readonly prop:value=move || code.get()></textarea>
                </div>
            </div>
            <div class="dialog-actions">
                <span role="status">{move || copied.get()}</span>
                <button type="button" class="button" on:click=copy>
                    {words.text("embed.copy")}
                </button>
                <button type="button" class="button button-quiet" on:click=close>
                    {words.text("embed.close")}
                </button>
            </div>
        </dialog>
    }
}
