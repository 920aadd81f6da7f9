//! One page's drawing operations, in top-left coordinates.

use printpdf::{
    Color, CurTransMat, FontId, Greyscale, Line, LineDashPattern, LinePoint, Op, PaintMode,
    PdfFontHandle, Point, Polygon, PolygonRing, Pt, Rect, Rgb, TextItem, TextMatrix, WindingOrder,
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

/// A rectangle on a page, in points from its top-left corner.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Area {
    pub x: f32,
    pub top: f32,
    pub width: f32,
    pub height: f32,
}

pub struct Page {
    height: f32,
    fonts: FontIds,
    pub(crate) ops: Vec<Op>,
    /// The stroke the page draws with now (always black): set only when it changes, since a
    /// form draws hundreds of boxes and rules and every repeated setting is bytes to write.
    stroke: Option<f32>,
    /// The fill the page paints with now (a grey level, 0 is black), likewise set only when it
    /// changes: text is black, and only bands and bars change it.
    fill: Option<f32>,
    /// The face and size text is set in now. Both are part of the graphics state, which
    /// outlives a text section, so a form's hundreds of labels in one face set it once.
    font: Option<(Face, f32)>,
    /// Whether a text section is open: lines of text in a row share one, each placed by its
    /// own text matrix, and anything else drawn closes it first (paths are not allowed inside).
    in_text: bool,
}

fn point(x: f32, y_from_top: f32, height: f32) -> Point {
    Point {
        x: Pt(x),
        y: Pt(height - y_from_top),
    }
}

fn greyscale(percent: f32) -> Color {
    Color::Greyscale(Greyscale {
        percent,
        icc_profile: None,
    })
}

fn black() -> Color {
    greyscale(0.0)
}

impl Page {
    /// A blank page with room for `ops` drawing operations.
    pub(crate) fn new(height: f32, fonts: FontIds, ops: usize) -> Page {
        Page {
            height,
            fonts,
            ops: Vec::with_capacity(ops),
            stroke: None,
            fill: None,
            font: None,
            in_text: false,
        }
    }

    /// Writes one line of text with its baseline at `baseline` (from the top). Callers get
    /// sizes from [`super::Style`] or [`super::measure::fit`], which hold the minimums.
    pub fn text(&mut self, x: f32, baseline: f32, text: &str, face: Face, size: f32) {
        self.text_in(x, baseline, text, face, size, 0.0);
    }

    /// [`Page::text`] in grey (`grey` 0 is black, 1 white): words that sit under everything
    /// else, such as a map's quadrant names.
    pub fn text_in(&mut self, x: f32, baseline: f32, text: &str, face: Face, size: f32, grey: f32) {
        if text.is_empty() {
            return;
        }
        if !self.in_text {
            self.ops.push(Op::StartTextSection);
            self.in_text = true;
        }
        // Colour may change inside a text section; paths may not be drawn there.
        self.fill(grey);
        if self.font != Some((face, size)) {
            self.ops.push(Op::SetFont {
                font: PdfFontHandle::External(self.fonts.of(face).clone()),
                size: Pt(size),
            });
            self.font = Some((face, size));
        }
        let at = point(x, baseline, self.height);
        self.ops.extend([
            Op::SetTextMatrix {
                matrix: TextMatrix::Translate(at.x, at.y),
            },
            Op::ShowText {
                items: vec![TextItem::Text(text.to_owned())],
            },
        ]);
    }

    /// Closes the open text section, if any, before something else is drawn.
    fn end_text(&mut self) {
        if self.in_text {
            self.ops.push(Op::EndTextSection);
            self.in_text = false;
        }
    }

    /// The page's drawing operations, its last text section closed.
    pub(crate) fn into_ops(mut self) -> Vec<Op> {
        self.end_text();
        self.ops
    }

    /// Fills from here on are `grey` (0 is black, 1 white).
    fn fill(&mut self, grey: f32) {
        if self.fill != Some(grey) {
            self.ops.push(Op::SetFillColor {
                col: greyscale(grey),
            });
            self.fill = Some(grey);
        }
    }

    /// Strokes from here on are black and `thickness` points wide.
    fn stroke(&mut self, thickness: f32) {
        self.end_text();
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
        self.end_text();
        self.fill(GREY_FILL);
        self.ops.push(Op::DrawRectangle {
            rectangle: Rect {
                x: Pt(x),
                y: Pt(self.height - top - height),
                width: Pt(width),
                height: Pt(height),
                mode: Some(PaintMode::Fill),
                winding_order: Some(WindingOrder::NonZero),
            },
        });
    }

    /// A closed shape through `points` (top-left coordinates): filled with `fill` (red, green,
    /// blue from 0 to 1) when given, outlined in black `width` points wide, dashed if asked.
    pub fn shape(
        &mut self,
        points: &[(f32, f32)],
        fill: Option<(f32, f32, f32)>,
        width: f32,
        dashed: bool,
    ) {
        self.end_text();
        self.stroke(width);
        if let Some((r, g, b)) = fill {
            self.ops.push(Op::SetFillColor {
                col: Color::Rgb(Rgb {
                    r,
                    g,
                    b,
                    icc_profile: None,
                }),
            });
            // Not a grey any more: the next text or band sets its own.
            self.fill = None;
        }
        if dashed {
            self.ops.push(Op::SetLineDashPattern {
                dash: LineDashPattern::new(0.0, &[3.0, 2.0]),
            });
        }
        let ring = PolygonRing {
            points: points
                .iter()
                .map(|&(x, y)| LinePoint {
                    p: point(x, y, self.height),
                    bezier: false,
                })
                .collect(),
        };
        self.ops.push(Op::DrawPolygon {
            polygon: Polygon {
                rings: vec![ring],
                mode: if fill.is_some() {
                    PaintMode::FillStroke
                } else {
                    PaintMode::Stroke
                },
                winding_order: WindingOrder::NonZero,
            },
        });
        if dashed {
            self.ops.push(Op::SetLineDashPattern {
                dash: LineDashPattern::solid(),
            });
        }
    }

