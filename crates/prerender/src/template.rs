//! The app's `index.html` (as trunk wrote it) filled with a rendered view.

/// The template's `<base href>` ("/" or "/reader/"), which every link in
/// the app starts with.
pub fn base_href(template: &str) -> Option<&str> {
    let open = "<base href=\"";
    let from = template.find(open)? + open.len();
    let to = from + template[from..].find('"')?;
    Some(&template[from..to])
}

/// What one page puts into the template.
pub struct Fill<'a> {
    /// The app path the markup shows ("/alerts/x"): the app drops the page
    /// at once when a server answered another address with it.
    pub path: &'a str,
    /// The interface language and direction, for `<html>`.
    pub lang: &'a str,
    pub dir: &'a str,
    /// What the loader offers in a frame: "Open this page in a new tab".
    pub framed: &'a str,
    pub title: &'a str,
    pub description: &'a str,
    /// Tags to add to `<head>`, already escaped (see `head`).
    pub head: &'a str,
    /// The rendered view: escaped by the renderer.
    pub markup: &'a str,
}

/// Puts the markup into the template's `<div id="boot">`, and sets the
/// page's title and description. `None` if the template lacks one of them.
pub fn fill(template: &str, page: &Fill<'_>) -> Option<String> {
    // The template's comments are for its readers, not every page's.
    let template = &without_comments(template);
    let start = template.find("<div id=\"boot\"")?;
    // The template's boot div holds no other div (index.html); what follows
    // it differs between builds (trunk serve adds a live-reload script).
    let end = start + template[start..].find("</div>")? + "</div>".len();
    let title_start = template.find("<title>")?;
    let title_end = template.find("</title>")? + "</title>".len();
    let head = template.get(title_end..start)?;
    let d = head.find("<meta name=\"description\" content=\"")?;
    let close = d + head[d..].find("\" />")?;
    let html = template.find("<html lang=\"")?;
    let html_end = html + template[html..].find('>')?;
    let mut out = String::with_capacity(template.len() + page.markup.len() + 256);
    out.push_str(&template[..html]);
    out.push_str(&format!(
        "<html lang=\"{}\" dir=\"{}\"",
        escape(page.lang),
        escape(page.dir)
    ));
    out.push_str(&template[html_end..title_start]);
    out.push_str(&format!("<title>{}</title>", escape(page.title)));
    out.push_str(&head[..d]);
    out.push_str(&format!(
        "<meta name=\"description\" content=\"{}",
        escape(page.description)
    ));
    out.push_str(&head[close..]);
    out.push_str(&format!(
        "<div id=\"boot\" class=\"prerendered\" data-path=\"{}\" data-framed=\"{}\">",
        escape(page.path),
        escape(page.framed)
    ));
    out.push_str(page.markup);
    out.push_str("</div>");
    out.push_str(&template[end..]);
    // The template's own `</head>` comes first: nothing before it is
    // markup from the data.
    let close = out.find("</head>")?;
    out.insert_str(close, page.head);
    Some(out)
}

/// The stylesheet of the rules an alert's page does not use
/// (style/lists.css): trunk writes it as `lists-<hash>.css`.
pub const LISTS_SHEET: &str = "lists";

/// The `<link rel="stylesheet" …>` tag in `template` whose file trunk named
/// after `name` (`lists-<hash>.css`), with its place, and its address.
fn sheet_tag<'a>(template: &'a str, name: &str) -> Option<(usize, &'a str, &'a str)> {
    let open = "<link rel=\"stylesheet\" href=\"";
    let mut from = 0;
    while let Some(at) = template[from..].find(open).map(|i| from + i) {
        let tag = &template[at..at + template[at..].find('>')? + 1];
        let href = &tag[open.len()..open.len() + tag[open.len()..].find('"')?];
        let file = &href[href.rfind('/').map_or(0, |i| i + 1)..];
        if file
            .strip_prefix(name)
            .and_then(|f| f.strip_prefix('-'))
            .is_some_and(|f| f.ends_with(".css"))
        {
            return Some((at, tag, href));
        }
        from = at + tag.len();
    }
    None
}

/// The address of `name`'s stylesheet in `template` ("/reader/lists-….css").
pub fn sheet_href<'a>(template: &'a str, name: &str) -> Option<&'a str> {
    sheet_tag(template, name).map(|(_, _, href)| href)
}

/// `template` without its link to `name`'s stylesheet, for pages that use
/// none of its rules: an alert's page, most of what a shared link costs.
pub fn without_sheet(template: &str, name: &str) -> String {
    match sheet_tag(template, name) {
        Some((at, tag, _)) => format!("{}{}", &template[..at], &template[at + tag.len()..]),
        None => template.to_string(),
    }
}

/// Escapes text for HTML text and double-quoted attributes.
/// `html` without its `<!-- … -->` comments.
fn without_comments(html: &str) -> String {
    let mut out = String::with_capacity(html.len());
    let mut rest = html;
    while let Some(open) = rest.find("<!--") {
        out.push_str(&rest[..open]);
        match rest[open..].find("-->") {
            Some(close) => rest = &rest[open + close + 3..],
            None => {
                rest = &rest[open..];
                break;
            }
        }
    }
    out.push_str(rest);
    out
}

