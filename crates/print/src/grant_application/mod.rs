//! A grant application on paper, to attach to an email or mail to national: the initiative and
//! what it asks (amount, months, who answers for it), what it does and its goals in numbers,
//! how it builds a base and how it goes on after the grant, the budget line by line with its
//! total, and the timeline. A draft says which parts are still to be written; the last lines
//! are for a signature.

use chrono::NaiveDate;
use fluent_bundle::FluentValue;
use groundwork_core::db::codes::to_code;
use groundwork_core::grants::money::dollars;
use groundwork_core::grants::rules::months_of;
use groundwork_core::grants::{Application, ApplicationStatus, Initiative, NeedEvidence};
use groundwork_core::power_map::PowerMap;
use groundwork_core::settings::PaperSize;

use crate::catalog::{in_each, Catalog};
use crate::dates;
use crate::layout::prose::{each, heading, own_words, place_words};
use crate::layout::read_table::{place_table, Column, Row};
use crate::layout::{Flow, Frame, FrameSpec, Lines, Paper, Style};
use crate::power_map::pdf::draw;
use crate::power_map::scene::lay_out;
use crate::power_map::MapPaper;
use crate::{PrintError, Printed};

const DOCUMENT: &str = "grant application";

/// A power map of the initiative's campaign.
pub struct CampaignMap {
    pub map: PowerMap,
}

pub struct GrantApplicationPaper<'a> {
    pub application: &'a Application,
    pub initiative: &'a Initiative,
    /// The name of the person responsible, when one is named.
    pub responsible: Option<&'a str>,
    /// What the chapter's needs assessment says of the needs it answers.
    pub evidence: &'a [NeedEvidence],
    /// The power maps of the campaigns the initiative runs.
    pub maps: &'a [CampaignMap],
    pub chapter_name: &'a str,
    pub paper: PaperSize,
    pub catalogs: &'a [Catalog],
    pub printed_on: NaiveDate,
    pub is_sample: bool,
}

/// The chapter's own words for a section, or a note that they are still to be written.
fn chapter_words(
    flow: &mut Flow<'_, '_>,
    catalogs: &[Catalog],
    text: Option<&str>,
    the_box: &str,
) -> Result<(), PrintError> {
    match text {
        Some(text) => own_words(flow, text, the_box),
        None => {
            let note = in_each(catalogs, "grant-not-written")?;
            place_words(flow, &note, (Style::BodySecond, Style::BodySecond), the_box)
        }
    }
}

pub fn render(input: &GrantApplicationPaper<'_>) -> Result<Printed, PrintError> {
    let mut frame = Frame::new(FrameSpec {
        document: DOCUMENT,
        paper: Paper::of(input.paper),
        chapter_name: input.chapter_name,
        title_id: "grant-title",
        titles: None,
        catalogs: input.catalogs,
        printed_on: input.printed_on,
        is_sample: input.is_sample,
    })?;
    let mut flow = Flow::new(&mut frame, None)?;
    facts(&mut flow, input)?;
    sections(&mut flow, input)?;
    budget(&mut flow, input)?;
    timeline(&mut flow, input)?;
    signature(&mut flow, input.catalogs)?;
    for map in input.maps {
        map_page(&mut frame, input, map)?;
    }
    frame.finish()
}

