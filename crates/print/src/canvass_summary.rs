//! How a canvass went, on paper for the chapter's meeting: doors knocked, conversations, the
//! contact rate and the people met, in all and turf by turf, with each result's count.

use chrono::NaiveDate;
use fluent_bundle::FluentValue;
use groundwork_core::canvass::summary::{CanvassSummary, Tally};
use groundwork_core::canvass::DoorResult;
use groundwork_core::settings::PaperSize;

use crate::catalog::{in_each, Catalog};
use crate::dates;
use crate::layout::prose::{each, heading, place_words};
use crate::layout::read_table::{place_table, Column, Row};
use crate::layout::{Flow, Frame, FrameSpec, Paper, Style};
use crate::{PrintError, Printed};

const DOCUMENT: &str = "canvass summary";

pub struct CanvassSummaryPaper<'a> {
    pub canvass: &'a str,
    pub held_on: NaiveDate,
    pub summary: &'a CanvassSummary,
    pub chapter_name: &'a str,
    pub paper: PaperSize,
    pub catalogs: &'a [Catalog],
    pub printed_on: NaiveDate,
    pub is_sample: bool,
}

/// The result codes' catalog ids, in [`DoorResult::ALL`]'s order (the walk sheet's codes).
const CODES: [&str; 6] = [
    "walk-not-home",
    "walk-talked",
    "walk-refused",
    "walk-moved",
    "walk-come-back",
    "walk-inaccessible",
];

fn count(tally: &Tally, result: DoorResult) -> u32 {
    tally
        .results
        .iter()
        .find(|(r, _)| *r == result)
        .map_or(0, |(_, n)| *n)
}

fn rate(tally: &Tally) -> String {
    tally
        .contact_rate
        .map_or("—".to_owned(), |r| format!("{r}%"))
}

pub fn render(input: &CanvassSummaryPaper<'_>) -> Result<Printed, PrintError> {
    let cats = input.catalogs;
    let mut frame = Frame::new(FrameSpec {
        document: DOCUMENT,
        paper: Paper::of(input.paper),
        chapter_name: input.chapter_name,
        title_id: "canvass-summary-title",
        titles: None,
        catalogs: cats,
        printed_on: input.printed_on,
        is_sample: input.is_sample,
    })?;
    let mut flow = Flow::new(&mut frame, None)?;
    let all = &input.summary.all;
    let said = cats
        .iter()
        .map(|c| {
            c.text_with(
                "canvass-summary-all",
                &[
                    ("canvass", input.canvass.into()),
                    ("day", dates::day(c, input.held_on)?.into()),
                    ("doors", FluentValue::from(all.doors)),
                    ("knocked", FluentValue::from(all.knocked)),
                    ("conversations", FluentValue::from(all.conversations)),
                    ("rate", rate(all).into()),
                    ("new", FluentValue::from(input.summary.new_contacts)),
                ],
            )
        })
        .collect::<Result<Vec<_>, PrintError>>()?;
    place_words(
        &mut flow,
        &said,
        (Style::Body, Style::BodySecond),
        "the canvass in all",
    )?;

    heading(&mut flow, cats, "canvass-summary-turfs")?;
    let mut columns = vec![
        Column {
            share: 4.0,
            numbers: false,
        },
        Column {
            share: 1.7,
            numbers: true,
        },
        Column {
            share: 2.1,
            numbers: true,
        },
        Column {
            share: 2.1,
            numbers: true,
        },
    ];
    columns.extend(CODES.iter().map(|_| Column {
        share: 1.0,
        numbers: true,
    }));
    let width = flow.paper().inner_width();
    let mut labels = vec![
        in_each(cats, "canvass-summary-turf")?,
        in_each(cats, "canvass-summary-doors")?,
        in_each(cats, "canvass-summary-knocked")?,
        in_each(cats, "canvass-summary-rate")?,
    ];
    for code in CODES {
        labels.push(in_each(cats, code)?);
    }
    let header = Row::header(&columns, width, &labels);
    let line = |name: String, t: &Tally| {
        let mut cells = vec![name, t.doors.to_string(), t.knocked.to_string(), rate(t)];
        cells.extend(DoorResult::ALL.iter().map(|r| count(t, *r).to_string()));
        cells
    };
    let mut rows: Vec<Row> = Vec::new();
    for turf in &input.summary.turfs {
        let sheet = each(
            cats,
            "walk-sheet",
            &[("sheet", format!("T{}", turf.position).into())],
        )?;
        let name = format!("{}: {}", sheet[0], turf.name);
        rows.push(Row::new(
            &columns,
            width,
            &line(name, &turf.tally),
            Style::Table,
        ));
    }
    let total = crate::layout::bilingual::joined(&in_each(cats, "canvass-summary-total")?);
    rows.push(Row::total(&columns, width, &line(total, all)));
    place_table(&mut flow, &header, &rows, "the turfs")?;
    frame.finish()
}
