//! A grant round on paper, for the committee's minutes and the organization's members: the
//! budget and what is committed, paid and left; then who got what, for what, line by line,
//! and what was declined; then the round by region.

use chrono::NaiveDate;
use fluent_bundle::FluentValue;
use groundwork_core::grants::money::dollars;
use groundwork_core::grants::national::regions::totals;
use groundwork_core::grants::national::{Ledger, Received, ReceivedStatus, Round};
use groundwork_core::settings::PaperSize;

use crate::catalog::{in_each, Catalog};
use crate::dates;
use crate::layout::bilingual::joined;
use crate::layout::prose::{each, heading, place_words};
use crate::layout::read_table::{place_table, Column, Row};
use crate::layout::{Flow, Frame, FrameSpec, Paper, Style};
use crate::{PrintError, Printed};

const DOCUMENT: &str = "round summary";

pub struct RoundSummaryPaper<'a> {
    pub committee_name: &'a str,
    pub round: &'a Round,
    pub ledger: &'a Ledger,
    pub applications: &'a [Received],
    pub paper: PaperSize,
    pub catalogs: &'a [Catalog],
    pub printed_on: NaiveDate,
    pub is_sample: bool,
}

const COLUMNS: [Column; 5] = [
    Column {
        share: 3.0,
        numbers: false,
    },
    Column {
        share: 4.0,
        numbers: false,
    },
    Column {
        share: 1.6,
        numbers: true,
    },
    Column {
        share: 1.6,
        numbers: true,
    },
    Column {
        share: 1.8,
        numbers: false,
    },
];

