//! The site and its public address, which every writer of absolute links
//! takes (head tags, feeds, JSON-LD, oEmbed, the sitemap): its own module,
//! so that none of them has to import another to get it.

use alert_model::alert::public_address::join;
use alert_model::Site;

/// The site and its public address.
#[derive(Clone, Copy)]
pub struct Public<'a> {
    pub site: &'a Site,
    /// A checked `reader_url`.
    pub base: &'a str,
}

impl Public<'_> {
    pub fn url(&self, path: &str) -> String {
        join(self.base, path)
    }
}
