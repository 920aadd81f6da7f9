//! The markup chapters write handouts in: CommonMark with tables and check boxes, read by
//! `pulldown-cmark`, plus two forms of its own for paper filled in by hand (a line ending in
//! `___` is a line to write on; a table row of empty cells is a row to write in). One parse
//! feeds both the screen's preview and the printed page, so the two never disagree.

use std::iter::Peekable;
use std::ops::Range;

use pulldown_cmark::{Event, OffsetIter, Options, Parser, Tag, TagEnd};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

/// A run of text in one style.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct Span {
    /// A "\n" in it is a line break the writer asked for.
    pub text: String,
    pub bold: bool,
    pub italic: bool,
}

/// One item of a list: its check box, if it has one, and what it holds.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct Item {
    /// `null`: no check box; `false`: an empty box to tick; `true`: a box printed ticked.
    pub check: Option<bool>,
    pub blocks: Vec<Block>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum Block {
    Heading {
        /// 1 to 3; deeper headings read as 3.
        level: u8,
        spans: Vec<Span>,
    },
    Paragraph {
        spans: Vec<Span>,
    },
    List {
        ordered: bool,
        /// The first item's number in an ordered list.
        start: u32,
        items: Vec<Item>,
    },
    Table {
        header: Vec<Vec<Span>>,
        /// A row whose cells are all empty is a row to write in.
        rows: Vec<Vec<Vec<Span>>>,
    },
    /// Lines to write on, each after its label (an empty label: a line across).
    WriteIn {
        lines: Vec<Vec<Span>>,
    },
    Quote {
        blocks: Vec<Block>,
    },
    /// A pause between sections (`***`).
    Break,
}

/// `text` read into blocks. Never fails: whatever is not understood is kept as text.
pub fn parse(text: &str) -> Vec<Block> {
    let options =
        Options::ENABLE_TABLES | Options::ENABLE_TASKLISTS | Options::ENABLE_STRIKETHROUGH;
    let mut events = Parser::new_ext(text, options).into_offset_iter().peekable();
    let mut reader = Reader {
        source: text,
        events: &mut events,
    };
    reader.blocks(None)
}

/// The plain text of spans, without styles.
pub fn plain(spans: &[Span]) -> String {
    spans.iter().map(|s| s.text.as_str()).collect()
}

/// Whether a table row is one to write in: every cell empty.
pub fn is_blank_row(cells: &[Vec<Span>]) -> bool {
    cells.iter().all(|c| plain(c).trim().is_empty())
}

/// A line of a paragraph, and whether the writer broke it on purpose (a hard break).
struct Line {
    spans: Vec<Span>,
    hard: bool,
}

struct Reader<'s, 'e> {
    source: &'s str,
    events: &'e mut Peekable<OffsetIter<'s>>,
}

/// Whether an event starts or is a block (rather than text inside one).
fn is_block(event: &Event<'_>) -> bool {
    matches!(
        event,
        Event::Start(
            Tag::Paragraph
                | Tag::Heading { .. }
                | Tag::BlockQuote(_)
                | Tag::CodeBlock(_)
                | Tag::HtmlBlock
                | Tag::List(_)
                | Tag::Table(_)
        ) | Event::Rule
    )
}

impl Reader<'_, '_> {
    /// Blocks until `end` (consumed), or to the end of the text.
    fn blocks(&mut self, end: Option<TagEnd>) -> Vec<Block> {
        let mut out = Vec::new();
        while let Some((event, range)) = self.events.peek().cloned() {
            match event {
                Event::End(e) if Some(e) == end => {
                    self.events.next();
                    return out;
                }
                Event::End(_) => {
                    // An end this level did not start: the caller's.
                    return out;
                }
                e if is_block(&e) => {
                    self.events.next();
                    self.block(e, range, &mut out);
                }
                Event::TaskListMarker(_) => {
                    self.events.next();
                }
                _ => {
                    // Text straight inside a tight list's item: a paragraph without the tag.
                    let lines = self.inline(None);
                    push_lines(&mut out, lines);
                }
            }
        }
        out
    }

