//! The reader's views, written once. The app renders them in the browser;
//! the prerender (`crates/prerender`) renders the same components to the
//! static pages at build time. A component gets what it shows as props, and
//! links from [`env::Env`]: nothing in a render body asks the browser, so
//! both renderers give the same markup by construction.

pub mod about_page;
pub mod accessibility_page;
pub mod alert_article;
pub mod alert_body;
pub mod alert_card;
pub mod alert_view;
pub mod alerts_chart;
pub mod archive;
pub mod browse_links;
pub mod cite_box;
pub mod compare_box;
pub mod corrections_page;
pub mod country_links;
pub mod country_timeline;
pub mod embed_button;
pub mod env;
pub mod export_links;
pub mod field_marks;
pub mod filter_panel;
pub mod follow;
pub mod former_pages;
pub mod i18n;
pub mod ignored_notice;
pub mod keep_button;
pub mod language_switcher;
pub mod map;
pub mod offline_page;
pub mod page_heading;
pub mod pager;
pub mod prev_next;
pub mod privacy_page;
pub mod series_track;
pub mod since_box;
pub mod site_footer;
pub mod site_header;
pub mod type_badge;
