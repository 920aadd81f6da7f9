//! The meeting sign-in sheet: passed around the room, filled in by pen, typed in afterwards.

use chrono::NaiveDate;
use groundwork_core::settings::{LanguageChoice, PaperSize};

use crate::catalog::Catalog;
use crate::fonts::Face;
use crate::layout::measure::fit;
use crate::layout::{Column, ColumnKind, Frame, FrameSpec, Paper, Style, Table};
use crate::{PrintError, Printed};

const DOCUMENT: &str = "sign-in sheet";
/// Tall enough for handwriting with room to spare.
pub const ROW_MM: f32 = 10.0;
/// More rows than this is a mistake, not a meeting.
pub const MAX_ROWS: usize = 20_000;

pub struct SignInSheet<'a> {
    pub chapter_name: &'a str,
    /// Printed under the header, e.g. "General meeting"; `None` leaves a line to write on.
    pub meeting_title: Option<&'a str>,
    pub paper: PaperSize,
    pub language: LanguageChoice,
    /// Rows to print; `None` fills one page.
    pub rows: Option<usize>,
    pub printed_on: NaiveDate,
    pub is_sample: bool,
}

/// Renders the sheet.
pub fn render(sheet: &SignInSheet<'_>) -> Result<Printed, PrintError> {
    if sheet.rows == Some(0) || sheet.rows.is_some_and(|r| r > MAX_ROWS) {
        return Err(PrintError::InvalidRequest(format!(
            "rows: choose between 1 and {MAX_ROWS} rows"
        )));
    }
    let catalogs: Vec<Catalog> = sheet
        .language
        .languages()
        .iter()
        .map(|l| Catalog::new(*l))
        .collect();
    let mut frame = Frame::new(FrameSpec {
        document: DOCUMENT,
        paper: Paper::of(sheet.paper),
        chapter_name: sheet.chapter_name,
        title_id: "sign-in-title",
        catalogs: &catalogs,
        printed_on: sheet.printed_on,
        is_sample: sheet.is_sample,
    })?;
    let header = |id: &str| frame.texts(id);
    let columns = vec![
        Column {
            headers: header("col-name")?,
            share: 25.0,
            kind: ColumnKind::Write,
        },
        Column {
            headers: header("col-phone")?,
            share: 16.0,
            kind: ColumnKind::Write,
        },
        Column {
            headers: header("col-email")?,
            share: 24.0,
            kind: ColumnKind::Write,
        },
        Column {
            headers: header("col-zip")?,
            share: 10.0,
            kind: ColumnKind::Write,
        },
        Column {
            headers: header("col-first-time")?,
            share: 12.0,
            kind: ColumnKind::Check,
        },
        Column {
            headers: header("col-language")?,
            share: 13.0,
            kind: ColumnKind::Write,
        },
    ];
    let date_label = format!("{}:", frame.texts("sign-in-date")?.join(" / "));
    let place_label = format!("{}:", frame.texts("sign-in-place")?.join(" / "));
    let paper = frame.paper();
    // Each language on its own line, the second in italic, as on every bilingual page.
    let welcome_fit = frame
        .texts("sign-in-welcome")?
        .iter()
        .enumerate()
        .map(|(i, text)| {
            let style = if i == 0 {
                Style::Body
            } else {
                Style::BodySecond
            };
            let fitted = fit(
                text,
                style,
                paper.inner_width(),
                2,
                DOCUMENT,
                "welcome line",
            )?;
            Ok((style, fitted))
        })
        .collect::<Result<Vec<_>, PrintError>>()?;
    let meeting_fit = match sheet.meeting_title {
        Some(title) if !title.trim().is_empty() => Some(fit(
            title.trim(),
            Style::Heading,
            paper.inner_width(),
            2,
            DOCUMENT,
            "meeting title",
        )?),
        _ => None,
    };
    let table = Table {
        columns,
        row_height_mm: ROW_MM,
        prefilled: Vec::new(),
        rows: sheet.rows,
    };
    table.draw(&mut frame, DOCUMENT, |page, top| {
        let mut y = top;
        if let Some(fitted) = &meeting_fit {
            for line in &fitted.lines {
                y += Style::leading(fitted.size);
                page.text(paper.left(), y, line, Face::Bold, fitted.size);
            }
        }
        let size = Style::Body.size();
        y += Style::leading(size) + 6.0;
        let middle = paper.left() + paper.inner_width() * 0.45;
        page.write_in(paper.left(), y, middle - 12.0, &date_label, size);
        page.write_in(middle, y, paper.right(), &place_label, size);
        y += 6.0;
        for (style, fitted) in &welcome_fit {
            for line in &fitted.lines {
                y += Style::leading(fitted.size);
                page.text(paper.left(), y, line, style.face(), fitted.size);
            }
        }
        y + 8.0 - top
    })?;
    frame.finish()
}
