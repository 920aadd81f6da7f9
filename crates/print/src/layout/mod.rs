//! The layout layer every document is built on.
//!
//! Coordinates here are points measured from the top-left corner of the page, y growing down,
//! which is how a page is read; [`page::Page`] converts to PDF's bottom-left origin.
//! The minimum sizes of PAPER.md live in [`style`] and [`measure`]: a document asks for a style,
//! never for a raw font size, so it cannot print text smaller than allowed.
//!
//! A document that runs down its pages writes through a [`Flow`]: it places [`Block`]s, each
//! measured before it is drawn, so none runs past the bottom margin. Its text comes as
//! [`bilingual::Lines`] in one language or two, and the parts of a form people fill in are the
//! [`widgets`]. Tables ([`Table`]) and lists of names to tick ([`TickList`]) fill their pages
//! themselves, row by row.

pub mod bar_row;
pub mod bilingual;
pub mod booklet;
pub mod flow;
pub mod frame;
pub mod measure;
pub mod page;
pub mod paper;
pub mod pdf_bytes;
pub mod prose;
pub mod read_table;
pub mod style;
pub mod table;
pub mod tick_list;
pub mod widgets;

pub use bar_row::BarRow;
pub use bilingual::Lines;
pub use flow::{Block, Flow, Slot};
pub use frame::{Frame, FrameSpec};
pub use page::Page;
pub use paper::Paper;
pub use style::Style;
pub use table::{Above, Column, ColumnKind, Table};
pub use tick_list::TickList;

/// Millimetres to points.
pub fn mm(value: f32) -> f32 {
    value * 72.0 / 25.4
}
