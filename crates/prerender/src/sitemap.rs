//! `sitemap.xml` (with each translation as an `hreflang` alternate) and
//! `robots.txt` pointing to it. Withdrawn alerts stay listed: their pages
//! are still there, saying they were withdrawn.

use crate::feeds::changed;
use crate::public::Public;
use alert_model::reading::timeline::{country_path, COUNTRY_PAGE};
use alert_model::{Alert, Date, Status};
use alert_views::site_footer::TRUST_PAGES;
use quick_xml::events::{BytesDecl, BytesText, Event};
use quick_xml::Writer;
use std::collections::BTreeMap;
use std::io;

/// Every published and withdrawn alert, the front page, and each page of
/// each country timeline that lists alerts; `lastmod` from the newest
/// change shown.
/// `lists`: the paths of the archive's own lists (`list_address::lists`),
/// the front page's included, which a crawler also reaches by links.
pub fn sitemap(p: Public<'_>, alerts: &[Alert], lists: &[String]) -> Vec<u8> {
    let public: Vec<&Alert> = alerts
        .iter()
        .filter(|a| a.status != Status::Draft)
        .collect();
    let mut w = Writer::new_with_indent(Vec::new(), b' ', 2);
    let _ = write(&mut w, p, &public, lists);
    let mut out = w.into_inner();
    out.push(b'\n');
    out
}

fn write(
    w: &mut Writer<Vec<u8>>,
    p: Public<'_>,
    public: &[&Alert],
    lists: &[String],
) -> io::Result<()> {
    w.write_event(Event::Decl(BytesDecl::new("1.0", Some("utf-8"), None)))?;
    // By country: the newest change and how many alerts name it.
    let mut countries: BTreeMap<&str, (&Date, usize)> = BTreeMap::new();
    for a in public.iter().filter(|a| a.status == Status::Published) {
        for c in &a.countries {
            let (newest, count) = countries.entry(c.as_str()).or_insert((changed(a), 0));
            *newest = (*newest).max(changed(a));
            *count += 1;
        }
    }
    let newest = public.iter().map(|a| changed(a)).max();
    w.create_element("urlset")
        .with_attribute(("xmlns", "http://www.sitemaps.org/schemas/sitemap/0.9"))
        .with_attribute(("xmlns:xhtml", "http://www.w3.org/1999/xhtml"))
        .write_inner_content(|w| {
            // The front page, then the archive's later pages and each
            // type's and year's list.
            for path in lists {
                url(w, &p.url(path), newest, &[])?;
            }
            url(w, &p.url("/map"), newest, &[])?;
            // What the alerts mean, the corrections, accessibility, privacy.
            for (path, _) in TRUST_PAGES {
                url(w, &p.url(path), None, &[])?;
            }
            let mut sorted: Vec<&&Alert> = public.iter().collect();
            sorted.sort_by(|a, b| a.id.cmp(&b.id));
            for a in sorted {
                // Each version lists every version, itself included, as
                // the hreflang rules ask.
                let mut versions: Vec<(String, String)> = a
                    .translations
                    .iter()
                    .map(|(lang, id)| (lang.clone(), p.url(&format!("/alerts/{id}"))))
                    .collect();
                let own = p.url(&format!("/alerts/{}", a.id));
                if !versions.is_empty() {
                    versions.push((a.language.clone(), own.clone()));
                    versions.sort();
                }
                url(w, &own, Some(changed(a)), &versions)?;
            }
            // A long timeline's older pages too, the way to its older alerts.
            for (code, (date, count)) in countries {
                for n in 1..=count.div_ceil(COUNTRY_PAGE) {
                    url(w, &p.url(&country_path(code, n)), Some(date), &[])?;
                }
            }
            Ok(())
        })?;
    Ok(())
}

fn url(
    w: &mut Writer<Vec<u8>>,
    loc: &str,
    lastmod: Option<&Date>,
    versions: &[(String, String)],
) -> io::Result<()> {
    w.create_element("url").write_inner_content(|w| {
        w.create_element("loc")
            .write_text_content(BytesText::new(loc))?;
        if let Some(date) = lastmod {
            w.create_element("lastmod")
                .write_text_content(BytesText::new(date.as_str()))?;
        }
        for (lang, href) in versions {
            w.create_element("xhtml:link")
                .with_attribute(("rel", "alternate"))
                .with_attribute(("hreflang", lang.as_str()))
                .with_attribute(("href", href.as_str()))
                .write_empty()?;
        }
        Ok(())
    })?;
    Ok(())
}

/// `robots.txt`: everything may be read but the staff preview; the
/// sitemap's address. Crawlers read it only at the host's root, so a
/// reader published in a folder must copy these lines there
/// (docs/deploying.md).
/// `base_path` is "" at the host's root, "/reader" under `/reader/`.
pub fn robots(p: Public<'_>, base_path: &str) -> String {
    format!(
        "User-agent: *\nDisallow: {base_path}/preview\nSitemap: {}\n",
        p.url("sitemap.xml")
    )
}