    fn block(&mut self, event: Event<'_>, range: Range<usize>, out: &mut Vec<Block>) {
        match event {
            Event::Start(Tag::Paragraph) => {
                let lines = self.inline(Some(TagEnd::Paragraph));
                push_lines(out, lines);
            }
            Event::Start(Tag::Heading { level, .. }) => {
                let lines = self.inline(Some(TagEnd::Heading(level)));
                let spans = joined(lines);
                out.push(Block::Heading {
                    level: (level as u8).min(3),
                    spans,
                });
            }
            Event::Start(Tag::BlockQuote(kind)) => {
                let blocks = self.blocks(Some(TagEnd::BlockQuote(kind)));
                out.push(Block::Quote { blocks });
            }
            Event::Start(Tag::CodeBlock(_)) => {
                let mut text = String::new();
                for (e, _) in self.events.by_ref() {
                    match e {
                        Event::Text(t) => text.push_str(&t),
                        Event::End(TagEnd::CodeBlock) => break,
                        _ => {}
                    }
                }
                let text = text.trim_end_matches('\n').to_owned();
                if !text.is_empty() {
                    out.push(Block::Paragraph {
                        spans: vec![span(text, 0, 0)],
                    });
                }
            }
            Event::Start(Tag::HtmlBlock) => {
                for (e, _) in self.events.by_ref() {
                    if e == Event::End(TagEnd::HtmlBlock) {
                        break;
                    }
                }
            }
            Event::Start(Tag::List(start)) => {
                let ordered = start.is_some();
                let items = self.items(ordered);
                out.push(Block::List {
                    ordered,
                    start: start.map_or(1, |n| n.min(u64::from(u32::MAX)) as u32),
                    items,
                });
            }
            Event::Start(Tag::Table(_)) => out.push(self.table()),
            Event::Rule => {
                // `___` is a line to write on; `***` (or `---`) a pause between sections.
                if self.source[range].trim_start().starts_with('_') {
                    match out.last_mut() {
                        Some(Block::WriteIn { lines }) => lines.push(Vec::new()),
                        _ => out.push(Block::WriteIn {
                            lines: vec![Vec::new()],
                        }),
                    }
                } else {
                    out.push(Block::Break);
                }
            }
            _ => {}
        }
    }

    fn items(&mut self, ordered: bool) -> Vec<Item> {
        let mut items = Vec::new();
        while let Some((event, _)) = self.events.next() {
            match event {
                Event::Start(Tag::Item) => {
                    let check = match self.events.peek() {
                        Some((Event::TaskListMarker(ticked), _)) => {
                            let ticked = *ticked;
                            self.events.next();
                            Some(ticked)
                        }
                        _ => None,
                    };
                    let blocks = self.blocks(Some(TagEnd::Item));
                    items.push(Item { check, blocks });
                }
                Event::End(TagEnd::List(o)) if o == ordered => break,
                _ => {}
            }
        }
        items
    }

    fn table(&mut self) -> Block {
        let mut header = Vec::new();
        let mut rows: Vec<Vec<Vec<Span>>> = Vec::new();
        let mut in_head = false;
        while let Some((event, _)) = self.events.next() {
            match event {
                Event::Start(Tag::TableHead) => in_head = true,
                Event::End(TagEnd::TableHead) => in_head = false,
                Event::Start(Tag::TableRow) => rows.push(Vec::new()),
                Event::Start(Tag::TableCell) => {
                    let cell = joined(self.inline(Some(TagEnd::TableCell)));
                    if in_head {
                        header.push(cell);
                    } else if let Some(row) = rows.last_mut() {
                        row.push(cell);
                    }
                }
                Event::End(TagEnd::Table) => break,
                _ => {}
            }
        }
        // Every row as wide as the header, so a short row still has its cells.
        for row in &mut rows {
            row.resize(header.len(), Vec::new());
        }
        Block::Table { header, rows }
    }

