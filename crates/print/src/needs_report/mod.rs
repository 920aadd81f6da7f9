//! The summary of a needs assessment, for the chapter meeting: every need ranked by how widely
//! it is felt, with how deeply, drawn as bar charts; then the leading needs of each area and
//! each language.
//!
//! Bars are grey with a black outline and carry their number in words beside them, so the
//! chart reads the same on a black-and-white photocopy.

mod chart;
mod programs;

use chrono::NaiveDate;
use fluent_bundle::FluentValue;
use groundwork_core::needs::programs::Candidate;
use groundwork_core::needs::ranking::{GroupRanking, Ranking};
use groundwork_core::needs::summary::Summary;
use groundwork_core::needs::survey::Survey;
use groundwork_core::settings::{Chapter, LanguageChoice, PaperSize};

use crate::catalog::Catalog;
use crate::layout::{Flow, Frame, FrameSpec, Lines, Paper, Style};
use crate::{PrintError, Printed};
use chart::{chart_row, words_for};

const DOCUMENT: &str = "needs summary";
/// Needs shown for each area or language: the ones a meeting would talk about.
const TOP_PER_GROUP: usize = 5;

pub struct NeedsReport<'a> {
    pub chapter_name: &'a str,
    pub assessment_name: &'a str,
    pub starts_on: Option<NaiveDate>,
    pub ends_on: Option<NaiveDate>,
    pub areas: &'a [String],
    /// For the needs' titles in each language.
    pub survey: &'a Survey,
    pub overall: &'a Ranking,
    pub by_area: &'a [GroupRanking],
    pub by_language: &'a [GroupRanking],
    /// The service programs as ranked for this assessment: the shortlist (or, before there is
    /// one, the strongest few) prints after the charts.
    pub candidates: &'a [Candidate],
    pub language: LanguageChoice,
    pub paper: PaperSize,
    pub printed_on: NaiveDate,
    pub is_sample: bool,
}

impl<'a> NeedsReport<'a> {
    /// The summary for the chapter: its name, paper and sample mark; `language` for the words.
    pub fn for_chapter(
        chapter: &'a Chapter,
        summary: &'a Summary,
        language: LanguageChoice,
        printed_on: NaiveDate,
    ) -> NeedsReport<'a> {
        let a = &summary.assessment;
        NeedsReport {
            chapter_name: &chapter.settings.name,
            assessment_name: &a.name,
            starts_on: a.starts_on,
            ends_on: a.ends_on,
            areas: &a.areas,
            survey: &summary.survey,
            overall: &summary.overall,
            by_area: &summary.by_area,
            by_language: &summary.by_language,
            candidates: &summary.candidates,
            language,
            paper: chapter.settings.paper_size,
            printed_on,
            is_sample: chapter.is_sample || a.is_sample,
        }
    }
}