/// `page` without the lines of spaces in its head: trunk leaves one where
/// each tag it replaced was, and the preloads the loader drops go the same
/// way (tens of bytes of every page). Only the head: nothing in it is text
/// a reader sees, and the data's part of it holds no line breaks.
pub fn without_blank_head_lines(page: &str) -> String {
    let Some(end) = page.find("</head>") else {
        return page.to_string();
    };
    let mut out = String::with_capacity(page.len());
    for line in page[..end].split('\n').filter(|l| !l.trim().is_empty()) {
        out.push_str(line);
        out.push('\n');
    }
    out.push_str(&page[end..]);
    out
}

pub fn escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            c => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    #[test]
    fn blank_lines_leave_the_head_and_only_the_head() {
        let page = "<head>\n    <meta charset=\"utf-8\" />\n    \n\n  <title>T</title>\n  </head>\n<body><pre>a\n\n  \nb</pre></body>";
        assert_eq!(
            super::without_blank_head_lines(page),
            "<head>\n    <meta charset=\"utf-8\" />\n  <title>T</title>\n</head>\n<body><pre>a\n\n  \nb</pre></body>"
        );
        assert_eq!(super::without_blank_head_lines("no head"), "no head");
    }

    use super::*;

    const TEMPLATE: &str = r#"<html lang="en"><head><base href="/reader/" /><title>Alert Reader</title>
<meta name="description" content="Read alerts." /></head><body><div id="boot" class="boot" role="status"><p>Loading…</p></div><script>/* live reload */</script></body></html>"#;

    #[test]
    fn the_base_is_read_from_the_template() {
        assert_eq!(base_href(TEMPLATE), Some("/reader/"));
        assert_eq!(base_href("<html></html>"), None);
    }

    #[test]
    fn title_description_and_boot_are_filled_and_escaped() {
        let page = fill(
            TEMPLATE,
            &Fill {
                path: "/alerts/a\"b",
                lang: "ar",
                dir: "rtl",
                framed: "Open <this>",
                title: "<script> & co",
                description: "say \"hi\"",
                head: "<link rel=\"canonical\" href=\"https://a.org/\" />",
                markup: "<p>rendered</p>",
            },
        )
        .expect("a fillable template");
        assert_eq!(
            page,
            r#"<html lang="ar" dir="rtl"><head><base href="/reader/" /><title>&lt;script&gt; &amp; co</title>
<meta name="description" content="say &quot;hi&quot;" /><link rel="canonical" href="https://a.org/" /></head><body><div id="boot" class="prerendered" data-path="/alerts/a&quot;b" data-framed="Open &lt;this&gt;"><p>rendered</p></div><script>/* live reload */</script></body></html>"#
        );
    }

    /// A page with nothing to escape, for tests about the template.
    const PLAIN: Fill<'static> = Fill {
        path: "/",
        lang: "en",
        dir: "ltr",
        framed: "",
        title: "t",
        description: "d",
        head: "",
        markup: "",
    };

    #[test]
    fn comments_are_left_out_of_pages() {
        assert_eq!(without_comments("a<!-- x -->b<!--y-->c"), "abc");
        assert_eq!(without_comments("a<!-- open"), "a<!-- open");
        let page = fill(&TEMPLATE.replace("<title>", "<!-- note --><title>"), &PLAIN)
            .expect("a fillable template");
        assert!(!page.contains("note"), "{page}");
    }

    #[test]
    fn a_template_without_its_parts_is_refused() {
        let page = PLAIN;
        assert!(fill("<html></html>", &page).is_none());
        assert!(fill(&TEMPLATE.replace("<html lang=\"en\">", "<html>"), &page).is_none());
        assert!(fill(&TEMPLATE.replace("<title>", "<x>"), &page).is_none());
        assert!(fill(
            &TEMPLATE.replace("name=\"description\"", "name=\"x\""),
            &page
        )
        .is_none());
    }

    #[test]
    fn a_sheet_is_found_by_its_name_and_left_out_where_unused() {
        let t = r#"<head><link rel="stylesheet" href="/r/main-12ab.css" crossorigin="anonymous"/><link rel="stylesheet" href="/r/lists-34cd.css" integrity="x"/><link rel="stylesheet" href="/r/listsx-1.css"/></head>"#;
        assert_eq!(sheet_href(t, LISTS_SHEET), Some("/r/lists-34cd.css"));
        assert_eq!(sheet_href(t, "main"), Some("/r/main-12ab.css"));
        assert_eq!(sheet_href(t, "map"), None);
        assert_eq!(
            without_sheet(t, LISTS_SHEET),
            r#"<head><link rel="stylesheet" href="/r/main-12ab.css" crossorigin="anonymous"/><link rel="stylesheet" href="/r/listsx-1.css"/></head>"#
        );
        // No such sheet: the template as it was.
        assert_eq!(without_sheet(t, "map"), t);
    }
}
