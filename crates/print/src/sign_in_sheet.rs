//! The meeting sign-in sheet: passed around the room, filled in by pen, typed in afterwards.

use chrono::{NaiveDate, NaiveDateTime};
use groundwork_core::meetings::Meeting;
use groundwork_core::settings::{Chapter, LanguageChoice, PaperSize};

use crate::catalog::Catalog;
use crate::fonts::Face;
use crate::layout::measure::{fit, Fitted};
use crate::layout::{
    Above, Column, ColumnKind, Frame, FrameSpec, Page, Paper, Style, Table, TickList,
};
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
    /// A scheduled meeting: its time, place and what it offers are printed, and the sheet turns
    /// sideways to add "childcare next time?" and "I can help with" boxes.
    pub meeting: Option<MeetingFacts<'a>>,
    /// Names of people expected, printed above the table each with a box to tick.
    pub expected: Vec<String>,
}

/// Columns of names to tick: three across a sideways page, two down a tall one.
fn tick_columns(paper: Paper) -> usize {
    if paper.width > paper.height {
        3
    } else {
        2
    }
}

/// Rows to write in when people are expected: for newcomers, half as many as expected and at
/// least a handful (those expected tick their name instead of writing it).
fn newcomer_rows(expected: usize) -> usize {
    (expected / 2).max(8)
}

/// What a sheet for a scheduled meeting says about it.
pub struct MeetingFacts<'a> {
    /// When it starts, in the chapter's time: printed in words in each language.
    pub when: NaiveDateTime,
    pub place: Option<&'a str>,
    pub childcare: bool,
    pub interpretation: Vec<String>,
    pub food: bool,
    pub step_free: bool,
}

fn column(frame: &Frame<'_>, id: &str, share: f32, kind: ColumnKind) -> Result<Column, PrintError> {
    Ok(Column {
        headers: frame.texts(id)?,
        share,
        kind,
    })
}

/// The blank sheet's columns; a meeting's sheet adds childcare and offers of help.
fn columns(frame: &Frame<'_>, for_meeting: bool) -> Result<Vec<Column>, PrintError> {
    use ColumnKind::{Check, Write};
    if !for_meeting {
        return [
            ("col-name", 25.0, Write),
            ("col-phone", 16.0, Write),
            ("col-email", 24.0, Write),
            ("col-zip", 10.0, Write),
            ("col-first-time", 12.0, Check),
            ("col-language", 13.0, Write),
        ]
        .into_iter()
        .map(|(id, share, kind)| column(frame, id, share, kind))
        .collect();
    }
    [
        ("col-name", 16.0, Write),
        ("col-phone", 11.0, Write),
        ("col-email", 12.0, Write),
        ("col-zip", 6.5, Write),
        ("col-first-time", 8.5, Check),
        ("col-language", 9.5, Write),
        ("col-childcare-next", 13.0, Check),
        ("col-help-calls", 7.5, Check),
        ("col-help-food", 7.5, Check),
        ("col-help-rides", 7.5, Check),
    ]
    .into_iter()
    .map(|(id, share, kind)| column(frame, id, share, kind))
    .collect()
}

/// "When: … · Where: … · Childcare · Interpretation: Spanish · Food · Step-free access", in
/// each of the sheet's languages.
fn meeting_line(frame: &Frame<'_>, facts: &MeetingFacts<'_>) -> Result<Vec<String>, PrintError> {
    let mut lines = Vec::new();
    for catalog in frame.catalogs() {
        let when = crate::dates::day_and_time(catalog, facts.when)?;
        let mut parts = vec![format!("{}: {when}", catalog.text("sign-in-date")?)];
        if let Some(place) = facts.place {
            parts.push(format!("{}: {place}", catalog.text("sign-in-place")?));
        }
        if facts.childcare {
            parts.push(catalog.text("offer-childcare")?);
        }
        if !facts.interpretation.is_empty() {
            parts.push(format!(
                "{}: {}",
                catalog.text("offer-interpretation")?,
                facts.interpretation.join(", ")
            ));
        }
        if facts.food {
            parts.push(catalog.text("offer-food")?);
        }
        if facts.step_free {
            parts.push(catalog.text("offer-step-free")?);
        }
        lines.push(parts.join(" · "));
    }
    Ok(lines)
}

/// Writes each fitted text's lines from `top` down in its style; returns the height used.
fn write_lines(page: &mut Page, left: f32, top: f32, texts: &[(Style, Fitted)]) -> f32 {
    let mut y = top;
    for (style, fitted) in texts {
        for line in &fitted.lines {
            y += Style::leading(fitted.size);
            page.text(left, y, line, style.face(), fitted.size);
        }
    }
    y - top
}

