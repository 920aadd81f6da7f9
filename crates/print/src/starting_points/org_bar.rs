//! An organization as one row of the starting-points chart: rank and name on the left, a bar
//! as long as its members' summed tie strength with the number at its end, and beneath the bar
//! its kind, the chapter's relationship, and who would introduce the chapter, in each language.

use crate::fonts::Face;
use crate::layout::measure::wrap;
use crate::layout::{Block, Page, Paper, Slot, Style};

const BAR_GREY: f32 = 0.55;
const BAR_GAP: f32 = 10.0;
/// Kept right of the longest bar, for its number.
const NUMBER_ROOM: f32 = 30.0;
/// The longest bar, as a share of the page's inner width.
const LONGEST_BAR: f32 = 0.45;

pub(super) struct OrgBar {
    label_lines: Vec<String>,
    share: f32,
    number: String,
    word_lines: Vec<String>,
    label_width: f32,
    height: f32,
}

impl OrgBar {
    pub fn new(paper: Paper, label: &str, share: f32, number: String, words: &[String]) -> OrgBar {
        let size = Style::Body.size();
        let small = Style::Table.size();
        let leading = Style::leading(size);
        let label_width = paper.inner_width() * 0.36;
        let words_width = paper.inner_width() - label_width - BAR_GAP;
        let label_lines = wrap(label, Face::Regular, size, label_width);
        let word_lines: Vec<String> = words
            .iter()
            .flat_map(|w| wrap(w, Face::Regular, small, words_width))
            .collect();
        let right = leading + Style::leading(small) * word_lines.len() as f32;
        OrgBar {
            height: (leading * label_lines.len() as f32).max(right) + 6.0,
            label_lines,
            share: share.clamp(0.0, 1.0),
            number,
            word_lines,
            label_width,
        }
    }
}

impl Block for OrgBar {
    fn height(&self) -> f32 {
        self.height
    }

    fn draw(&self, page: &mut Page, slot: Slot) {
        let size = Style::Body.size();
        let small = Style::Table.size();
        let leading = Style::leading(size);
        let bar_left = slot.left + self.label_width + BAR_GAP;
        // Under half the page's width: a bar's edges must never read as ruled lines to write
        // on (a scanner, and the paper checks, take half-width lines for those).
        let room = (slot.right - bar_left - NUMBER_ROOM).min(slot.width() * LONGEST_BAR);
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
            &self.number,
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