/// What it is and what it asks, at the top of the first page.
fn facts(flow: &mut Flow<'_, '_>, input: &GrantApplicationPaper<'_>) -> Result<(), PrintError> {
    let cats = input.catalogs;
    let a = input.application;
    let title = input.initiative.title.clone();
    let width = flow.paper().inner_width();
    flow.place(
        &Lines::paragraph(&[title], Style::Heading, Style::Heading, 0.0, width),
        "the initiative's name",
    )?;
    flow.gap(4.0);
    let amount = dollars(a.fields.amount_cents);
    let months = months_of(a.fields.starts_on, a.fields.ends_on);
    let spans = cats
        .iter()
        .map(|c| {
            c.text_with(
                "grant-facts-span",
                &[
                    ("from", dates::day(c, a.fields.starts_on)?.into()),
                    ("to", dates::day(c, a.fields.ends_on)?.into()),
                    ("months", FluentValue::from(months)),
                ],
            )
        })
        .collect::<Result<Vec<_>, PrintError>>()?;
    let run_by = if input.initiative.fields.coalition {
        "grant-facts-coalition"
    } else {
        "grant-facts-alone"
    };
    let responsible = match input.responsible {
        Some(name) => each(cats, "grant-facts-responsible", &[("name", name.into())])?,
        None => in_each(cats, "grant-facts-nobody")?,
    };
    let status = format!("grant-status-{}", to_code(&a.status));
    for (texts, the_box) in [
        (
            each(cats, "grant-facts-amount", &[("amount", amount.into())])?,
            "the amount",
        ),
        (spans, "the months"),
        (in_each(cats, run_by)?, "who runs it"),
        (responsible, "who is responsible"),
        (in_each(cats, &status)?, "the status"),
    ] {
        place_words(flow, &texts, (Style::Body, Style::BodySecond), the_box)?;
    }
    if a.status == ApplicationStatus::Draft && !a.missing.is_empty() {
        still_needed(flow, input)?;
    }
    Ok(())
}

/// A draft's parts still to be written, by the headings they go under.
fn still_needed(
    flow: &mut Flow<'_, '_>,
    input: &GrantApplicationPaper<'_>,
) -> Result<(), PrintError> {
    let cats = input.catalogs;
    let mut parts: Vec<&str> = Vec::new();
    for missing in &input.application.missing {
        let part = match missing.key.as_str() {
            "initiative.description" => "grant-what",
            "initiative.goals" => "grant-goals",
            "initiative.responsible_id" => "grant-responsible",
            "initiative.partners" => "grant-partners",
            "base_building" => "grant-base-building",
            "sustaining" => "grant-sustaining",
            "budget" => "grant-budget",
            "milestones" => "grant-timeline",
            _ => continue,
        };
        if !parts.contains(&part) {
            parts.push(part);
        }
    }
    let texts = cats
        .iter()
        .map(|c| {
            let names = parts
                .iter()
                .map(|p| c.text(p))
                .collect::<Result<Vec<_>, PrintError>>()?
                .join("; ");
            c.text_with("grant-still-needs", &[("parts", names.into())])
        })
        .collect::<Result<Vec<_>, PrintError>>()?;
    flow.gap(4.0);
    place_words(
        flow,
        &texts,
        (Style::TableHeader, Style::TableHeaderSecond),
        "what is still needed",
    )
}

/// What it does, its goals, how it builds a base and how it goes on.
fn sections(flow: &mut Flow<'_, '_>, input: &GrantApplicationPaper<'_>) -> Result<(), PrintError> {
    let cats = input.catalogs;
    let i = &input.initiative.fields;
    heading(flow, cats, "grant-what")?;
    chapter_words(flow, cats, i.description.as_deref(), "what it does")?;

    evidence(flow, input)?;
    partners(flow, input)?;

    heading(flow, cats, "grant-goals")?;
    let columns = [
        Column {
            share: 5.0,
            numbers: false,
        },
        Column {
            share: 1.0,
            numbers: true,
        },
    ];
    let width = flow.paper().inner_width() * 0.8;
    let not_set = "—".to_owned();
    let rows = [
        ("grant-goal-reached", i.goal_reached),
        ("grant-goal-one-on-ones", i.goal_one_on_ones),
        ("grant-goal-new-members", i.goal_new_members),
        ("grant-goal-new-leaders", i.goal_new_leaders),
    ]
    .into_iter()
    .map(|(id, goal)| {
        let label = crate::layout::bilingual::joined(&in_each(cats, id)?);
        let number = goal.map_or(not_set.clone(), |n| n.to_string());
        Ok(Row::new(&columns, width, &[label, number], Style::Table))
    })
    .collect::<Result<Vec<_>, PrintError>>()?;
    let header = Row::header(
        &columns,
        width,
        &[
            in_each(cats, "grant-goal")?,
            in_each(cats, "grant-goal-number")?,
        ],
    );
    place_table(flow, &header, &rows, "the goals")?;

    let a = &input.application.fields;
    heading(flow, cats, "grant-base-building")?;
    chapter_words(
        flow,
        cats,
        a.base_building.as_deref(),
        "how it builds a base",
    )?;
    heading(flow, cats, "grant-sustaining")?;
    chapter_words(flow, cats, a.sustaining.as_deref(), "how it goes on")
}