    /// A straight line in grey (`grey` 0 is black): a grid's lesser lines.
    pub fn line_in(&mut self, from: (f32, f32), to: (f32, f32), thickness: f32, grey: f32) {
        self.stroke(thickness);
        self.ops.push(Op::SetOutlineColor {
            col: greyscale(grey),
        });
        self.line(from, to, thickness);
        self.ops.push(Op::SetOutlineColor { col: black() });
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
        self.fill(grey);
        self.ops.extend([
            Op::DrawRectangle { rectangle: fill },
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

    /// Draws with `draw` as if on a page of its own, with the part of it inside `source`
    /// shown enlarged or shrunk to fill `window` and nothing outside `window`: a poster's
    /// sheet, or a small copy of a whole map. Both areas are in top-left coordinates and
    /// should have the same shape (the width sets the scale).
    pub fn in_view(&mut self, window: Area, source: Area, draw: impl FnOnce(&mut Page)) {
        self.end_text();
        let scale = window.width / source.width;
        let h = self.height;
        let clip = Rect {
            x: Pt(window.x),
            y: Pt(h - window.top - window.height),
            width: Pt(window.width),
            height: Pt(window.height),
            mode: Some(PaintMode::Clip),
            winding_order: Some(WindingOrder::NonZero),
        };
        // In the PDF's bottom-up space a point drawn at (x, y) lands at
        // (scale·x + e, scale·y + f), which takes source's corner to window's.
        let e = window.x - scale * source.x;
        let f = h - window.top - scale * (h - source.top);
        self.ops.extend([
            Op::SaveGraphicsState,
            Op::DrawRectangle { rectangle: clip },
            Op::SetTransformationMatrix {
                matrix: CurTransMat::Raw([scale, 0.0, 0.0, scale, e, f]),
            },
        ]);
        draw(self);
        self.end_text();
        self.ops.push(Op::RestoreGraphicsState);
        // What was set inside is undone by the restore.
        self.stroke = None;
        self.fill = None;
        self.font = None;
    }

    /// A label followed by a ruled line to write on, ending at `right`.
    pub fn write_in(&mut self, x: f32, baseline: f32, right: f32, label: &str, size: f32) {
        self.text(x, baseline, label, Face::Bold, size);
        let start = x + crate::fonts::face(Face::Bold).width(label, size) + 4.0;
        self.line((start, baseline + 2.0), (right, baseline + 2.0), RULE);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn page() -> Page {
        let id = |name: &str| FontId(name.to_owned());
        let fonts = FontIds {
            regular: id("R"),
            bold: id("B"),
            italic: id("I"),
        };
        Page::new(792.0, fonts, 0)
    }

    fn is_path(op: &Op) -> bool {
        matches!(
            op,
            Op::DrawLine { .. } | Op::DrawRectangle { .. } | Op::SetOutlineThickness { .. }
        )
    }

    #[test]
    fn lines_of_text_share_a_section_and_nothing_else_is_drawn_inside_one() {
        let mut p = page();
        p.text(10.0, 20.0, "Name", Face::Bold, 11.0);
        p.text(10.0, 40.0, "Phone", Face::Bold, 11.0);
        p.line((10.0, 42.0), (200.0, 42.0), RULE);
        p.check_box(10.0, 50.0);
        p.text(30.0, 60.0, "Member", Face::Regular, 9.0);
        p.grey_band(10.0, 70.0, 100.0, 12.0);
        p.text(30.0, 80.0, "Leader", Face::Regular, 9.0);
        let ops = p.into_ops();

        let mut open = false;
        let (mut sections, mut fonts) = (0, 0);
        for op in &ops {
            match op {
                Op::StartTextSection => {
                    assert!(!open, "a text section opened inside another");
                    open = true;
                    sections += 1;
                }
                Op::EndTextSection => {
                    assert!(open, "a text section closed that was not open");
                    open = false;
                }
                Op::SetFont { .. } => fonts += 1,
                Op::ShowText { .. } => assert!(open, "text outside a text section"),
                op if is_path(op) => {
                    assert!(!open, "{op:?} drawn inside a text section")
                }
                _ => {}
            }
        }
        assert!(!open, "the last text section is closed");
        // The first two lines share one section; the line and box close it; the band closes
        // the third; the fourth is alone.
        assert_eq!(sections, 3);
        // The bold 11 is set once for two lines; the regular 9 once, kept across sections.
        assert_eq!(fonts, 2);
    }

    #[test]
    fn text_after_a_grey_band_is_black_again() {
        let mut p = page();
        p.grey_band(10.0, 10.0, 100.0, 12.0);
        p.text(12.0, 20.0, "Heading", Face::Bold, 11.0);
        let fills: Vec<f32> = p
            .into_ops()
            .iter()
            .filter_map(|op| match op {
                Op::SetFillColor {
                    col: Color::Greyscale(g),
                } => Some(g.percent),
                _ => None,
            })
            .collect();
        assert_eq!(fills, vec![GREY_FILL, 0.0]);
    }
}
