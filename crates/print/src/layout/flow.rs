//! The page flow: how a document that runs down its pages is written. A [`Flow`] holds the
//! cursor on the current page of a [`Frame`] and places [`Block`]s there one after another.
//! Every block is measured before it is drawn: one that does not fit the room left goes to the
//! next page, and one taller than a whole page is an overflow error, so nothing a flow places
//! can run past the bottom margin.

use super::frame::Frame;
use super::page::Page;
use super::paper::Paper;
use crate::error::TooBig;
use crate::PrintError;

/// Where a block is drawn: across from `left` to `right`, from `top` down.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Slot {
    pub left: f32,
    pub right: f32,
    pub top: f32,
}

impl Slot {
    pub fn width(&self) -> f32 {
        self.right - self.left
    }

    /// The same slot moved `by` points down.
    pub fn down(self, by: f32) -> Slot {
        Slot {
            top: self.top + by,
            ..self
        }
    }
}

/// Something measured before it is drawn.
pub trait Block {
    /// How far down it reaches, with any space it keeps below itself.
    fn height(&self) -> f32;

    /// Draws it from `slot.top` down, no further than [`Block::height`].
    fn draw(&self, page: &mut Page, slot: Slot);
}

/// A document's cursor down its pages, and the page start it prints on each new page.
pub struct Flow<'f, 'a> {
    frame: &'f mut Frame<'a>,
    /// Drawn at the top of every page the flow starts (a form's number); blocks follow it.
    page_start: Option<&'f dyn Block>,
    /// Where the next block goes, from the top of the current page.
    y: f32,
    /// Nothing placed on this page yet: a new page would hold no more.
    fresh: bool,
}

impl<'f, 'a> Flow<'f, 'a> {
    /// A flow that starts on a new page of `frame`, heading that page and every later one
    /// with `page_start`. An overflow error when the page start leaves no room.
    pub fn new(
        frame: &'f mut Frame<'a>,
        page_start: Option<&'f dyn Block>,
    ) -> Result<Flow<'f, 'a>, PrintError> {
        let mut flow = Flow {
            frame,
            page_start,
            y: 0.0,
            fresh: true,
        };
        if !flow.fits_from(flow.page_top(), 0.0) {
            return Err(flow.too_tall("the page start", flow.page_top() - flow.top()));
        }
        flow.new_page();
        Ok(flow)
    }

    pub fn paper(&self) -> Paper {
        self.frame.paper()
    }

    /// Where the next block goes, from the top of the page.
    pub fn y(&self) -> f32 {
        self.y
    }

    /// The height left on this page above the footer.
    pub fn room(&self) -> f32 {
        self.frame.content_bottom() - self.y
    }

    /// The height a new page holds below its page start.
    pub fn page_room(&self) -> f32 {
        self.frame.content_bottom() - self.page_top()
    }

    fn top(&self) -> f32 {
        self.frame.content_top()
    }

    /// Where blocks start on a new page: below the page start.
    fn page_top(&self) -> f32 {
        self.top() + self.page_start.map_or(0.0, |start| start.height())
    }

    /// Starts a new page, headed by the page start.
    pub fn new_page(&mut self) {
        let slot = self.slot(self.top());
        let page = self.frame.new_page();
        self.y = slot.top;
        if let Some(start) = self.page_start {
            start.draw(page, slot);
            self.y += start.height();
        }
        self.fresh = true;
    }

    /// Leaves `space` blank below what was placed last. Space is not kept at the foot of a
    /// page: a block that then does not fit still starts the next page at its top.
    pub fn gap(&mut self, space: f32) {
        self.y += space;
        self.fresh = false;
    }

    /// Starts a new page unless `height` still fits on this one: keeps a heading with what
    /// follows it. Never an error: the blocks placed next are each held to the page.
    pub fn keep(&mut self, height: f32) {
        if !self.fresh && !self.fits_from(self.y, height) {
            self.new_page();
        }
    }

    /// Draws `block` here, or at the top of the next page when it does not fit here. A block
    /// taller than a whole page is an overflow error naming the document and `the_box`.
    pub fn place(&mut self, block: &dyn Block, the_box: &str) -> Result<(), PrintError> {
        let height = block.height();
        if !self.fits_from(self.page_top(), height) {
            return Err(self.too_tall(the_box, height));
        }
        if !self.fits_from(self.y, height) {
            self.new_page();
        }
        let slot = self.slot(self.y);
        block.draw(self.frame.page(), slot);
        self.y += height;
        self.fresh = false;
        Ok(())
    }

    /// Places `blocks` one by one: a paragraph whose lines may continue on the next page.
    pub fn place_each<B: Block>(&mut self, blocks: &[B], the_box: &str) -> Result<(), PrintError> {
        blocks.iter().try_for_each(|b| self.place(b, the_box))
    }

