//! Small building blocks shared by the routes.

pub mod alert_article;
pub mod alert_body;
pub mod alert_card;
pub mod change_list;
pub mod country_links;
pub mod embed_dialog;
pub mod embed_frame;
pub mod filter_panel;
pub mod load_error;
pub mod loading;
pub mod page_heading;
pub mod pager;
pub mod prev_next;
pub mod problem_list;
pub mod series_track;
pub mod site_footer;
pub mod site_header;
pub mod type_badge;
