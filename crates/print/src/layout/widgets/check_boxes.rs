//! Check boxes with their labels: in columns below a question (the choices), or in a row
//! beside it (yes / no).

use super::{body, side, Inline, BOX_DROP, BOX_GAP};
use crate::fonts::{face, Face};
use crate::layout::bilingual::joined;
use crate::layout::flow::{Block, Slot};
use crate::layout::measure::wrap;
use crate::layout::page::Page;
use crate::layout::style::Style;

/// Check boxes sit this far in under the text they answer.
pub const BOXES_INDENT: f32 = 12.0;
/// Between one column of choices and the next.
const COLUMN_GAP: f32 = 10.0;
/// The most columns of choices, and the most lines a label may take in a column, a language.
const MOST_COLUMNS: usize = 4;
const MOST_LINES: usize = 2;
/// Between one row of boxes and the next, below the taller of box and label.
const ROW_GAP: f32 = 3.0;
/// Between one box of a row and the next box's label.
const ROW_BOX_GAP: f32 = 16.0;

/// Check boxes with their labels, in columns, filled across and then down.
#[derive(Debug, Clone)]
pub struct CheckBoxes {
    columns: usize,
    column_width: f32,
    /// Each label's lines in its column.
    labels: Vec<Vec<(Face, String)>>,
}

/// A label in one language or two wrapped to `width`: the two on one line where they fit
/// ("We rent / Rentamos"), else the second in italic below the first.
fn label_lines(texts: &[String], width: f32) -> Vec<(Face, String)> {
    let together = joined(texts);
    if texts.len() > 1 && face(Face::Regular).width(&together, body()) > width {
        let mut lines = Vec::new();
        for (i, text) in texts.iter().enumerate() {
            let face_ = if i == 0 { Face::Regular } else { Face::Italic };
            lines.extend(
                wrap(text, face_, body(), width)
                    .into_iter()
                    .map(|l| (face_, l)),
            );
        }
        return lines;
    }
    wrap(&together, Face::Regular, body(), width)
        .into_iter()
        .map(|l| (Face::Regular, l))
        .collect()
}

impl CheckBoxes {
    /// Lays out `labels` (each in every print language) across `width`, in the number of
    /// columns (up to four) that takes the least height with every word whole and no label
    /// longer than two lines a language; one column when nothing else fits.
    pub fn new(labels: &[Vec<String>], width: f32) -> CheckBoxes {
        let most = MOST_COLUMNS.min(labels.len()).max(1);
        let mut best = CheckBoxes::in_columns(labels, width, 1);
        for columns in 2..=most {
            let Some(candidate) = CheckBoxes::fitting(labels, width, columns) else {
                continue;
            };
            // More columns only when they save height: fewer read more easily.
            if candidate.height() < best.height() - 0.5 {
                best = candidate;
            }
        }
        best
    }

    fn in_columns(labels: &[Vec<String>], width: f32, columns: usize) -> CheckBoxes {
        let column_width = (width - COLUMN_GAP * (columns - 1) as f32) / columns as f32;
        let text_width = column_width - side() - BOX_GAP;
        CheckBoxes {
            columns,
            column_width,
            labels: labels.iter().map(|l| label_lines(l, text_width)).collect(),
        }
    }

    /// `columns` columns, unless a word would break or a label run past two lines a
    /// language.
    fn fitting(labels: &[Vec<String>], width: f32, columns: usize) -> Option<CheckBoxes> {
        let laid = CheckBoxes::in_columns(labels, width, columns);
        let text_width = laid.column_width - side() - BOX_GAP;
        let words_whole = labels
            .iter()
            .flatten()
            .flat_map(|l| l.split_whitespace())
            .all(|w| {
                face(Face::Italic)
                    .width(w, body())
                    .max(face(Face::Regular).width(w, body()))
                    <= text_width
            });
        let short = laid
            .labels
            .iter()
            .zip(labels)
            .all(|(lines, texts)| lines.len() <= MOST_LINES * texts.len().max(1));
        (words_whole && short).then_some(laid)
    }

    fn row_heights(&self) -> Vec<f32> {
        self.labels
            .chunks(self.columns)
            .map(|row| {
                let lines = row.iter().map(Vec::len).max().unwrap_or(1);
                (Style::leading(body()) * lines as f32).max(side() + BOX_DROP) + ROW_GAP
            })
            .collect()
    }
}

impl Block for CheckBoxes {
    fn height(&self) -> f32 {
        self.row_heights().iter().sum()
    }

