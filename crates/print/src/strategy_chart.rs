//! A campaign's strategy chart on paper: a landscape page of five columns (goals,
//! organizational considerations, constituents and opponents, targets, tactics), each with its
//! sections and their lines, and each tactic with the target it is aimed at. A chart that does
//! not fit on one page goes on, column by column, on the next.

use chrono::NaiveDate;
use groundwork_core::campaigns::{Campaign, ChartColumn, ChartSection};
use groundwork_core::db::codes::to_code;
use groundwork_core::settings::PaperSize;

use crate::catalog::{in_each, Catalog};
use crate::fonts::Face;
use crate::layout::measure::wrap;
use crate::layout::{Frame, FrameSpec, Paper};
use crate::{PrintError, Printed};

const GAP: f32 = 12.0;
const SIZE: f32 = 10.0;
const LINE: f32 = 12.0;

pub struct StrategyChartPaper<'a> {
    pub campaign: &'a Campaign,
    pub chapter_name: &'a str,
    pub paper: PaperSize,
    pub catalogs: &'a [Catalog],
    pub printed_on: NaiveDate,
    pub is_sample: bool,
}

/// What goes down one column: (text, face, space before it).
type Lines = Vec<(String, Face, f32)>;

fn column_lines(
    input: &StrategyChartPaper<'_>,
    column: ChartColumn,
    width: f32,
) -> Result<Lines, PrintError> {
    let cats = input.catalogs;
    let chart = &input.campaign.chart;
    let mut lines: Lines = Vec::new();
    let push = |text: &str, face: Face, before: f32, lines: &mut Lines| {
        for (i, part) in wrap(text, face, SIZE, width).into_iter().enumerate() {
            lines.push((part, face, if i == 0 { before } else { 0.0 }));
        }
    };
    for (i, title) in in_each(cats, &format!("chart-column-{}", to_code(&column)))?
        .iter()
        .enumerate()
    {
        let face = if i == 0 { Face::Bold } else { Face::Italic };
        push(title, face, 0.0, &mut lines);
    }
    for section in ChartSection::ALL.iter().filter(|s| s.column() == column) {
        let heading = in_each(cats, &format!("chart-section-{}", to_code(section)))?.join(" / ");
        push(&heading, Face::Bold, 6.0, &mut lines);
        let items: Vec<_> = chart.iter().filter(|i| i.section == *section).collect();
        if items.is_empty() {
            push("—", Face::Regular, 2.0, &mut lines);
        }
        for item in items {
            push(&format!("• {}", item.text), Face::Regular, 2.0, &mut lines);
            let target = item
                .target_id
                .and_then(|t| chart.iter().find(|i| i.id == t));
            if let Some(target) = target {
                // In every language of the chart, the target's own words once.
                let aimed = in_each(cats, "chart-aimed-at")?.join(" / ");
                push(
                    &format!("  → {aimed}: {}", target.text),
                    Face::Italic,
                    0.0,
                    &mut lines,
                );
            }
        }
    }
    Ok(lines)
}

pub fn render(input: &StrategyChartPaper<'_>) -> Result<Printed, PrintError> {
    let campaign = input.campaign;
    let mut frame = Frame::new(FrameSpec {
        document: "strategy chart",
        paper: Paper::of(input.paper).landscape(),
        chapter_name: input.chapter_name,
        title_id: "chart-title",
        titles: Some(vec![campaign.fields.name.clone()]),
        catalogs: input.catalogs,
        printed_on: input.printed_on,
        is_sample: input.is_sample,
    })?;
    let paper = frame.paper();
    let (top, bottom) = (frame.content_top(), frame.content_bottom());
    let width = (paper.inner_width() - GAP * 4.0) / 5.0;

    // What the chart is, and the issue, across the top of the first page.
    let mut first_top = top;
    frame.new_page();
    let mut heading = in_each(input.catalogs, "chart-title")?.join(" / ");
    if let Some(issue) = &campaign.fields.issue {
        heading = format!("{heading}: {issue}");
    }
    for line in wrap(&heading, Face::Italic, 11.0, paper.inner_width()) {
        first_top += 14.0;
        frame
            .page()
            .text(paper.left(), first_top, &line, Face::Italic, 11.0);
    }
    first_top += 8.0;

    let columns: Vec<Lines> = ChartColumn::ALL
        .iter()
        .map(|c| column_lines(input, *c, width))
        .collect::<Result<_, _>>()?;
    for (i, lines) in columns.iter().enumerate() {
        let x = paper.left() + i as f32 * (width + GAP);
        let mut page = 0;
        let mut y = first_top;
        for (text, face, before) in lines {
            y += before + LINE;
            if y > bottom {
                page += 1;
                y = top + LINE;
            }
            frame.page_at(page).text(x, y, text, *face, SIZE);
        }
    }
    frame.finish()
}
