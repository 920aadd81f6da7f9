//! Tables to read (an application's budget, a round's awards), as rows of cells placed through
//! the page flow: words that wrap in their column, numbers set flush right so the
//! cents line up, and a rule under each row. Rows are at least a pen's row tall (PAPER.md's
//! 9 mm): full-width rules any closer read as lines to write on, to a person and to the paper
//! checks. A table's header comes again at the top of every page it continues on, no row
//! splits across pages, and the last row (a total) never stands alone.

use crate::fonts::face;
use crate::layout::page::RULE;
use crate::layout::table::MIN_ROW_MM;
use crate::layout::{mm, Block, Flow, Lines, Page, Slot, Style};
use crate::PrintError;

/// Above and below a row's text.
const PAD: f32 = 4.0;
/// Between two columns.
const GUTTER: f32 = 8.0;

/// A column: its share of the table's width, and whether its cells are numbers.
#[derive(Debug, Clone, Copy)]
pub struct Column {
    pub share: f32,
    pub numbers: bool,
}

/// One row: a cell per column, each in one language or several (a header's words).
pub struct Row {
    cells: Vec<(Lines, bool)>,
    lefts: Vec<f32>,
    widths: Vec<f32>,
    height: f32,
    /// A rule under it: every row but a total, which sits under the last line's rule.
    ruled: bool,
    /// Lines between its columns: a row to write in, whose cells have no words to show
    /// where one ends.
    divided: bool,
}

impl Row {
    /// A row of `texts` (one per column) in `style`, laid out across `width`.
    pub fn new(columns: &[Column], width: f32, texts: &[String], style: Style) -> Row {
        Row::laid(
            columns,
            width,
            texts
                .iter()
                .map(|t| vec![t.clone()])
                .collect::<Vec<_>>()
                .as_slice(),
            (style, style),
            true,
        )
    }

    /// A header row: each column's label in every language, the second in italic below.
    pub fn header(columns: &[Column], width: f32, labels: &[Vec<String>]) -> Row {
        Row::laid(
            columns,
            width,
            labels,
            (Style::TableHeader, Style::TableHeaderSecond),
            true,
        )
    }

    /// The same row with lines between its columns, to write in.
    pub fn divided(mut self) -> Row {
        self.divided = true;
        self
    }

    /// A closing row (a total), in bold under the last line.
    pub fn total(columns: &[Column], width: f32, texts: &[String]) -> Row {
        let mut row = Row::new(columns, width, texts, Style::TableHeader);
        row.ruled = false;
        row
    }

    fn laid(
        columns: &[Column],
        width: f32,
        texts: &[Vec<String>],
        (first, second): (Style, Style),
        ruled: bool,
    ) -> Row {
        let shares: f32 = columns.iter().map(|c| c.share).sum();
        let room = width - GUTTER * (columns.len().saturating_sub(1)) as f32;
        let widths: Vec<f32> = columns.iter().map(|c| room * c.share / shares).collect();
        let mut lefts = Vec::with_capacity(columns.len());
        let mut x = 0.0;
        for w in &widths {
            lefts.push(x);
            x += w + GUTTER;
        }
        let cells: Vec<(Lines, bool)> = columns
            .iter()
            .zip(texts)
            .zip(&widths)
            .map(|((column, words), w)| {
                (
                    Lines::paragraph(words, first, second, 0.0, *w),
                    column.numbers,
                )
            })
            .collect();
        let height = cells
            .iter()
            .map(|(lines, _)| lines.height())
            .fold(0.0, f32::max)
            + 2.0 * PAD;
        let height = height.max(mm(MIN_ROW_MM + 0.5));
        Row {
            cells,
            lefts,
            widths,
            height,
            ruled,
            divided: false,
        }
    }
}

impl Block for Row {
    fn height(&self) -> f32 {
        self.height
    }

    fn draw(&self, page: &mut Page, slot: Slot) {
        // Centred in a row taller than its words.
        let words = self
            .cells
            .iter()
            .map(|(lines, _)| lines.height())
            .fold(0.0, f32::max);
        let inset = (self.height - words) / 2.0;
        for (((lines, numbers), left), width) in
            self.cells.iter().zip(&self.lefts).zip(&self.widths)
        {
            let mut top = slot.top + inset;
            for line in lines.lines() {
                for run in &line.runs {
                    let size = run.style.size();
                    let x = if *numbers {
                        // Flush right, so the cents of a column line up.
                        let w = face(run.style.face()).width(&run.text, size);
                        slot.left + left + width - w
                    } else {
                        slot.left + left + run.x
                    };
                    page.text(x, top + size, &run.text, run.style.face(), size);
                }
                top += line.height();
            }
        }
        if self.ruled {
            let bottom = slot.top + self.height;
            page.line((slot.left, bottom), (slot.right, bottom), RULE);
        }
        if self.divided {
            for left in self.lefts.iter().skip(1) {
                let x = slot.left + left - GUTTER / 2.0;
                page.line((x, slot.top), (x, slot.top + self.height), RULE);
            }
        }
    }
}

/// Places `header` and `rows` down the flow: the header kept with the first row, and put
/// again at the top of each page the rows go on to.
pub fn place_table<R: Block>(
    flow: &mut Flow<'_, '_>,
    header: &R,
    rows: &[R],
    the_table: &str,
) -> Result<(), PrintError> {
    flow.keep(header.height() + rows.first().map_or(0.0, Block::height));
    flow.place(header, &format!("{the_table}'s header"))?;
    for (i, row) in rows.iter().enumerate() {
        // The last row comes with the one before it: a total is read beside what it adds.
        let with_next = if i + 2 == rows.len() {
            rows[i + 1].height()
        } else {
            0.0
        };
        if row.height() + with_next > flow.room() {
            flow.new_page();
            flow.place(header, &format!("{the_table}'s header"))?;
        }
        flow.place(row, &format!("a row of {the_table}"))?;
    }
    Ok(())
}
