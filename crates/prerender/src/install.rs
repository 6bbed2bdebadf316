//! What makes the reader installable (issue 33): a web app manifest per
//! interface language (`manifest.webmanifest`, `fr/manifest.webmanifest`),
//! each with the site's name, the language's direction and its own front
//! page as the start, and the icons they name, drawn at build time as the
//! share cards are. Every reader page the build writes links its
//! language's manifest; the staff preview and the partners' panels are
//! not written here and link none, so neither can be installed.

use alert_model::i18n::languages::prefix;
use alert_model::i18n::Messages;
use alert_model::Site;
use serde_json::{json, Value};

/// main.css's accent (the header's rule, the buttons) and its light page
/// background: what a phone shows around the installed reader while it
/// starts.
pub const THEME: &str = "#8f1d1d";
pub const BACKGROUND: &str = "#fbfaf8";
/// main.css's text colour.
const POLE: &str = "#1d1b19";

/// One icon the manifest names.
pub struct Icon {
    pub file: &'static str,
    pub size: u32,
    /// "maskable": drawn to the edge, its mark inside the central circle
    /// a launcher may cut it to.
    pub maskable: bool,
}

pub const ICONS: [Icon; 3] = [
    Icon {
        file: "icons/icon-192.png",
        size: 192,
        maskable: false,
    },
    Icon {
        file: "icons/icon-512.png",
        size: 512,
        maskable: false,
    },
    Icon {
        file: "icons/maskable-512.png",
        size: 512,
        maskable: true,
    },
];

/// The manifest of interface language `lang`, relative to the build
/// ("manifest.webmanifest", "fr/manifest.webmanifest").
pub fn file(lang: &str) -> String {
    format!("{}/manifest.webmanifest", prefix(lang))
        .trim_start_matches('/')
        .to_string()
}

/// The tag a page in `lang` puts in its `<head>`. Relative, so the page's
/// `<base href>` puts it under the build's path (a `/reader/` build).
pub fn link(lang: &str) -> String {
    format!("<link rel=\"manifest\" href=\"{}\" />", file(lang))
}

/// The manifest for `words`' language in a build served at `base` ("/",
/// "/reader/"): it starts on that language's front page, and its scope is
/// the whole reader, so every language's pages open in the installed app.
pub fn manifest(site: &Site, words: &Messages, base: &str) -> Value {
    let lang = words.lang();
    let site = site.in_language(lang);
    // The build's path with its slash ("/r" is the folder "/r/").
    let base = &format!("{}/", base.trim_end_matches('/'));
    let start = format!(
        "{base}{}",
        format!("{}/", prefix(lang)).trim_start_matches('/')
    );
    let icons: Vec<Value> = ICONS
        .iter()
        .map(|i| {
            json!({
                "src": format!("{base}{}", i.file),
                "sizes": format!("{0}x{0}", i.size),
                "type": "image/png",
                "purpose": if i.maskable { "maskable" } else { "any" },
            })
        })
        .collect();
    json!({
        "id": start,
        "name": site.name,
        // A launcher shows about twelve letters under an icon: the
        // reader's own short name in the language, not the publisher's.
        "short_name": words.text("site.default_name"),
        "description": words.fill("home.description", &[("site", &site.name)]),
        "lang": lang,
        "dir": words.dir(),
        "start_url": start,
        "scope": base,
        "display": "standalone",
        "theme_color": THEME,
        "background_color": BACKGROUND,
        "icons": icons,
    })
}

/// The icon as SVG: a red flag (the red flag alert's mark, in the accent)
/// on a dark pole, on the page's background, in a rounded square, or to
/// the edges when `maskable` (its flag then within the middle half, inside
/// the circle of 80% a launcher keeps). Not white on red: a white flag says
/// surrender.
pub fn svg(size: u32, maskable: bool) -> String {
    let s = size as f64;
    let (radius, inset) = if maskable {
        (0.0, 0.25 * s)
    } else {
        (0.18 * s, 0.22 * s)
    };
    let box_ = s - 2.0 * inset;
    let x = |f: f64| inset + f * box_;
    let y = |f: f64| inset + f * box_;
    // A pole, and a cloth with a notch in its free edge.
    let pole = format!(
        "<rect x=\"{:.1}\" y=\"{:.1}\" width=\"{:.1}\" height=\"{:.1}\" fill=\"{POLE}\"/>",
        x(0.12),
        y(0.0),
        0.08 * box_,
        box_
    );
    let cloth = format!(
        "<path d=\"M{:.1} {:.1}H{:.1}L{:.1} {:.1}L{:.1} {:.1}H{:.1}Z\" fill=\"{THEME}\"/>",
        x(0.2),
        y(0.04),
        x(0.92),
        x(0.74),
        y(0.3),
        x(0.92),
        y(0.56),
        x(0.2),
    );
    format!(
        "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{size}\" height=\"{size}\" viewBox=\"0 0 {size} {size}\">\
         <rect width=\"{size}\" height=\"{size}\" rx=\"{radius:.1}\" fill=\"{BACKGROUND}\"/>{pole}{cloth}</svg>"
    )
}

/// The icon as PNG bytes.
pub fn png(icon: &Icon) -> Result<Vec<u8>, String> {
    let tree = resvg::usvg::Tree::from_str(
        &svg(icon.size, icon.maskable),
        &resvg::usvg::Options::default(),
    )
    .map_err(|e| e.to_string())?;
    let mut pixmap =
        resvg::tiny_skia::Pixmap::new(icon.size, icon.size).ok_or("an icon cannot be 0 pixels")?;
    resvg::render(
        &tree,
        resvg::tiny_skia::Transform::default(),
        &mut pixmap.as_mut(),
    );
    card_png::encode(icon.size, icon.size, pixmap.data()).map_err(|e| e.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_language_has_its_own_manifest_file_and_link() {
        assert_eq!(file("en"), "manifest.webmanifest");
        assert_eq!(file("ar"), "ar/manifest.webmanifest");
        assert_eq!(
            link("fr"),
            "<link rel=\"manifest\" href=\"fr/manifest.webmanifest\" />"
        );
    }

    #[test]
    fn a_plain_icons_flag_fills_the_middle_of_its_rounded_square() {
        let plain = svg(512, false);
        // 22% in from each side: the pole spans the middle 56%, and the
        // cloth hangs from just under its top to about half way down.
        assert!(
            plain.contains("<rect x=\"147.0\" y=\"112.6\" width=\"22.9\" height=\"286.7\""),
            "{plain}"
        );
        assert!(
            plain.contains("d=\"M170.0 124.1H376.4L324.8 198.7L376.4 273.2H170.0Z\""),
            "{plain}"
        );
    }

    #[test]
    fn a_maskable_icon_fills_its_square_and_keeps_its_mark_in_the_middle() {
        let plain = svg(512, false);
        let maskable = svg(512, true);
        assert!(plain.contains("rx=\"92.2\""), "{plain}");
        assert!(maskable.contains("rx=\"0.0\""), "{maskable}");
        // The flag's box starts a quarter in: its corners inside the safe
        // circle (40% radius).
        assert!(
            maskable.contains("<rect x=\"158.7\" y=\"128.0\""),
            "{maskable}"
        );
    }
}
