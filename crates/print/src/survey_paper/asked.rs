//! A survey question on paper, with the widget that answers it, measured whole before it is
//! placed so a question never splits from its answer.

use groundwork_core::needs::survey::Question;

use super::answers::{below, beside, Answer};
use super::{in_languages, GAP, GUTTER};
use crate::layout::widgets::BOXES_INDENT;
use crate::layout::{Block, Flow, Lines, Page, Slot, Style};
use crate::PrintError;

/// Between a question and the check boxes below it.
const ABOVE_CHOICES: f32 = 2.0;

/// A question laid out with its answer, ready to place.
pub struct Asked<'q> {
    key: &'q str,
    lines: Lines,
    answer: Answer,
    indent: f32,
}

impl<'q> Asked<'q> {
    /// `q` in the print `languages`, `indent` in from the left of `width`; `yes_no` labels
    /// the boxes of a yes/no question.
    pub fn new(
        q: &'q Question,
        languages: &[String],
        yes_no: &[String],
        indent: f32,
        width: f32,
    ) -> Asked<'q> {
        let width = width - indent;
        let text = in_languages(languages, &q.text);
        let (text_width, answer) = match beside(q.kind, yes_no) {
            Some(beside) => (width - beside.width() - GUTTER, Answer::Beside(beside)),
            None => {
                let choices: Vec<Vec<String>> = q
                    .choices
                    .iter()
                    .map(|c| in_languages(languages, &c.text))
                    .collect();
                (width, below(q.kind, &choices, width - BOXES_INDENT))
            }
        };
        Asked {
            key: &q.key,
            lines: Lines::paragraph(&text, Style::Body, Style::BodySecond, indent, text_width),
            answer,
            indent,
        }
    }

    pub fn place(&self, flow: &mut Flow<'_, '_>) -> Result<(), PrintError> {
        flow.place(self, &format!("question '{}'", self.key))
    }
}

impl Block for Asked<'_> {
    /// With the space after it.
    fn height(&self) -> f32 {
        let text = self.lines.height();
        GAP + match &self.answer {
            Answer::Beside(beside) => text.max(beside.height()),
            Answer::Rows(rows) => text + rows.height(),
            Answer::Choices(choices) => text + ABOVE_CHOICES + choices.height(),
        }
    }

    fn draw(&self, page: &mut Page, slot: Slot) {
        let below = Slot {
            left: slot.left + self.indent + BOXES_INDENT,
            top: slot.top + self.lines.height(),
            ..slot
        };
        if let Answer::Beside(beside) = &self.answer {
            let left = slot.right - beside.width();
            beside.draw(page, Slot { left, ..slot });
        }
        self.lines.draw(page, slot);
        match &self.answer {
            Answer::Beside(_) => {}
            Answer::Rows(rows) => rows.draw(page, below),
            Answer::Choices(choices) => choices.draw(page, below.down(ABOVE_CHOICES)),
        }
    }
}
