//! Text in a document's languages, one or two (PAPER.md: both means each label carries the two
//! together, not two separate pages). A short label shares one line across them ("Yes / Sí");
//! longer text gives each language its own lines, the second in italic just below. Either way
//! it is set as [`Lines`] of [`Run`]s, measured before a flow places them.

use super::flow::{Block, Slot};
use super::measure::wrap;
use super::page::Page;
use super::style::Style;
use crate::fonts::face;

/// Between one language and the next when they share a line: "Housing and rent / Vivienda".
pub const JOIN: &str = " / ";

/// A label joined across languages: "Yes / Sí"; a word the same in both is printed once.
pub fn joined(texts: &[String]) -> String {
    let mut unique: Vec<&str> = Vec::new();
    for t in texts {
        if !unique.contains(&t.as_str()) {
            unique.push(t);
        }
    }
    unique.join(JOIN)
}

/// Text in one style, `x` points in from the left of its slot.
#[derive(Debug, Clone, PartialEq)]
pub struct Run {
    pub style: Style,
    pub x: f32,
    pub text: String,
}

/// One line of text: a run, or two when the two languages of a short label share it.
#[derive(Debug, Clone, PartialEq)]
pub struct Line {
    pub runs: Vec<Run>,
}

impl Line {
    /// The size of its largest text, which sets its baseline.
    fn size(&self) -> f32 {
        self.runs.iter().map(|r| r.style.size()).fold(0.0, f32::max)
    }
}

impl Block for Line {
    fn height(&self) -> f32 {
        self.runs
            .iter()
            .map(|r| Style::leading(r.style.size()))
            .fold(0.0, f32::max)
    }

    fn draw(&self, page: &mut Page, slot: Slot) {
        let baseline = slot.top + self.size();
        for run in &self.runs {
            let size = run.style.size();
            page.text(
                slot.left + run.x,
                baseline,
                &run.text,
                run.style.face(),
                size,
            );
        }
    }
}

/// Lines of text, drawn one below the other; placed whole, or line by line where a paragraph
/// may continue overleaf ([`super::flow::Flow::place_each`] on [`Lines::lines`]).
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Lines {
    lines: Vec<Line>,
}

impl Lines {
    /// Each language's text wrapped to `width`, `indent` in from the left: the first in
    /// `first`, the others in `second` (a translation, italic) just below.
    pub fn paragraph(
        texts: &[String],
        first: Style,
        second: Style,
        indent: f32,
        width: f32,
    ) -> Lines {
        let mut lines = Vec::new();
        for (i, text) in texts.iter().enumerate() {
            let style = if i == 0 { first } else { second };
            for line in wrap(text, style.face(), style.size(), width) {
                lines.push(Line {
                    runs: vec![Run {
                        style,
                        x: indent,
                        text: line,
                    }],
                });
            }
        }
        Lines { lines }
    }

    /// A short label: its two languages on one line where they fit ("Housing and rent /
    /// *Vivienda y renta*"), else as a [`Lines::paragraph`]; once when they are the same.
    pub fn label(texts: &[String], first: Style, second: Style, indent: f32, width: f32) -> Lines {
        if let [one, two] = texts {
            if one == two {
                return Lines::paragraph(&texts[..1], first, second, indent, width);
            }
            let one_width = face(first.face()).width(one, first.size());
            let two = format!("{JOIN}{two}");
            let two_width = face(second.face()).width(&two, second.size());
            if one_width + two_width <= width {
                let runs = vec![
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
                ];
                return Lines {
                    lines: vec![Line { runs }],
                };
            }
        }
        Lines::paragraph(texts, first, second, indent, width)
    }

    pub fn lines(&self) -> &[Line] {
        &self.lines
    }
}

impl Block for Lines {
    fn height(&self) -> f32 {
        self.lines.iter().map(Line::height).sum()
    }

    fn draw(&self, page: &mut Page, slot: Slot) {
        let mut top = slot.top;
        for line in &self.lines {
            line.draw(page, Slot { top, ..slot });
            top += line.height();
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn texts(texts: &[&str]) -> Vec<String> {
        texts.iter().map(|s| (*s).to_owned()).collect()
    }

    #[test]
    fn a_label_joins_its_languages_once_each() {
        assert_eq!(joined(&texts(&["Yes", "Sí"])), "Yes / Sí");
        assert_eq!(joined(&texts(&["No", "No"])), "No");
        assert_eq!(joined(&texts(&["Area"])), "Area");
    }

    #[test]
    fn a_two_language_label_shares_one_line_with_the_second_in_italic() {
        let (first, second) = (Style::TableHeader, Style::TableHeaderSecond);
        let label = Lines::label(
            &texts(&["Housing and rent", "Vivienda y renta"]),
            first,
            second,
            12.0,
            400.0,
        );
        let [line] = label.lines() else {
            panic!("{label:?}")
        };
        let one_width = face(first.face()).width("Housing and rent", first.size());
        assert_eq!(
            line.runs,
            [
                Run {
                    style: first,
                    x: 12.0,
                    text: "Housing and rent".into(),
                },
                Run {
                    style: second,
                    x: 12.0 + one_width,
                    text: " / Vivienda y renta".into(),
                },
            ]
        );
        assert_eq!(label.height(), Style::leading(first.size()));
    }

    #[test]
    fn a_label_too_long_for_one_line_gives_each_language_its_own() {
        let label = Lines::label(
            &texts(&["Housing and rent", "Vivienda y renta"]),
            Style::Body,
            Style::BodySecond,
            0.0,
            150.0,
        );
        let styles: Vec<Style> = label.lines().iter().map(|l| l.runs[0].style).collect();
        assert_eq!(styles, [Style::Body, Style::BodySecond]);
        let same = Lines::label(
            &texts(&["No", "No"]),
            Style::Body,
            Style::BodySecond,
            0.0,
            150.0,
        );
        assert_eq!(same.lines().len(), 1);
    }
}
