//! Starting points, for the chapter meeting after a connections assessment: the organizations
//! the chapter can reach through members already trusted there (ranked, as bars, with who would
//! introduce it), the members who are bridges into several communities, and the kinds of
//! community in each area where no member has a tie yet.

use chrono::NaiveDate;
use fluent_bundle::FluentValue;
use groundwork_core::connections::starting_points::StartingPoints;
use groundwork_core::orgs::{OrgKind, Relationship};
use groundwork_core::settings::{Chapter, LanguageChoice, PaperSize};

use crate::catalog::Catalog;
use crate::layout::{BarRow, Flow, Frame, FrameSpec, Lines, Paper, Style};
use crate::{PrintError, Printed};

const DOCUMENT: &str = "starting points";
/// Room kept below a section's heading for what follows it.
const KEEP_WITH_HEADING: f32 = 90.0;

pub struct StartingPointsReport<'a> {
    pub chapter_name: &'a str,
    pub points: &'a StartingPoints,
    pub language: LanguageChoice,
    pub paper: PaperSize,
    pub printed_on: NaiveDate,
    pub is_sample: bool,
}

impl<'a> StartingPointsReport<'a> {
    pub fn for_chapter(
        chapter: &'a Chapter,
        points: &'a StartingPoints,
        language: LanguageChoice,
        printed_on: NaiveDate,
    ) -> StartingPointsReport<'a> {
        StartingPointsReport {
            chapter_name: &chapter.settings.name,
            points,
            language,
            paper: chapter.settings.paper_size,
            printed_on,
            is_sample: chapter.is_sample,
        }
    }
}

/// A kind of organization in a catalog's words.
pub(crate) fn kind_name(catalog: &Catalog, kind: OrgKind) -> Result<String, PrintError> {
    catalog.text(&format!(
        "org-kind-{}",
        groundwork_core::db::codes::to_code(&kind)
    ))
}

fn relationship_name(catalog: &Catalog, r: Relationship) -> Result<String, PrintError> {
    catalog.text(&format!(
        "org-rel-{}",
        groundwork_core::db::codes::to_code(&r)
    ))
}

fn place_text(
    flow: &mut Flow<'_, '_>,
    texts: &[String],
    first: Style,
    second: Style,
    the_box: &str,
) -> Result<(), PrintError> {
    let width = flow.paper().inner_width();
    let lines = Lines::paragraph(texts, first, second, 0.0, width);
    flow.place_each(lines.lines(), the_box)
}

