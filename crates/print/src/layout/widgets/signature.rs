//! Lines to sign and date a document sent on paper (an application, a letter): each its own
//! line, a pen's row apart, the label in each language before it.

use crate::layout::flow::{Block, Slot};
use crate::layout::page::Page;
use crate::layout::style::Style;

pub struct Signature {
    /// "Signed for the chapter / Firmado por el capítulo".
    pub signed: String,
    /// "Date / Fecha".
    pub date: String,
}

/// From one write-in line to the next: more than a pen's 9 mm.
const SIGNATURE_ROW: f32 = 32.0;

impl Block for Signature {
    fn height(&self) -> f32 {
        SIGNATURE_ROW * 2.0 + 4.0
    }

    fn draw(&self, page: &mut Page, slot: Slot) {
        let size = Style::Body.size();
        let signed_at = slot.top + SIGNATURE_ROW;
        page.write_in(slot.left, signed_at, slot.right, &self.signed, size);
        let date_right = slot.left + slot.width() * 0.6;
        page.write_in(
            slot.left,
            signed_at + SIGNATURE_ROW,
            date_right,
            &self.date,
            size,
        );
    }
}
