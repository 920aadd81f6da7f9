//! The fonts every document embeds (DejaVu Sans: Latin, Latin Extended, Vietnamese, Greek,
//! Cyrillic), shipped in the repository so printing never depends on the system's fonts.
//! printpdf subsets them to the glyphs a document uses.

use std::sync::OnceLock;

use printpdf::ParsedFont;

static REGULAR: &[u8] = include_bytes!("../fonts/DejaVuSans.ttf");
static BOLD: &[u8] = include_bytes!("../fonts/DejaVuSans-Bold.ttf");
static ITALIC: &[u8] = include_bytes!("../fonts/DejaVuSans-Oblique.ttf");

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Face {
    Regular,
    Bold,
    Italic,
}

impl Face {
    pub const ALL: [Face; 3] = [Face::Regular, Face::Bold, Face::Italic];
}

/// A parsed face plus what measuring needs.
pub struct LoadedFace {
    pub parsed: ParsedFont,
    units_per_em: f32,
}

impl LoadedFace {
    fn load(bytes: &[u8]) -> LoadedFace {
        // The fonts are compiled in and checked by tests; failing here is a build defect.
        let parsed = ParsedFont::from_bytes(bytes, 0, &mut Vec::new())
            .unwrap_or_else(|| panic!("bundled font failed to parse"));
        let units_per_em = f32::from(parsed.pdf_font_metrics.units_per_em.max(1));
        LoadedFace {
            parsed,
            units_per_em,
        }
    }

    /// Width of `text` at `size` points, from the font's own advance widths.
    pub fn width(&self, text: &str, size: f32) -> f32 {
        let units: u32 = text
            .chars()
            .map(|c| {
                let gid = self.parsed.lookup_glyph_index(c as u32).unwrap_or(0);
                u32::from(self.parsed.get_horizontal_advance(gid))
            })
            .sum();
        units as f32 * size / self.units_per_em
    }

    /// Whether every character has a glyph of its own (not the "missing" box).
    pub fn covers(&self, text: &str) -> bool {
        text.chars()
            .filter(|c| !c.is_whitespace())
            .all(|c| self.parsed.has_glyph(c as u32))
    }
}

pub fn face(face: Face) -> &'static LoadedFace {
    static FACES: OnceLock<[LoadedFace; 3]> = OnceLock::new();
    let faces = FACES.get_or_init(|| {
        [
            LoadedFace::load(REGULAR),
            LoadedFace::load(BOLD),
            LoadedFace::load(ITALIC),
        ]
    });
    match face {
        Face::Regular => &faces[0],
        Face::Bold => &faces[1],
        Face::Italic => &faces[2],
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_from_many_languages_have_glyphs() {
        for name in [
            "José Martínez",
            "Nguyễn Thị Hương",
            "Siobhán Ó Súilleabháin",
            "Skłodowska",
            "Çağrı",
        ] {
            for f in Face::ALL {
                assert!(face(f).covers(name), "{name} in {f:?}");
            }
        }
    }

    #[test]
    fn wider_text_measures_wider() {
        let regular = face(Face::Regular);
        let narrow = regular.width("iii", 10.0);
        let wide = regular.width("WWW", 10.0);
        assert!(narrow > 0.0 && wide > narrow * 2.0);
        assert!((regular.width("ab", 20.0) - 2.0 * regular.width("ab", 10.0)).abs() < 0.01);
        assert!(face(Face::Bold).width("Name", 10.0) > regular.width("Name", 10.0));
    }
}
