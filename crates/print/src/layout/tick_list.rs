//! Names printed with a box to tick, in columns: the people expected at a meeting tick their
//! own name instead of writing it out. A tick needs no room to write, so the rows are short
//! (no ruled lines: these are not rows to write in), and a name too long for its column takes
//! two lines, every row of the list growing to match.

use super::measure::{fit, Fitted};
use super::mm;
use super::page::{Page, CHECK_BOX_MM};
use super::style::Style;
use crate::PrintError;

/// A row holding one line of a name beside its box.
const ROW_MM: f32 = 7.5;
/// A row holding a name in two lines.
const TALL_ROW_MM: f32 = 10.5;
/// Between the box and the name, and between columns.
const GAP: f32 = 6.0;

pub struct TickList {
    names: Vec<Fitted>,
    columns: usize,
    column_width: f32,
    row_height: f32,
    /// The next name to print: the list continues where the last page left off.
    next: usize,
}

impl TickList {
    /// Lays out `names` in `columns` columns across `width`.
    pub fn new(
        names: &[String],
        columns: usize,
        width: f32,
        document: &'static str,
    ) -> Result<TickList, PrintError> {
        let columns = columns.max(1);
        let column_width = width / columns as f32;
        let text_width = column_width - mm(CHECK_BOX_MM) - 2.0 * GAP;
        let names = names
            .iter()
            .map(|name| {
                fit(
                    name,
                    Style::Table,
                    text_width,
                    2,
                    document,
                    "a name to tick",
                )
            })
            .collect::<Result<Vec<_>, _>>()?;
        let two_lines = names.iter().any(|n| n.lines.len() > 1);
        Ok(TickList {
            names,
            columns,
            column_width,
            row_height: mm(if two_lines { TALL_ROW_MM } else { ROW_MM }),
            next: 0,
        })
    }

    pub fn is_done(&self) -> bool {
        self.next >= self.names.len()
    }

    /// Prints as many of the names still to print as fit between `top` and `bottom`, down each
    /// column then across (the order people look for their name in), and returns the height
    /// used.
    pub fn draw(&mut self, page: &mut Page, left: f32, top: f32, bottom: f32) -> f32 {
        let remaining = self.names.len() - self.next;
        let room = ((bottom - top) / self.row_height).floor().max(0.0) as usize;
        let rows = remaining.div_ceil(self.columns).min(room);
        if rows == 0 {
            return 0.0;
        }
        let side = mm(CHECK_BOX_MM);
        let here = (rows * self.columns).min(remaining);
        for (i, name) in self.names[self.next..self.next + here].iter().enumerate() {
            let x = left + (i / rows) as f32 * self.column_width;
            let row_top = top + (i % rows) as f32 * self.row_height;
            page.check_box(x, row_top + (self.row_height - side) / 2.0);
            let leading = Style::leading(name.size);
            let mut baseline = row_top + (self.row_height - name.height()) / 2.0 + name.size;
            for line in &name.lines {
                page.text(
                    x + side + GAP,
                    baseline,
                    line,
                    Style::Table.face(),
                    name.size,
                );
                baseline += leading;
            }
        }
        self.next += here;
        rows as f32 * self.row_height
    }
}
