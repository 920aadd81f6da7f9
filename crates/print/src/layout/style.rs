//! Text styles with the sizes PAPER.md sets: the size a style prints at, and the smallest it
//! may shrink to when a string is too long for its box.

use crate::fonts::Face;

#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Style {
    /// The document's title: says what the page is from across a table.
    Title,
    /// A title's translation, beneath it.
    TitleSecond,
    /// The chapter's name in the header.
    Heading,
    Body,
    /// Body text's translation, beneath it.
    BodySecond,
    /// Table headers and form labels.
    TableHeader,
    /// A table header's translation, beneath it.
    TableHeaderSecond,
    Table,
    /// The footer: date printed and page numbers.
    Footer,
    /// Fine print.
    Fine,
}

impl Style {
    pub fn size(self) -> f32 {
        match self {
            Style::Title => 20.0,
            Style::TitleSecond => 16.0,
            Style::Heading => 13.0,
            Style::Body | Style::BodySecond => 11.0,
            Style::TableHeader | Style::TableHeaderSecond => 11.0,
            Style::Table | Style::Footer => 10.0,
            Style::Fine => 8.0,
        }
    }

    /// The floor below which text of this style never shrinks.
    pub fn min_size(self) -> f32 {
        match self {
            Style::Title | Style::TitleSecond => 16.0,
            Style::Heading | Style::Body | Style::BodySecond => 11.0,
            Style::TableHeader | Style::TableHeaderSecond | Style::Table => 10.0,
            Style::Footer | Style::Fine => 8.0,
        }
    }

    pub fn face(self) -> Face {
        match self {
            Style::Title | Style::Heading | Style::TableHeader => Face::Bold,
            Style::TitleSecond | Style::BodySecond | Style::TableHeaderSecond => Face::Italic,
            Style::Body | Style::Table | Style::Footer | Style::Fine => Face::Regular,
        }
    }

    /// Distance between baselines at `size`.
    pub fn leading(size: f32) -> f32 {
        size * 1.25
    }
}
