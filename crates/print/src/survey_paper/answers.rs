//! Which widget answers which kind of question: a 1–5 scale, yes/no boxes or a line for a
//! number beside the question; check boxes or ruled rows below it.

use groundwork_core::needs::survey::QuestionKind;

use crate::layout::widgets::{BoxRow, CheckBoxes, Inline, NumberLine, Scale, WriteRows};

/// Rows to write a free answer on.
const TEXT_ROWS: usize = 2;

/// How a question is answered on paper.
pub(crate) enum Answer {
    /// On the right of the question's first line.
    Beside(Box<dyn Inline>),
    /// Ruled rows below.
    Rows(WriteRows),
    /// Check boxes below.
    Choices(CheckBoxes),
}

/// The widget beside a question of `kind`; `None` for answers that need the width below it.
/// `yes_no` labels the boxes of a yes/no question.
pub(crate) fn beside(kind: QuestionKind, yes_no: &[String]) -> Option<Box<dyn Inline>> {
    match kind {
        QuestionKind::Scale => Some(Box::new(Scale)),
        QuestionKind::YesNo => Some(Box::new(BoxRow::new(yes_no.to_vec()))),
        QuestionKind::Number => Some(Box::new(NumberLine)),
        _ => None,
    }
}

/// The answer below a question of `kind`, when none sits beside it: rows for a written answer,
/// else its `choices` (each in every print language) as boxes across `width`.
pub(crate) fn below(kind: QuestionKind, choices: &[Vec<String>], width: f32) -> Answer {
    if kind == QuestionKind::Text {
        Answer::Rows(WriteRows { rows: TEXT_ROWS })
    } else {
        Answer::Choices(CheckBoxes::new(choices, width))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn short_answers_sit_beside_their_question_and_choices_go_below() {
        for kind in [
            QuestionKind::Scale,
            QuestionKind::YesNo,
            QuestionKind::Number,
        ] {
            assert!(beside(kind, &["Yes".into(), "No".into()]).is_some());
        }
        for kind in [
            QuestionKind::Single,
            QuestionKind::Multiple,
            QuestionKind::TopThree,
            QuestionKind::Text,
        ] {
            assert!(beside(kind, &[]).is_none());
        }
    }
}