    /// Whether a block `height` tall drawn from `top` stays above the footer.
    fn fits_from(&self, top: f32, height: f32) -> bool {
        top + height <= self.frame.content_bottom()
    }

    fn slot(&self, top: f32) -> Slot {
        let paper = self.frame.paper();
        Slot {
            left: paper.left(),
            right: paper.right(),
            top,
        }
    }

    fn too_tall(&self, the_box: &str, height: f32) -> PrintError {
        PrintError::Overflow {
            document: self.frame.document(),
            the_box: the_box.to_owned(),
            why: TooBig::Block {
                height,
                page: self.page_room(),
            },
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::catalog::Catalog;
    use crate::layout::FrameSpec;
    use chrono::NaiveDate;
    use groundwork_core::settings::{Lang, PaperSize};

    /// A rule across its top, `height` tall.
    struct Bar(f32);

    impl Block for Bar {
        fn height(&self) -> f32 {
            self.0
        }

        fn draw(&self, page: &mut Page, slot: Slot) {
            page.line((slot.left, slot.top), (slot.right, slot.top), 1.0);
        }
    }

    fn frame(catalogs: &[Catalog]) -> Frame<'_> {
        Frame::new(FrameSpec {
            document: "test sheet",
            paper: Paper::of(PaperSize::Letter),
            chapter_name: "Eastside",
            title_id: "sign-in-title",
            titles: None,
            catalogs,
            printed_on: NaiveDate::from_ymd_opt(2026, 11, 25).unwrap(),
            is_sample: false,
        })
        .unwrap()
    }

    #[test]
    fn a_block_that_does_not_fit_starts_the_next_page() {
        let catalogs = [Catalog::new(Lang::En)];
        let mut frame = frame(&catalogs);
        let mut flow = Flow::new(&mut frame, None).unwrap();
        let room = flow.page_room();
        flow.place(&Bar(room - 100.0), "first").unwrap();
        assert!((flow.room() - 100.0).abs() < 0.01);
        flow.place(&Bar(flow.room() - 0.01), "the rest").unwrap();
        assert_eq!(flow.frame.pages(), 1);
        flow.place(&Bar(1.0), "one more").unwrap();
        assert_eq!(flow.frame.pages(), 2);
        assert_eq!(flow.y(), flow.top() + 1.0);
    }

    #[test]
    fn a_page_start_heads_every_page_and_takes_its_height() {
        let catalogs = [Catalog::new(Lang::En)];
        let mut frame = frame(&catalogs);
        let bare = frame.content_bottom() - frame.content_top();
        let number = Bar(20.0);
        let mut flow = Flow::new(&mut frame, Some(&number)).unwrap();
        assert!((flow.page_room() - (bare - 20.0)).abs() < 0.01);
        flow.place(&Bar(flow.page_room() - 0.01), "a full page")
            .unwrap();
        flow.place(&Bar(5.0), "overleaf").unwrap();
        assert_eq!(flow.frame.pages(), 2);
        assert!((flow.y() - (flow.top() + 25.0)).abs() < 0.01);
    }

    #[test]
    fn a_block_taller_than_a_page_is_an_overflow_naming_the_document_and_the_box() {
        let catalogs = [Catalog::new(Lang::En)];
        let mut frame = frame(&catalogs);
        let mut flow = Flow::new(&mut frame, None).unwrap();
        let err = flow
            .place(&Bar(flow.page_room() + 1.0), "the need 'housing'")
            .unwrap_err();
        assert!(
            matches!(
                &err,
                PrintError::Overflow {
                    why: TooBig::Block { .. },
                    ..
                }
            ),
            "{err}"
        );
        let message = err.to_string();
        assert!(
            message.starts_with("test sheet: the need 'housing' does not fit on a page"),
            "{message}"
        );
        assert_eq!(flow.frame.pages(), 1, "nothing was drawn");
    }

    #[test]
    fn keep_turns_the_page_only_when_it_helps() {
        let catalogs = [Catalog::new(Lang::En)];
        let mut frame = frame(&catalogs);
        let mut flow = Flow::new(&mut frame, None).unwrap();
        // On a page still empty, a new page would hold no more.
        flow.keep(flow.page_room() * 2.0);
        assert_eq!(flow.frame.pages(), 1);
        flow.gap(10.0);
        flow.keep(flow.room());
        assert_eq!(flow.frame.pages(), 1);
        flow.keep(flow.room() + 1.0);
        assert_eq!(flow.frame.pages(), 2);
        assert_eq!(flow.y(), flow.top());
    }
}