/// Renders the sheet.
pub fn render(sheet: &SignInSheet<'_>) -> Result<Printed, PrintError> {
    if sheet.rows == Some(0) || sheet.rows.is_some_and(|r| r > MAX_ROWS) {
        return Err(PrintError::InvalidRequest(format!(
            "rows: choose between 1 and {MAX_ROWS} rows"
        )));
    }
    let catalogs = Catalog::all_of(sheet.language);
    let paper = if sheet.meeting.is_some() {
        Paper::of(sheet.paper).landscape()
    } else {
        Paper::of(sheet.paper)
    };
    let mut frame = Frame::new(FrameSpec {
        document: DOCUMENT,
        paper,
        chapter_name: sheet.chapter_name,
        title_id: "sign-in-title",
        titles: None,
        catalogs: &catalogs,
        printed_on: sheet.printed_on,
        is_sample: sheet.is_sample,
    })?;
    let columns = columns(&frame, sheet.meeting.is_some())?;
    let date_label = format!("{}:", frame.texts("sign-in-date")?.join(" / "));
    let place_label = format!("{}:", frame.texts("sign-in-place")?.join(" / "));
    let width = paper.inner_width();
    // Each language on its own line, the second in italic, as on every bilingual page.
    let bilingual = |texts: Vec<String>, first: Style, second: Style, what: &str| {
        texts
            .iter()
            .enumerate()
            .map(|(i, text)| {
                let style = if i == 0 { first } else { second };
                Ok((style, fit(text, style, width, 2, DOCUMENT, what)?))
            })
            .collect::<Result<Vec<_>, PrintError>>()
    };
    let welcome_fit = bilingual(
        frame.texts("sign-in-welcome")?,
        Style::Body,
        Style::BodySecond,
        "welcome line",
    )?;
    let facts_fit = match &sheet.meeting {
        Some(facts) => bilingual(
            meeting_line(&frame, facts)?,
            Style::Body,
            Style::BodySecond,
            "meeting line",
        )?,
        None => Vec::new(),
    };
    let meeting_fit = match sheet.meeting_title {
        Some(title) if !title.trim().is_empty() => Some(fit(
            title.trim(),
            Style::Heading,
            width,
            2,
            DOCUMENT,
            "meeting title",
        )?),
        _ => None,
    };
    let expected_fit = if sheet.expected.is_empty() {
        Vec::new()
    } else {
        let mut texts = bilingual(
            frame.texts("sign-in-expected")?,
            Style::TableHeader,
            Style::TableHeaderSecond,
            "expected heading",
        )?;
        texts.extend(bilingual(
            frame.texts("sign-in-newcomers")?,
            Style::Body,
            Style::BodySecond,
            "newcomers line",
        )?);
        texts
    };
    let (expected_heading, newcomers_line) = expected_fit.split_at(expected_fit.len() / 2);
    let mut ticks = TickList::new(&sheet.expected, tick_columns(paper), width, DOCUMENT)?;
    let rows = match (sheet.rows, sheet.expected.len()) {
        (None, n) if n > 0 => Some(newcomer_rows(n)),
        (rows, _) => rows,
    };
    let table = Table {
        columns,
        row_height_mm: ROW_MM,
        prefilled: Vec::new(),
        rows,
    };
    table.draw(&mut frame, DOCUMENT, |page, top, bottom| {
        let mut y = top;
        let lines = |page: &mut Page, y: &mut f32, texts: &[(Style, Fitted)]| {
            *y += write_lines(page, paper.left(), *y, texts);
        };
        // Every page says which meeting it is from: pages of a sheet passed around get parted.
        if let Some(fitted) = &meeting_fit {
            for line in &fitted.lines {
                y += Style::leading(fitted.size);
                page.text(paper.left(), y, line, Face::Bold, fitted.size);
            }
        }
        if facts_fit.is_empty() {
            let size = Style::Body.size();
            y += Style::leading(size) + 6.0;
            let middle = paper.left() + width * 0.45;
            page.write_in(paper.left(), y, middle - 12.0, &date_label, size);
            page.write_in(middle, y, paper.right(), &place_label, size);
            y += 6.0;
        } else {
            y += 4.0;
        }
        lines(page, &mut y, &facts_fit);
        lines(page, &mut y, &welcome_fit);
        let names_here = !ticks.is_done();
        if names_here {
            y += 8.0;
            lines(page, &mut y, expected_heading);
            y += 4.0;
            // The last page of names keeps room for the line that sends newcomers below.
            let below = newcomers_line.iter().map(|(_, f)| f.height()).sum::<f32>() + 8.0;
            y += ticks.draw(page, paper.left(), y, bottom - below);
            if ticks.is_done() {
                y += 4.0;
                lines(page, &mut y, newcomers_line);
            }
        }
        Above {
            height: y + 8.0 - top,
            // A page the names filled to the bottom holds no row; the table starts overleaf.
            table_may_wait: names_here,
        }
    })?;
    frame.finish()
}

impl<'a> SignInSheet<'a> {
    /// A blank sheet for the chapter: its name, paper and print languages, one page of rows.
    pub fn for_chapter(chapter: &'a Chapter, printed_on: NaiveDate) -> SignInSheet<'a> {
        SignInSheet {
            chapter_name: &chapter.settings.name,
            meeting_title: None,
            paper: chapter.settings.paper_size,
            language: chapter.settings.default_language_choice(),
            rows: None,
            printed_on,
            is_sample: chapter.is_sample,
            meeting: None,
            expected: Vec::new(),
        }
    }

    /// The sheet of a scheduled meeting, with the names of people expected (may be none).
    pub fn for_meeting(
        chapter: &'a Chapter,
        meeting: &'a Meeting,
        expected: Vec<String>,
        printed_on: NaiveDate,
    ) -> Result<SignInSheet<'a>, PrintError> {
        Ok(SignInSheet {
            meeting_title: Some(&meeting.title),
            meeting: Some(MeetingFacts::of(meeting)?),
            expected,
            ..SignInSheet::for_chapter(chapter, printed_on)
        })
    }
}

impl<'a> MeetingFacts<'a> {
    /// What a sheet prints about a scheduled meeting.
    pub fn of(meeting: &'a Meeting) -> Result<MeetingFacts<'a>, PrintError> {
        let when =
            NaiveDateTime::parse_from_str(&meeting.starts_at, "%Y-%m-%dT%H:%M").map_err(|_| {
                PrintError::InvalidRequest(format!(
                    "meeting: its start '{}' is not a date and time",
                    meeting.starts_at
                ))
            })?;
        Ok(MeetingFacts {
            when,
            place: meeting.place.as_deref(),
            childcare: meeting.childcare,
            interpretation: meeting.interpretation.clone(),
            food: meeting.food,
            step_free: meeting.step_free,
        })
    }
}
