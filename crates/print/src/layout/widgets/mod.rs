//! The parts of a form people fill in with a pen, each a [`Block`] measured before it is drawn:
//! check boxes with their labels, 1–5 scales, rows and lines to write on, a section heading,
//! the consent block, and the form's number at the top of each page. Sizes hold PAPER.md's
//! minimums: boxes of [`CHECK_BOX_MM`], rows of [`WRITE_ROW_MM`], labels at body size.
//!
//! A document decides which widget answers what (a needs survey's question kinds, say); the
//! widgets know nothing of any one document.

mod check_boxes;
mod consent;
mod form_number;
mod scale;
mod section_heading;
mod signature;
mod write_in;

pub use check_boxes::{BoxRow, CheckBoxes, BOXES_INDENT};
pub use consent::{Consent, ConsentTexts};
pub use form_number::FormNumber;
pub use scale::Scale;
pub use section_heading::SectionHeading;
pub use signature::Signature;
pub use write_in::{Fields, NumberLine, WriteRows, WRITE_ROW_MM};

use super::flow::Block;
use super::mm;
use super::page::CHECK_BOX_MM;
use super::style::Style;

/// A widget that sits on the right of a question's first line rather than below it: a scale,
/// yes/no boxes, a line for a number.
pub trait Inline: Block {
    fn width(&self) -> f32;
}

/// Between a check box and its label.
const BOX_GAP: f32 = 5.0;
/// Between a box's top and the top of its line: the box sits centred on the text.
const BOX_DROP: f32 = 0.5;

fn side() -> f32 {
    mm(CHECK_BOX_MM)
}

/// Labels beside boxes print at body size.
fn body() -> f32 {
    Style::Body.size()
}
