//! The three states of a route's data, written once: while it loads (a
//! quiet note), when it fails (which file, why, a retry and a way back),
//! and once it is ready. At either end the app replaces a prerendered page
//! (`dom::reveal_app`): only then is its own view whole, so nothing blinks.

use crate::api::LoadError;
use crate::components::load_error::LoadErrorView;
use crate::components::loading::Loading;
use crate::dom;
use leptos::prelude::*;

/// `state` is a resource's value (`None` while loading); `what` is the
/// message key of the loading note ("loading.alert"); `retry` fetches it
/// again.
pub fn page_state<T>(
    state: Option<Result<T, LoadError>>,
    what: &'static str,
    retry: impl Fn() + Send + Sync + 'static,
    ready: impl FnOnce(T) -> AnyView,
) -> AnyView {
    match state {
        None => view! { <Loading what /> }.into_any(),
        Some(Err(error)) => {
            dom::reveal_app();
            view! { <LoadErrorView error retry=move || retry() /> }.into_any()
        }
        Some(Ok(value)) => {
            dom::reveal_app();
            ready(value)
        }
    }
}