    /// Draws the boxes from the slot's top left.
    fn draw(&self, page: &mut Page, slot: Slot) {
        let mut y = slot.top;
        for (row, height) in self.labels.chunks(self.columns).zip(self.row_heights()) {
            for (column, lines) in row.iter().enumerate() {
                let x = slot.left + column as f32 * (self.column_width + COLUMN_GAP);
                page.check_box(x, y + BOX_DROP);
                let mut baseline = y + body();
                for (face_, line) in lines {
                    page.text(x + side() + BOX_GAP, baseline, line, *face_, body());
                    baseline += Style::leading(body());
                }
            }
            y += height;
        }
    }
}

/// Labelled boxes in one row, each label on its box's right: "☐ Yes / Sí   ☐ No".
#[derive(Debug, Clone)]
pub struct BoxRow {
    labels: Vec<String>,
}

impl BoxRow {
    pub fn new(labels: Vec<String>) -> BoxRow {
        BoxRow { labels }
    }
}

impl Inline for BoxRow {
    fn width(&self) -> f32 {
        let labels: f32 = self
            .labels
            .iter()
            .map(|l| side() + BOX_GAP + face(Face::Regular).width(l, body()))
            .sum();
        labels + ROW_BOX_GAP * (self.labels.len().saturating_sub(1)) as f32
    }
}

impl Block for BoxRow {
    fn height(&self) -> f32 {
        side() + BOX_DROP
    }

    /// Draws the row from the slot's left, level with text starting at its top.
    fn draw(&self, page: &mut Page, slot: Slot) {
        let mut at = slot.left;
        for label in &self.labels {
            page.check_box(at, slot.top + BOX_DROP);
            let text_x = at + side() + BOX_GAP;
            page.text(text_x, slot.top + body(), label, Face::Regular, body());
            at = text_x + face(Face::Regular).width(label, body()) + ROW_BOX_GAP;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn labels(texts: &[&[&str]]) -> Vec<Vec<String>> {
        texts
            .iter()
            .map(|t| t.iter().map(|s| (*s).to_owned()).collect())
            .collect()
    }

    #[test]
    fn short_choices_take_more_columns_than_long_ones() {
        let width = 500.0;
        let short = CheckBoxes::new(&labels(&[&["Yes"], &["No"], &["Maybe"], &["Later"]]), width);
        assert_eq!(short.columns, 4);
        let long = labels(&[
            &["Threatened with eviction or told to leave by the landlord"],
            &["Repairs not done (heat, mold, pests, leaks) for months"],
            &["Rent takes too much of what we earn every month"],
        ]);
        let laid = CheckBoxes::new(&long, width);
        assert!(laid.columns < 3, "{} columns", laid.columns);
        // Never taller than a layout it turned down, unless that one broke a rule.
        for columns in 2..=3 {
            if let Some(other) = CheckBoxes::fitting(&long, width, columns) {
                assert!(laid.height() <= other.height());
            }
        }
        assert!(laid.height() <= CheckBoxes::in_columns(&long, width, 1).height());
    }

    #[test]
    fn two_languages_share_a_line_where_they_fit_else_the_second_goes_below_in_italic() {
        let one = |texts: &[&str]| texts.iter().map(|s| (*s).to_owned()).collect::<Vec<_>>();
        let short = label_lines(&one(&["We rent", "Rentamos"]), 300.0);
        assert_eq!(short, [(Face::Regular, "We rent / Rentamos".to_owned())]);
        let same = label_lines(&one(&["No", "No"]), 300.0);
        assert_eq!(same, [(Face::Regular, "No".to_owned())]);
        let long = label_lines(
            &one(&[
                "We have no steady place to live",
                "No tenemos un lugar fijo donde vivir",
            ]),
            220.0,
        );
        assert_eq!(long.len(), 2, "{long:?}");
        assert_eq!(long[0].0, Face::Regular);
        assert_eq!(
            long[1],
            (
                Face::Italic,
                "No tenemos un lugar fijo donde vivir".to_owned()
            )
        );
    }

    #[test]
    fn a_row_of_boxes_is_as_wide_as_its_labels_and_the_gaps_between() {
        let row = BoxRow::new(vec!["Yes / Sí".into(), "No".into()]);
        let labels =
            face(Face::Regular).width("Yes / Sí", body()) + face(Face::Regular).width("No", body());
        let expected = 2.0 * (side() + BOX_GAP) + labels + ROW_BOX_GAP;
        assert!((row.width() - expected).abs() < 0.001);
        assert!(row.height() > side());
    }
}
