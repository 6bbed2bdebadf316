//! The one `h1` of a view. After an in-app navigation it takes focus, so a
//! screen reader announces the new view and Tab starts from its top; on the
//! first load focus stays where the browser put it. (The effect runs only
//! in the browser; the prerender writes the plain heading.)

use leptos::prelude::*;
use std::cell::Cell;

thread_local! {
    static NAVIGATED: Cell<bool> = const { Cell::new(false) };
}

/// Called by the app shell when the path changes after the first render.
pub fn mark_navigated() {
    NAVIGATED.with(|n| n.set(true));
}

#[component]
pub fn PageHeading(children: Children) -> impl IntoView {
    let node = NodeRef::<leptos::html::H1>::new();
    Effect::new(move |_| {
        if let Some(h1) = node.get() {
            // After this frame's effects, so the shell has seen the navigation.
            request_animation_frame(move || {
                if NAVIGATED.with(Cell::get) {
                    let _ = h1.focus();
                }
            });
        }
    });
    view! {
        <h1 class="page-title" tabindex="-1" node_ref=node>
            {children()}
        </h1>
    }
}