/// The needs it answers, as the chapter's own assessment found them.
fn evidence(flow: &mut Flow<'_, '_>, input: &GrantApplicationPaper<'_>) -> Result<(), PrintError> {
    if input.evidence.is_empty() {
        return Ok(());
    }
    let cats = input.catalogs;
    heading(flow, cats, "grant-evidence")?;
    for need in input.evidence {
        let percent = (100 * need.respondents + need.responses / 2)
            .checked_div(need.responses)
            .unwrap_or(0);
        let texts = cats
            .iter()
            .map(|c| {
                c.text_with(
                    "grant-evidence-need",
                    &[
                        ("title", need.title(c.lang()).to_owned().into()),
                        ("respondents", FluentValue::from(need.respondents)),
                        ("responses", FluentValue::from(need.responses)),
                        ("percent", FluentValue::from(percent)),
                        ("rank", FluentValue::from(need.rank)),
                        ("needs", FluentValue::from(need.needs_ranked)),
                        ("assessment", need.assessment.clone().into()),
                    ],
                )
            })
            .collect::<Result<Vec<_>, PrintError>>()?;
        place_words(
            flow,
            &texts,
            (Style::Body, Style::BodySecond),
            "a need answered",
        )?;
        flow.gap(3.0);
    }
    Ok(())
}

/// The organizations a coalition initiative is run with, and the members tied to each: what
/// the chapter brings to the coalition.
fn partners(flow: &mut Flow<'_, '_>, input: &GrantApplicationPaper<'_>) -> Result<(), PrintError> {
    let cats = input.catalogs;
    let partners = &input.initiative.partners;
    if !input.initiative.fields.coalition || partners.is_empty() {
        return Ok(());
    }
    heading(flow, cats, "grant-partners")?;
    let columns = [
        Column {
            share: 4.0,
            numbers: false,
        },
        Column {
            share: 2.5,
            numbers: false,
        },
        Column {
            share: 1.6,
            numbers: true,
        },
    ];
    let width = flow.paper().inner_width();
    let header = Row::header(
        &columns,
        width,
        &[
            in_each(cats, "grant-partner")?,
            in_each(cats, "grant-partner-kind")?,
            in_each(cats, "grant-partner-members")?,
        ],
    );
    let rows = partners
        .iter()
        .map(|p| {
            let kind = cats
                .iter()
                .map(|c| crate::starting_points::kind_name(c, p.kind))
                .collect::<Result<Vec<_>, PrintError>>()?;
            Ok(Row::new(
                &columns,
                width,
                &[
                    p.name.clone(),
                    crate::layout::bilingual::joined(&kind),
                    p.members_tied.to_string(),
                ],
                Style::Table,
            ))
        })
        .collect::<Result<Vec<_>, PrintError>>()?;
    place_table(flow, &header, &rows, "the partners")
}

