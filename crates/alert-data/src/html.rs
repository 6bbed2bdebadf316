//! One alert as a plain static HTML page: what the reader shows, without
//! the app. The benchmark compares the reader against it, and it can serve
//! visitors without JavaScript. Every value from the data is escaped.

use alert_model::alert::{link_scheme_allowed, Alert, Block, Mark, Site, Span};
use alert_model::countries::country_name;
use alert_model::language::language_name;
use alert_model::nav::{self, Step};
use alert_model::timeline::SeriesView;
use alert_model::{Catalog, Query, Status};

/// Escapes text for HTML text and double-quoted attributes.
pub fn escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

/// The alert as one standalone page (the benchmark's baseline).
pub fn alert_page(alert: &Alert, site: &Site, css_href: &str) -> String {
    format!(
        r#"<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{title} · {site_name}</title>
<meta name="description" content="{summary}">
<link rel="stylesheet" href="{css}">
</head>
<body>
{page}
</body>
</html>
"#,
        title = escape(&alert.title),
        site_name = escape(&site.name),
        summary = escape(&alert.summary),
        css = escape(css_href),
        page = page_markup(alert, site, None, ""),
    )
}

/// The app's own `index.html` with the alert already in it, so the title
/// and text paint before the wasm arrives (and without JavaScript at all).
/// The app keeps it on screen until its own view of the alert is ready.
pub fn prerendered(
    template: &str,
    alert: &Alert,
    site: &Site,
    catalog: &Catalog,
) -> Option<String> {
    let title = format!("{} · {}", alert.title, site.name);
    let path = format!("/alerts/{}", alert.id);
    fill(
        template,
        &path,
        &title,
        &alert.summary,
        &page_markup(alert, site, Some(catalog), &format!("alerts/{}", alert.id)),
    )
}

/// The front page with its first page of alerts already in it.
pub fn prerendered_home(template: &str, site: &Site, catalog: &Catalog) -> Option<String> {
    let title = format!("Alerts · {}", site.name);
    let description = format!(
        "Early-warning alerts published by {}, newest first.",
        site.name
    );
    fill(
        template,
        "/",
        &title,
        &description,
        &home_markup(site, catalog),
    )
}

/// Puts `markup` into the template's `<div id="boot">`, and sets the page's
/// title and description. `path` (the app path the markup shows) lets the
/// app drop the page at once when a server answered another address with it.
fn fill(
    template: &str,
    path: &str,
    title: &str,
    description: &str,
    markup: &str,
) -> Option<String> {
    let start = template.find("<div id=\"boot\"")?;
    // The template's boot div holds no other div (index.html); what follows
    // it differs between builds (trunk serve adds a live-reload script).
    let end = start + template[start..].find("</div>")? + "</div>".len();
    let title_start = template.find("<title>")?;
    let title_end = template.find("</title>")? + "</title>".len();
    let head = &template[title_end..start];
    let d = head.find("<meta name=\"description\" content=\"")?;
    let close = d + head[d..].find("\" />")?;
    let mut out = String::with_capacity(template.len() + markup.len() + 256);
    out.push_str(&template[..title_start]);
    out.push_str(&format!("<title>{}</title>", escape(title)));
    out.push_str(&head[..d]);
    out.push_str(&format!(
        "<meta name=\"description\" content=\"{}",
        escape(description)
    ));
    out.push_str(&head[close..]);
    out.push_str(&format!(
        "<div id=\"boot\" class=\"prerendered\" data-path=\"{}\">\n",
        escape(path)
    ));
    out.push_str(markup);
    out.push_str("\n</div>");
    out.push_str(&template[end..]);
    Some(out)
}

/// `page` is the page's own path relative to `<base href>` ("" where there
/// is none, or for the front page): the skip link's `#main` alone would
/// resolve against the base and leave an alert's page for the front page.
fn site_header(site: &Site, page: &str) -> String {
    let donate = site
        .donate
        .as_deref()
        .filter(|h| alert_model::alert::link_scheme_allowed(h))
        .map(|h| {
            format!(
                r#"<a class="button donate" href="{}">Donate</a>"#,
                escape(h)
            )
        })
        .unwrap_or_default();
    format!(
        r##"<a class="skip-link" href="{page}#main">Skip to content</a><header class="site-header"><div class="site-header-inner"><div class="site-id"><a class="site-name" href="./">{}</a><p class="tagline">{}</p></div><nav class="site-nav" aria-label="Site"><a href="./">All alerts</a>{donate}</nav></div></header>"##,
        escape(&site.name),
        escape(&site.tagline),
        page = escape(page)
    )
}

