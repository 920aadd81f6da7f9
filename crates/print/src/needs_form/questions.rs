//! A need on the form: its title and 1–5 scale as one row, its follow-up questions set in
//! under it, kept on one page so a need stays with its follow-ups.

use groundwork_core::needs::survey::{Domain, QuestionKind};

use crate::layout::widgets::{Inline, Scale};
use crate::layout::{Block, Flow, Lines, Page, Slot, Style};
use crate::survey_paper::{in_languages, Asked, GAP, GUTTER};
use crate::PrintError;

/// A need's follow-up questions sit this far in under its title.
const FOLLOW_UP_INDENT: f32 = 12.0;

/// A need's first row: its title with the 1–5 scale beside it, its question below across the
/// full width.
struct NeedRow {
    scale: Option<Scale>,
    title: Lines,
    asked: Lines,
}

impl NeedRow {
    fn answer_height(&self) -> f32 {
        self.scale.as_ref().map_or(0.0, Block::height)
    }
}

impl Block for NeedRow {
    fn height(&self) -> f32 {
        self.title.height().max(self.answer_height()) + self.asked.height() + GAP
    }

    fn draw(&self, page: &mut Page, slot: Slot) {
        if let Some(scale) = &self.scale {
            let left = slot.right - scale.width();
            scale.draw(page, Slot { left, ..slot });
        }
        self.title.draw(page, slot);
        // The scale is no taller than the title's line, so the question passes under it.
        let below = self.title.height().max(self.answer_height());
        self.asked.draw(page, slot.down(below));
    }
}

/// A need as one row, then its follow-up questions, set in under the title. The row and its
/// follow-ups share a page, so a follow-up never stands alone at the top of the next.
pub(super) fn need(
    flow: &mut Flow<'_, '_>,
    domain: &Domain,
    languages: &[String],
    yes_no: &[String],
) -> Result<(), PrintError> {
    let width = flow.paper().inner_width();
    let scale_at = domain
        .questions
        .iter()
        .position(|q| q.kind == QuestionKind::Scale);
    let scale = scale_at.map(|_| Scale);
    let answer_width = scale.as_ref().map_or(0.0, |s| s.width() + GUTTER);
    let title = in_languages(languages, &domain.title);
    let asked = match scale_at {
        Some(at) => {
            let text = in_languages(languages, &domain.questions[at].text);
            Lines::paragraph(&text, Style::Body, Style::BodySecond, 0.0, width)
        }
        None => Lines::default(),
    };
    let row = NeedRow {
        scale,
        title: Lines::label(
            &title,
            Style::TableHeader,
            Style::TableHeaderSecond,
            0.0,
            width - answer_width,
        ),
        asked,
    };
    let follow_ups: Vec<Asked<'_>> = domain
        .questions
        .iter()
        .enumerate()
        .filter(|(i, _)| Some(*i) != scale_at)
        .map(|(_, q)| Asked::new(q, languages, yes_no, FOLLOW_UP_INDENT, width))
        .collect();
    let group = row.height() + follow_ups.iter().map(Block::height).sum::<f32>();
    let first = follow_ups.first().map_or(0.0, Block::height);
    // A need too long for any page keeps at least its first follow-up.
    flow.keep(if group <= flow.page_room() {
        group
    } else {
        row.height() + first
    });
    flow.place(&row, &format!("the need '{}'", domain.key))?;
    follow_ups.iter().try_for_each(|f| f.place(flow))
}