    /// Text up to `end` (consumed), or, with no end, up to the next block or any end (not
    /// consumed), as lines.
    fn inline(&mut self, end: Option<TagEnd>) -> Vec<Line> {
        let mut lines = vec![Line {
            spans: Vec::new(),
            hard: false,
        }];
        let (mut bold, mut italic) = (0u32, 0u32);
        while let Some((event, _)) = self.events.peek().cloned() {
            match &event {
                Event::End(e) if Some(*e) == end => {
                    self.events.next();
                    break;
                }
                Event::End(TagEnd::Emphasis | TagEnd::Strong | TagEnd::Link | TagEnd::Image)
                | Event::End(TagEnd::Strikethrough) => {}
                Event::End(_) => break,
                e if end.is_none() && is_block(e) => break,
                _ => {}
            }
            self.events.next();
            let line = lines.last_mut().map(|l| &mut l.spans);
            let Some(spans) = line else { break };
            match event {
                Event::Text(t) | Event::Code(t) => push_span(spans, &t, bold, italic),
                Event::Start(Tag::Emphasis) => italic += 1,
                Event::End(TagEnd::Emphasis) => italic = italic.saturating_sub(1),
                Event::Start(Tag::Strong) => bold += 1,
                Event::End(TagEnd::Strong) => bold = bold.saturating_sub(1),
                Event::SoftBreak | Event::HardBreak => {
                    if let Some(last) = lines.last_mut() {
                        last.hard = event == Event::HardBreak;
                    }
                    lines.push(Line {
                        spans: Vec::new(),
                        hard: false,
                    });
                }
                _ => {}
            }
        }
        lines
    }
}

fn span(text: String, bold: u32, italic: u32) -> Span {
    Span {
        text,
        bold: bold > 0,
        italic: italic > 0,
    }
}

/// Adds text to the line, joined to the last span when the style is the same.
fn push_span(spans: &mut Vec<Span>, text: &str, bold: u32, italic: u32) {
    if let Some(last) = spans.last_mut() {
        if last.bold == (bold > 0) && last.italic == (italic > 0) {
            last.text.push_str(text);
            return;
        }
    }
    spans.push(span(text.to_owned(), bold, italic));
}

/// The label of a line to write on: the line without the underscores it ends with, or `None`
/// when the line does not end with three of them.
fn write_in_label(spans: &[Span]) -> Option<Vec<Span>> {
    let text = plain(spans);
    let trimmed = text.trim_end();
    let underscores = trimmed.len() - trimmed.trim_end_matches('_').len();
    if underscores < 3 {
        return None;
    }
    let keep = trimmed.len() - underscores;
    let mut label = Vec::new();
    let mut at = 0;
    for s in spans {
        if at >= keep {
            break;
        }
        let take = (keep - at).min(s.text.len());
        label.push(Span {
            text: s.text[..take].to_owned(),
            ..s.clone()
        });
        at += s.text.len();
    }
    if let Some(last) = label.last_mut() {
        last.text = last.text.trim_end().to_owned();
    }
    label.retain(|s| !s.text.is_empty());
    Some(label)
}

/// A paragraph's lines as blocks: runs of lines to write on become a write-in block, the rest
/// paragraphs (a soft break read as a space, a hard one kept).
fn push_lines(out: &mut Vec<Block>, lines: Vec<Line>) {
    let mut text: Vec<Line> = Vec::new();
    for line in lines {
        match write_in_label(&line.spans) {
            Some(label) => {
                if !text.is_empty() {
                    out.push(Block::Paragraph {
                        spans: joined(std::mem::take(&mut text)),
                    });
                }
                match out.last_mut() {
                    Some(Block::WriteIn { lines }) => lines.push(label),
                    _ => out.push(Block::WriteIn { lines: vec![label] }),
                }
            }
            None => text.push(line),
        }
    }
    let spans = joined(text);
    if !plain(&spans).trim().is_empty() {
        out.push(Block::Paragraph { spans });
    }
}

/// Lines joined into one run of spans.
fn joined(lines: Vec<Line>) -> Vec<Span> {
    let mut spans: Vec<Span> = Vec::new();
    let count = lines.len();
    for (i, line) in lines.into_iter().enumerate() {
        for s in line.spans {
            push_span(&mut spans, &s.text, u32::from(s.bold), u32::from(s.italic));
        }
        if i + 1 < count {
            let gap = if line.hard { "\n" } else { " " };
            match spans.last_mut() {
                Some(last) => last.text.push_str(gap),
                None => spans.push(span(gap.to_owned(), 0, 0)),
            }
        }
    }
    if let Some(last) = spans.last_mut() {
        last.text = last.text.trim_end_matches([' ', '\n']).to_owned();
    }
    spans.retain(|s| !s.text.is_empty());
    spans
}

#[cfg(test)]
#[path = "markup_tests.rs"]
mod tests;
