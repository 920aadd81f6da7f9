//! The survey's questions laid out on the form: each measured whole before it is drawn, so
//! a question never splits from its answer and a need stays with its follow-ups.

use groundwork_core::needs::survey::{Domain, Question, QuestionKind};

use super::answers::{write_rows, write_rows_height, Beside, Choices};
use super::writer::{height_of, Line, Writer};
use super::{CHOICES_INDENT, GAP, GUTTER};
use crate::layout::Style;

/// A need's follow-up questions sit this far in under its title.
const FOLLOW_UP_INDENT: f32 = 12.0;
/// Between a question and the check boxes below it.
const ABOVE_CHOICES: f32 = 2.0;
/// Rows to write a free answer on.
const TEXT_ROWS: usize = 2;

/// How a question is answered on paper.
enum Answer<'l> {
    /// On the right of the question's first line: a scale, yes/no, a number.
    Beside(Beside<'l>),
    /// Ruled rows below.
    Rows(usize),
    /// Check boxes below.
    Choices(Choices),
}

/// A question laid out with its answer, ready to draw.
pub(super) struct Asked<'l> {
    lines: Vec<Line>,
    answer: Answer<'l>,
    indent: f32,
}

impl<'l> Asked<'l> {
    /// `q` in the print languages, `indent` in from the left margin; `yes_no` labels the
    /// boxes of a yes/no question.
    pub fn new(w: &Writer<'_, '_>, q: &Question, indent: f32, yes_no: &'l [String]) -> Asked<'l> {
        let width = w.paper.inner_width() - indent;
        let text = w.texts(&q.text);
        let (text_width, answer) = match Beside::of(q.kind, yes_no) {
            Some(beside) => (width - beside.width() - GUTTER, Answer::Beside(beside)),
            None if q.kind == QuestionKind::Text => (width, Answer::Rows(TEXT_ROWS)),
            None => {
                let choices: Vec<Vec<String>> =
                    q.choices.iter().map(|c| w.texts(&c.text)).collect();
                let choices = Choices::new(&choices, width - CHOICES_INDENT);
                (width, Answer::Choices(choices))
            }
        };
        Asked {
            lines: w.paragraph(&text, Style::Body, Style::BodySecond, indent, text_width),
            answer,
            indent,
        }
    }

    /// Its height with the space after it.
    pub fn height(&self) -> f32 {
        let text = height_of(&self.lines);
        GAP + match &self.answer {
            Answer::Beside(beside) => text.max(beside.height()),
            Answer::Rows(rows) => text + write_rows_height(*rows),
            Answer::Choices(choices) => text + ABOVE_CHOICES + choices.height(),
        }
    }

    /// Draws it where the writer is; the caller has made room for [`Self::height`].
    pub fn draw(&self, w: &mut Writer<'_, '_>) {
        let top = w.y;
        let (left, right) = (w.paper.left() + self.indent, w.paper.right());
        if let Answer::Beside(beside) = &self.answer {
            beside.draw(w.page(), right - beside.width(), top);
        }
        w.draw(&self.lines);
        match &self.answer {
            Answer::Beside(beside) => w.y = w.y.max(top + beside.height()),
            Answer::Rows(rows) => {
                let at = w.y;
                w.y += write_rows(w.page(), left + CHOICES_INDENT, right, at, *rows);
            }
            Answer::Choices(choices) => {
                w.y += ABOVE_CHOICES;
                let at = w.y;
                w.y += choices.draw(w.page(), left + CHOICES_INDENT, at);
            }
        }
        w.y += GAP;
    }
}

/// A need as one row: its title with the 1–5 scale beside it, its question below across the
/// full width; then its follow-up questions, set in under the title. The row and its
/// follow-ups share a page, so a follow-up never stands alone at the top of the next.
pub(super) fn need(w: &mut Writer<'_, '_>, domain: &Domain, yes_no: &[String]) {
    let width = w.paper.inner_width();
    let scale = domain
        .questions
        .iter()
        .position(|q| q.kind == QuestionKind::Scale);
    let beside = scale.and_then(|at| Beside::of(domain.questions[at].kind, yes_no));
    let answer_width = beside.as_ref().map_or(0.0, |b| b.width() + GUTTER);
    let title = w.texts(&domain.title);
    let title = w.label(
        &title,
        Style::TableHeader,
        Style::TableHeaderSecond,
        0.0,
        width - answer_width,
    );
    let asked = match scale {
        Some(at) => {
            let text = w.texts(&domain.questions[at].text);
            w.paragraph(&text, Style::Body, Style::BodySecond, 0.0, width)
        }
        None => Vec::new(),
    };
    // The scale is no taller than the title's line, so the question passes under it.
    let answer_height = beside.as_ref().map_or(0.0, Beside::height);
    let row = height_of(&title).max(answer_height) + height_of(&asked) + GAP;
    let follow_ups: Vec<Asked<'_>> = domain
        .questions
        .iter()
        .enumerate()
        .filter(|(i, _)| Some(*i) != scale)
        .map(|(_, q)| Asked::new(w, q, FOLLOW_UP_INDENT, yes_no))
        .collect();
    let group = row + follow_ups.iter().map(Asked::height).sum::<f32>();
    let first = follow_ups.first().map_or(0.0, Asked::height);
    // A need too long for any page keeps at least its first follow-up.
    w.room_for(if group <= w.page_room() {
        group
    } else {
        row + first
    });
    let top = w.y;
    if let Some(beside) = &beside {
        let x = w.paper.right() - beside.width();
        beside.draw(w.page(), x, top);
    }
    w.draw(&title);
    w.y = w.y.max(top + answer_height);
    w.draw(&asked);
    w.y += GAP;
    for follow_up in &follow_ups {
        w.room_for(follow_up.height());
        follow_up.draw(w);
    }
}
