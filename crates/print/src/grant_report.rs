//! A progress report on an award on paper: which report and its months, the goals beside what
//! was done, what was spent of the award, the story and what was hard, and lines to sign.

use chrono::NaiveDate;
use fluent_bundle::FluentValue;
use groundwork_core::grants::money::dollars;
use groundwork_core::grants::reports::{Report, ReportKind};
use groundwork_core::grants::{Application, Initiative};
use groundwork_core::settings::PaperSize;

use crate::catalog::{in_each, Catalog};
use crate::dates;
use crate::layout::bilingual::joined;
use crate::layout::prose::{heading, own_words, place_words};
use crate::layout::read_table::{place_table, Column, Row};
use crate::layout::widgets::Signature;
use crate::layout::{Flow, Frame, FrameSpec, Paper, Style};
use crate::{PrintError, Printed};

const DOCUMENT: &str = "progress report";

pub struct GrantReportPaper<'a> {
    pub application: &'a Application,
    pub initiative: &'a Initiative,
    pub report: &'a Report,
    pub chapter_name: &'a str,
    pub paper: PaperSize,
    pub catalogs: &'a [Catalog],
    pub printed_on: NaiveDate,
    pub is_sample: bool,
}

fn number(n: Option<u32>) -> String {
    n.map_or_else(|| "—".to_owned(), |n| n.to_string())
}

pub fn render(input: &GrantReportPaper<'_>) -> Result<Printed, PrintError> {
    let cats = input.catalogs;
    let mut frame = Frame::new(FrameSpec {
        document: DOCUMENT,
        paper: Paper::of(input.paper),
        chapter_name: input.chapter_name,
        title_id: "progress-title",
        titles: None,
        catalogs: cats,
        printed_on: input.printed_on,
        is_sample: input.is_sample,
    })?;
    let mut flow = Flow::new(&mut frame, None)?;
    let r = input.report;
    let a = input.application;
    let body = (Style::Body, Style::BodySecond);
    place_words(
        &mut flow,
        std::slice::from_ref(&input.initiative.title),
        (Style::Heading, Style::Heading),
        "the initiative's name",
    )?;
    let which = in_each(
        cats,
        match r.kind {
            ReportKind::Midpoint => "progress-midpoint",
            ReportKind::Final => "progress-final",
        },
    )?;
    place_words(&mut flow, &which, body, "which report")?;
    let months = cats
        .iter()
        .map(|c| {
            c.text_with(
                "progress-period",
                &[
                    ("from", dates::day(c, r.period_from)?.into()),
                    ("to", dates::day(c, r.period_to)?.into()),
                ],
            )
        })
        .collect::<Result<Vec<_>, PrintError>>()?;
    place_words(&mut flow, &months, body, "the months")?;
    if let Some(awarded) = a.awarded_cents {
        let spent = r.fields.spent_cents.map_or_else(|| "—".to_owned(), dollars);
        let money = cats
            .iter()
            .map(|c| {
                c.text_with(
                    "progress-money",
                    &[
                        ("awarded", dollars(awarded).into()),
                        ("spent", FluentValue::from(spent.clone())),
                    ],
                )
            })
            .collect::<Result<Vec<_>, PrintError>>()?;
        place_words(&mut flow, &money, body, "the money")?;
    }

    heading(&mut flow, cats, "progress-goals")?;
    let columns = [
        Column {
            share: 4.0,
            numbers: false,
        },
        Column {
            share: 1.3,
            numbers: true,
        },
        Column {
            share: 1.3,
            numbers: true,
        },
    ];
    let width = flow.paper().inner_width() * 0.85;
    let header = Row::header(
        &columns,
        width,
        &[
            in_each(cats, "grant-goal")?,
            in_each(cats, "progress-goal-set")?,
            in_each(cats, "progress-goal-done")?,
        ],
    );
    let g = &input.initiative.fields;
    let f = &r.fields;
    let rows = [
        ("grant-goal-reached", g.goal_reached, f.reached),
        ("grant-goal-one-on-ones", g.goal_one_on_ones, f.one_on_ones),
        ("grant-goal-new-members", g.goal_new_members, f.new_members),
        ("grant-goal-new-leaders", g.goal_new_leaders, f.new_leaders),
        ("progress-sign-ins", None, f.sign_ins),
    ]
    .iter()
    .map(|(id, goal, done)| {
        Ok(Row::new(
            &columns,
            width,
            &[joined(&in_each(cats, id)?), number(*goal), number(*done)],
            Style::Table,
        ))
    })
    .collect::<Result<Vec<_>, PrintError>>()?;
    place_table(&mut flow, &header, &rows, "the goals")?;

    for (id, text, the_box) in [
        ("progress-story", &f.story, "the story"),
        ("progress-challenges", &f.challenges, "what was hard"),
    ] {
        heading(&mut flow, cats, id)?;
        match text {
            Some(text) => own_words(&mut flow, text, the_box)?,
            None => {
                let none = in_each(cats, "grant-not-written")?;
                place_words(
                    &mut flow,
                    &none,
                    (Style::BodySecond, Style::BodySecond),
                    the_box,
                )?;
            }
        }
    }

    flow.gap(16.0);
    flow.place(
        &Signature {
            signed: joined(&in_each(cats, "grant-signed")?),
            date: joined(&in_each(cats, "grant-signed-date")?),
        },
        "the signature lines",
    )?;
    frame.finish()
}
