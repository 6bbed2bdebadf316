//! The reader's public address (`site.json` `reader_url`), from which the
//! build writes every absolute link: canonical URLs, feeds, share cards,
//! the sitemap and oEmbed. A mistake here is copied into thousands of
//! places other sites keep, so the check is strict.

/// `Ok` for an address such as `https://alerts.example.org/` or
/// `https://example.org/reader/`; otherwise why not, as a phrase that
/// follows the address in a message.
pub fn check(url: &str) -> Result<(), &'static str> {
    let Some(rest) = url.strip_prefix("https://") else {
        return Err("must start with https:// (link previews and feed readers fetch it)");
    };
    let (host, path) = match rest.find('/') {
        Some(i) => rest.split_at(i),
        None => return Err("must end with \"/\" after the host"),
    };
    let (name, port) = match host.split_once(':') {
        Some((name, port)) => (name, Some(port)),
        None => (host, None),
    };
    let labels_ok = !name.is_empty()
        && name.split('.').all(|l| {
            !l.is_empty()
                && !l.starts_with('-')
                && !l.ends_with('-')
                && l.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-')
        });
    if !labels_ok || name.split('.').count() < 2 {
        return Err(
            "must name a host like alerts.example.org (letters, digits, dots and hyphens only)",
        );
    }
    if port.is_some_and(|p| p.is_empty() || p.len() > 5 || !p.bytes().all(|b| b.is_ascii_digit())) {
        return Err("has a port that is not a number");
    }
    if !path.ends_with('/') {
        return Err("must end with \"/\" (the reader's folder, not a page in it)");
    }
    // Between the first and the last "/": nothing at the host's root.
    let segments_ok = path == "/"
        || path[1..path.len() - 1].split('/').all(|s| {
            !s.is_empty()
                && s != "."
                && s != ".."
                && s.bytes()
                    .all(|b| b.is_ascii_alphanumeric() || matches!(b, b'-' | b'_' | b'.' | b'~'))
        });
    if !segments_ok {
        return Err("has a path with empty, \".\" or \"..\" parts or characters outside letters, digits and - _ . ~");
    }
    Ok(())
}

/// `base` (a checked `reader_url`) followed by an app path ("/alerts/x").
pub fn join(base: &str, path: &str) -> String {
    format!("{base}{}", path.trim_start_matches('/'))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn plain_https_addresses_with_a_folder_are_accepted() {
        for ok in [
            "https://alerts.example.org/",
            "https://example.org/reader/",
            "https://example.org:8443/a/b-c_d.e~f/",
            "https://example.org:65535/",
        ] {
            assert_eq!(check(ok), Ok(()), "{ok}");
        }
    }

    #[test]
    fn tricks_and_slips_are_refused() {
        for bad in [
            "http://alerts.example.org/",
            "https://alerts.example.org",
            "https://example.org/reader",
            "https://user@example.org/",
            "https://example.org/a/../",
            "https://example.org/./",
            "https://example.org//",
            "https://example.org/a?b/",
            "https://example.org/#x/",
            "https://example.org/%2e%2e/",
            "https://exa mple.org/",
            "https://localhost/",
            "https://-bad.org/",
            "https://bad-.org/",
            "https://a..org/",
            "https://example.org:/",
            "https://example.org:80a/",
            "https://example.org:123456/",
            "https://example.org\\@evil.org/",
            " https://example.org/",
        ] {
            assert!(check(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn paths_join_under_the_folder() {
        assert_eq!(
            join("https://example.org/reader/", "/alerts/x"),
            "https://example.org/reader/alerts/x"
        );
        assert_eq!(
            join("https://a.org/", "feeds/all.xml"),
            "https://a.org/feeds/all.xml"
        );
    }
}
