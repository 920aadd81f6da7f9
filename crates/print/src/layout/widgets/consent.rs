//! The consent block: a heading, the promise made about the details asked for, the boxes it
//! governs ("I agree", "Please contact me") and the rows for those details, all on one page.
//! A promise read out of sight of the details it covers would mean little.

use super::check_boxes::{CheckBoxes, BOXES_INDENT};
use super::section_heading::SectionHeading;
use super::write_in::{Fields, WRITE_ROW_MM};
use crate::layout::bilingual::Lines;
use crate::layout::flow::{Block, Slot};
use crate::layout::mm;
use crate::layout::page::Page;
use crate::layout::style::Style;

/// Between the statement and its boxes.
const ABOVE_BOXES: f32 = 3.0;
/// Each row's label sits this far above the row's foot, on its line.
const LABEL_LIFT: f32 = 2.0;

/// What the consent block says and asks, each text in every print language.
pub struct ConsentTexts<'t> {
    pub heading: &'t [String],
    pub statement: &'t [String],
    /// The boxes' labels.
    pub boxes: &'t [Vec<String>],
    /// The details' labels, one row each ("Name / Nombre:").
    pub rows: &'t [String],
}

#[derive(Debug, Clone)]
pub struct Consent {
    heading: SectionHeading,
    statement: Lines,
    boxes: CheckBoxes,
    rows: Fields,
}

impl Consent {
    /// The block laid out across `width`.
    pub fn new(texts: &ConsentTexts<'_>, width: f32) -> Consent {
        Consent {
            heading: SectionHeading::new(texts.heading, width),
            statement: Lines::paragraph(
                texts.statement,
                Style::Body,
                Style::BodySecond,
                0.0,
                width,
            ),
            boxes: CheckBoxes::new(texts.boxes, width - BOXES_INDENT),
            rows: Fields::one_per_row(texts.rows, mm(WRITE_ROW_MM) - LABEL_LIFT, LABEL_LIFT),
        }
    }
}

impl Block for Consent {
    fn height(&self) -> f32 {
        self.heading.height()
            + self.statement.height()
            + ABOVE_BOXES
            + self.boxes.height()
            + self.rows.height()
    }

    fn draw(&self, page: &mut Page, slot: Slot) {
        let mut top = slot.top;
        self.heading.draw(page, Slot { top, ..slot });
        top += self.heading.height();
        self.statement.draw(page, Slot { top, ..slot });
        top += self.statement.height() + ABOVE_BOXES;
        let boxes = Slot {
            left: slot.left + BOXES_INDENT,
            top,
            ..slot
        };
        self.boxes.draw(page, boxes);
        top += self.boxes.height();
        self.rows.draw(page, Slot { top, ..slot });
    }
}
