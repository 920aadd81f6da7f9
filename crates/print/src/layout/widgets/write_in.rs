//! Places to write by hand: ruled rows for a free answer, a short line for a number, and
//! labelled lines ("Area: ______  Date: ______").

use super::{body, Inline};
use crate::layout::flow::{Block, Slot};
use crate::layout::mm;
use crate::layout::page::{Page, RULE};

/// A row to write in by hand (PAPER.md).
pub const WRITE_ROW_MM: f32 = 9.0;
/// The width of a line to write a number on.
const NUMBER_MM: f32 = 30.0;
/// Below the last row, before what follows.
const BELOW_ROWS: f32 = 4.0;
/// Between one labelled line's end and the next one's label on the same row.
const FIELD_GAP: f32 = 14.0;

fn row() -> f32 {
    mm(WRITE_ROW_MM)
}

/// Ruled rows to write on, a handwriting row apart, across the slot.
#[derive(Debug, Clone, Copy)]
pub struct WriteRows {
    pub rows: usize,
}

impl Block for WriteRows {
    fn height(&self) -> f32 {
        row() * self.rows as f32 + BELOW_ROWS
    }

    fn draw(&self, page: &mut Page, slot: Slot) {
        for n in 1..=self.rows {
            let y = slot.top + row() * n as f32;
            page.line((slot.left, y), (slot.right, y), RULE);
        }
    }
}

/// A short line to write a number on, a handwriting row below the text beside it.
#[derive(Debug, Clone, Copy, Default)]
pub struct NumberLine;

impl Inline for NumberLine {
    fn width(&self) -> f32 {
        mm(NUMBER_MM)
    }
}

impl Block for NumberLine {
    fn height(&self) -> f32 {
        row()
    }

    fn draw(&self, page: &mut Page, slot: Slot) {
        // Ruled where a pen writes, one handwriting row below the question's top.
        let y = slot.top + row() - 4.0;
        page.line((slot.left, y), (slot.left + self.width(), y), RULE);
    }
}

/// Labelled lines to write on, in rows a handwriting row apart. A row holds one line or
/// several side by side; each but the last ends at its share of the width.
#[derive(Debug, Clone)]
pub struct Fields {
    /// Each row's labels, with where each line ends as a share of the width (the last
    /// ends at the right edge, whatever its share).
    rows: Vec<Vec<(String, f32)>>,
    /// The first row's baseline, below the top.
    first: f32,
    /// Kept below the last row's baseline.
    below: f32,
}

impl Fields {
    /// `rows` of labels and shares, the first baseline `first` below the top and `below`
    /// kept under the last.
    pub fn new(rows: Vec<Vec<(String, f32)>>, first: f32, below: f32) -> Fields {
        Fields { rows, first, below }
    }

    /// One label to a row, each line across the whole width.
    pub fn one_per_row(labels: &[String], first: f32, below: f32) -> Fields {
        let rows = labels.iter().map(|l| vec![(l.clone(), 1.0)]).collect();
        Fields::new(rows, first, below)
    }
}

impl Block for Fields {
    fn height(&self) -> f32 {
        self.first + row() * self.rows.len().saturating_sub(1) as f32 + self.below
    }

    fn draw(&self, page: &mut Page, slot: Slot) {
        let mut baseline = slot.top + self.first;
        for fields in &self.rows {
            let mut x = slot.left;
            for (i, (label, share)) in fields.iter().enumerate() {
                let end = if i + 1 == fields.len() {
                    slot.right
                } else {
                    slot.left + slot.width() * share
                };
                page.write_in(x, baseline, end, label, body());
                x = end + FIELD_GAP;
            }
            baseline += row();
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rows_to_write_in_are_a_handwriting_row_apart() {
        let rows = WriteRows { rows: 2 };
        assert!((rows.height() - (2.0 * mm(9.0) + BELOW_ROWS)).abs() < 0.001);
        let fields = Fields::one_per_row(&["Name:".into(), "Phone:".into()], 10.0, 2.0);
        assert!((fields.height() - (10.0 + mm(9.0) + 2.0)).abs() < 0.001);
    }
}