fn site_footer(site: &Site) -> String {
    let contact = site
        .contact
        .as_deref()
        .map(|c| format!(r#"<p><a href="mailto:{0}">{0}</a></p>"#, escape(c)))
        .unwrap_or_default();
    let sample = if site.sample_data {
        r#"<p class="sample-note">This reader shows sample data: alerts titled “Example:” are made up to demonstrate it; the others summarise real publications in our own words.</p>"#
    } else {
        ""
    };
    format!(
        r#"<footer class="site-footer"><p class="legal">{}</p>{contact}{sample}</footer>"#,
        escape(&site.legal)
    )
}

/// The front page as the app first shows it: filters at their defaults,
/// the count, the ten newest alerts and the pager.
fn home_markup(site: &Site, catalog: &Catalog) -> String {
    let all = catalog.filter(&alert_model::Query::default());
    let first = alert_model::catalog::page(catalog, &all, 1);
    let cards: String = first.items.iter().map(|e| card(e)).collect();
    let pager = if first.pages > 1 {
        format!(
            r#"<nav class="pager" aria-label="Pages"><span class="disabled" aria-hidden="true">← Newer</span><span class="pager-position">Page 1 of {}</span><a href="?page=2" rel="next">Older →</a></nav>"#,
            first.pages
        )
    } else {
        String::new()
    };
    let select = |id: &str, label: &str, all: &str| {
        format!(
            r#"<div class="field"><label for="{id}">{label}</label><select id="{id}"><option value="">{all}</option></select></div>"#
        )
    };
    format!(
        r#"{header}
<main id="main" tabindex="-1">
<div class="home"><h1 class="page-title">Alerts</h1><div class="archive"><form class="filters" role="search" aria-label="Filter alerts"><div class="field field-words"><label for="filter-words">Words</label><input id="filter-words" type="search" placeholder="Title, summary, tag…" autocomplete="off"></div>{country}{kind}{year}<button type="button" class="button button-quiet" disabled>Clear filters</button></form><section class="results" aria-label="Results"><p class="result-count" role="status" aria-live="polite">{n} {noun}, newest first</p><ol class="cards">{cards}</ol>{pager}</section></div></div>
</main>
{footer}"#,
        header = site_header(site, ""),
        country = select("filter-country", "Country", "All countries"),
        kind = select("filter-type", "Type", "All types"),
        year = select("filter-year", "Year", "All years"),
        n = first.total,
        noun = if first.total == 1 { "alert" } else { "alerts" },
        footer = site_footer(site),
    )
}

/// One list entry, as the reader's AlertCard renders it.
fn card(e: &alert_model::IndexEntry) -> String {
    let series = e
        .series
        .as_ref()
        .map(|s| {
            let label = if s.number == 0 {
                "Original alert".to_string()
            } else {
                format!("Update {}", s.number)
            };
            format!(r#"<span class="series-label">{label}</span>"#)
        })
        .unwrap_or_default();
    let countries: Vec<&str> = e
        .countries
        .iter()
        .map(|c| country_name(c).unwrap_or(c))
        .collect();
    let dir = if alert_model::alert::is_rtl_language(&e.language) {
        "rtl"
    } else {
        "ltr"
    };
    format!(
        r#"<li><article class="card" lang="{lang}" dir="{dir}"><p class="card-meta"><span class="badge badge-{key}">{label}</span><time datetime="{date}">{short}</time>{series}</p><h2 class="card-title"><a href="alerts/{id}">{title}</a></h2><p class="card-countries">{countries}</p><p class="card-summary">{summary}</p></article></li>"#,
        lang = escape(&e.language),
        key = e.kind.key(),
        label = e.kind.label(),
        date = e.published.calendar(),
        short = e.published.short_english(),
        id = escape(&e.id),
        title = escape(&e.title),
        countries = escape(&countries.join(", ")),
        summary = escape(&e.summary),
    )
}

/// Header, article and footer, in the reader's own markup and classes: the
/// alert as the reader's alert view shows it, part for part (see
/// `AlertPage` and `AlertArticle` in the app): the prerendered page must be
/// complete, since a reader who only reads never loads the app. Without a
/// catalog (the benchmark's baseline) it has no series or Previous/Next.
/// `page`: the page's path relative to `<base href>` (see `site_header`).
fn page_markup(alert: &Alert, site: &Site, catalog: Option<&Catalog>, page: &str) -> String {
    let mut body = String::new();
    for (i, block) in alert.body.iter().enumerate() {
        body.push_str(&block_html(i, block));
        body.push('\n');
    }
    let countries: Vec<String> = alert
        .countries
        .iter()
        .map(|c| {
            format!(
                "<li><a href=\"countries/{}\">{}</a></li>",
                escape(c),
                escape(country_name(c).unwrap_or(c))
            )
        })
        .collect();
    let series = catalog
        .zip(alert.series.as_ref())
        .and_then(|(catalog, s)| Some((SeriesView::of(catalog, &s.id)?, s)))
        .map(|(view, s)| series_html(&view, s, &alert.id))
        .unwrap_or_default();
    let withdrawn = if alert.status == Status::Withdrawn {
        r#"<p class="notice notice-withdrawn" role="note" data-path="status"><strong>Withdrawn. </strong>The publisher has withdrawn this alert. It stays readable here for the record, and no longer appears in lists.</p>
"#
    } else {
        ""
    };
    let updated = alert
        .updated
        .as_ref()
        .filter(|u| u.calendar() != alert.published.calendar())
        .map(|u| {
            format!(
                r#"<span class="updated" data-path="updated"> · Updated <time datetime="{}">{}</time></span>"#,
                u.calendar(),
                u.long_english()
            )
        })
        .unwrap_or_default();
    // The app adds the Embed dialog to this button; it stays hidden until
    // the page's script can load the app (so never without JavaScript).
    let tools = if alert.status == Status::Published {
        r#"<button type="button" class="button button-quiet embed-open" data-app-action="embed" hidden>Embed on your site</button>"#
    } else {
        ""
    };
    let steps = catalog
        .map(|catalog| {
            let (previous, next) = nav::steps(catalog, alert, &Query::default());
            format!(
                r#"<nav class="prev-next" aria-label="Previous and next alert">{}{}</nav>
"#,
                step_html(&previous, "prev"),
                step_html(&next, "next")
            )
        })
        .unwrap_or_default();
    format!(
        r#"{header}
<main id="main" tabindex="-1">
<div class="alert-page">
<p class="back"><a href="./">← Back to alerts</a></p>
<article class="alert" lang="{lang}" dir="{dir}">
<header class="alert-header">
{withdrawn}<p class="alert-kicker" data-path="type"><span class="badge badge-{kind_key}">{kind}</span></p>
<h1 class="page-title" data-path="title">{title}</h1>
<p class="alert-date" data-path="published"><time datetime="{date}">{long_date}</time>{updated}</p>
<div class="alert-countries" dir="ltr" lang="en" data-path="countries"><span class="label">Countries: </span><ul class="country-links">{countries}</ul></div>
{series}{translations}</header>
<div class="alert-body">
{body}</div>
{footer_of_alert}
</article>
<div class="alert-tools">{tools}</div>
{steps}</div>
</main>
{footer}"#,
        header = site_header(site, page),
        footer = site_footer(site),
        title = escape(&alert.title),
        lang = escape(&alert.language),
        dir = alert.direction(),
        kind_key = alert.kind.key(),
        kind = alert.kind.label(),
        date = alert.published.calendar(),
        long_date = alert.published.long_english(),
        countries = countries.join(""),
        translations = translations_html(alert),
        footer_of_alert = alert_footer_html(alert),
    )
}

fn translations_html(alert: &Alert) -> String {
    if alert.translations.is_empty() {
        return String::new();
    }
    let links: String = alert
        .translations
        .iter()
        .map(|(lang, id)| {
            format!(
                r#"<li><a href="alerts/{}" hreflang="{lang}" lang="{lang}">{}</a></li>"#,
                escape(id),
                escape(&language_name(lang)),
                lang = escape(lang)
            )
        })
        .collect();
    format!(
        r#"<nav class="translations" aria-label="Translations" dir="ltr" lang="en" data-path="translations"><span>Also available in: </span><ul>{links}</ul></nav>
"#
    )
}

/// Tags and the publisher's links, under the text.
fn alert_footer_html(alert: &Alert) -> String {
    let tags = if alert.tags.is_empty() {
        String::new()
    } else {
        let items: String = alert
            .tags
            .iter()
            .map(|t| format!("<li>{}</li>", escape(t)))
            .collect();
        format!(r#"<ul class="tags" aria-label="Tags" data-path="tags">{items}</ul>"#)
    };
    let link = |href: &Option<String>, label: &str| {
        href.as_deref().filter(|h| link_scheme_allowed(h)).map(|h| {
            format!(
                r#"<a href="{}" rel="noopener noreferrer">{label}</a>"#,
                escape(h)
            )
        })
    };
    let links: Vec<String> = [
        link(&alert.links.source, "Publisher’s page"),
        link(&alert.links.pdf, "PDF"),
    ]
    .into_iter()
    .flatten()
    .collect();
    let links = if links.is_empty() {
        String::new()
    } else {
        format!(
            r#"<p class="alert-links" data-path="links">{}</p>"#,
            links.join("")
        )
    };
    format!(r#"<footer class="alert-footer" dir="ltr" lang="en">{tags}{links}</footer>"#)
}

/// One side of Previous/Next, as the app's `PrevNext` renders it.
fn step_html(step: &Step, rel: &str) -> String {
    let (label, keys) = if rel == "prev" {
        ("← Previous", "ArrowLeft")
    } else {
        ("Next →", "ArrowRight")
    };
    match step {
        Step::To { href, title } => format!(
            r#"<a href="{}" class="step step-{rel}" rel="{rel}" aria-keyshortcuts="{keys}"><span class="step-word">{label}</span><span class="step-title">{}</span></a>"#,
            escape(href.trim_start_matches('/')),
            escape(title)
        ),
        Step::End { reason } => format!(
            r#"<span class="step step-{rel} disabled" aria-disabled="true"><span class="step-word">{label}</span><span class="step-title">{reason}</span></span>"#
        ),
    }
}

fn series_html(view: &SeriesView<'_>, series: &alert_model::Series, current: &str) -> String {
    let members: String = view
        .members
        .iter()
        .map(|e| {
            let n = e.series.as_ref().map_or(0, |s| s.number);
            let name = if n == 0 { "Original".to_string() } else { format!("Update {n}") };
            let date = e.published.short_english();
            if e.id == current {
                format!(r#"<li class="current"><span aria-current="page"><strong>{name}</strong><span class="track-date">{date}</span></span></li>"#)
            } else {
                format!(r#"<li><a href="alerts/{}"><strong>{name}</strong><span class="track-date">{date}</span></a></li>"#, escape(&e.id))
            }
        })
        .collect();
    let newer = view
        .newer_than(series.number)
        .map(|e| format!(r#"<p class="notice notice-newer">A newer update in this series exists: <a href="alerts/{}">{}</a></p>"#, escape(&e.id), escape(&e.title)))
        .unwrap_or_default();
    format!(
        r#"<div data-path="series"><nav class="series" aria-label="Alerts in this series"><p class="series-position">{}</p><ol class="series-track">{members}</ol>{newer}</nav></div>
"#,
        escape(&view.position_label(series))
    )
}

fn block_html(i: usize, block: &Block) -> String {
    match block {
        Block::Paragraph { text } => format!(r#"<p data-path="body[{i}]">{}</p>"#, spans(text)),
        Block::Heading { level, text } => format!(
            r#"<h{level} data-path="body[{i}]">{}</h{level}>"#,
            spans(text)
        ),
        Block::Quote { text, cite } => format!(
            r#"<figure class="quote" data-path="body[{i}]"><blockquote><p>{}</p></blockquote>{}</figure>"#,
            spans(text),
            cite.as_deref()
                .map(|c| format!("<figcaption>— {}</figcaption>", escape(c)))
                .unwrap_or_default()
        ),
        Block::List { ordered, items } => {
            let tag = if *ordered { "ol" } else { "ul" };
            let items: String = items
                .iter()
                .map(|item| format!("<li>{}</li>", spans(item)))
                .collect();
            format!(r#"<{tag} data-path="body[{i}]">{items}</{tag}>"#)
        }
    }
}

fn spans(spans: &[Span]) -> String {
    spans.iter().map(span).collect()
}

fn span(s: &Span) -> String {
    let mut html = escape(&s.text);
    for mark in s.marks.iter().rev() {
        html = match mark {
            Mark::Strong => format!("<strong>{html}</strong>"),
            Mark::Em => format!("<em>{html}</em>"),
        };
    }
    match s.safe_href() {
        Some(href) => format!(
            r#"<a href="{}" rel="noopener noreferrer external">{html}</a>"#,
            escape(href)
        ),
        None => html,
    }
}
