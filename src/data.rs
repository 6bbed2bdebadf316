//! What every route shares: the site description and the catalog of
//! published alerts, each fetched once per visit.

use crate::api::{self, LoadError};
use alert_model::{Catalog, Site};
use leptos::prelude::*;
use std::sync::Arc;

#[derive(Clone, Copy)]
pub struct AppData {
    pub site: LocalResource<Result<Arc<Site>, LoadError>>,
    pub catalog: LocalResource<Result<Arc<Catalog>, LoadError>>,
}

impl AppData {
    pub fn provide() -> AppData {
        let data = AppData {
            site: LocalResource::new(api::fetch_site),
            catalog: LocalResource::new(api::fetch_catalog),
        };
        provide_context(data);
        data
    }

    pub fn get() -> AppData {
        expect_context::<AppData>()
    }

    /// The publisher's name once known, for document titles.
    pub fn site_name(&self) -> String {
        match self.site.get() {
            Some(Ok(site)) => site.name.clone(),
            _ => alert_views::i18n::use_words().text("site.default_name"),
        }
    }
}
