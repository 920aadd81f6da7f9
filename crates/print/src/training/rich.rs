//! Text in mixed styles (a handout's **bold** and *italic*) wrapped into lines: each line a
//! row of runs, each run in one face, placed one line at a time so a paragraph may go on
//! overleaf. A word wider than the line is broken between letters, so nothing runs past the
//! margin.

use groundwork_core::training::markup::Span;

use crate::fonts::{face, Face};
use crate::layout::page::CHECK_BOX_MM;
use crate::layout::{mm, Block, Page, Slot, Style};

/// A run of text in one face, `x` from the line's start.
#[derive(Debug, Clone, PartialEq)]
pub struct Run {
    pub x: f32,
    pub text: String,
    pub face: Face,
}

/// What stands before a list item's first line.
#[derive(Debug, Clone, PartialEq)]
pub enum Marker {
    Bullet,
    Number(u32),
    /// A box to tick; `true`: printed ticked.
    CheckBox(bool),
}

/// One line of a paragraph, heading or list item.
#[derive(Debug, Clone, PartialEq)]
pub struct RichLine {
    pub runs: Vec<Run>,
    pub size: f32,
    /// From the slot's left edge to where the text starts.
    pub indent: f32,
    /// A list item's mark, `marker_at` from the slot's left edge.
    pub marker: Option<(Marker, f32)>,
}

/// The face a span prints in, over a base face (a heading's bold).
fn face_of(span: &Span, base: Face) -> Face {
    if span.bold || base == Face::Bold {
        Face::Bold
    } else if span.italic || base == Face::Italic {
        Face::Italic
    } else {
        Face::Regular
    }
}

/// A word and how it joins what comes before it.
struct Word {
    text: String,
    face: Face,
    space_before: bool,
    break_before: bool,
}

fn words(spans: &[Span], base: Face) -> Vec<Word> {
    let mut out: Vec<Word> = Vec::new();
    // A space at the end of one span belongs before the next span's first word.
    let mut pending_space = false;
    let mut pending_break = false;
    for span in spans {
        let f = face_of(span, base);
        for (n, piece) in span.text.split('\n').enumerate() {
            if n > 0 {
                pending_break = true;
                pending_space = false;
            }
            let mut rest = piece;
            while !rest.is_empty() {
                let trimmed = rest.trim_start();
                if trimmed.len() < rest.len() {
                    pending_space = true;
                }
                if trimmed.is_empty() {
                    break;
                }
                let end = trimmed.find(char::is_whitespace).unwrap_or(trimmed.len());
                // Text glued to the word before (a bold word then its comma) joins it.
                let glued = !pending_space && !pending_break && !out.is_empty();
                out.push(Word {
                    text: trimmed[..end].to_owned(),
                    face: f,
                    space_before: !glued && pending_space && !pending_break,
                    break_before: pending_break,
                });
                pending_space = false;
                pending_break = false;
                rest = &trimmed[end..];
            }
        }
    }
    out
}

/// `spans` wrapped to `width` at `size`, over `base`.
pub fn wrap_spans(spans: &[Span], base: Face, size: f32, width: f32) -> Vec<Vec<Run>> {
    let mut lines: Vec<Vec<Run>> = vec![Vec::new()];
    let mut x = 0.0f32;
    let push = |line: &mut Vec<Run>, x: f32, text: &str, f: Face| match line.last_mut() {
        Some(last)
            if last.face == f && (last.x + face(f).width(&last.text, size) - x).abs() < 0.01 =>
        {
            last.text.push_str(text)
        }
        _ => line.push(Run {
            x,
            text: text.to_owned(),
            face: f,
        }),
    };
    for word in words(spans, base) {
        let font = face(word.face);
        let space = if word.space_before && x > 0.0 {
            font.width(" ", size)
        } else {
            0.0
        };
        let w = font.width(&word.text, size);
        if word.break_before || (x > 0.0 && x + space + w > width) {
            lines.push(Vec::new());
            x = 0.0;
        }
        let line = lines.last_mut().expect("a line");
        if x > 0.0 && word.space_before {
            // The space goes with the words before it: a bold word starts where it is bold.
            let before = line.last().map_or(word.face, |r| r.face);
            push(line, x, " ", before);
            x += face(before).width(" ", size);
        }
        if w <= width - x {
            push(line, x, &word.text, word.face);
            x += w;
            continue;
        }
        // Wider than a whole line: broken between letters.
        for c in word.text.chars() {
            let cw = font.width(c.encode_utf8(&mut [0; 4]), size);
            if x > 0.0 && x + cw > width {
                lines.push(Vec::new());
                x = 0.0;
            }
            let line = lines.last_mut().expect("a line");
            push(line, x, c.encode_utf8(&mut [0; 4]), word.face);
            x += cw;
        }
    }
    if lines.len() > 1 && lines.last().is_some_and(Vec::is_empty) {
        lines.pop();
    }
    lines
}

