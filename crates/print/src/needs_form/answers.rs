//! The answers of a form, sized for a pen at a door: check boxes in columns, 1–5 scales,
//! yes/no, a number, rows to write on. Each is measured before it is drawn, so a question and
//! its answer never split across two pages.

use groundwork_core::needs::survey::QuestionKind;

use crate::fonts::{face, Face};
use crate::layout::measure::wrap;
use crate::layout::page::CHECK_BOX_MM;
use crate::layout::{mm, Page, Style};

use super::writer::joined;

/// A row to write in by hand (PAPER.md).
pub(super) const WRITE_ROW_MM: f32 = 9.0;
/// From one box of a 1–5 scale to the next, number included: 10.6 mm, room for a pen.
const SCALE_STEP: f32 = 30.0;
/// Between a check box and its label.
const BOX_GAP: f32 = 5.0;
/// Between one column of choices and the next.
const COLUMN_GAP: f32 = 10.0;
/// The most columns of choices, and the most lines a label may take in a column, a language.
const MOST_COLUMNS: usize = 4;
const MOST_LINES: usize = 2;
/// Between a box's top and the top of its line: the box sits centred on the text.
const BOX_DROP: f32 = 0.5;
/// Between one row of boxes and the next, below the taller of box and label.
const ROW_GAP: f32 = 3.0;
/// The width of a line to write a number on.
const NUMBER_MM: f32 = 30.0;

fn side() -> f32 {
    mm(CHECK_BOX_MM)
}

fn body() -> f32 {
    Style::Body.size()
}

/// Check boxes with their labels, in columns, filled across and then down.
pub(super) struct Choices {
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

impl Choices {
    /// Lays out `labels` (each in every print language) across `width`, in the number of
    /// columns (up to four) that takes the least height with every word whole and no label
    /// longer than two lines a language; one column when nothing else fits.
    pub fn new(labels: &[Vec<String>], width: f32) -> Choices {
        let most = MOST_COLUMNS.min(labels.len()).max(1);
        let mut best = Choices::in_columns(labels, width, 1);
        for columns in 2..=most {
            let Some(candidate) = Choices::fitting(labels, width, columns) else {
                continue;
            };
            // More columns only when they save height: fewer read more easily.
            if candidate.height() < best.height() - 0.5 {
                best = candidate;
            }
        }
        best
    }

    fn in_columns(labels: &[Vec<String>], width: f32, columns: usize) -> Choices {
        let column_width = (width - COLUMN_GAP * (columns - 1) as f32) / columns as f32;
        let text_width = column_width - side() - BOX_GAP;
        Choices {
            columns,
            column_width,
            labels: labels.iter().map(|l| label_lines(l, text_width)).collect(),
        }
    }

