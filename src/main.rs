//! Alert Reader: a single-page app in which people read early-warning
//! alerts. Data flows one way: `api` fetches, `alert_model` decides,
//! `routes` and `components` render.

mod api;
mod app;
mod components;
mod data;
mod dom;
mod draft_store;
mod file_access;
mod routes;

fn main() {
    console_error_panic_hook::set_once();
    // The static "Loading…" shown until the wasm starts.
    if let Some(boot) = leptos::prelude::document().get_element_by_id("boot") {
        boot.remove();
    }
    leptos::mount::mount_to_body(app::App);
}
