//! How a canvass went, on paper for the chapter's meeting: doors knocked, conversations, the
//! contact rate and the people met, in all and turf by turf, with each result's count.

use chrono::NaiveDate;
use fluent_bundle::FluentValue;
use groundwork_core::canvass::going_back::GoBack;
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
    /// The needs named at the doors, most first: each need's title in each language of the
    /// paper, and how many doors named it.
    pub needs: &'a [(Vec<String>, u32)],
    /// The assessment the doors' answers went into, when the canvass carried a survey.
    pub assessment: Option<&'a str>,
    /// Doors to go back to.
    pub go_back: &'a [GoBack],
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
        // Wide enough for "Puertas" whole.
        Column {
            share: 2.1,
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
    if let Some(assessment) = input.assessment {
        needs(&mut flow, input, assessment)?;
    }
    going_back(&mut flow, input)?;
    frame.finish()
}

/// The needs named at the doors, as the assessment now counts them.
fn needs(
    flow: &mut Flow<'_, '_>,
    input: &CanvassSummaryPaper<'_>,
    assessment: &str,
) -> Result<(), PrintError> {
    let cats = input.catalogs;
    heading(flow, cats, "canvass-summary-needs")?;
    let said = each(
        cats,
        "canvass-summary-forms",
        &[
            ("forms", FluentValue::from(input.summary.forms)),
            ("assessment", assessment.into()),
        ],
    )?;
    place_words(flow, &said, (Style::Body, Style::BodySecond), "the forms")?;
    if input.needs.is_empty() {
        return Ok(());
    }
    let columns = [
        Column {
            share: 5.0,
            numbers: false,
        },
        Column {
            share: 1.5,
            numbers: true,
        },
    ];
    let width = flow.paper().inner_width();
    let header = Row::header(
        &columns,
        width,
        &[
            in_each(cats, "canvass-summary-need")?,
            in_each(cats, "canvass-summary-doors")?,
        ],
    );
    let rows: Vec<Row> = input
        .needs
        .iter()
        .map(|(titles, n)| {
            Row::new(
                &columns,
                width,
                &[crate::layout::bilingual::joined(titles), n.to_string()],
                Style::Table,
            )
        })
        .collect();
    place_table(flow, &header, &rows, "the needs named")
}

/// Who wants to get involved, and the doors to go back to, in the order of the sheets.
fn going_back(flow: &mut Flow<'_, '_>, input: &CanvassSummaryPaper<'_>) -> Result<(), PrintError> {
    let cats = input.catalogs;
    heading(flow, cats, "canvass-summary-go-back")?;
    let said = each(
        cats,
        "canvass-summary-go-back-count",
        &[
            ("involved", FluentValue::from(input.summary.wants_involved)),
            ("doors", FluentValue::from(input.go_back.len())),
        ],
    )?;
    place_words(
        flow,
        &said,
        (Style::Body, Style::BodySecond),
        "who to go back to",
    )?;
    if input.go_back.is_empty() {
        return Ok(());
    }
    let columns = [
        Column {
            share: 1.3,
            numbers: false,
        },
        Column {
            share: 3.0,
            numbers: false,
        },
        Column {
            share: 2.4,
            numbers: false,
        },
        Column {
            share: 4.0,
            numbers: false,
        },
    ];
    let width = flow.paper().inner_width();
    let header = Row::header(
        &columns,
        width,
        &[
            in_each(cats, "canvass-summary-turf")?,
            in_each(cats, "walk-address")?,
            in_each(cats, "canvass-summary-why")?,
            in_each(cats, "walk-notes")?,
        ],
    );
    let come_back = crate::layout::bilingual::joined(&in_each(cats, "canvass-summary-come-back")?);
    let involved = crate::layout::bilingual::joined(&in_each(cats, "canvass-summary-involved")?);
    let rows: Vec<Row> = input
        .go_back
        .iter()
        .map(|door| {
            let mut why = Vec::new();
            if door.come_back {
                why.push(come_back.clone());
            }
            if door.wants_involved {
                why.push(involved.clone());
            }
            let mut notes = door.who.clone().unwrap_or_default();
            if let Some(said) = &door.notes {
                if !notes.is_empty() {
                    notes.push_str(": ");
                }
                notes.push_str(said);
            }
            Row::new(
                &columns,
                width,
                &[
                    format!("T{} #{}", door.sheet, door.order),
                    door.address.clone(),
                    why.join("; "),
                    notes,
                ],
                Style::Table,
            )
        })
        .collect();
    place_table(flow, &header, &rows, "the doors to go back to")
}