    /// `columns` columns, unless a word would break or a label run past two lines a
    /// language.
    fn fitting(labels: &[Vec<String>], width: f32, columns: usize) -> Option<Choices> {
        let laid = Choices::in_columns(labels, width, columns);
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

    pub fn height(&self) -> f32 {
        self.row_heights().iter().sum()
    }

    /// Draws the boxes from (`left`, `top`); answers the height taken.
    pub fn draw(&self, page: &mut Page, left: f32, top: f32) -> f32 {
        let mut y = top;
        for (row, height) in self.labels.chunks(self.columns).zip(self.row_heights()) {
            for (column, lines) in row.iter().enumerate() {
                let x = left + column as f32 * (self.column_width + COLUMN_GAP);
                page.check_box(x, y + BOX_DROP);
                let mut baseline = y + body();
                for (face_, line) in lines {
                    page.text(x + side() + BOX_GAP, baseline, line, *face_, body());
                    baseline += Style::leading(body());
                }
            }
            y += height;
        }
        y - top
    }
}

/// An answer that sits beside its question, on the right: a scale, yes/no, a number.
pub(super) struct Beside<'l> {
    kind: QuestionKind,
    /// "Yes / Sí" and "No".
    yes_no: &'l [String],
}

impl<'l> Beside<'l> {
    /// `None` for answers that need the width below their question.
    pub fn of(kind: QuestionKind, yes_no: &'l [String]) -> Option<Beside<'l>> {
        matches!(
            kind,
            QuestionKind::Scale | QuestionKind::YesNo | QuestionKind::Number
        )
        .then_some(Beside { kind, yes_no })
    }

    fn number_width() -> f32 {
        face(Face::Bold).width("5", body()) + 2.0
    }

    pub fn width(&self) -> f32 {
        match self.kind {
            QuestionKind::Scale => SCALE_STEP * 4.0 + Beside::number_width() + side(),
            QuestionKind::YesNo => {
                let labels: f32 = self
                    .yes_no
                    .iter()
                    .map(|l| side() + BOX_GAP + face(Face::Regular).width(l, body()))
                    .sum();
                labels + 16.0 * (self.yes_no.len().saturating_sub(1)) as f32
            }
            _ => mm(NUMBER_MM),
        }
    }

    pub fn height(&self) -> f32 {
        match self.kind {
            QuestionKind::Number => mm(WRITE_ROW_MM),
            _ => side() + BOX_DROP,
        }
    }

    /// Draws the answer with its left edge at `x`, level with a question starting at `top`.
    pub fn draw(&self, page: &mut Page, x: f32, top: f32) {
        match self.kind {
            QuestionKind::Scale => {
                for n in 1..=5u8 {
                    let at = x + f32::from(n - 1) * SCALE_STEP;
                    page.text(at, top + body(), &n.to_string(), Face::Bold, body());
                    page.check_box(at + Beside::number_width(), top + BOX_DROP);
                }
            }
            QuestionKind::YesNo => {
                let mut at = x;
                for label in self.yes_no {
                    page.check_box(at, top + BOX_DROP);
                    let text_x = at + side() + BOX_GAP;
                    page.text(text_x, top + body(), label, Face::Regular, body());
                    at = text_x + face(Face::Regular).width(label, body()) + 16.0;
                }
            }
            _ => {
                // Ruled where a pen writes, one handwriting row below the question's top.
                let y = top + mm(WRITE_ROW_MM) - 4.0;
                page.line((x, y), (x + mm(NUMBER_MM), y), 0.5);
            }
        }
    }
}

/// Ruled rows to write on, `WRITE_ROW_MM` apart, from `left` to `right`; answers the height.
pub(super) fn write_rows(page: &mut Page, left: f32, right: f32, top: f32, rows: usize) -> f32 {
    for row in 1..=rows {
        let y = top + mm(WRITE_ROW_MM) * row as f32;
        page.line((left, y), (right, y), 0.5);
    }
    write_rows_height(rows)
}

pub(super) fn write_rows_height(rows: usize) -> f32 {
    mm(WRITE_ROW_MM) * rows as f32 + 4.0
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
        let short = Choices::new(&labels(&[&["Yes"], &["No"], &["Maybe"], &["Later"]]), width);
        assert_eq!(short.columns, 4);
        let long = labels(&[
            &["Threatened with eviction or told to leave by the landlord"],
            &["Repairs not done (heat, mold, pests, leaks) for months"],
            &["Rent takes too much of what we earn every month"],
        ]);
        let laid = Choices::new(&long, width);
        assert!(laid.columns < 3, "{} columns", laid.columns);
        // Never taller than a layout it turned down, unless that one broke a rule.
        for columns in 2..=3 {
            if let Some(other) = Choices::fitting(&long, width, columns) {
                assert!(laid.height() <= other.height());
            }
        }
        assert!(laid.height() <= Choices::in_columns(&long, width, 1).height());
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
    fn a_scale_has_room_for_a_pen_between_its_boxes() {
        let scale = Beside::of(QuestionKind::Scale, &[]).unwrap();
        // Five boxes, each with its number, at least 2 mm clear of the next number.
        let gap = SCALE_STEP - Beside::number_width() - side();
        assert!(gap >= mm(2.0), "{gap} pt");
        assert!(scale.width() < 160.0);
        assert!(Beside::of(QuestionKind::Multiple, &[]).is_none());
    }
}
