//! The frame around every page: the header with the chapter's name and the document's title,
//! and the footer with the date printed and "page X of Y" in the page's language(s).

use chrono::NaiveDate;
use fluent_bundle::FluentValue;
use printpdf::{CurTransMat, Mm, Op, PdfDocument, PdfPage, Pt};

use super::measure::fit;
use super::page::{FontIds, Page};
use super::paper::Paper;
use super::style::Style;
use crate::catalog::Catalog;
use crate::fonts::{face, Face};
use crate::{PrintError, Printed};

/// What the frame prints on every page.
pub struct FrameSpec<'a> {
    /// Names the document in overflow errors ("sign-in sheet").
    pub document: &'static str,
    pub paper: Paper,
    pub chapter_name: &'a str,
    /// The catalog id of the title.
    pub title_id: &'static str,
    /// The title in each language, when it comes from the chapter rather than the catalog (a
    /// survey's own title); `title_id` is then not used.
    pub titles: Option<Vec<String>>,
    pub catalogs: &'a [Catalog],
    pub printed_on: NaiveDate,
    /// Prints "sample data" on every page of a document made from the sample chapter.
    pub is_sample: bool,
}

pub struct Frame<'a> {
    spec: FrameSpec<'a>,
    doc: PdfDocument,
    fonts: FontIds,
    pages: Vec<Page>,
    /// Each page's paper: the document's, or the same sheet turned sideways for a page that
    /// needs the width (a power map attached to a letter).
    papers: Vec<Paper>,
    /// Where a page's own content starts, below the header.
    content_top: f32,
    /// When the document was begun, so it can say how long it took.
    begun: std::time::Instant,
}

const FOOTER_GAP: f32 = 16.0;
/// Narrower than this inside its margins, a page keeps room for a footer of two lines.
const NARROW: f32 = 400.0;
/// About how many drawing operations [`Frame::finish`] adds to a page: its header, footer and
/// the sample mark, each a line of text or two and a rule.
const HEADER_AND_FOOTER_OPS: usize = 32;

/// Whether a centred text of `middle` points fits between a footer's left and right texts
/// with a clear space on each side.
fn fits_between(paper: Paper, left: f32, middle: f32, right: f32) -> bool {
    const SPACE: f32 = 12.0;
    let start = (paper.width - middle) / 2.0;
    start >= paper.left() + left + SPACE && start + middle + SPACE <= paper.right() - right
}

impl<'a> Frame<'a> {
    pub fn new(spec: FrameSpec<'a>) -> Result<Frame<'a>, PrintError> {
        let mut doc = PdfDocument::new(spec.chapter_name);
        let fonts = FontIds {
            regular: doc.add_font(&face(Face::Regular).parsed),
            bold: doc.add_font(&face(Face::Bold).parsed),
            italic: doc.add_font(&face(Face::Italic).parsed),
        };
        let mut frame = Frame {
            spec,
            doc,
            fonts,
            pages: Vec::new(),
            papers: Vec::new(),
            content_top: 0.0,
            begun: std::time::Instant::now(),
        };
        frame.content_top = frame.header_height()? + frame.spec.paper.top() + 10.0;
        Ok(frame)
    }

    pub fn paper(&self) -> Paper {
        self.spec.paper
    }

    /// The document's name, for overflow errors.
    pub fn document(&self) -> &'static str {
        self.spec.document
    }

    pub fn catalogs(&self) -> &[Catalog] {
        self.spec.catalogs
    }

    /// Top of the area a document may fill on each page.
    pub fn content_top(&self) -> f32 {
        self.content_top
    }

    /// Bottom of that area, above the footer.
    pub fn content_bottom(&self) -> f32 {
        Self::bottom_of(self.spec.paper)
    }

    /// Bottom of the area a sideways page may fill, above its footer.
    pub fn landscape_content_bottom(&self) -> f32 {
        Self::bottom_of(self.spec.paper.landscape())
    }

    fn bottom_of(paper: Paper) -> f32 {
        // A narrow page (a booklet's) may need a second footer line for the date.
        let lines = if paper.inner_width() < NARROW {
            2.0
        } else {
            1.0
        };
        paper.bottom() - lines * Style::leading(Style::Footer.size()) - FOOTER_GAP
    }

    /// The same catalog text in each of the document's languages.
    pub fn texts(&self, id: &str) -> Result<Vec<String>, PrintError> {
        crate::catalog::in_each(self.spec.catalogs, id)
    }

    /// The page being drawn (a new one if there is none yet).
    pub fn page(&mut self) -> &mut Page {
        if self.pages.is_empty() {
            self.new_page();
        }
        let last = self.pages.len() - 1;
        &mut self.pages[last]
    }

    /// How many pages have been started so far.
    pub fn pages(&self) -> usize {
        self.pages.len()
    }

