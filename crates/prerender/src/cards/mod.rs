//! Share cards: the 1200×630 picture a messaging app shows under a link to
//! an alert (and one for the site's other pages). Drawn as SVG from the
//! alert and rasterised natively by resvg with the Noto fonts the setup
//! installs, so Arabic is shaped and set right to left, and Armenian has
//! its letters. A card is drawn again only when its SVG changed.

mod layout;
mod svg;

use alert_model::i18n::Messages;
use alert_model::{Alert, Site};
use std::path::{Path, PathBuf};
use std::sync::Arc;

pub const WIDTH: u32 = 1200;
pub const HEIGHT: u32 = 630;

/// The card for the front page and the country pages.
pub const SITE: &str = "cards/site.png";

/// An alert's card, relative to the build.
pub fn file(id: &str) -> String {
    format!("cards/{id}.png")
}

/// The fonts cards are set in: Latin, Cyrillic and Greek first, then the
/// scripts the sample data and its translations use. Debian's
/// fonts-noto-core (scripts/setup).
const FONT_DIR: &str = "/usr/share/fonts/truetype/noto";
/// Bold first: resvg falls back to the first font that has a letter, and
/// the titles, where scripts mix, are bold.
const FONTS: &[&str] = &[
    "NotoSans-Bold.ttf",
    "NotoSansArabic-Bold.ttf",
    "NotoSansArmenian-Bold.ttf",
    "NotoSansHebrew-Bold.ttf",
    "NotoSans-Regular.ttf",
    "NotoSansArabic-Regular.ttf",
    "NotoSansArmenian-Regular.ttf",
    "NotoSansHebrew-Regular.ttf",
];

/// Draws cards, keeping each one's SVG and PNG in `cache` to skip
/// drawing a card whose SVG has not changed.
pub struct Painter {
    options: resvg::usvg::Options<'static>,
    cache: PathBuf,
    /// How many were drawn rather than taken from the cache.
    pub drawn: usize,
}

impl Painter {
    pub fn new(cache: &Path) -> Result<Painter, String> {
        let options = with_fonts()?;
        std::fs::create_dir_all(cache).map_err(|e| format!("{}: {e}", cache.display()))?;
        Ok(Painter {
            options,
            cache: cache.to_path_buf(),
            drawn: 0,
        })
    }

    /// An alert's card as PNG bytes.
    /// `words`: the interface's words in the alert's language, if any.
    pub fn alert(
        &mut self,
        site: &Site,
        alert: &Alert,
        words: Option<&Messages>,
    ) -> Result<Vec<u8>, String> {
        self.paint(&alert.id, &svg::alert(site, alert, words))
    }

    /// The site's card as PNG bytes.
    pub fn site(&mut self, site: &Site) -> Result<Vec<u8>, String> {
        self.paint("site", &svg::site(site))
    }

    fn paint(&mut self, name: &str, svg: &str) -> Result<Vec<u8>, String> {
        // resvg refuses them with a parser error that names no field.
        if let Some((_, c)) = alert_model::validate::first_noncharacter(svg) {
            return Err(format!(
                "card {name}: the text holds the noncharacter U+{:04X}; remove it from the alert (alert-data check names the field)",
                c as u32
            ));
        }
        let svg_path = self.cache.join(format!("{name}.svg"));
        let png_path = self.cache.join(format!("{name}.png"));
        // A card is drawn again when its picture or the way it is written
        // changes: the cached key is both.
        let key = format!("{}\n{svg}", card_png::ENCODING);
        if std::fs::read_to_string(&svg_path).is_ok_and(|old| old == key) {
            if let Ok(png) = std::fs::read(&png_path) {
                return Ok(png);
            }
        }
        let png = rasterise(svg, &self.options).map_err(|e| format!("card {name}: {e}"))?;
        std::fs::write(&png_path, &png).map_err(|e| format!("{}: {e}", png_path.display()))?;
        std::fs::write(&svg_path, key).map_err(|e| format!("{}: {e}", svg_path.display()))?;
        self.drawn += 1;
        Ok(png)
    }
}

