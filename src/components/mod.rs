//! The app's own building blocks: what needs the browser (Embed, loading
//! and load errors). The views readers see on every page are in
//! `alert_views`, shared with the prerender.

pub mod embed_dialog;
pub mod embed_frame;
pub mod load_error;
pub mod loading;
pub mod page_state;