/// The budget line by line, and its total beside the amount asked.
fn budget(flow: &mut Flow<'_, '_>, input: &GrantApplicationPaper<'_>) -> Result<(), PrintError> {
    let cats = input.catalogs;
    let a = input.application;
    heading(flow, cats, "grant-budget")?;
    if a.budget.is_empty() {
        return chapter_words(flow, cats, None, "the budget");
    }
    let columns = [
        Column {
            share: 5.0,
            numbers: false,
        },
        Column {
            share: 1.4,
            numbers: true,
        },
        Column {
            share: 1.8,
            numbers: true,
        },
        Column {
            share: 1.8,
            numbers: true,
        },
    ];
    let width = flow.paper().inner_width();
    let header = Row::header(
        &columns,
        width,
        &[
            in_each(cats, "grant-budget-item")?,
            in_each(cats, "grant-budget-quantity")?,
            in_each(cats, "grant-budget-unit-cost")?,
            in_each(cats, "grant-budget-line-total")?,
        ],
    );
    let mut rows: Vec<Row> = a
        .budget
        .iter()
        .map(|line| {
            Row::new(
                &columns,
                width,
                &[
                    line.fields.item.clone(),
                    line.fields.quantity.to_string(),
                    dollars(line.fields.unit_cost_cents),
                    dollars(line.total_cents),
                ],
                Style::Table,
            )
        })
        .collect();
    let total = crate::layout::bilingual::joined(&in_each(cats, "grant-budget-total")?);
    // The total's words run across the first three columns; its figure under the totals.
    let last = columns[3];
    let across = Column {
        share: columns[..3].iter().map(|c| c.share).sum(),
        numbers: false,
    };
    // Flush right, the figure lines up under the lines' totals.
    rows.push(Row::total(
        &[across, last],
        width,
        &[total, dollars(a.budget_total_cents)],
    ));
    place_table(flow, &header, &rows, "the budget")
}

/// The milestones in the order of their days.
fn timeline(flow: &mut Flow<'_, '_>, input: &GrantApplicationPaper<'_>) -> Result<(), PrintError> {
    let cats = input.catalogs;
    let a = input.application;
    heading(flow, cats, "grant-timeline")?;
    if a.milestones.is_empty() {
        return chapter_words(flow, cats, None, "the timeline");
    }
    let columns = [
        Column {
            share: 2.2,
            numbers: false,
        },
        Column {
            share: 5.0,
            numbers: false,
        },
    ];
    let width = flow.paper().inner_width();
    let header = Row::header(
        &columns,
        width,
        &[
            in_each(cats, "grant-milestone-date")?,
            in_each(cats, "grant-milestone-what")?,
        ],
    );
    // The date in the first language: the chapter's own words beside it are in one.
    let first = &cats[0];
    let rows = a
        .milestones
        .iter()
        .map(|m| {
            Ok(Row::new(
                &columns,
                width,
                &[dates::day(first, m.fields.due_on)?, m.fields.what.clone()],
                Style::Table,
            ))
        })
        .collect::<Result<Vec<_>, PrintError>>()?;
    place_table(flow, &header, &rows, "the timeline")
}

fn signature(flow: &mut Flow<'_, '_>, catalogs: &[Catalog]) -> Result<(), PrintError> {
    flow.gap(16.0);
    let signature = crate::layout::widgets::Signature {
        signed: crate::layout::bilingual::joined(&in_each(catalogs, "grant-signed")?),
        date: crate::layout::bilingual::joined(&in_each(catalogs, "grant-signed-date")?),
    };
    flow.place(&signature, "the signature lines")
}

/// A campaign's power map after the signature, as an attachment: a page turned sideways with
/// the map at the size the chapter prints it for its table, under its name.
fn map_page(
    frame: &mut Frame<'_>,
    input: &GrantApplicationPaper<'_>,
    map: &CampaignMap,
) -> Result<(), PrintError> {
    let scene = lay_out(&MapPaper {
        map: &map.map,
        // Without the members' paths in: the partners' table says who is tied to whom, and
        // the application's header leaves the legend no room for the list.
        paths: &[],
        chapter_name: input.chapter_name,
        paper: input.paper,
        catalogs: input.catalogs,
        framed: Some((frame.content_top(), frame.landscape_content_bottom())),
        named: true,
    })?;
    draw(frame.new_landscape_page(), &scene);
    Ok(())
}