/// Every alert's card, drawn by `painters` painters at once (the build
/// gives one per core): a card is the build's slowest output (about 70 ms,
/// against milliseconds for a page), and each is drawn alone, so sharing
/// the alerts out changes no byte of any card. A painter takes the next
/// alert in the list whenever it finishes one, so new alerts, which sit
/// together, are shared too. `write` is given each card's file and PNG.
/// Returns how many cards were drawn rather than taken from the cache; when
/// cards cannot be drawn, the error of the first such alert in the list,
/// whichever painter met one first.
pub fn paint_all(
    cache: &Path,
    site: &Site,
    alerts: &[&Alert],
    words: &[Arc<Messages>],
    painters: usize,
    write: impl Fn(&str, &[u8]) -> Result<(), String> + Sync,
) -> Result<usize, String> {
    use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
    let next = AtomicUsize::new(0);
    let failed = AtomicBool::new(false);
    let paint = || -> Result<usize, (usize, String)> {
        let mut painter = Painter::new(cache).map_err(|e| (0, e))?;
        // After a failure no painter starts another card: every alert
        // before the failed one was taken already and is finished, so the
        // first failing alert in the list is always among those found.
        while !failed.load(Ordering::SeqCst) {
            let i = next.fetch_add(1, Ordering::SeqCst);
            let Some(alert) = alerts.get(i) else { break };
            let in_its_language = words.iter().find(|m| m.lang() == alert.language);
            painter
                .alert(site, alert, in_its_language.map(|m| m.as_ref()))
                .and_then(|png| write(&file(&alert.id), &png))
                .map_err(|e| {
                    failed.store(true, Ordering::SeqCst);
                    (i, e)
                })?;
        }
        Ok(painter.drawn)
    };
    let results: Vec<_> = std::thread::scope(|scope| {
        let running: Vec<_> = (0..painters.clamp(1, alerts.len().max(1)))
            .map(|_| scope.spawn(paint))
            .collect();
        running
            .into_iter()
            .map(|p| {
                p.join()
                    .unwrap_or_else(|_| Err((0, "a card painter panicked".to_string())))
            })
            .collect()
    });
    outcome(results)
}

/// The painters' results as one: the cards drawn by all, or the error of
/// the earliest alert in the list that failed (each failure comes with its
/// alert's place in the list).
fn outcome(results: Vec<Result<usize, (usize, String)>>) -> Result<usize, String> {
    let mut drawn = 0;
    let mut failures = Vec::new();
    for result in results {
        match result {
            Ok(n) => drawn += n,
            Err(failure) => failures.push(failure),
        }
    }
    match failures.into_iter().min_by_key(|(at, _)| *at) {
        Some((_, error)) => Err(error),
        None => Ok(drawn),
    }
}

/// resvg's options with the cards' fonts loaded, and an image resolver
/// that resolves nothing: the cards draw no images, and resvg's default
/// would read any local file (or data URL) an `<image>` named.
fn with_fonts() -> Result<resvg::usvg::Options<'static>, String> {
    let mut options = resvg::usvg::Options {
        image_href_resolver: resvg::usvg::ImageHrefResolver {
            resolve_data: Box::new(|_, _, _| None),
            resolve_string: Box::new(|_, _| None),
        },
        ..Default::default()
    };
    let db = options.fontdb_mut();
    for name in FONTS {
        let path = Path::new(FONT_DIR).join(name);
        let bytes = std::fs::read(&path).map_err(|e| {
            format!(
                "{}: {e} (scripts/setup installs fonts-noto-core)",
                path.display()
            )
        })?;
        db.load_font_data(bytes);
    }
    db.set_sans_serif_family("Noto Sans");
    options.font_family = "Noto Sans".into();
    Ok(options)
}

