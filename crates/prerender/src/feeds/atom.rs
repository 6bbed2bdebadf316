//! A feed document as Atom (RFC 4287), with RFC 5005's archive links.

use super::{
    changed, entry_summary, entry_text, entry_title, feed_title, timestamp, Document, Openings,
};
use crate::public::Public;
use alert_model::alert::countries::country_name;
use alert_model::Alert;
use quick_xml::events::{BytesDecl, BytesText, Event};
use quick_xml::Writer;
use std::io;

pub const EXT: &str = alert_model::outputs::follow::ATOM_EXT;
pub const MEDIA_TYPE: &str = "application/atom+xml";

/// The document's bytes. The writer escapes every text and attribute;
/// a noncharacter, which XML cannot hold and feed readers refuse, is
/// refused here (the validator already calls it an error).
pub fn write(doc: &Document<'_, '_>, cx: Public<'_>) -> Result<Vec<u8>, String> {
    let mut w = Writer::new_with_indent(Vec::new(), b' ', 2);
    // Writing to a Vec cannot fail.
    let _ = document(&mut w, doc, cx);
    let mut out = w.into_inner();
    out.push(b'\n');
    super::refuse_noncharacters(&doc.file(EXT), out)
}

fn document(w: &mut Writer<Vec<u8>>, doc: &Document<'_, '_>, cx: Public<'_>) -> io::Result<()> {
    w.write_event(Event::Decl(BytesDecl::new("1.0", Some("utf-8"), None)))?;
    let self_url = cx.url(&doc.file(EXT));
    w.create_element("feed")
        .with_attribute(("xmlns", "http://www.w3.org/2005/Atom"))
        .with_attribute(("xmlns:fh", "http://purl.org/syndication/history/1.0"))
        .with_attribute(("xml:lang", doc.feed.language.as_str()))
        .write_inner_content(|w| {
            text(w, "id", &cx.url(&doc.current(EXT)))?;
            text(w, "title", &feed_title(doc.feed, cx.site))?;
            text(w, "updated", &timestamp(doc.updated()))?;
            w.create_element("author").write_inner_content(|w| {
                text(w, "name", &cx.site.name)?;
                if let Some(url) = &cx.site.url {
                    text(w, "uri", url)?;
                }
                Ok(())
            })?;
            link(w, "self", &self_url, Some(MEDIA_TYPE), None)?;
            link(
                w,
                "alternate",
                &cx.url(&doc.feed.page),
                Some("text/html"),
                None,
            )?;
            match doc.archive {
                None if doc.complete() => {
                    w.create_element("fh:complete").write_empty()?;
                }
                None => {}
                Some(_) => {
                    w.create_element("fh:archive").write_empty()?;
                    link(
                        w,
                        "current",
                        &cx.url(&doc.current(EXT)),
                        Some(MEDIA_TYPE),
                        None,
                    )?;
                }
            }
            if let Some(older) = doc.older(EXT) {
                link(w, "prev-archive", &cx.url(&older), Some(MEDIA_TYPE), None)?;
            }
            if let Some(newer) = doc.newer_archive(EXT) {
                link(w, "next-archive", &cx.url(&newer), Some(MEDIA_TYPE), None)?;
            }
            for alert in doc.entries {
                entry(w, alert, cx, doc.feed.openings)?;
            }
            Ok(())
        })?;
    Ok(())
}

fn entry(
    w: &mut Writer<Vec<u8>>,
    alert: &Alert,
    cx: Public<'_>,
    openings: &Openings,
) -> io::Result<()> {
    let url = cx.url(&format!("/alerts/{}", alert.id));
    w.create_element("entry")
        .with_attribute(("xml:lang", alert.language.as_str()))
        .write_inner_content(|w| {
            // The permanent address is the id: it never changes for an
            // alert, and an update in a series has an address of its own.
            text(w, "id", &url)?;
            text(w, "title", &entry_title(alert))?;
            link(
                w,
                "alternate",
                &url,
                Some("text/html"),
                Some(&alert.language),
            )?;
            for (lang, id) in &alert.translations {
                link(
                    w,
                    "alternate",
                    &cx.url(&format!("/alerts/{id}")),
                    Some("text/html"),
                    Some(lang),
                )?;
            }
            text(w, "published", &timestamp(&alert.published))?;
            text(w, "updated", &timestamp(changed(alert)))?;
            let countries = cx.url("/countries/");
            for code in &alert.countries {
                w.create_element("category")
                    .with_attribute(("term", code.as_str()))
                    .with_attribute(("scheme", countries.as_str()))
                    .with_attribute(("label", country_name(code).unwrap_or(code)))
                    .write_empty()?;
            }
            w.create_element("category")
                .with_attribute(("term", alert.kind.key()))
                .with_attribute(("scheme", cx.url("/?type=").as_str()))
                .with_attribute(("label", alert.kind.label()))
                .write_empty()?;
            w.create_element("summary")
                .with_attribute(("type", "text"))
                .write_text_content(BytesText::new(&entry_summary(alert, cx.site)))?;
            // What changed since the previous alert, then the summary.
            w.create_element("content")
                .with_attribute(("type", "text"))
                .write_text_content(BytesText::new(&entry_text(alert, cx.site, openings)))?;
            Ok(())
        })?;
    Ok(())
}

fn text(w: &mut Writer<Vec<u8>>, name: &str, value: &str) -> io::Result<()> {
    w.create_element(name)
        .write_text_content(BytesText::new(value))?;
    Ok(())
}

fn link(
    w: &mut Writer<Vec<u8>>,
    rel: &str,
    href: &str,
    kind: Option<&str>,
    hreflang: Option<&str>,
) -> io::Result<()> {
    let mut e = w
        .create_element("link")
        .with_attribute(("rel", rel))
        .with_attribute(("href", href));
    if let Some(kind) = kind {
        e = e.with_attribute(("type", kind));
    }
    if let Some(lang) = hreflang {
        e = e.with_attribute(("hreflang", lang));
    }
    e.write_empty()?;
    Ok(())
}
