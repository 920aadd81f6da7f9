//! A handout's blocks down the page flow: headings kept with what follows, paragraphs line by
//! line, lists with their bullets, numbers and boxes to tick, tables (a row of empty cells is
//! a row to write in), and lines to write on, a pen's row apart.

use groundwork_core::training::markup::{is_blank_row, plain, Block as Markup, Item, Span};

use super::rich::{lines, Marker, RichLine};
use crate::fonts::{face, Face};
use crate::layout::page::RULE;
use crate::layout::read_table::{place_table, Column, Row};
use crate::layout::widgets::WRITE_ROW_MM;
use crate::layout::{mm, Block, Flow, Page, Slot, Style};
use crate::PrintError;

/// How far a list's items stand in from its marks.
const LIST_INDENT: f32 = 18.0;
/// How far a quotation stands in.
const QUOTE_INDENT: f32 = 16.0;
/// Room kept below a heading for what follows it.
const KEEP_WITH_HEADING: f32 = 70.0;

fn heading_size(level: u8) -> f32 {
    match level {
        1 => Style::TitleSecond.size(),
        2 => Style::Heading.size(),
        _ => Style::Body.size(),
    }
}

/// Places `blocks` `indent` points in from the left margin.
pub fn place(flow: &mut Flow<'_, '_>, blocks: &[Markup], indent: f32) -> Result<(), PrintError> {
    for (n, block) in blocks.iter().enumerate() {
        place_one(flow, block, indent, n == 0)?;
    }
    Ok(())
}

fn place_one(
    flow: &mut Flow<'_, '_>,
    block: &Markup,
    indent: f32,
    first: bool,
) -> Result<(), PrintError> {
    let width = flow.paper().inner_width();
    match block {
        Markup::Heading { level, spans } => {
            if !first {
                flow.gap(if *level == 1 { 14.0 } else { 10.0 });
            }
            flow.keep(KEEP_WITH_HEADING);
            let size = heading_size(*level);
            for line in lines(spans, Face::Bold, size, indent, width) {
                flow.place(&line, "a heading")?;
            }
            flow.gap(3.0);
        }
        Markup::Paragraph { spans } => {
            let body = lines(spans, Face::Regular, Style::Body.size(), indent, width);
            flow.place_each(&body, "a paragraph")?;
            flow.gap(6.0);
        }
        Markup::List {
            ordered,
            start,
            items,
        } => {
            for (n, item) in items.iter().enumerate() {
                let marker = match (item.check, ordered) {
                    (Some(ticked), _) => Marker::CheckBox(ticked),
                    (None, true) => Marker::Number(start + n as u32),
                    (None, false) => Marker::Bullet,
                };
                list_item(flow, item, marker, indent)?;
            }
            flow.gap(4.0);
        }
        Markup::Table { header, rows } => table(flow, header, rows, indent)?,
        Markup::WriteIn { lines } => {
            for label in lines {
                flow.place(&WriteLine::new(label, indent, width), "a line to write on")?;
            }
            flow.gap(6.0);
        }
        Markup::Quote { blocks } => place(flow, blocks, indent + QUOTE_INDENT)?,
        Markup::Break => flow.gap(14.0),
    }
    Ok(())
}

/// An item: its mark beside its first line, what it holds stood in.
fn list_item(
    flow: &mut Flow<'_, '_>,
    item: &Item,
    marker: Marker,
    indent: f32,
) -> Result<(), PrintError> {
    let width = flow.paper().inner_width();
    let inner = indent + LIST_INDENT;
    let mut rest: &[Markup] = &item.blocks;
    let first: Vec<RichLine> = match item.blocks.first() {
        Some(Markup::Paragraph { spans }) => {
            rest = &item.blocks[1..];
            lines(spans, Face::Regular, Style::Body.size(), inner, width)
        }
        // An item with nothing written, or that starts with something else: its mark alone.
        _ => lines(&[], Face::Regular, Style::Body.size(), inner, width),
    };
    let mut first = first;
    if let Some(line) = first.first_mut() {
        line.marker = Some((marker, indent));
    }
    flow.place_each(&first, "a list item")?;
    if !rest.is_empty() {
        place(flow, rest, inner)?;
    }
    flow.gap(2.0);
    Ok(())
}

/// A table across the page: columns as wide as their words need, the header in bold.
fn table(
    flow: &mut Flow<'_, '_>,
    header: &[Vec<Span>],
    rows: &[Vec<Vec<Span>>],
    indent: f32,
) -> Result<(), PrintError> {
    let width = flow.paper().inner_width() - indent;
    let columns = column_shares(header, rows, width);
    if columns.is_empty() {
        return Ok(());
    }
    let labels: Vec<Vec<String>> = header.iter().map(|c| vec![plain(c)]).collect();
    let head = Row::header(&columns, width, &labels);
    let body: Vec<Row> = rows
        .iter()
        .map(|r| {
            let texts: Vec<String> = r.iter().map(|c| plain(c)).collect();
            let row = Row::new(&columns, width, &texts, Style::Table);
            if is_blank_row(r) {
                row.divided()
            } else {
                row
            }
        })
        .collect();
    flow.gap(2.0);
    if indent > 0.0 {
        place_table(
            flow,
            &Indented(head, indent),
            &indented(body, indent),
            "a table",
        )?;
    } else {
        place_table(flow, &head, &body, "a table")?;
    }
    flow.gap(8.0);
    Ok(())
}

