//! The reader's language, as every view gets it: each renderer provides the
//! [`Messages`] of the page's interface language, and views take their
//! words from them (never from string literals).

use alert_model::i18n::Messages;
use leptos::prelude::*;
use std::sync::Arc;

#[derive(Clone)]
struct Words(Arc<Messages>);

pub fn provide(messages: Arc<Messages>) {
    provide_context(Words(messages));
}

/// The provided messages; none (every text its own key, which the tests
/// look for) where a renderer forgot to provide them.
pub fn use_words() -> Arc<Messages> {
    use_context::<Words>().map_or_else(|| Arc::new(Messages::none()), |w| w.0)
}
