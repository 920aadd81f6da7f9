//! The pen that draws a form down its pages: text in one language or two, and page breaks
//! between blocks, each new page headed by the form's number.

use groundwork_core::needs::survey::Texts;

use crate::fonts::face;
use crate::layout::measure::wrap;
use crate::layout::{Frame, Page, Paper, Style};
use crate::PrintError;

/// Between one language and the next when they share a line: "Housing and rent / Vivienda".
const JOIN: &str = " / ";

/// A label joined across languages: "Yes / Sí"; a word the same in both is printed once.
pub(super) fn joined(texts: &[String]) -> String {
    let mut unique: Vec<&str> = Vec::new();
    for t in texts {
        if !unique.contains(&t.as_str()) {
            unique.push(t);
        }
    }
    unique.join(JOIN)
}

pub(super) struct Writer<'f, 'a> {
    frame: &'f mut Frame<'a>,
    pub paper: Paper,
    /// One or two of the survey's languages, in print order.
    languages: &'f [String],
    /// "Form / Formulario K7QF-0042", on every page of the form.
    number: String,
    /// The number's baseline in the header, beside the chapter's name; `None`: on a line of
    /// its own below the header.
    number_in_header: Option<f32>,
    /// Where the next block starts, from the top of the page.
    pub y: f32,
}

/// The style of the form's number: the size of the chapter's name it sits beside.
const NUMBER: Style = Style::Heading;

/// Text in one style from `x` (from the left margin).
struct Run {
    style: Style,
    x: f32,
    text: String,
}

/// One line of text: a run, or two when the two languages of a short label share it.
pub(super) struct Line {
    runs: Vec<Run>,
}

impl Line {
    fn height(&self) -> f32 {
        self.runs
            .iter()
            .map(|r| Style::leading(r.style.size()))
            .fold(0.0, f32::max)
    }

    /// The size of its largest text, which sets its baseline.
    fn size(&self) -> f32 {
        self.runs.iter().map(|r| r.style.size()).fold(0.0, f32::max)
    }
}

pub(super) fn height_of(lines: &[Line]) -> f32 {
    lines.iter().map(Line::height).sum()
}

impl<'f, 'a> Writer<'f, 'a> {
    /// A writer for the form numbered `number`. Whether numbers go in the header is decided
    /// on `widest`, the widest number of any form, so that every form of a survey (and
    /// [`super::pages_per_form`]) takes the same pages.
    pub fn new(
        frame: &'f mut Frame<'a>,
        languages: &'f [String],
        number: String,
        widest: &str,
    ) -> Result<Writer<'f, 'a>, PrintError> {
        let widest = face(NUMBER.face()).width(widest, NUMBER.size());
        let number_in_header = frame.beside_chapter_name(widest)?;
        Ok(Writer {
            paper: frame.paper(),
            frame,
            languages,
            number,
            number_in_header,
            y: 0.0,
        })
    }

    /// The page being drawn.
    pub fn page(&mut self) -> &mut Page {
        self.frame.page()
    }

    /// The survey's text in each print language. The languages are checked before anything
    /// is drawn, so this never misses.
    pub fn texts(&self, texts: &Texts) -> Vec<String> {
        self.languages
            .iter()
            .map(|l| texts.get(l).cloned().unwrap_or_default())
            .collect()
    }

    /// A new page with the form's number at the top right: in the header beside the
    /// chapter's name, or on a line of its own below the header when the name is long.
    pub fn new_page(&mut self) {
        let top = self.frame.content_top();
        let x = self.paper.right() - face(NUMBER.face()).width(&self.number, NUMBER.size());
        let baseline = self.number_in_header.unwrap_or(top + NUMBER.size());
        let page = self.frame.new_page();
        page.text(x, baseline, &self.number, NUMBER.face(), NUMBER.size());
        self.y = self.page_top();
    }

    /// Whether the form's number sits in the header, beside the chapter's name.
    pub fn number_in_header(&self) -> bool {
        self.number_in_header.is_some()
    }

    /// Where a block starts on a new page, below the number when it has a line of its own.
    fn page_top(&self) -> f32 {
        let top = self.frame.content_top();
        match self.number_in_header {
            Some(_) => top,
            None => top + Style::leading(NUMBER.size()) + 3.0,
        }
    }

    /// The height a new page holds.
    pub fn page_room(&self) -> f32 {
        self.frame.content_bottom() - self.page_top()
    }

    /// Moves to a new page unless a block `height` tall still fits on this one.
    pub fn room_for(&mut self, height: f32) {
        if self.y + height > self.frame.content_bottom() {
            self.new_page();
        }
    }

    /// Each language's text wrapped to `width`, from `indent`: the first in `first`, the
    /// others in `second` (italic) just below.
    pub fn paragraph(
        &self,
        texts: &[String],
        first: Style,
        second: Style,
        indent: f32,
        width: f32,
    ) -> Vec<Line> {
        let mut out = Vec::new();
        for (i, text) in texts.iter().enumerate() {
            let style = if i == 0 { first } else { second };
            for line in wrap(text, style.face(), style.size(), width) {
                out.push(Line {
                    runs: vec![Run {
                        style,
                        x: indent,
                        text: line,
                    }],
                });
            }
        }
        out
    }

    /// A short label: its two languages on one line where they fit ("Housing and rent /
    /// *Vivienda y renta*"), else as a [`Self::paragraph`]; once when they are the same.
    pub fn label(
        &self,
        texts: &[String],
        first: Style,
        second: Style,
        indent: f32,
        width: f32,
    ) -> Vec<Line> {
        if let [one, two] = texts {
            if one == two {
                return self.paragraph(&texts[..1], first, second, indent, width);
            }
            let one_width = face(first.face()).width(one, first.size());
            let two = format!("{JOIN}{two}");
            let two_width = face(second.face()).width(&two, second.size());
            if one_width + two_width <= width {
                return vec![Line {
                    runs: vec![
                        Run {
                            style: first,
                            x: indent,
                            text: one.clone(),
                        },
                        Run {
                            style: second,
                            x: indent + one_width,
                            text: two,
                        },
                    ],
                }];
            }
        }
        self.paragraph(texts, first, second, indent, width)
    }

    /// Draws `lines` from the current position down, and moves below them.
    pub fn draw(&mut self, lines: &[Line]) {
        let left = self.paper.left();
        for line in lines {
            let baseline = self.y + line.size();
            let page = self.frame.page();
            for run in &line.runs {
                let size = run.style.size();
                page.text(left + run.x, baseline, &run.text, run.style.face(), size);
            }
            self.y += line.height();
        }
    }
}
