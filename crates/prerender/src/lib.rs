//! The prerender: every page a reader can link to, written at build time
//! by rendering the reader's own views (`alert-views`) with Leptos' server
//! rendering. No server is involved: each page is `view.to_html()` put
//! into the app's `index.html`. Beside the pages it writes what lets
//! others follow and share them: feeds, share cards, link-preview tags,
//! JSON-LD, oEmbed documents, the sitemap, and the manifests and icons
//! that make the reader installable.

pub mod cards;
pub mod feeds;
pub mod head;
pub mod install;
pub mod json_ld;
pub mod locales;
pub mod oembed;
pub mod offline;
pub mod on_demand;
pub mod pages;
pub mod policy;
pub mod public;
pub mod script;
pub mod sitemap;
pub mod template;
pub mod world;