/// The gap the table keeps between columns (as [`Row`] does).
const COLUMN_GAP: f32 = 8.0;

/// Each column's share of the table: as much as its longest text asks for, within bounds,
/// and never narrower than its longest word, so words are not broken between letters.
fn column_shares(header: &[Vec<Span>], rows: &[Vec<Vec<Span>>], width: f32) -> Vec<Column> {
    let n = header.len();
    if n == 0 {
        return Vec::new();
    }
    let room = width - COLUMN_GAP * (n - 1) as f32;
    let cells = |c: usize| {
        std::iter::once((&header[c], Style::TableHeader)).chain(
            rows.iter()
                .filter_map(move |r| r.get(c))
                .map(|cell| (cell, Style::Table)),
        )
    };
    let narrowest: Vec<f32> = (0..n)
        .map(|c| {
            cells(c)
                .flat_map(|(cell, style)| {
                    plain(cell)
                        .split_whitespace()
                        .map(|w| face(style.face()).width(w, style.size()))
                        .collect::<Vec<_>>()
                })
                .fold(0.0, f32::max)
                + 1.0
        })
        .collect();
    // A table only to write in shares the page evenly: the words to come are not known.
    let to_write_in = rows.iter().all(|r| is_blank_row(r));
    let wanted: Vec<f32> = (0..n)
        .map(|c| {
            if to_write_in {
                return 1.0;
            }
            let chars = cells(c)
                .map(|(cell, _)| plain(cell).chars().count())
                .max()
                .unwrap_or(0);
            (chars as f32).clamp(6.0, 40.0)
        })
        .collect();
    let total: f32 = wanted.iter().sum();
    let mut widths: Vec<f32> = wanted.iter().map(|w| room * w / total).collect();
    // Columns too narrow for a word take what they need from the others, which give it in
    // proportion to what they have above their own narrowest.
    let short: f32 = (0..n).map(|c| (narrowest[c] - widths[c]).max(0.0)).sum();
    if short > 0.0 {
        let spare: f32 = (0..n).map(|c| (widths[c] - narrowest[c]).max(0.0)).sum();
        for c in 0..n {
            if widths[c] < narrowest[c] {
                widths[c] = narrowest[c];
            } else if spare > 0.0 {
                widths[c] -= short * (widths[c] - narrowest[c]) / spare;
            }
        }
    }
    widths
        .into_iter()
        .map(|w| Column {
            share: w.max(1.0),
            numbers: false,
        })
        .collect()
}

/// A table row stood in from the margin (a table inside a list item).
pub struct Indented<B: Block>(pub B, pub f32);

fn indented(rows: Vec<Row>, by: f32) -> Vec<Indented<Row>> {
    rows.into_iter().map(|r| Indented(r, by)).collect()
}

impl<B: Block> Block for Indented<B> {
    fn height(&self) -> f32 {
        self.0.height()
    }

    fn draw(&self, page: &mut Page, slot: Slot) {
        self.0.draw(
            page,
            Slot {
                left: slot.left + self.1,
                ..slot
            },
        );
    }
}

/// A line to write on: its label in bold, then the line to the right margin; a label that
/// leaves no room has its line on the row below.
pub struct WriteLine {
    label: Vec<String>,
    indent: f32,
    /// Where the line starts after the label's last row, from the slot's left.
    line_from: f32,
}

/// The shortest line worth writing on beside its label.
const SHORTEST_LINE_MM: f32 = 40.0;

impl WriteLine {
    fn new(label: &[Span], indent: f32, width: f32) -> WriteLine {
        let size = Style::Body.size();
        let text = plain(label).trim().to_owned();
        let room = width - indent;
        let mut label_lines = if text.is_empty() {
            Vec::new()
        } else {
            crate::layout::measure::wrap(&text, Face::Bold, size, room)
        };
        let last = label_lines
            .last()
            .map_or(0.0, |l| face(Face::Bold).width(l, size) + 6.0);
        let line_from = if last + mm(SHORTEST_LINE_MM) > room {
            label_lines.push(String::new());
            indent
        } else {
            indent + last
        };
        if label_lines.is_empty() {
            label_lines.push(String::new());
        }
        WriteLine {
            label: label_lines,
            indent,
            line_from,
        }
    }

    fn row() -> f32 {
        mm(WRITE_ROW_MM + 0.5)
    }
}

impl Block for WriteLine {
    fn height(&self) -> f32 {
        Self::row() * self.label.len() as f32
    }

    fn draw(&self, page: &mut Page, slot: Slot) {
        let size = Style::Body.size();
        let mut baseline = slot.top;
        for text in &self.label {
            baseline += Self::row();
            if !text.is_empty() {
                page.text(
                    slot.left + self.indent,
                    baseline - 3.0,
                    text,
                    Face::Bold,
                    size,
                );
            }
        }
        page.line(
            (slot.left + self.line_from, baseline - 1.0),
            (slot.right, baseline - 1.0),
            RULE,
        );
    }
}