fn each(
    catalogs: &[Catalog],
    id: &str,
    args: &[(&str, FluentValue<'_>)],
) -> Result<Vec<String>, PrintError> {
    catalogs.iter().map(|c| c.text_with(id, args)).collect()
}

fn heading(flow: &mut Flow<'_, '_>, catalogs: &[Catalog], id: &str) -> Result<(), PrintError> {
    flow.gap(10.0);
    flow.keep(KEEP_WITH_HEADING);
    let words = each(catalogs, id, &[])?;
    place_text(flow, &words, Style::Heading, Style::BodySecond, "a heading")
}

pub fn render(report: &StartingPointsReport<'_>) -> Result<Printed, PrintError> {
    let catalogs = Catalog::all_of(report.language);
    let mut frame = Frame::new(FrameSpec {
        document: DOCUMENT,
        paper: Paper::of(report.paper),
        chapter_name: report.chapter_name,
        title_id: "sp-title",
        titles: None,
        catalogs: &catalogs,
        printed_on: report.printed_on,
        is_sample: report.is_sample,
    })?;
    let mut flow = Flow::new(&mut frame, None)?;
    body(&mut flow, report.points, &catalogs)?;
    frame.finish()
}

/// Ties by kind of organization: the chart a chapter puts on a slide.
fn by_kind(
    flow: &mut Flow<'_, '_>,
    points: &StartingPoints,
    catalogs: &[Catalog],
) -> Result<(), PrintError> {
    heading(flow, catalogs, "sp-by-kind")?;
    let explain = each(catalogs, "sp-by-kind-explain", &[])?;
    place_text(flow, &explain, Style::Table, Style::Table, "the kinds' key")?;
    flow.gap(6.0);
    let most = points
        .by_kind
        .iter()
        .map(|k| k.ties)
        .max()
        .unwrap_or(1)
        .max(1);
    for kind in &points.by_kind {
        let label = catalogs
            .iter()
            .map(|c| kind_name(c, kind.kind))
            .collect::<Result<Vec<_>, PrintError>>()?
            .join(" / ");
        let words = each(
            catalogs,
            "sp-kind-numbers",
            &[("members", FluentValue::from(kind.members))],
        )?;
        let bar = BarRow::new(
            flow.paper(),
            &label,
            kind.ties as f32 / most as f32,
            kind.ties.to_string(),
            &words,
        );
        flow.place(&bar, &format!("the row of the kind '{label}'"))?;
    }
    Ok(())
}

fn body(
    flow: &mut Flow<'_, '_>,
    points: &StartingPoints,
    catalogs: &[Catalog],
) -> Result<(), PrintError> {
    let facts = each(
        catalogs,
        "sp-facts",
        &[
            ("people", FluentValue::from(points.people_tied)),
            ("orgs", FluentValue::from(points.organizations_tied)),
            ("ties", FluentValue::from(points.ties)),
        ],
    )?;
    place_text(
        flow,
        &facts,
        Style::Body,
        Style::BodySecond,
        "the report's facts",
    )?;
    if points.top.is_empty() {
        let none = each(catalogs, "sp-none", &[])?;
        return place_text(flow, &none, Style::Body, Style::BodySecond, "no ties yet");
    }

    heading(flow, catalogs, "sp-top")?;
    let explain = each(catalogs, "sp-top-explain", &[])?;
    place_text(
        flow,
        &explain,
        Style::Table,
        Style::Table,
        "the chart's key",
    )?;
    flow.gap(6.0);
    let most = points
        .top
        .iter()
        .map(|o| o.org.strength)
        .max()
        .unwrap_or(1)
        .max(1);
    for start in &points.top {
        let org = &start.org;
        let introducers = if start.introducers.is_empty() {
            None
        } else {
            Some(start.introducers.join(", "))
        };
        let words = catalogs
            .iter()
            .map(|c| {
                let who = match &introducers {
                    Some(names) => names.clone(),
                    None => c.text("sp-nobody")?,
                };
                c.text_with(
                    "sp-org-numbers",
                    &[
                        ("kind", kind_name(c, org.kind)?.into()),
                        (
                            "relationship",
                            relationship_name(c, org.relationship)?.into(),
                        ),
                        ("members", FluentValue::from(org.members)),
                        ("introducers", who.into()),
                    ],
                )
            })
            .collect::<Result<Vec<_>, PrintError>>()?;
        let label = format!("{}. {}", org.rank, org.name);
        let bar = BarRow::new(
            flow.paper(),
            &label,
            org.strength as f32 / most as f32,
            org.strength.to_string(),
            &words,
        );
        flow.place(&bar, &format!("the row of '{}'", org.name))?;
    }

    by_kind(flow, points, catalogs)?;

    if !points.bridges.is_empty() {
        heading(flow, catalogs, "sp-bridges")?;
        let explain = each(catalogs, "sp-bridges-explain", &[])?;
        place_text(
            flow,
            &explain,
            Style::Table,
            Style::Table,
            "the bridges' key",
        )?;
        flow.gap(4.0);
        for bridge in &points.bridges {
            let line = format!("{}: {}", bridge.name, bridge.organizations.join(", "));
            place_text(flow, &[line], Style::Body, Style::Body, "a bridge")?;
        }
    }

    heading(flow, catalogs, "sp-gaps")?;
    let explain = each(catalogs, "sp-gaps-explain", &[])?;
    place_text(flow, &explain, Style::Table, Style::Table, "the gaps' key")?;
    flow.gap(4.0);
    for gap in &points.gaps {
        let lines = catalogs
            .iter()
            .map(|c| {
                let area = match &gap.area {
                    Some(area) => area.clone(),
                    None => c.text("sp-gaps-anywhere")?,
                };
                let kinds = if gap.kinds.is_empty() {
                    c.text("sp-no-gaps")?
                } else {
                    gap.kinds
                        .iter()
                        .map(|k| kind_name(c, *k))
                        .collect::<Result<Vec<_>, PrintError>>()?
                        .join(", ")
                };
                Ok(format!("{area}: {kinds}"))
            })
            .collect::<Result<Vec<_>, PrintError>>()?;
        let (first, second) = (Style::Body, Style::BodySecond);
        place_text(
            flow,
            &lines,
            first,
            second,
            "the kinds with no ties in an area",
        )?;
        flow.gap(3.0);
    }
    Ok(())
}
