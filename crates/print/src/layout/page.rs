//! One page's drawing operations, in top-left coordinates.

use printpdf::{
    Color, FontId, Greyscale, Line, LinePoint, Op, PaintMode, PdfFontHandle, Point, Pt, Rect,
    TextItem, WindingOrder,
};

use super::mm;
use crate::fonts::Face;

/// Ruled lines survive a photocopy at 0.5 pt (PAPER.md).
pub const RULE: f32 = 0.5;
/// Check boxes: at least 4 mm square with a 1 pt stroke.
pub const CHECK_BOX_MM: f32 = 4.5;
pub const CHECK_BOX_STROKE: f32 = 1.0;
/// Grey fills between 10 and 20 % ink.
pub const GREY_FILL: f32 = 0.86;

/// The font ids registered with the document, one per face.
#[derive(Debug, Clone)]
pub struct FontIds {
    pub regular: FontId,
    pub bold: FontId,
    pub italic: FontId,
}

impl FontIds {
    fn of(&self, face: Face) -> &FontId {
        match face {
            Face::Regular => &self.regular,
            Face::Bold => &self.bold,
            Face::Italic => &self.italic,
        }
    }
}

pub struct Page {
    height: f32,
    fonts: FontIds,
    pub(crate) ops: Vec<Op>,
    /// The stroke the page draws with now (always black): set only when it changes, since a
    /// form draws hundreds of boxes and rules and every repeated setting is bytes to write.
    stroke: Option<f32>,
}

fn point(x: f32, y_from_top: f32, height: f32) -> Point {
    Point {
        x: Pt(x),
        y: Pt(height - y_from_top),
    }
}

fn black() -> Color {
    Color::Greyscale(Greyscale {
        percent: 0.0,
        icc_profile: None,
    })
}

impl Page {
    pub(crate) fn new(height: f32, fonts: FontIds) -> Page {
        Page {
            height,
            fonts,
            ops: Vec::new(),
            stroke: None,
        }
    }

    /// Writes one line of text with its baseline at `baseline` (from the top). Callers get
    /// sizes from [`super::Style`] or [`super::measure::fit`], which hold the minimums.
    pub fn text(&mut self, x: f32, baseline: f32, text: &str, face: Face, size: f32) {
        if text.is_empty() {
            return;
        }
        self.ops.extend([
            Op::StartTextSection,
            Op::SetFillColor { col: black() },
            Op::SetFont {
                font: PdfFontHandle::External(self.fonts.of(face).clone()),
                size: Pt(size),
            },
            Op::SetTextCursor {
                pos: point(x, baseline, self.height),
            },
            Op::ShowText {
                items: vec![TextItem::Text(text.to_owned())],
            },
            Op::EndTextSection,
        ]);
    }

    /// Strokes from here on are black and `thickness` points wide.
    fn stroke(&mut self, thickness: f32) {
        if self.stroke == Some(thickness) {
            return;
        }
        if self.stroke.is_none() {
            self.ops.push(Op::SetOutlineColor { col: black() });
        }
        self.ops.push(Op::SetOutlineThickness { pt: Pt(thickness) });
        self.stroke = Some(thickness);
    }

    /// A straight line `thickness` points wide.
    pub fn line(&mut self, from: (f32, f32), to: (f32, f32), thickness: f32) {
        self.stroke(thickness);
        self.ops.extend([Op::DrawLine {
            line: Line {
                points: vec![
                    LinePoint {
                        p: point(from.0, from.1, self.height),
                        bezier: false,
                    },
                    LinePoint {
                        p: point(to.0, to.1, self.height),
                        bezier: false,
                    },
                ],
                is_closed: false,
            },
        }]);
    }

    /// A light grey band behind a header row; shows on a copy without hiding text.
    pub fn grey_band(&mut self, x: f32, top: f32, width: f32, height: f32) {
        self.ops.extend([
            Op::SetFillColor {
                col: Color::Greyscale(Greyscale {
                    percent: GREY_FILL,
                    icc_profile: None,
                }),
            },
            Op::DrawRectangle {
                rectangle: Rect {
                    x: Pt(x),
                    y: Pt(self.height - top - height),
                    width: Pt(width),
                    height: Pt(height),
                    mode: Some(PaintMode::Fill),
                    winding_order: Some(WindingOrder::NonZero),
                },
            },
            Op::SetFillColor { col: black() },
        ]);
    }

    /// A filled bar for a chart, `grey` from 0 (black) to 1 (white), with a thin black outline
    /// so a light bar still shows on a photocopy.
    pub fn bar(&mut self, x: f32, top: f32, width: f32, height: f32, grey: f32) {
        let rect = |mode| Rect {
            x: Pt(x),
            y: Pt(self.height - top - height),
            width: Pt(width),
            height: Pt(height),
            mode: Some(mode),
            winding_order: Some(WindingOrder::NonZero),
        };
        let (fill, outline) = (rect(PaintMode::Fill), rect(PaintMode::Stroke));
        self.stroke(RULE);
        self.ops.extend([
            Op::SetFillColor {
                col: Color::Greyscale(Greyscale {
                    percent: grey,
                    icc_profile: None,
                }),
            },
            Op::DrawRectangle { rectangle: fill },
            Op::SetFillColor { col: black() },
            Op::DrawRectangle { rectangle: outline },
        ]);
    }

    /// An empty check box with its top-left corner at (`x`, `top`).
    pub fn check_box(&mut self, x: f32, top: f32) {
        let side = mm(CHECK_BOX_MM);
        self.stroke(CHECK_BOX_STROKE);
        self.ops.extend([Op::DrawRectangle {
            rectangle: Rect {
                x: Pt(x),
                y: Pt(self.height - top - side),
                width: Pt(side),
                height: Pt(side),
                mode: Some(PaintMode::Stroke),
                winding_order: None,
            },
        }]);
    }

    /// A label followed by a ruled line to write on, ending at `right`.
    pub fn write_in(&mut self, x: f32, baseline: f32, right: f32, label: &str, size: f32) {
        self.text(x, baseline, label, Face::Bold, size);
        let start = x + crate::fonts::face(Face::Bold).width(label, size) + 4.0;
        self.line((start, baseline + 2.0), (right, baseline + 2.0), RULE);
    }
}