    /// A page already started (the first is 0), to draw more on it: a document laid out in
    /// columns that each run onto the next page goes back to earlier pages.
    pub fn page_at(&mut self, index: usize) -> &mut Page {
        while self.pages.len() <= index {
            self.new_page();
        }
        &mut self.pages[index]
    }

    /// Starts a new page and returns it for drawing.
    pub fn new_page(&mut self) -> &mut Page {
        self.start_page(self.spec.paper)
    }

    /// Starts a page turned sideways, framed like the others (its header and footer run
    /// across its width), and returns it for drawing: for what needs the width at full size
    /// rather than shrunk below the smallest type paper allows.
    pub fn new_landscape_page(&mut self) -> &mut Page {
        self.start_page(self.spec.paper.landscape())
    }

    fn start_page(&mut self, paper: Paper) -> &mut Page {
        // A document's pages look alike (500 numbered forms, a list's rows): room for as
        // many operations as the last page drew, and its header and footer, saves growing
        // each page's list step by step, which touched fresh memory at every step.
        let room = self
            .pages
            .last()
            .map_or(0, |p| p.ops.len() + HEADER_AND_FOOTER_OPS);
        self.pages
            .push(Page::new(paper.height, self.fonts.clone(), room));
        self.papers.push(paper);
        let last = self.pages.len() - 1;
        &mut self.pages[last]
    }

    /// The baseline of the header's first line, when a text `width` points wide (a form's
    /// number) fits at its right end beside the chapter's name. `None` when the name leaves no
    /// room, or is shrunk or wrapped to fit the page: the document then prints the text below
    /// the header.
    pub fn beside_chapter_name(&self, width: f32) -> Result<Option<f32>, PrintError> {
        const SPACE: f32 = 24.0;
        let Some((_, name)) = self.title_lines()?.into_iter().next() else {
            return Ok(None);
        };
        let paper = self.spec.paper;
        let name_width = face(Style::Heading.face()).width(self.spec.chapter_name, name.size);
        let fits = name.lines.len() == 1
            && name.size == Style::Heading.size()
            && name_width + SPACE + width <= paper.inner_width();
        Ok(fits.then(|| paper.top() + name.size))
    }

    fn title_lines(&self) -> Result<Vec<(Style, super::measure::Fitted)>, PrintError> {
        let width = self.spec.paper.inner_width();
        let mut lines = vec![(
            Style::Heading,
            fit(
                self.spec.chapter_name,
                Style::Heading,
                width,
                2,
                self.spec.document,
                "chapter name",
            )?,
        )];
        // A narrow page (a booklet's) takes a long title on two lines.
        let title_lines = if width < NARROW { 2 } else { 1 };
        let titles = match &self.spec.titles {
            Some(titles) => titles.clone(),
            None => self.texts(self.spec.title_id)?,
        };
        for (i, title) in titles.iter().enumerate() {
            let style = if i == 0 {
                Style::Title
            } else {
                Style::TitleSecond
            };
            lines.push((
                style,
                fit(
                    title,
                    style,
                    width,
                    title_lines,
                    self.spec.document,
                    "title",
                )?,
            ));
        }
        Ok(lines)
    }

    fn header_height(&self) -> Result<f32, PrintError> {
        Ok(self
            .title_lines()?
            .iter()
            .map(|(_, f)| f.height())
            .sum::<f32>()
            + 6.0)
    }

    /// Draws header and footer on every page (now that the page count is known) and writes
    /// the PDF.
    pub fn finish(mut self) -> Result<Printed, PrintError> {
        let framed = self.framed()?;
        let total = framed.len();
        let pdf_pages = framed
            .into_iter()
            .map(|(ops, paper)| {
                PdfPage::new(
                    Mm::from(printpdf::Pt(paper.width)),
                    Mm::from(printpdf::Pt(paper.height)),
                    ops,
                )
            })
            .collect();
        let bytes = super::pdf_bytes::of(self.doc.with_pages(pdf_pages));
        Ok(Printed {
            bytes,
            pages: total,
            took: self.begun.elapsed(),
        })
    }

