//! A share card's pixels as a small PNG. Its own crate so that it alone is
//! built optimised in the dev profile the prerender's tests run in (the
//! root Cargo.toml; the build's prerender profile optimises everything):
//! its loops touch each of a card's 756,000 pixels twice, and unoptimised
//! they took 60 ms of a card's 70 (issue 31: ten thousand cards are most
//! of a build), while the prerender's tests stay quick to compile.

/// How [`encode`] writes a card; change it with `encode`, so that cards
/// cached from the old way are drawn again.
pub const ENCODING: &str = "<!-- png 2: palette, unfiltered rows, deflate level 9 -->";

/// `rgba` (`width` × `height` pixels, four bytes each, opaque) as a PNG,
/// small: cards are fetched by every app a link is pasted into, often on
/// slow networks. A card is a few flat colours and the soft edges of text
/// between them, so each channel is rounded to a multiple of 8 (invisible
/// at this size) and, when that leaves at most 256 colours, as it does for
/// the cards' layout, written with a palette: one byte a pixel instead of
/// three.
pub fn encode(width: u32, height: u32, rgba: &[u8]) -> Result<Vec<u8>, png::EncodingError> {
    // Five bits a channel: a colour is a number below 2^15. The background
    // is opaque, so the colours are as drawn: alpha is dropped.
    let five = |c: u8| usize::from((u16::from(c) + 4).min(255) >> 3);
    // (The three fields do not overlap: `|` and `^` are the same here.)
    let key = |p: &[u8]| (five(p[0]) << 10) | (five(p[1]) << 5) | five(p[2]);
    let pixels = rgba.chunks_exact(4);
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
    let mut encoder = png::Encoder::new(&mut out, width, height);
    encoder.set_depth(png::BitDepth::Eight);
    encoder.set_compression(png::Compression::Balanced);
    let data: Vec<u8> = if colours <= 256 {
        encoder.set_color(png::ColorType::Indexed);
        // Palette indices are names, not amounts: the row filters, which
        // predict a byte from its neighbours, only scramble them. Unfiltered
        // rows at deflate's best level are a fifth smaller (the sample's
        // cards: 1,059 KB → 863 KB), and cards are a sixth of the build.
        encoder.set_filter(png::Filter::NoFilter);
        encoder.set_deflate_compression(png::DeflateCompression::Level(9));
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

#[cfg(test)]
mod tests {
    use super::encode;

    /// The PNG's pixels as RGB, and how it was written.
    fn decode(png: &[u8]) -> (Vec<[u8; 3]>, png::ColorType) {
        let mut decoder = png::Decoder::new(std::io::Cursor::new(png));
        decoder.set_transformations(png::Transformations::EXPAND);
        let mut reader = decoder.read_info().expect("a PNG");
        let mut buf = vec![0; reader.output_buffer_size().expect("size")];
        reader.next_frame(&mut buf).expect("pixels");
        let kind = reader.info().color_type;
        let rgb = buf.chunks_exact(3).map(|p| [p[0], p[1], p[2]]).collect();
        (rgb, kind)
    }

    fn picture(width: u32, height: u32, colour: impl Fn(u32, u32) -> [u8; 3]) -> Vec<u8> {
        (0..height)
            .flat_map(|y| (0..width).map(move |x| (x, y)))
            .flat_map(|(x, y)| {
                let [r, g, b] = colour(x, y);
                [r, g, b, 255]
            })
            .collect()
    }

    #[test]
    fn few_colours_get_a_palette_each_channel_rounded_to_eight() {
        // Two flat colours and a soft edge between them, as a card has.
        let rgba = picture(40, 10, |x, _| match x {
            0..=19 => [143, 29, 29],
            20 => [200, 130, 130],
            _ => [251, 250, 255],
        });
        let (pixels, kind) = decode(&encode(40, 10, &rgba).expect("written"));
        assert_eq!(kind, png::ColorType::Indexed);
        assert_eq!(pixels.len(), 400);
        assert_eq!(pixels[0], [144, 32, 32]);
        assert_eq!(pixels[20], [200, 128, 128]);
        // Rounded up, never past white.
        assert_eq!(pixels[39], [248, 248, 248]);
        assert_eq!(pixels[399], [248, 248, 248]);
    }

    #[test]
    fn many_colours_are_written_in_full_colour() {
        // 32 × 32 levels of red and green: more than a palette holds.
        let rgba = picture(32, 32, |x, y| [(x * 8) as u8, (y * 8) as u8, 97]);
        let (pixels, kind) = decode(&encode(32, 32, &rgba).expect("written"));
        assert_eq!(kind, png::ColorType::Rgb);
        assert_eq!(pixels[0], [0, 0, 96]);
        assert_eq!(pixels[31], [248, 0, 96]);
        assert_eq!(pixels[32 * 31], [0, 248, 96]);
        assert_eq!(pixels[32 * 32 - 1], [248, 248, 96]);
    }

    #[test]
    fn exactly_a_palettes_worth_of_colours_still_gets_a_palette() {
        // 256 colours: 16 × 16 levels.
        let rgba = picture(16, 16, |x, y| [(x * 8) as u8, (y * 8) as u8, 0]);
        let (pixels, kind) = decode(&encode(16, 16, &rgba).expect("written"));
        assert_eq!(kind, png::ColorType::Indexed);
        assert_eq!(pixels[16 * 16 - 1], [120, 120, 0]);
        let rgba = picture(257, 1, |x, _| [(x % 32 * 8) as u8, (x / 32 * 8) as u8, 0]);
        let (_, kind) = decode(&encode(257, 1, &rgba).expect("written"));
        assert_eq!(kind, png::ColorType::Rgb, "257 colours");
    }
}
