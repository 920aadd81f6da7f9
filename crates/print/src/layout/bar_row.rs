//! One row of a bar chart on paper: a label on the left (wrapped), a grey bar with a black
//! outline as long as its share, its value in bold at the bar's end, and lines of words beneath
//! the bar. Reads the same on a black-and-white photocopy: the value is always written.
//!
//! The longest bar stays under half the page's inner width, so a bar's edges never read as
//! ruled lines to write on (a scanner, and PAPER.md's checks, take half-width lines for those).

use crate::fonts::Face;
use crate::layout::measure::wrap;
use crate::layout::{Block, Page, Paper, Slot, Style};

/// The bars' grey, from 0 (black) to 1 (white).
const BAR_GREY: f32 = 0.55;
/// Between the label and the bar.
const BAR_GAP: f32 = 10.0;
/// Kept right of the longest bar, for its value.
const VALUE_ROOM: f32 = 40.0;
/// The labels' column, as a share of the inner width.
const LABEL_SHARE: f32 = 0.34;
/// The longest bar, as a share of the inner width.
const LONGEST_BAR: f32 = 0.45;

pub struct BarRow {
    label_lines: Vec<String>,
    share: f32,
    value: String,
    word_lines: Vec<String>,
    label_width: f32,
    height: f32,
}

impl BarRow {
    /// `share` from 0 to 1 of the longest bar; `words` (each a language) beneath the bar.
    pub fn new(paper: Paper, label: &str, share: f32, value: String, words: &[String]) -> BarRow {
        let size = Style::Body.size();
        let small = Style::Table.size();
        let leading = Style::leading(size);
        let label_width = paper.inner_width() * LABEL_SHARE;
        let words_width = paper.inner_width() - label_width - BAR_GAP;
        let label_lines = wrap(label, Face::Regular, size, label_width);
        let word_lines: Vec<String> = words
            .iter()
            .flat_map(|w| wrap(w, Face::Regular, small, words_width))
            .collect();
        let right = leading + Style::leading(small) * word_lines.len() as f32;
        BarRow {
            height: (leading * label_lines.len() as f32).max(right) + 6.0,
            label_lines,
            share: share.clamp(0.0, 1.0),
            value,
            word_lines,
            label_width,
        }
    }
}

impl Block for BarRow {
    fn height(&self) -> f32 {
        self.height
    }

    fn draw(&self, page: &mut Page, slot: Slot) {
        let size = Style::Body.size();
        let small = Style::Table.size();
        let leading = Style::leading(size);
        let bar_left = slot.left + self.label_width + BAR_GAP;
        let room = (slot.right - bar_left - VALUE_ROOM).min(slot.width() * LONGEST_BAR);
        for (i, line) in self.label_lines.iter().enumerate() {
            page.text(
                slot.left,
                slot.top + size + leading * i as f32,
                line,
                Face::Regular,
                size,
            );
        }
        let width = (room * self.share).max(1.0);
        page.bar(bar_left, slot.top + 2.0, width, size, BAR_GREY);
        page.text(
            bar_left + width + 5.0,
            slot.top + size,
            &self.value,
            Face::Bold,
            size,
        );
        let mut baseline = slot.top + leading + small;
        for line in &self.word_lines {
            page.text(bar_left, baseline, line, Face::Regular, small);
            baseline += Style::leading(small);
        }
    }
}
