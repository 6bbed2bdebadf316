//! The prerender: every page a reader can link to, written at build time
//! by rendering the reader's own views (`alert-views`) with Leptos' server
//! rendering. No server is involved: each page is `view.to_html()` put
//! into the app's `index.html`.

pub mod on_demand;
pub mod pages;
pub mod template;
