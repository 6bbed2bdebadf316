//! The Content-Security-Policy of every page, in a `<meta http-equiv>`
//! for hosts that ignore `_headers`. Its directives are `policy.json`,
//! which `scripts/write-headers.mjs` reads too, for `_headers` (where it
//! adds `frame-ancestors`, which a meta element cannot set, and the hashes
//! of trunk's start-up scripts in the bundles' own pages).
//!
//! The prerender puts the policy into each page it writes: a page it
//! wrote carries no inline script (its loader is a file, see on_demand),
//! so the policy allows none. Writing it here, not in a pass over the
//! finished build, spares writing every page twice: at 10,000 alerts in
//! six languages that pass took 26 s of a one-alert rebuild's 70.

/// The directives, in the order pages and `_headers` list them.
const DIRECTIVES: &str = include_str!("policy.json");

/// The policy of a page that runs no inline script, as a meta element.
pub fn meta() -> Result<String, String> {
    let directives: Vec<String> =
        serde_json::from_str(DIRECTIVES).map_err(|e| format!("policy.json: {e}"))?;
    Ok(format!(
        "<meta http-equiv=\"Content-Security-Policy\" content=\"{}\" />",
        directives.join("; ")
    ))
}

/// `page` with `meta` after its charset, as the first thing the browser
/// reads. A page with an inline script is left as it is: only `trunk
/// serve` writes one into the template (its live reload), and
/// `scripts/write-headers.mjs` checks such a script against the ones
/// trunk wrote and allows it by its hash, or fails the build.
pub fn with_meta(page: &str, meta: &str) -> Result<String, String> {
    if has_inline_script(page) {
        return Ok(page.to_string());
    }
    const CHARSET: &str = "<meta charset=\"utf-8\" />";
    let at = page
        .find(CHARSET)
        .ok_or("a page has no <meta charset=\"utf-8\" /> to put its policy after")?
        + CHARSET.len();
    Ok(format!("{}\n    {meta}{}", &page[..at], &page[at..]))
}

/// Whether a script element runs its own text: not a file's (`src`), not
/// a data block such as JSON-LD. Text from the data is escaped, so a
/// `<script` here is a real element.
fn has_inline_script(page: &str) -> bool {
    let mut rest = page;
    while let Some(start) = rest.find("<script") {
        let tag = &rest[start..];
        let Some(end) = tag.find('>') else {
            return false;
        };
        let attrs = &tag[..end];
        if !attrs.contains(" src=") && !attrs.contains("type=\"application/ld+json\"") {
            return true;
        }
        rest = &tag[end..];
    }
    false
}

#[cfg(test)]
mod tests {
    use super::*;

    const PAGE: &str = "<!DOCTYPE html>\n<html lang=\"en\">\n  <head>\n    <meta charset=\"utf-8\" />\n    <title>T</title>\n    <script type=\"application/ld+json\">{}</script>\n    <script defer src=\"/loader-1.js\"></script>\n  </head>\n<body></body></html>";

    #[test]
    fn the_policy_follows_the_charset_and_allows_no_inline_script() {
        let meta = meta().unwrap();
        let page = with_meta(PAGE, &meta).unwrap();
        assert!(page.contains("<meta charset=\"utf-8\" />\n    <meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; "));
        assert!(page.contains("worker-src 'self'"));
        assert!(!meta.contains("sha256-"), "{meta}");
        assert!(!meta.contains("frame-ancestors"), "{meta}");
        assert_eq!(page.replace(&format!("\n    {meta}"), ""), PAGE);
    }

    #[test]
    fn a_page_with_an_inline_script_is_left_to_write_headers() {
        let meta = meta().unwrap();
        for script in [
            "<script>/* live reload */</script>",
            "<script type=\"module\">go()</script>",
        ] {
            let inline = PAGE.replace("<title>", &format!("{script}<title>"));
            assert_eq!(with_meta(&inline, &meta).unwrap(), inline);
        }
    }

    #[test]
    fn a_page_without_its_charset_is_refused() {
        let page = PAGE.replace(" />\n    <title>", ">\n    <title>");
        assert!(with_meta(&page, &meta().unwrap()).is_err());
    }
}
