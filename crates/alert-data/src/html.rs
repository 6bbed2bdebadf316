//! One alert as a plain static HTML page: what the reader shows, without
//! the app. The benchmark compares the reader against it, and it can serve
//! visitors without JavaScript. Every value from the data is escaped.

use alert_model::alert::{Alert, Block, Mark, Site, Span};
use alert_model::countries::country_name;
use alert_model::timeline::SeriesView;

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
        page = page_markup(alert, site, None),
    )
}

/// The app's own `index.html` with the alert already in it, so the title
/// and text paint before the wasm arrives (and without JavaScript at all).
/// The app replaces `#boot` with the same markup when it starts.
pub fn prerendered(
    template: &str,
    alert: &Alert,
    site: &Site,
    series: Option<&SeriesView<'_>>,
) -> Option<String> {
    let start = template.find("<div id=\"boot\"")?;
    let end = start + template[start..].find("</div>\n  </body>")? + "</div>".len();
    let title_start = template.find("<title>")?;
    let title_end = template.find("</title>")? + "</title>".len();
    let mut out = String::with_capacity(template.len() + 8192);
    out.push_str(&template[..title_start]);
    out.push_str(&format!(
        "<title>{} · {}</title>\n    <meta property=\"og:title\" content=\"{}\" />",
        escape(&alert.title),
        escape(&site.name),
        escape(&alert.title)
    ));
    let head = &template[title_end..start];
    // The page's own description, not the app's.
    let head = match (
        head.find("<meta name=\"description\" content=\""),
        head.find("\" />"),
    ) {
        (Some(d), Some(_)) => {
            let close = d + head[d..].find("\" />").unwrap_or(0);
            format!(
                "{}<meta name=\"description\" content=\"{}{}",
                &head[..d],
                escape(&alert.summary),
                &head[close..]
            )
        }
        _ => head.to_string(),
    };
    out.push_str(&head);
    out.push_str("<div id=\"boot\" class=\"prerendered\">\n");
    out.push_str(&page_markup(alert, site, series));
    out.push_str("\n</div>");
    out.push_str(&template[end..]);
    Some(out)
}

/// Header, article and footer, in the reader's own markup and classes.
fn page_markup(alert: &Alert, site: &Site, series: Option<&SeriesView<'_>>) -> String {
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
    let contact = site
        .contact
        .as_deref()
        .map(|c| format!(r#"<p><a href="mailto:{0}">{0}</a></p>"#, escape(c)))
        .unwrap_or_default();
    let series = series
        .zip(alert.series.as_ref())
        .map(|(view, s)| series_html(view, s, &alert.id))
        .unwrap_or_default();
    format!(
        r#"<header class="site-header"><div class="site-header-inner"><div class="site-id"><a class="site-name" href="./">{site_name}</a><p class="tagline">{tagline}</p></div><nav class="site-nav" aria-label="Site"><a href="./">All alerts</a>{donate}</nav></div></header>
<main id="main">
<div class="alert-page">
<p class="back"><a href="./">← Back to alerts</a></p>
<article class="alert" lang="{lang}" dir="{dir}">
<header class="alert-header">
<p class="alert-kicker"><span class="badge badge-{kind_key}">{kind}</span></p>
<h1 class="page-title">{title}</h1>
<p class="alert-date"><time datetime="{date}">{long_date}</time></p>
<div class="alert-countries" dir="ltr" lang="en"><span class="label">Countries: </span><ul class="country-links">{countries}</ul></div>
{series}</header>
<div class="alert-body">
{body}</div>
</article>
</div>
</main>
<footer class="site-footer"><p class="legal">{legal}</p>{contact}</footer>"#,
        title = escape(&alert.title),
        site_name = escape(&site.name),
        tagline = escape(&site.tagline),
        lang = escape(&alert.language),
        dir = alert.direction(),
        kind_key = alert.kind.key(),
        kind = alert.kind.label(),
        date = alert.published.calendar(),
        long_date = alert.published.long_english(),
        countries = countries.join(""),
        legal = escape(&site.legal),
    )
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
