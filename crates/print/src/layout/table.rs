//! Tables to fill in by hand: a header row (repeated on every page, in each language) over
//! ruled rows tall enough to write in with a pen. A row never splits across pages.

use super::frame::Frame;
use super::measure::{fit, Fitted};
use super::mm;
use super::page::{Page, CHECK_BOX_MM, RULE};
use super::style::Style;
use crate::PrintError;

/// Handwriting, with a pen, standing up, needs at least 9 mm.
pub const MIN_ROW_MM: f32 = 9.0;
const CELL_PAD: f32 = 4.0;

#[derive(Debug, Clone, Copy, PartialEq)]
pub enum ColumnKind {
    /// A blank cell to write in.
    Write,
    /// A check box, centred in the cell.
    Check,
}

#[derive(Debug, Clone)]
pub struct Column {
    /// The header in each of the document's languages, first language first.
    pub headers: Vec<String>,
    /// Share of the table's width; shares are normalized.
    pub share: f32,
    pub kind: ColumnKind,
}

pub struct Table {
    pub columns: Vec<Column>,
    pub row_height_mm: f32,
    /// Text printed in the first cell of each row (names of people expected); empty rows
    /// beyond these are left blank.
    pub prefilled: Vec<String>,
    /// Rows to print across as many pages as needed; `None` fills exactly one page.
    pub rows: Option<usize>,
}

/// What a page shows above its table: its height, and whether the table may wait for the next
/// page when this one has no room left for a row (a list of names to tick that filled it).
pub struct Above {
    pub height: f32,
    pub table_may_wait: bool,
}

struct Laid {
    x: f32,
    width: f32,
    headers: Vec<(Style, Fitted)>,
}

impl Table {
    /// Lays the table out from `top` on a new page, continuing on as many pages as the rows
    /// need. `above_table` draws what each page shows between the header and the table (a
    /// write-in line for the date, say) and says how much room it took.
    pub fn draw(
        &self,
        frame: &mut Frame<'_>,
        document: &'static str,
        mut above_table: impl FnMut(&mut Page, f32, f32) -> Above,
    ) -> Result<usize, PrintError> {
        if self.row_height_mm < MIN_ROW_MM {
            return Err(PrintError::InvalidRequest(format!(
                "{document}: rows of {} mm are too short to write in (at least {MIN_ROW_MM} mm)",
                self.row_height_mm
            )));
        }
        let paper = frame.paper();
        let laid = self.lay_out_columns(paper.left(), paper.inner_width(), document)?;
        let header_height = laid
            .iter()
            .map(|c| c.headers.iter().map(|(_, f)| f.height()).sum::<f32>())
            .fold(0.0, f32::max)
            + 2.0 * CELL_PAD;
        let row_height = mm(self.row_height_mm);
        let mut drawn = 0;
        let mut pages = 0;
        let mut wanted = self.rows.unwrap_or(usize::MAX);
        while drawn < wanted || pages == 0 {
            let top = frame.content_top();
            let bottom = frame.content_bottom();
            let page = frame.new_page();
            pages += 1;
            let above = above_table(page, top, bottom);
            let table_top = top + above.height;
            let fits = ((bottom - table_top - header_height) / row_height)
                .floor()
                .max(0.0) as usize;
            if fits == 0 && above.table_may_wait {
                continue;
            }
            if fits == 0 {
                return Err(PrintError::InvalidRequest(format!(
                    "{document}: no room for a row on the page"
                )));
            }
            if self.rows.is_none() {
                wanted = fits.max(self.prefilled.len());
            }
            let here = fits.min(wanted - drawn);
            self.draw_header(page, &laid, table_top, header_height);
            let rows_top = table_top + header_height;
            for row in 0..here {
                let y = rows_top + row as f32 * row_height;
                self.draw_row(
                    page,
                    &laid,
                    y,
                    row_height,
                    self.prefilled.get(drawn + row),
                    document,
                )?;
            }
            let table_bottom = rows_top + here as f32 * row_height;
            for column in &laid {
                page.line((column.x, table_top), (column.x, table_bottom), RULE);
            }
            let right = paper.left() + paper.inner_width();
            page.line((right, table_top), (right, table_bottom), RULE);
            drawn += here;
        }
        Ok(pages)
    }

    fn lay_out_columns(
        &self,
        left: f32,
        width: f32,
        document: &'static str,
    ) -> Result<Vec<Laid>, PrintError> {
        let total_share: f32 = self.columns.iter().map(|c| c.share).sum();
        let mut x = left;
        let mut laid = Vec::new();
        for column in &self.columns {
            let w = width * column.share / total_share;
            let inner = w - 2.0 * CELL_PAD;
            let mut headers = Vec::new();
            for (i, text) in column.headers.iter().enumerate() {
                let style = if i == 0 {
                    Style::TableHeader
                } else {
                    Style::TableHeaderSecond
                };
                headers.push((
                    style,
                    fit(
                        text,
                        style,
                        inner,
                        3,
                        document,
                        &format!("column '{}'", column.headers[0]),
                    )?,
                ));
            }
            laid.push(Laid {
                x,
                width: w,
                headers,
            });
            x += w;
        }
        Ok(laid)
    }

    fn draw_header(&self, page: &mut Page, laid: &[Laid], top: f32, height: f32) {
        let right = laid.last().map(|c| c.x + c.width).unwrap_or(0.0);
        let left = laid.first().map(|c| c.x).unwrap_or(0.0);
        page.grey_band(left, top, right - left, height);
        page.line((left, top), (right, top), 1.0);
        for column in laid {
            let mut y = top + CELL_PAD;
            for (style, fitted) in &column.headers {
                for line in &fitted.lines {
                    y += fitted.size;
                    page.text(column.x + CELL_PAD, y, line, style.face(), fitted.size);
                    y += Style::leading(fitted.size) - fitted.size;
                }
            }
        }
        page.line((left, top + height), (right, top + height), 1.0);
    }

    fn draw_row(
        &self,
        page: &mut Page,
        laid: &[Laid],
        top: f32,
        height: f32,
        prefilled: Option<&String>,
        document: &'static str,
    ) -> Result<(), PrintError> {
        let right = laid.last().map(|c| c.x + c.width).unwrap_or(0.0);
        let left = laid.first().map(|c| c.x).unwrap_or(0.0);
        for (column, spec) in laid.iter().zip(&self.columns) {
            if spec.kind == ColumnKind::Check {
                let side = mm(CHECK_BOX_MM);
                page.check_box(
                    column.x + (column.width - side) / 2.0,
                    top + (height - side) / 2.0,
                );
            }
        }
        if let (Some(name), Some(first)) = (prefilled, laid.first()) {
            let fitted = fit(
                name,
                Style::Table,
                first.width - 2.0 * CELL_PAD,
                2,
                document,
                "a pre-printed name",
            )?;
            // A long name takes two lines, centred in the row like a short one.
            let leading = Style::leading(fitted.size);
            let mut baseline = top + (height - fitted.height()) / 2.0 + fitted.size;
            for line in &fitted.lines {
                page.text(
                    first.x + CELL_PAD,
                    baseline,
                    line,
                    Style::Table.face(),
                    fitted.size,
                );
                baseline += leading;
            }
        }
        page.line((left, top + height), (right, top + height), RULE);
        Ok(())
    }
}