pub fn render(input: &RoundSummaryPaper<'_>) -> Result<Printed, PrintError> {
    let cats = input.catalogs;
    let mut frame = Frame::new(FrameSpec {
        document: DOCUMENT,
        paper: Paper::of(input.paper),
        chapter_name: input.committee_name,
        title_id: "round-summary-title",
        titles: None,
        catalogs: cats,
        printed_on: input.printed_on,
        is_sample: input.is_sample,
    })?;
    let mut flow = Flow::new(&mut frame, None)?;
    let width = flow.paper().inner_width();
    let round = &input.round.fields;
    place_words(
        &mut flow,
        std::slice::from_ref(&round.name),
        (Style::Heading, Style::Heading),
        "the round's name",
    )?;
    let deadline = cats
        .iter()
        .map(|c| {
            c.text_with(
                "round-summary-deadline",
                &[("date", dates::day(c, round.deadline)?.into())],
            )
        })
        .collect::<Result<Vec<_>, PrintError>>()?;
    place_words(
        &mut flow,
        &deadline,
        (Style::Body, Style::BodySecond),
        "the deadline",
    )?;

    heading(&mut flow, cats, "round-summary-money")?;
    let l = input.ledger;
    let money = [
        Column {
            share: 4.0,
            numbers: false,
        },
        Column {
            share: 1.5,
            numbers: true,
        },
    ];
    let rows: Vec<Row> = [
        ("round-summary-budget", l.budget),
        ("round-summary-committed", l.committed),
        ("round-summary-disbursed", l.disbursed),
        ("round-summary-remaining", l.remaining),
    ]
    .iter()
    .map(|(id, cents)| {
        Ok(Row::new(
            &money,
            width * 0.6,
            &[joined(&in_each(cats, id)?), dollars(*cents)],
            Style::Table,
        ))
    })
    .collect::<Result<_, PrintError>>()?;
    for row in &rows {
        flow.place(row, "the round's money")?;
    }

    let count = |s: ReceivedStatus| input.applications.iter().filter(|a| a.status == s).count();
    let counts = each(
        cats,
        "round-summary-counts",
        &[
            ("count", FluentValue::from(input.applications.len())),
            ("awarded", FluentValue::from(count(ReceivedStatus::Awarded))),
            (
                "declined",
                FluentValue::from(count(ReceivedStatus::Declined)),
            ),
            (
                "waiting",
                FluentValue::from(count(ReceivedStatus::Received)),
            ),
        ],
    )?;
    flow.gap(8.0);
    place_words(
        &mut flow,
        &counts,
        (Style::Body, Style::BodySecond),
        "the counts",
    )?;

    heading(&mut flow, cats, "round-summary-who")?;
    if input.applications.is_empty() {
        let none = in_each(cats, "round-summary-none")?;
        place_words(
            &mut flow,
            &none,
            (Style::Body, Style::BodySecond),
            "no applications",
        )?;
        return frame.finish();
    }
    let header = Row::header(
        &COLUMNS,
        width,
        &[
            in_each(cats, "round-summary-chapter")?,
            in_each(cats, "round-summary-initiative")?,
            in_each(cats, "round-summary-asked")?,
            in_each(cats, "round-summary-awarded")?,
            in_each(cats, "round-summary-status")?,
        ],
    );
    // Awards first (largest first), then what waits, then what was declined.
    let mut ordered: Vec<&Received> = input.applications.iter().collect();
    let rank = |a: &Received| match a.status {
        ReceivedStatus::Awarded => 0,
        ReceivedStatus::Received => 1,
        ReceivedStatus::Declined => 2,
    };
    ordered.sort_by_key(|a| (rank(a), -a.awarded_cents.unwrap_or(0)));
    let rows = ordered
        .iter()
        .map(|a| {
            let c = &a.sent.content;
            let status = joined(&in_each(
                cats,
                &format!(
                    "round-summary-is-{}",
                    groundwork_core::db::codes::to_code(&a.status)
                ),
            )?);
            Ok(Row::new(
                &COLUMNS,
                width,
                &[
                    match &a.region {
                        Some(region) => format!("{} ({region})", c.chapter.name),
                        None => c.chapter.name.clone(),
                    },
                    c.initiative.title.clone(),
                    dollars(c.application.amount_cents),
                    a.awarded_cents.map(dollars).unwrap_or_else(|| "—".into()),
                    status,
                ],
                Style::Table,
            ))
        })
        .collect::<Result<Vec<_>, PrintError>>()?;
    place_table(&mut flow, &header, &rows, "who got what")?;
    by_region(&mut flow, input)?;
    frame.finish()
}

const REGION_COLUMNS: [Column; 4] = [
    Column {
        share: 3.5,
        numbers: false,
    },
    Column {
        share: 1.6,
        numbers: true,
    },
    Column {
        share: 1.4,
        numbers: true,
    },
    Column {
        share: 1.8,
        numbers: true,
    },
];

/// The round by region: how many applied from each, how many were awarded, and how much went
/// there; chapters not yet put in a region on a line of their own.
fn by_region(flow: &mut Flow<'_, '_>, input: &RoundSummaryPaper<'_>) -> Result<(), PrintError> {
    let cats = input.catalogs;
    let width = flow.paper().inner_width();
    heading(flow, cats, "round-summary-regions")?;
    let header = Row::header(
        &REGION_COLUMNS,
        width,
        &[
            in_each(cats, "round-summary-region")?,
            in_each(cats, "round-summary-applications")?,
            in_each(cats, "round-summary-awards")?,
            in_each(cats, "round-summary-amount")?,
        ],
    );
    let unplaced = joined(&in_each(cats, "round-summary-no-region")?);
    let rows: Vec<Row> = totals(input.applications)
        .iter()
        .map(|t| {
            Row::new(
                &REGION_COLUMNS,
                width,
                &[
                    t.region.clone().unwrap_or_else(|| unplaced.clone()),
                    t.applications.to_string(),
                    t.awarded.to_string(),
                    dollars(t.awarded_cents),
                ],
                Style::Table,
            )
        })
        .collect();
    place_table(flow, &header, &rows, "the round by region")
}
