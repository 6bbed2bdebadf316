//! Share cards: the 1200×630 picture a messaging app shows under a link to
//! an alert (and one for the site's other pages). Drawn as SVG from the
//! alert and rasterised natively by resvg with the Noto fonts the setup
//! installs, so Arabic is shaped and set right to left, and Armenian has
//! its letters. A card is drawn again only when its SVG changed.

mod layout;
mod svg;

use alert_model::{Alert, Site};
use std::path::{Path, PathBuf};

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
        let mut options = resvg::usvg::Options::default();
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
        std::fs::create_dir_all(cache).map_err(|e| format!("{}: {e}", cache.display()))?;
        Ok(Painter {
            options,
            cache: cache.to_path_buf(),
            drawn: 0,
        })
    }

    /// An alert's card as PNG bytes.
    pub fn alert(&mut self, site: &Site, alert: &Alert) -> Result<Vec<u8>, String> {
        self.paint(&alert.id, &svg::alert(site, alert))
    }

    /// The site's card as PNG bytes.
    pub fn site(&mut self, site: &Site) -> Result<Vec<u8>, String> {
        self.paint("site", &svg::site(site))
    }

    fn paint(&mut self, name: &str, svg: &str) -> Result<Vec<u8>, String> {
        let svg_path = self.cache.join(format!("{name}.svg"));
        let png_path = self.cache.join(format!("{name}.png"));
        if std::fs::read_to_string(&svg_path).is_ok_and(|old| old == svg) {
            if let Ok(png) = std::fs::read(&png_path) {
                return Ok(png);
            }
        }
        let png = rasterise(svg, &self.options).map_err(|e| format!("card {name}: {e}"))?;
        std::fs::write(&png_path, &png).map_err(|e| format!("{}: {e}", png_path.display()))?;
        std::fs::write(&svg_path, svg).map_err(|e| format!("{}: {e}", svg_path.display()))?;
        self.drawn += 1;
        Ok(png)
    }
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
    encode(&pixmap).map_err(|e| e.to_string())
}

/// The card as a PNG, small: cards are fetched by every app a link is
/// pasted into, often on slow networks. A card is a few flat colours and
/// the soft edges of text between them, so each channel is rounded to a
/// multiple of 8 (invisible at this size) and, when that leaves at most
/// 256 colours, as it does for the cards' layout, written with a palette:
/// one byte a pixel instead of three.
fn encode(pixmap: &resvg::tiny_skia::Pixmap) -> Result<Vec<u8>, png::EncodingError> {
    // Five bits a channel: a colour is a number below 2^15. The background
    // is opaque, so the colours are as drawn: alpha is dropped.
    let five = |c: u8| usize::from((u16::from(c) + 4).min(255) >> 3);
    let key = |p: &[u8]| (five(p[0]) << 10) | (five(p[1]) << 5) | five(p[2]);
    let pixels = pixmap.data().chunks_exact(4);
    // Plain arrays and loops: the prerender is a debug build.
    let mut index = vec![u16::MAX; 1 << 15];
    let mut palette: Vec<u8> = Vec::new();
    for p in pixels.clone() {
        let k = key(p);
        if index[k] == u16::MAX {
            index[k] = (palette.len() / 3) as u16;
            for shift in [10, 5, 0] {
                palette.push((((k >> shift) & 31) << 3) as u8);
            }
        }
    }
    let colours = palette.len() / 3;
    let mut out = Vec::new();
    let mut encoder = png::Encoder::new(&mut out, WIDTH, HEIGHT);
    encoder.set_depth(png::BitDepth::Eight);
    encoder.set_compression(png::Compression::Balanced);
    let data: Vec<u8> = if colours <= 256 {
        encoder.set_color(png::ColorType::Indexed);
        let data = pixels.map(|p| index[key(p)] as u8).collect();
        encoder.set_palette(palette);
        data
    } else {
        encoder.set_color(png::ColorType::Rgb);
        pixels
            .flat_map(|p| {
                let k = key(p);
                [
                    ((k >> 10) << 3) as u8,
                    (((k >> 5) & 31) << 3) as u8,
                    ((k & 31) << 3) as u8,
                ]
            })
            .collect()
    };
    let mut writer = encoder.write_header()?;
    writer.write_image_data(&data)?;
    writer.finish()?;
    Ok(out)
}
