//! Paper sizes and the printable area inside the margins.

use groundwork_core::settings::PaperSize;

use super::mm;

/// Home printers cannot reach the outer 4–6 mm; PAPER.md asks for at least 12.7 mm.
pub const MARGIN_MM: f32 = 14.0;

#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Paper {
    pub width: f32,
    pub height: f32,
    pub margin: f32,
}

impl Paper {
    pub fn of(size: PaperSize) -> Paper {
        let (width, height) = match size {
            PaperSize::Letter => (612.0, 792.0),
            PaperSize::A4 => (mm(210.0), mm(297.0)),
        };
        Paper {
            width,
            height,
            margin: mm(MARGIN_MM),
        }
    }

    pub fn left(&self) -> f32 {
        self.margin
    }

    pub fn right(&self) -> f32 {
        self.width - self.margin
    }

    pub fn top(&self) -> f32 {
        self.margin
    }

    pub fn bottom(&self) -> f32 {
        self.height - self.margin
    }

    /// The same sheet turned sideways, for tables with many columns.
    pub fn landscape(self) -> Paper {
        Paper {
            width: self.height,
            height: self.width,
            margin: self.margin,
        }
    }

    /// A page half the sheet, for a booklet: the sheet turned sideways holds two of them.
    pub fn half(self) -> Paper {
        Paper {
            width: self.height / 2.0,
            height: self.width,
            margin: self.margin,
        }
    }

    pub fn inner_width(&self) -> f32 {
        self.right() - self.left()
    }
}