/// A paragraph's lines, ready to place one by one.
pub fn lines(spans: &[Span], base: Face, size: f32, indent: f32, width: f32) -> Vec<RichLine> {
    wrap_spans(spans, base, size, width - indent)
        .into_iter()
        .map(|runs| RichLine {
            runs,
            size,
            indent,
            marker: None,
        })
        .collect()
}

impl Block for RichLine {
    fn height(&self) -> f32 {
        let text = Style::leading(self.size);
        match self.marker {
            // A box to tick keeps a little room around it.
            Some((Marker::CheckBox(_), _)) => text.max(mm(CHECK_BOX_MM) + 4.0),
            _ => text,
        }
    }

    fn draw(&self, page: &mut Page, slot: Slot) {
        let baseline = slot.top + (self.height() - Style::leading(self.size)) / 2.0 + self.size;
        if let Some((marker, at)) = &self.marker {
            let x = slot.left + at;
            match marker {
                Marker::Bullet => page.text(x, baseline, "•", Face::Regular, self.size),
                Marker::Number(n) => {
                    page.text(x, baseline, &format!("{n}."), Face::Regular, self.size)
                }
                Marker::CheckBox(ticked) => {
                    let side = mm(CHECK_BOX_MM);
                    let top = baseline - self.size * 0.8 - (side - self.size * 0.8) / 2.0;
                    page.check_box(x, top);
                    if *ticked {
                        page.text(x + 1.5, baseline, "✓", Face::Bold, self.size);
                    }
                }
            }
        }
        for run in &self.runs {
            page.text(
                slot.left + self.indent + run.x,
                baseline,
                &run.text,
                run.face,
                self.size,
            );
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn span(text: &str, bold: bool) -> Span {
        Span {
            text: text.into(),
            bold,
            italic: false,
        }
    }

    fn text_of(line: &[Run]) -> String {
        line.iter().map(|r| r.text.as_str()).collect()
    }

    #[test]
    fn styles_stay_with_their_words_and_punctuation_stays_glued() {
        let lines = wrap_spans(
            &[
                span("Listen ", false),
                span("more", true),
                span(", talk less.", false),
            ],
            Face::Regular,
            11.0,
            500.0,
        );
        assert_eq!(lines.len(), 1);
        assert_eq!(text_of(&lines[0]), "Listen more, talk less.");
        assert_eq!(lines[0][1].face, Face::Bold);
        assert_eq!(lines[0][1].text, "more");
    }

    #[test]
    fn long_text_wraps_within_the_width_and_hard_breaks_hold() {
        let long = "word ".repeat(60);
        let lines = wrap_spans(&[span(&long, false)], Face::Regular, 11.0, 200.0);
        assert!(lines.len() > 5);
        for line in &lines {
            let last = line.last().unwrap();
            assert!(last.x + face(last.face).width(&last.text, 11.0) <= 200.5);
        }
        let broken = wrap_spans(&[span("one\ntwo", false)], Face::Regular, 11.0, 200.0);
        assert_eq!(broken.len(), 2);
        let wide = wrap_spans(&[span(&"x".repeat(200), false)], Face::Regular, 11.0, 100.0);
        assert!(wide.len() > 3, "a word wider than the line is broken");
    }
}
