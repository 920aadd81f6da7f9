//! Measuring, wrapping and fitting text with the font's own widths.

use super::style::Style;
use crate::error::TooBig;
use crate::fonts::{face, Face};
use crate::PrintError;

/// Greedy word wrap into lines no wider than `width`. A single word wider than the line is
/// broken between characters.
pub fn wrap(text: &str, face_: Face, size: f32, width: f32) -> Vec<String> {
    let font = face(face_);
    let mut lines = Vec::new();
    for paragraph in text.split('\n') {
        let mut line = String::new();
        for word in paragraph.split_whitespace() {
            let candidate = if line.is_empty() {
                word.to_owned()
            } else {
                format!("{line} {word}")
            };
            if font.width(&candidate, size) <= width {
                line = candidate;
                continue;
            }
            if !line.is_empty() {
                lines.push(std::mem::take(&mut line));
            }
            if font.width(word, size) <= width {
                line = word.to_owned();
                continue;
            }
            for c in word.chars() {
                let mut longer = line.clone();
                longer.push(c);
                if !line.is_empty() && font.width(&longer, size) > width {
                    lines.push(std::mem::take(&mut line));
                    line.push(c);
                } else {
                    line = longer;
                }
            }
        }
        lines.push(line);
    }
    lines
}

/// Text fitted to a box: the size chosen and the lines at that size.
#[derive(Debug, Clone, PartialEq)]
pub struct Fitted {
    pub size: f32,
    pub lines: Vec<String>,
}

impl Fitted {
    pub fn height(&self) -> f32 {
        Style::leading(self.size) * self.lines.len() as f32
    }
}

/// Wraps `text` into at most `max_lines` lines of `width`, shrinking from the style's size down
/// to its minimum in half-point steps. Past that, an overflow error names the document, the box
/// and the text: nothing is clipped or runs off the page silently.
pub fn fit(
    text: &str,
    style: Style,
    width: f32,
    max_lines: usize,
    document: &'static str,
    the_box: &str,
) -> Result<Fitted, PrintError> {
    let mut size = style.size();
    let font = face(style.face());
    loop {
        let lines = wrap(text, style.face(), size, width);
        let at_floor = size - 0.5 < style.min_size();
        // Shrinking beats breaking a word in two; break words only at the smallest size.
        let words_whole = text
            .split_whitespace()
            .all(|w| font.width(w, size) <= width);
        if lines.len() <= max_lines && (words_whole || at_floor) {
            return Ok(Fitted { size, lines });
        }
        if at_floor {
            return Err(PrintError::Overflow {
                document,
                the_box: the_box.to_owned(),
                why: TooBig::Text {
                    text: text.to_owned(),
                    min_size: style.min_size(),
                },
            });
        }
        size -= 0.5;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn wrapped_lines_fit_their_width() {
        let text = "Please sign in so that we can stay in touch with everyone who came tonight";
        let lines = wrap(text, Face::Regular, 11.0, 120.0);
        assert!(lines.len() > 2);
        for line in &lines {
            assert!(face(Face::Regular).width(line, 11.0) <= 120.0, "{line}");
        }
        assert_eq!(lines.join(" "), text);
    }

    #[test]
    fn long_words_break_and_empty_text_is_one_empty_line() {
        let lines = wrap("Supercalifragilisticexpialidocious", Face::Bold, 10.0, 40.0);
        assert!(lines.len() > 1);
        assert_eq!(wrap("", Face::Regular, 10.0, 40.0), vec![String::new()]);
    }

    #[test]
    fn fit_shrinks_then_reports_overflow_naming_the_box() {
        let width = face(Face::Bold).width("Correo electrónico", 10.5);
        let fitted = fit(
            "Correo electrónico",
            Style::TableHeader,
            width,
            1,
            "test",
            "email",
        )
        .unwrap();
        assert_eq!(fitted.size, 10.5);
        assert_eq!(fitted.lines.len(), 1);
        let err = fit(
            "A very long heading that cannot fit",
            Style::Title,
            50.0,
            1,
            "sign-in sheet",
            "title",
        )
        .unwrap_err();
        let message = err.to_string();
        assert!(
            message.contains("sign-in sheet") && message.contains("title"),
            "{message}"
        );
    }
}
