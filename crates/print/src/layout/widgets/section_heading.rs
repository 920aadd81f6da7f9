//! A section heading under a short thick rule. Not a full-width rule or band: that would read
//! as one more row to write on.

use crate::layout::bilingual::Lines;
use crate::layout::flow::{Block, Slot};
use crate::layout::mm;
use crate::layout::page::Page;
use crate::layout::style::Style;

/// Above the rule, between rule and text, and below the text.
const ABOVE: f32 = 4.0;
const BETWEEN: f32 = 3.0;
const BELOW: f32 = 3.0;
const RULE_MM: f32 = 30.0;
const RULE_WEIGHT: f32 = 2.0;

#[derive(Debug, Clone)]
pub struct SectionHeading {
    lines: Lines,
}

impl SectionHeading {
    /// The heading in each language, as a label across `width`.
    pub fn new(texts: &[String], width: f32) -> SectionHeading {
        SectionHeading {
            lines: Lines::label(texts, Style::Heading, Style::BodySecond, 0.0, width),
        }
    }
}

impl Block for SectionHeading {
    fn height(&self) -> f32 {
        ABOVE + BETWEEN + BELOW + self.lines.height()
    }

    fn draw(&self, page: &mut Page, slot: Slot) {
        let y = slot.top + ABOVE;
        page.line((slot.left, y), (slot.left + mm(RULE_MM), y), RULE_WEIGHT);
        self.lines.draw(
            page,
            Slot {
                top: y + BETWEEN,
                ..slot
            },
        );
    }
}