    /// Like [`Frame::finish`], for a document laid out on half pages ([`Paper::half`]): the
    /// pages are printed two to a side of the sheet in the order that folds into a booklet
    /// ([`super::booklet::sides`]). [`Printed::pages`] counts the sides of sheets.
    pub fn finish_booklet(mut self) -> Result<Printed, PrintError> {
        let framed = self.framed()?;
        let half = self.spec.paper;
        let (sheet_width, sheet_height) = (half.width * 2.0, half.height);
        let mut pages: Vec<Option<Vec<Op>>> =
            framed.into_iter().map(|(ops, _)| Some(ops)).collect();
        let sides = super::booklet::sides(pages.len());
        let mut pdf_pages = Vec::with_capacity(sides.len());
        for (left, right) in &sides {
            let mut ops = Vec::new();
            for (n, at) in [(left, 0.0), (right, half.width)] {
                let Some(content) = n.and_then(|n| pages[n].take()) else {
                    continue;
                };
                ops.push(Op::SaveGraphicsState);
                ops.push(Op::SetTransformationMatrix {
                    matrix: CurTransMat::Translate(Pt(at), Pt(0.0)),
                });
                ops.extend(content);
                ops.push(Op::RestoreGraphicsState);
            }
            pdf_pages.push(PdfPage::new(
                Mm::from(Pt(sheet_width)),
                Mm::from(Pt(sheet_height)),
                ops,
            ));
        }
        let total = pdf_pages.len();
        let bytes = super::pdf_bytes::of(self.doc.with_pages(pdf_pages));
        Ok(Printed {
            bytes,
            pages: total,
            took: self.begun.elapsed(),
        })
    }

    /// Every page with its header and footer drawn, as drawing operations, with its paper.
    fn framed(&mut self) -> Result<Vec<(Vec<Op>, Paper)>, PrintError> {
        if self.pages.is_empty() {
            self.new_page();
        }
        let total = self.pages.len();
        let title = self.title_lines()?;
        let footer_left = self.footer_left()?;
        let mut footer_right = Vec::new();
        for page in 1..=total {
            footer_right.push(self.page_x_of_y(page, total)?);
        }
        let sample = if self.spec.is_sample {
            Some(self.texts("sample-data")?.join(" · "))
        } else {
            None
        };
        let mut out = Vec::with_capacity(total);
        let papers = std::mem::take(&mut self.papers);
        for (index, mut page) in std::mem::take(&mut self.pages).into_iter().enumerate() {
            let paper = papers[index];
            let mut y = paper.top();
            for (style, fitted) in &title {
                for line in &fitted.lines {
                    y += fitted.size;
                    page.text(paper.left(), y, line, style.face(), fitted.size);
                    y += Style::leading(fitted.size) - fitted.size;
                }
            }
            page.line((paper.left(), y + 3.0), (paper.right(), y + 3.0), 1.0);
            let foot = paper.bottom() - 2.0;
            // No rule above the footer: a full-width rule there would read as one more row
            // to write in, and one too short for a pen.
            let fine = Style::Footer.size();
            let right = &footer_right[index];
            let width = face(Face::Regular).width(right, fine);
            let left = face(Face::Regular).width(&footer_left, fine);
            // A narrow page (a booklet's) has no room for both on one line: the date goes on
            // the line above.
            let date_at = if left + width + 12.0 > paper.inner_width() {
                foot - Style::leading(fine)
            } else {
                foot
            };
            page.text(paper.left(), date_at, &footer_left, Face::Regular, fine);
            page.text(paper.right() - width, foot, right, Face::Regular, fine);
            if let Some(sample) = &sample {
                let w = face(Face::Bold).width(sample, fine);
                let x = (paper.width - w) / 2.0;
                let y = if date_at == foot && fits_between(paper, left, w, width) {
                    foot
                } else {
                    // Two languages make the footer too long for the mark in its middle: it
                    // goes on a line above, inside the gap kept between content and footer.
                    date_at - Style::leading(fine)
                };
                page.text(x, y, sample, Face::Bold, fine);
            }
            out.push((page.into_ops(), paper));
        }
        Ok(out)
    }

    fn footer_left(&self) -> Result<String, PrintError> {
        let parts = self
            .spec
            .catalogs
            .iter()
            .map(|c| {
                let date = crate::dates::day(c, self.spec.printed_on)?;
                c.text_with("printed-on", &[("date", FluentValue::from(date))])
            })
            .collect::<Result<Vec<_>, _>>()?;
        Ok(parts.join(" · "))
    }

    fn page_x_of_y(&self, page: usize, total: usize) -> Result<String, PrintError> {
        let parts = self
            .spec
            .catalogs
            .iter()
            .map(|c| {
                c.text_with(
                    "page-x-of-y",
                    &[("page", page.into()), ("pages", total.into())],
                )
            })
            .collect::<Result<Vec<_>, _>>()?;
        Ok(parts.join(" · "))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use groundwork_core::settings::PaperSize;

    #[test]
    fn a_long_bilingual_footer_has_no_room_for_a_centred_mark() {
        let letter = Paper::of(PaperSize::Letter).landscape();
        assert!(fits_between(letter, 100.0, 150.0, 60.0));
        // "Printed ... · Impreso el ..." beside "Sample data ... · Datos de muestra ...".
        assert!(!fits_between(letter, 200.0, 300.0, 110.0));
    }
}
