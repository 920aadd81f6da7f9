//! A need as one row of the chart: rank and title, a bar as long as the share that named it
//! with the percent at its end, and the numbers in words beneath, in each language.

use fluent_bundle::FluentValue;
use groundwork_core::needs::ranking::NeedRank;

use crate::catalog::Catalog;
use crate::fonts::Face;
use crate::layout::measure::wrap;
use crate::layout::{Block, Flow, Page, Paper, Slot, Style};
use crate::PrintError;

/// The bars' grey, from 0 (black) to 1 (white).
const BAR_GREY: f32 = 0.55;
/// Between the label and the bar.
const BAR_GAP: f32 = 10.0;
/// Kept right of the longest bar, for its percent.
const PERCENT_ROOM: f32 = 40.0;

/// One need as a chart row: rank and title on the left; the share as a bar with its percent
/// at the end; beneath the bar, the numbers in words, in each language.
struct ChartRow {
    label_lines: Vec<String>,
    share: f32,
    percent: String,
    word_lines: Vec<String>,
    /// The labels' column; the bar starts [`BAR_GAP`] right of it.
    label_width: f32,
    height: f32,
}

impl ChartRow {
    fn new(paper: Paper, need: &NeedRank, titles: &[String], words: &[String]) -> ChartRow {
        let size = Style::Body.size();
        let small = Style::Table.size();
        let leading = Style::leading(size);
        let label_width = paper.inner_width() * 0.34;
        let bar_left = paper.left() + label_width + BAR_GAP;
        let words_width = paper.right() - bar_left;
        let label = format!("{}. {}", need.rank, titles.join(" / "));
        let label_lines = wrap(&label, Face::Regular, size, label_width);
        let word_lines: Vec<String> = words
            .iter()
            .flat_map(|w| wrap(w, Face::Regular, small, words_width))
            .collect();
        let right_height = leading + Style::leading(small) * word_lines.len() as f32;
        ChartRow {
            height: (leading * label_lines.len() as f32).max(right_height) + 6.0,
            label_lines,
            share: need.share as f32,
            percent: format!("{:.0}%", need.share * 100.0),
            word_lines,
            label_width,
        }
    }
}

impl Block for ChartRow {
    fn height(&self) -> f32 {
        self.height
    }

    fn draw(&self, page: &mut Page, slot: Slot) {
        let size = Style::Body.size();
        let small = Style::Table.size();
        let leading = Style::leading(size);
        let (left, top) = (slot.left, slot.top);
        let bar_left = left + self.label_width + BAR_GAP;
        let bar_room = slot.right - bar_left - PERCENT_ROOM;
        for (i, line) in self.label_lines.iter().enumerate() {
            page.text(
                left,
                top + size + leading * i as f32,
                line,
                Face::Regular,
                size,
            );
        }
        let bar_width = (bar_room * self.share).max(1.0);
        page.bar(bar_left, top + 2.0, bar_width, size, BAR_GREY);
        page.text(
            bar_left + bar_width + 5.0,
            top + size,
            &self.percent,
            Face::Bold,
            size,
        );
        let mut baseline = top + leading + small;
        for line in &self.word_lines {
            page.text(bar_left, baseline, line, Face::Regular, small);
            baseline += Style::leading(small);
        }
    }
}

/// Places a need's chart row.
pub(super) fn chart_row(
    flow: &mut Flow<'_, '_>,
    need: &NeedRank,
    titles: &[String],
    words: &[String],
) -> Result<(), PrintError> {
    let row = ChartRow::new(flow.paper(), need, titles, words);
    flow.place(&row, &format!("the chart row of '{}'", need.key))
}

/// "148 named it · severity 3.3 of 5 · rated 1 to 5: 0-1-4-10-3", in each language (the
/// percent is beside the bar).
pub(super) fn words_for(need: &NeedRank, catalogs: &[Catalog]) -> Result<Vec<String>, PrintError> {
    catalogs
        .iter()
        .map(|c| {
            let named = c.text_with(
                "report-named",
                &[("count", FluentValue::from(need.respondents))],
            )?;
            let mut parts = vec![named];
            if let Some(mean) = need.mean_severity {
                let mean = format!("{mean:.1}");
                parts.push(c.text_with(
                    "report-severity",
                    &[("mean", FluentValue::from(mean.as_str()))],
                )?);
            }
            if need.rated > 0 {
                // How the ratings spread: a mean of 3 from all 3s reads differently from one
                // made of 1s and 5s.
                let spread = need.distribution.map(|n| n.to_string()).join("-");
                parts.push(c.text_with(
                    "report-spread",
                    &[("spread", FluentValue::from(spread.as_str()))],
                )?);
            }
            Ok(parts.join(" · "))
        })
        .collect()
}
