//! A 1–5 scale: five numbered boxes in a row, for "how hard is this for your household".

use super::{body, side, Inline, BOX_DROP};
use crate::fonts::{face, Face};
use crate::layout::flow::{Block, Slot};
use crate::layout::page::Page;

/// From one box of the scale to the next, number included: 10.6 mm, room for a pen.
const STEP: f32 = 30.0;

/// Five boxes, each after its number.
#[derive(Debug, Clone, Copy, Default)]
pub struct Scale;

impl Scale {
    fn number_width() -> f32 {
        face(Face::Bold).width("5", body()) + 2.0
    }
}

impl Inline for Scale {
    fn width(&self) -> f32 {
        STEP * 4.0 + Scale::number_width() + side()
    }
}

impl Block for Scale {
    fn height(&self) -> f32 {
        side() + BOX_DROP
    }

    /// Draws the scale from the slot's left, level with text starting at its top.
    fn draw(&self, page: &mut Page, slot: Slot) {
        for n in 1..=5u8 {
            let at = slot.left + f32::from(n - 1) * STEP;
            page.text(at, slot.top + body(), &n.to_string(), Face::Bold, body());
            page.check_box(at + Scale::number_width(), slot.top + BOX_DROP);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::layout::mm;

    #[test]
    fn a_scale_has_room_for_a_pen_between_its_boxes() {
        // Five boxes, each with its number, at least 2 mm clear of the next number.
        let gap = STEP - Scale::number_width() - side();
        assert!(gap >= mm(2.0), "{gap} pt");
        assert!(Scale.width() < 160.0);
    }
}
