//! A numbered form's number ("Form / Formulario K7QF-0042") at the top right of every page, so
//! a loose page finds its form again and nothing is entered twice (PAPER.md). It sits in the
//! header beside the chapter's name when there is room, else on a line of its own below.

use crate::fonts::face;
use crate::layout::flow::{Block, Slot};
use crate::layout::frame::Frame;
use crate::layout::page::Page;
use crate::layout::style::Style;
use crate::PrintError;

/// The size of the chapter's name it sits beside.
const NUMBER: Style = Style::Heading;
/// Below the number when it has a line of its own.
const BELOW: f32 = 3.0;

/// A flow's page start ([`crate::layout::flow::Flow::new`]).
#[derive(Debug, Clone)]
pub struct FormNumber {
    text: String,
    /// Its baseline in the header, beside the chapter's name; `None`: on a line of its own
    /// below the header.
    in_header: Option<f32>,
}

impl FormNumber {
    /// The number `text` for a page of `frame`. Whether it goes in the header is decided on
    /// `widest`, the widest number of any form, so that every form of a batch (and a count of
    /// pages made ahead of printing) takes the same pages.
    pub fn new(frame: &Frame<'_>, text: String, widest: &str) -> Result<FormNumber, PrintError> {
        let widest = face(NUMBER.face()).width(widest, NUMBER.size());
        Ok(FormNumber {
            text,
            in_header: frame.beside_chapter_name(widest)?,
        })
    }

    /// Whether it sits in the header, beside the chapter's name.
    pub fn in_header(&self) -> bool {
        self.in_header.is_some()
    }
}

impl Block for FormNumber {
    /// Nothing when it sits in the header; its own line otherwise.
    fn height(&self) -> f32 {
        match self.in_header {
            Some(_) => 0.0,
            None => Style::leading(NUMBER.size()) + BELOW,
        }
    }

    /// Draws it at the slot's right: up in the header when it fits there, so above the slot.
    fn draw(&self, page: &mut Page, slot: Slot) {
        let x = slot.right - face(NUMBER.face()).width(&self.text, NUMBER.size());
        let baseline = self.in_header.unwrap_or(slot.top + NUMBER.size());
        page.text(x, baseline, &self.text, NUMBER.face(), NUMBER.size());
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::catalog::Catalog;
    use crate::layout::{FrameSpec, Paper};
    use chrono::NaiveDate;
    use groundwork_core::settings::{Lang, PaperSize};

    fn number_under(chapter_name: &str) -> FormNumber {
        let catalogs = [Catalog::new(Lang::En)];
        let frame = Frame::new(FrameSpec {
            document: "test form",
            paper: Paper::of(PaperSize::A4),
            chapter_name,
            title_id: "sign-in-title",
            titles: None,
            catalogs: &catalogs,
            printed_on: NaiveDate::from_ymd_opt(2026, 11, 25).unwrap(),
            is_sample: false,
        })
        .unwrap();
        let widest = "Form WWWW-99999";
        FormNumber::new(&frame, "Form K7QF-0042".into(), widest).unwrap()
    }

    #[test]
    fn the_number_takes_a_line_of_its_own_only_beside_a_long_chapter_name() {
        let short = number_under("Eastside");
        assert!(short.in_header());
        assert_eq!(short.height(), 0.0);
        let long = number_under(
            "Eastside, Riverbend and Mill Hill Tenants, Workers and Neighbours United for Housing",
        );
        assert!(!long.in_header());
        assert!(long.height() >= Style::leading(NUMBER.size()));
    }
}