/// Wrapped text across the full width, placed line by line so a long one may continue overleaf;
/// the first text in `first`, the others below it in `second` (a translation).
fn text(
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

/// A section's heading, from the catalogs, in each language.
pub(super) fn heading(
    flow: &mut Flow<'_, '_>,
    catalogs: &[Catalog],
    id: &str,
) -> Result<(), PrintError> {
    let words = texts(catalogs, id, &[])?;
    text(flow, &words, Style::Heading, Style::BodySecond, "a heading")
}

fn titles_of(survey: &Survey, key: &str, catalogs: &[Catalog], fallback: &str) -> Vec<String> {
    let domain = survey.domains.iter().find(|d| d.key == key);
    let mut titles: Vec<String> = Vec::new();
    for c in catalogs {
        let title = domain
            .and_then(|d| d.title.get(c.lang().code()))
            .cloned()
            .unwrap_or_else(|| fallback.to_owned());
        if !titles.contains(&title) {
            titles.push(title);
        }
    }
    titles
}

fn texts(
    catalogs: &[Catalog],
    id: &str,
    args: &[(&str, FluentValue<'_>)],
) -> Result<Vec<String>, PrintError> {
    catalogs.iter().map(|c| c.text_with(id, args)).collect()
}

pub fn render(report: &NeedsReport<'_>) -> Result<Printed, PrintError> {
    let catalogs = Catalog::all_of(report.language);
    let mut frame = Frame::new(FrameSpec {
        document: DOCUMENT,
        paper: Paper::of(report.paper),
        chapter_name: report.chapter_name,
        title_id: "report-title",
        titles: None,
        catalogs: &catalogs,
        printed_on: report.printed_on,
        is_sample: report.is_sample,
    })?;
    let mut flow = Flow::new(&mut frame, None)?;
    summary(&mut flow, report, &catalogs)?;
    frame.finish()
}

/// Room kept below a section's heading for what follows it: a heading never ends a page.
const KEEP_WITH_HEADING: f32 = 120.0;

/// The whole summary, down its pages.
fn summary(
    flow: &mut Flow<'_, '_>,
    report: &NeedsReport<'_>,
    catalogs: &[Catalog],
) -> Result<(), PrintError> {
    text(
        flow,
        &[report.assessment_name.to_owned()],
        Style::Heading,
        Style::Heading,
        "the assessment's name",
    )?;
    text(
        flow,
        &facts(report, catalogs)?,
        Style::Body,
        Style::BodySecond,
        "the assessment's facts",
    )?;
    flow.gap(8.0);

    if report.overall.responses == 0 {
        let none = texts(catalogs, "report-none", &[])?;
        return text(flow, &none, Style::Body, Style::BodySecond, "no forms yet");
    }

    heading(flow, catalogs, "report-overall")?;
    let explain = texts(catalogs, "report-explain", &[])?;
    text(
        flow,
        &explain,
        Style::Table,
        Style::Table,
        "the chart's key",
    )?;
    flow.gap(6.0);
    for need in &report.overall.needs {
        let titles = titles_of(report.survey, &need.key, catalogs, &need.title);
        chart_row(flow, need, &titles, &words_for(need, catalogs)?)?;
    }

    for (title, groups) in [
        ("report-by-area", report.by_area),
        ("report-by-language", report.by_language),
    ] {
        if groups.len() < 2 {
            // One group is the overall chart again.
            continue;
        }
        flow.gap(10.0);
        flow.keep(KEEP_WITH_HEADING);
        heading(flow, catalogs, title)?;
        for group in groups {
            flow.gap(4.0);
            // A group's name stays with its first needs.
            flow.keep(Style::leading(Style::Body.size()) * 4.0);
            let mut line = Vec::new();
            for catalog in catalogs {
                let name = group_name(catalog, &group.group)?;
                line.push(catalog.text_with(
                    "report-group",
                    &[
                        ("group", FluentValue::from(name.as_str())),
                        ("count", FluentValue::from(group.ranking.responses)),
                    ],
                )?);
            }
            let (first, second) = (Style::TableHeader, Style::TableHeaderSecond);
            text(flow, &line, first, second, "a group's name")?;
            for need in group.ranking.needs.iter().take(TOP_PER_GROUP) {
                let titles = titles_of(report.survey, &need.key, catalogs, &need.title);
                chart_row(flow, need, &titles, &words_for(need, catalogs)?)?;
            }
        }
    }
    programs::programs(flow, report, catalogs)
}

/// "100 forms entered · September 1, 2026 to November 30, 2026 · Eastside, Riverbend", in
/// each language.
fn facts(report: &NeedsReport<'_>, catalogs: &[Catalog]) -> Result<Vec<String>, PrintError> {
    let mut facts = texts(
        catalogs,
        "report-forms",
        &[("count", FluentValue::from(report.overall.responses))],
    )?;
    if let (Some(from), Some(to)) = (report.starts_on, report.ends_on) {
        let period = catalogs
            .iter()
            .map(|c| {
                c.text_with(
                    "report-period",
                    &[
                        ("from", crate::dates::day(c, from)?.into()),
                        ("to", crate::dates::day(c, to)?.into()),
                    ],
                )
            })
            .collect::<Result<Vec<_>, PrintError>>()?;
        for (fact, period) in facts.iter_mut().zip(period) {
            fact.push_str(" · ");
            fact.push_str(&period);
        }
    }
    if !report.areas.is_empty() {
        let areas = report.areas.join(", ");
        for fact in &mut facts {
            fact.push_str(" · ");
            fact.push_str(&areas);
        }
    }
    Ok(facts)
}

/// An area as typed; a language group (stored as its code, "es") by its name in the catalog's
/// language, or as its code for a language the catalogs do not name; "not given" in words.
fn group_name(catalog: &Catalog, group: &str) -> Result<String, PrintError> {
    if group == groundwork_core::needs::ranking::NOT_GIVEN {
        return catalog.text("report-not-given");
    }
    Ok(catalog
        .text(&format!("language-{group}"))
        .unwrap_or_else(|_| group.to_owned()))
}