/// SVG text to PNG bytes at the card's size.
pub fn rasterise(svg: &str, options: &resvg::usvg::Options<'_>) -> Result<Vec<u8>, String> {
    let tree = resvg::usvg::Tree::from_str(svg, options).map_err(|e| e.to_string())?;
    let mut pixmap =
        resvg::tiny_skia::Pixmap::new(WIDTH, HEIGHT).ok_or("a card cannot be 0 pixels")?;
    resvg::render(
        &tree,
        resvg::tiny_skia::Transform::default(),
        &mut pixmap.as_mut(),
    );
    card_png::encode(WIDTH, HEIGHT, pixmap.data()).map_err(|e| e.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;
    use alert_model::validate::check_alert_text;

    fn alert(lang: &str, title: &str) -> Alert {
        let text = serde_json::json!({
            "schema": 1, "id": "a", "title": title, "type": "red_flag_alert",
            "status": "published", "published": "2023-03-01", "countries": ["AM"],
            "language": lang, "summary": "s", "body": [{ "type": "paragraph", "text": ["x"] }]
        });
        check_alert_text(&text.to_string()).alert.expect("valid")
    }

    /// The text of a card's SVG, without its markup.
    fn words_of(svg: &str) -> String {
        let mut out = String::new();
        let mut inside = false;
        for c in svg.chars() {
            match c {
                '<' => inside = true,
                '>' => inside = false,
                c if !inside => out.push(c),
                _ => {}
            }
        }
        out
    }

    #[test]
    fn a_card_speaks_its_alerts_language_where_the_reader_does() {
        let site = Site {
            name: "Example Institute".into(),
            ..serde_json::from_str(r#"{"name": "x"}"#).expect("a site")
        };
        let fr = crate::locales::load("fr").expect("French");
        let mut update = alert("fr", "Alerte");
        update.series = Some(alert_model::alert::Series {
            id: "s".into(),
            number: 2,
        });
        let card = words_of(&svg::alert(&site, &update, Some(&fr)));
        assert!(card.contains("ALERTE DRAPEAU ROUGE"), "{card}");
        assert!(card.contains("Mise à jour 2"), "{card}");
        assert!(card.contains("mercredi 1er mars 2023 · Arménie"), "{card}");
        // Without the alert's language, English.
        let card = words_of(&svg::alert(&site, &update, None));
        assert!(
            card.contains("RED FLAG ALERT") && card.contains("Update 2"),
            "{card}"
        );
        assert!(
            card.contains("Wednesday, March 1, 2023 · Armenia"),
            "{card}"
        );
        // Arabic's line runs from the right margin, as its title does.
        let ar = crate::locales::load("ar").expect("Arabic");
        let svg = svg::alert(&site, &alert("ar", "تنبيه"), Some(&ar));
        assert!(words_of(&svg).contains("أرمينيا"), "{svg}");
        assert_eq!(
            svg.matches(r#"text-anchor="end""#).count(),
            2,
            "title and meta: {svg}"
        );
        // A direction mark rides with letters: alone in a run of its own it
        // was drawn as a missing letter's box in the middle of the date.
        for run in svg.split("<tspan").skip(1) {
            let text = run.split_once('>').map_or("", |(_, t)| t);
            let text = text.split("</tspan>").next().unwrap_or("");
            assert!(
                text.chars()
                    .any(|c| !c.is_whitespace() && !('\u{2000}'..='\u{206F}').contains(&c)),
                "a run of nothing to draw: {svg}"
            );
        }
        assert!(words_of(&svg).contains("الأربعاء"), "{svg}");
    }

    /// A card drawn from `svg`, decoded to RGB pixels, with the colour
    /// type its PNG was written in.
    fn decode(svg: &str) -> (Vec<[u8; 3]>, png::ColorType) {
        let bytes = rasterise(svg, &with_fonts().expect("fonts")).expect("drawn");
        let mut decoder = png::Decoder::new(std::io::Cursor::new(bytes));
        decoder.set_transformations(png::Transformations::EXPAND);
        let mut reader = decoder.read_info().expect("a PNG");
        let kind = reader.info().color_type;
        let (w, h) = (reader.info().width, reader.info().height);
        assert_eq!((w, h), (WIDTH, HEIGHT));
        let mut buf = vec![0; reader.output_buffer_size().expect("size")];
        let frame = reader.next_frame(&mut buf).expect("pixels");
        assert_eq!(frame.color_type, png::ColorType::Rgb);
        let pixels = buf[..frame.buffer_size()]
            .chunks_exact(3)
            .map(|p| [p[0], p[1], p[2]])
            .collect();
        (pixels, kind)
    }

    /// An alert's card, decoded.
    fn draw(alert: &Alert) -> (Vec<[u8; 3]>, png::ColorType) {
        let site = Site {
            name: "Example Institute".into(),
            ..serde_json::from_str(r#"{"name": "x"}"#).expect("a site")
        };
        decode(&svg::alert(&site, alert, None))
    }

    /// A card never draws an image, however the SVG names one: not a
    /// local file, not a data URL.
    #[test]
    fn a_card_loads_no_image() {
        let dir = std::env::temp_dir().join(format!("card-image-{}", std::process::id()));
        std::fs::create_dir_all(&dir).expect("a folder");
        // An SVG picture: resvg reads those without its raster features,
        // which this build leaves out.
        let red = dir.join("red.svg");
        let bytes = br#"<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><rect width="10" height="10" fill="red"/></svg>"#.to_vec();
        let svg = format!(
            r#"<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" width="{WIDTH}" height="{HEIGHT}"><rect width="{WIDTH}" height="{HEIGHT}" fill="white"/><image x="0" y="0" width="600" height="630" xlink:href="{}"/><image x="600" y="0" width="600" height="630" xlink:href="data:image/svg+xml;base64,{}"/></svg>"#,
            red.display(),
            base64(&bytes)
        );
        let (pixels, _) = decode(&svg);
        let white = |p: [u8; 3]| p.iter().all(|&c| c > 240);
        assert!(white(at(&pixels, 300, 300)), "the local file was drawn");
        assert!(white(at(&pixels, 900, 300)), "the data URL was drawn");
        let _ = std::fs::remove_dir_all(&dir);
    }

    /// Standard base64, written here (the test's only use of it).
    fn base64(bytes: &[u8]) -> String {
        const A: &[u8] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
        let mut out = String::new();
        for chunk in bytes.chunks(3) {
            let b = [
                chunk[0],
                *chunk.get(1).unwrap_or(&0),
                *chunk.get(2).unwrap_or(&0),
            ];
            let n = (u32::from(b[0]) << 16) | (u32::from(b[1]) << 8) | u32::from(b[2]);
            for i in 0..4 {
                if i <= chunk.len() {
                    out.push(A[(n >> (18 - 6 * i) & 63) as usize] as char);
                } else {
                    out.push('=');
                }
            }
        }
        out
    }

    /// The card writer refuses a noncharacter with a message naming it,
    /// before resvg's parser would fail without naming a field.
    #[test]
    fn a_noncharacter_stops_the_card_with_a_reason() {
        let dir = std::env::temp_dir().join(format!("card-nonchar-{}", std::process::id()));
        let mut painter = Painter::new(&dir).expect("a painter");
        let err = painter
            .paint(
                "x",
                "<svg xmlns=\"http://www.w3.org/2000/svg\"><text>a\u{fffe}</text></svg>",
            )
            .expect_err("refused");
        assert!(err.contains("U+FFFE"), "{err}");
        let _ = std::fs::remove_dir_all(&dir);
    }

    /// Cards drawn by several painters at once are the cards one painter
    /// draws, each under its own alert's name, and a card that cannot be
    /// drawn is reported for the first such alert in the list.
    #[test]
    fn cards_drawn_on_every_core_are_the_cards_one_painter_draws() {
        let site: Site = serde_json::from_str(r#"{"name": "Example Institute"}"#).expect("a site");
        let alerts: Vec<Alert> = ["Armenia", "Sudan", "Myanmar", "Haiti", "Ethiopia"]
            .iter()
            .enumerate()
            .map(|(i, place)| Alert {
                id: format!("alert-{i}"),
                ..alert("en", &format!("Red flag alert on {place}"))
            })
            .collect();
        let all: Vec<&Alert> = alerts.iter().collect();
        let dir = std::env::temp_dir().join(format!("cards-all-{}", std::process::id()));
        let written = std::sync::Mutex::new(std::collections::BTreeMap::new());
        let drawn = paint_all(&dir.join("cache"), &site, &all, &[], 2, |file, png| {
            written
                .lock()
                .expect("not poisoned")
                .insert(file.to_string(), png.to_vec());
            Ok(())
        })
        .expect("drawn");
        assert_eq!(drawn, alerts.len(), "every card drawn, none cached yet");
        let written = written.into_inner().expect("not poisoned");
        let mut one = Painter::new(&dir.join("one")).expect("a painter");
        for alert in &alerts {
            let png = one.alert(&site, alert, None).expect("drawn");
            assert_eq!(written.get(&file(&alert.id)), Some(&png), "{}", alert.id);
        }
        assert_eq!(written.len(), alerts.len());
        // Drawn again with the same cache, nothing is painted anew.
        let again =
            paint_all(&dir.join("cache"), &site, &all, &[], 3, |_, _| Ok(())).expect("drawn");
        assert_eq!(again, 0);

        let mut broken = alerts.clone();
        for i in [3, 1] {
            broken[i].title = format!("Broken {i} \u{ffff}");
            broken[i].id = format!("broken-{i}");
        }
        let all: Vec<&Alert> = broken.iter().collect();
        for painters in [1, 2, 5] {
            let err = paint_all(
                &dir.join("cache"),
                &site,
                &all,
                &[],
                painters,
                |_, _| Ok(()),
            )
            .expect_err("refused");
            assert!(
                err.starts_with("card broken-1:"),
                "{painters} painters: {err}"
            );
        }
        let _ = std::fs::remove_dir_all(&dir);
    }

    /// Whatever order the painters finish in, the earliest alert's error
    /// is the one said, and with none the cards drawn are added up.
    #[test]
    fn the_painters_results_give_the_earliest_alerts_error_or_the_cards_drawn() {
        assert_eq!(outcome(vec![Ok(2), Ok(3), Ok(0)]), Ok(5));
        assert_eq!(outcome(Vec::new()), Ok(0));
        let failed = |at: usize, e: &str| Err((at, e.to_string()));
        assert_eq!(
            outcome(vec![
                Ok(2),
                failed(7, "seventh"),
                failed(3, "third"),
                failed(5, "fifth")
            ]),
            Err("third".to_string())
        );
        assert_eq!(
            outcome(vec![failed(3, "third"), Ok(1), failed(7, "seventh")]),
            Err("third".to_string())
        );
    }

    fn at(pixels: &[[u8; 3]], x: u32, y: u32) -> [u8; 3] {
        pixels[(y * WIDTH + x) as usize]
    }

    /// The leftmost and rightmost columns with dark ink between two rows.
    fn ink(pixels: &[[u8; 3]], rows: std::ops::Range<u32>) -> (u32, u32) {
        let dark = |p: [u8; 3]| p.iter().all(|&c| c < 100);
        let columns: Vec<u32> = (0..WIDTH)
            .filter(|&x| rows.clone().any(|y| dark(at(pixels, x, y))))
            .collect();
        (columns[0], columns[columns.len() - 1])
    }

    /// A card's palette PNG is at least 15% smaller than the png crate's
    /// default encoding of the same indices and palette (18% for this one).
    #[test]
    fn a_card_is_written_small() {
        let site = Site {
            name: "Example Institute".into(),
            ..serde_json::from_str(r#"{"name": "x"}"#).expect("a site")
        };
        let svg = svg::alert(
            &site,
            &alert(
                "en",
                "Example: a title long enough to run over two lines of the card",
            ),
            None,
        );
        let ours = rasterise(&svg, &with_fonts().expect("fonts")).expect("drawn");
        let mut reader = png::Decoder::new(std::io::Cursor::new(ours.clone()))
            .read_info()
            .expect("a PNG");
        let mut indices = vec![0; reader.output_buffer_size().expect("size")];
        reader.next_frame(&mut indices).expect("pixels");
        let info = reader.info();
        assert_eq!(info.color_type, png::ColorType::Indexed);
        let palette = info.palette.clone().expect("a palette").into_owned();
        let mut plain = Vec::new();
        let mut encoder = png::Encoder::new(&mut plain, WIDTH, HEIGHT);
        encoder.set_color(png::ColorType::Indexed);
        encoder.set_depth(png::BitDepth::Eight);
        encoder.set_palette(palette);
        let mut writer = encoder.write_header().expect("header");
        writer.write_image_data(&indices).expect("data");
        writer.finish().expect("written");
        assert!(
            ours.len() * 100 <= plain.len() * 85,
            "{} bytes against {} by default",
            ours.len(),
            plain.len()
        );
    }

    #[test]
    fn a_card_is_drawn_in_the_sites_colours_with_a_palette() {
        let (pixels, kind) = draw(&alert("en", "Example: a title"));
        assert_eq!(kind, png::ColorType::Indexed, "few colours: a palette");
        // Each channel rounded to a multiple of 8.
        assert_eq!(at(&pixels, 600, 5), [144, 32, 32], "the accent band");
        assert_eq!(at(&pixels, 600, 400), [248, 248, 248], "the background");
        assert_eq!(at(&pixels, 600, 620), [32, 24, 24], "the footer");
        assert_eq!(at(&pixels, 90, 90), [184, 32, 24], "the red flag badge");
        assert_eq!(at(&pixels, 420, 90), [248, 248, 248], "no second badge");
        let mut gone = alert("en", "Example: a title");
        gone.status = alert_model::Status::Withdrawn;
        let (pixels, _) = draw(&gone);
        assert_eq!(at(&pixels, 420, 90), [32, 24, 24], "the WITHDRAWN badge");
        // The title starts at the left margin.
        let (left, right) = ink(&pixels, 180..240);
        assert!((78..=90).contains(&left), "{left}");
        assert!(right < 700, "{right}");
    }

    /// How wide `text` is drawn in bold at `size`, in pixels of ink.
    fn drawn_width(text: &str, family: &str, size: f32) -> f32 {
        let svg = format!(
            r##"<svg xmlns="http://www.w3.org/2000/svg" width="{WIDTH}" height="{HEIGHT}"><rect width="{WIDTH}" height="{HEIGHT}" fill="#ffffff"/><text x="0" y="300" font-size="{size}" font-weight="700" font-family="{family}" fill="#000000">{}</text></svg>"##,
            quick_xml::escape::escape(text)
        );
        let options = with_fonts().expect("fonts");
        let tree = resvg::usvg::Tree::from_str(&svg, &options).expect("svg");
        let mut pixmap = resvg::tiny_skia::Pixmap::new(WIDTH, HEIGHT).expect("pixmap");
        resvg::render(
            &tree,
            resvg::tiny_skia::Transform::default(),
            &mut pixmap.as_mut(),
        );
        let right = pixmap
            .data()
            .chunks_exact(4)
            .enumerate()
            .filter(|(_, p)| p[0] < 128)
            .map(|(i, _)| (i % WIDTH as usize) as f32)
            .fold(0.0, f32::max);
        right + 1.0
    }

    #[test]
    fn the_width_estimate_covers_the_ink_without_wasting_the_line() {
        // Per kind of letter: never narrower than drawn (a line would run
        // off the card), and not much wider (lines would break early).
        for (sample, family) in [
            ("iiiiiiiiiiiiiiiiiiii", "Noto Sans"),
            ("tttttttttttttttttttt", "Noto Sans"),
            ("mmmmmmmmmmmmmmmmmmmm", "Noto Sans"),
            ("AAAAAAAAAAAAAAAAAAAA", "Noto Sans"),
            ("00000000000000000000", "Noto Sans"),
            ("aaaaaaaaaaaaaaaaaaaa", "Noto Sans"),
            ("դդդդդդդդդդդդդդդդդդդդ", "Noto Sans Armenian"),
            ("ШШШШШШШШШШШШШШШШШШШШ", "Noto Sans"),
            ("ЩЩЩЩЩЩЩЩЩЩЩЩЩЩЩЩЩЩЩЩ", "Noto Sans"),
            ("ЖЖЖЖЖЖЖЖЖЖЖЖЖЖЖЖЖЖЖЖ", "Noto Sans"),
            ("ЫЫЫЫЫЫЫЫЫЫЫЫЫЫЫЫЫЫЫЫ", "Noto Sans"),
            ("ФФФФФФФФФФФФФФФФФФФФ", "Noto Sans"),
            ("ЛЛЛЛЛЛЛЛЛЛЛЛЛЛЛЛЛЛЛЛ", "Noto Sans"),
            ("ОООООООООООООООООООО", "Noto Sans"),
            ("ГГГГГГГГГГГГГГГГГГГГ", "Noto Sans"),
            ("РРРРРРРРРРРРРРРРРРРР", "Noto Sans"),
            ("ЧЧЧЧЧЧЧЧЧЧЧЧЧЧЧЧЧЧЧЧ", "Noto Sans"),
            ("ББББББББББББББББББББ", "Noto Sans"),
            ("шшшшшшшшшшшшшшшшшшшш", "Noto Sans"),
            ("щщщщщщщщщщщщщщщщщщщщ", "Noto Sans"),
            ("жжжжжжжжжжжжжжжжжжжж", "Noto Sans"),
            ("юююююююююююююююююююю", "Noto Sans"),
            ("фффффффффффффффффффф", "Noto Sans"),
            ("ииииииииииииииииииии", "Noto Sans"),
            ("цццццццццццццццццццц", "Noto Sans"),
            ("цццццццццццццццццццц", "Noto Sans"),
            ("гггггггггггггггггггг", "Noto Sans"),
            ("уууууууууууууууууууу", "Noto Sans"),
            ("ээээээээээээээээээээ", "Noto Sans"),
            ("дддддддддддддддддддд", "Noto Sans"),
            ("хххххххххххххххххххх", "Noto Sans"),
            ("ееееееееееееееееееее", "Noto Sans"),
            ("яяяяяяяяяяяяяяяяяяяя", "Noto Sans"),
            ("ببببببببببببببببببببب", "Noto Sans Arabic"),
        ] {
            let estimate = layout::width(sample, 40.0);
            let drawn = drawn_width(sample, family, 40.0);
            assert!(estimate >= drawn, "{sample}: {estimate} < {drawn}");
            assert!(estimate <= drawn * 1.45, "{sample}: {estimate} vs {drawn}");
        }
    }

    #[test]
    fn every_type_has_its_badge_colour() {
        for (kind, colour) in [
            ("red_flag_alert", [184, 32, 24]),
            ("active_genocide_alert", [64, 8, 8]),
            ("sos_alert", [152, 56, 16]),
            ("statement", [32, 80, 216]),
            ("report", [16, 120, 112]),
        ] {
            let mut a = alert("en", "Example");
            a.kind = alert_model::AlertType::from_key(kind).expect("a type");
            let (pixels, _) = draw(&a);
            assert_eq!(at(&pixels, 90, 90), colour, "{kind}");
        }
    }

    #[test]
    fn a_picture_of_many_colours_is_written_in_full_colour() {
        // A publisher's colours could one day include a gradient: more
        // than a palette holds.
        let svg = format!(
            r##"<svg xmlns="http://www.w3.org/2000/svg" width="{WIDTH}" height="{HEIGHT}"><defs><linearGradient id="g"><stop offset="0" stop-color="#ff0000"/><stop offset="1" stop-color="#0000ff"/></linearGradient><linearGradient id="h" x2="0" y2="1"><stop offset="0" stop-color="#000000" stop-opacity="0"/><stop offset="1" stop-color="#00ff00"/></linearGradient></defs><rect width="{WIDTH}" height="{HEIGHT}" fill="url(#g)"/><rect width="{WIDTH}" height="{HEIGHT}" fill="url(#h)"/></svg>"##
        );
        let (pixels, kind) = decode(&svg);
        assert_eq!(kind, png::ColorType::Rgb);
        let px = |x: u32, y: u32| at(&pixels, x, y);
        // Top left is red, top right blue, each channel rounded to 8.
        assert_eq!(px(0, 0), [248, 0, 0]);
        assert_eq!(px(WIDTH - 1, 0), [0, 0, 248]);
        let middle = px(WIDTH / 2, HEIGHT / 2);
        // Purple half covered by half-transparent green: grey.
        assert!(middle.iter().all(|c| (48..=80).contains(c)), "{middle:?}");
    }

    #[test]
    fn the_sites_card_keeps_a_long_name_inside_its_margins() {
        let site: Site = serde_json::from_str(
            r#"{"name": "Lemkin Institute for Genocide Prevention and Early Warning", "tagline": "A tagline"}"#,
        )
        .expect("a site");
        let (pixels, _) = decode(&svg::site(&site));
        // The name, in two lines, within the margins.
        let (left, right) = ink(&pixels, 180..330);
        assert!((78..=90).contains(&left), "{left}");
        assert!((800..=1120).contains(&right), "{right}");
    }

    #[test]
    fn a_right_to_left_title_ends_at_the_right_margin() {
        let (pixels, _) = draw(&alert("ar", "مثال: عنوان قصير"));
        let (left, right) = ink(&pixels, 180..240);
        assert!((1105..=1122).contains(&right), "{right}");
        assert!(left > 600, "{left}");
    }
}
