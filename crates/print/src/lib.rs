//! Groundwork's printed documents.
//!
//! A document is a pure function from data to PDF bytes: no database, no window. The `layout`
//! layer holds what every page needs (paper, margins, header and footer with "page X of Y",
//! measured and wrapped text in one language or two, tables that repeat their header, the page
//! flow that places measured blocks down the pages, and the widgets of a form: check boxes,
//! 1–5 scales, write-in rows, the consent block, the form's number) and enforces the minimum
//! sizes in PAPER.md so a document cannot silently break them. Every printed word comes from
//! the catalogs in `locales/`, so each document prints in English, Spanish or both.
//!
//! Adding a document: a module beside `sign_in_sheet.rs` with an input struct and a `render`
//! function returning [`Printed`]; its words go in every `locales/*.ftl`. A document that runs
//! down its pages places its parts through a [`layout::Flow`], so none can pass the bottom
//! margin; what it lays out itself is only what is its own.

pub mod canvass_summary;
pub mod catalog;
pub mod connections_form;
pub mod dates;
pub mod decision_letter;
pub mod error;
pub mod fonts;
pub mod grant_application;
pub mod grant_report;
pub mod layout;
pub mod needs_form;
pub mod needs_report;
pub mod power_map;
pub mod round_summary;
pub mod sign_in_sheet;
pub mod starting_points;
pub mod strategy_chart;
pub mod survey_paper;
pub mod training;
pub mod walk_sheets;

pub use error::PrintError;

/// A finished PDF.
#[derive(Debug, Clone)]
pub struct Printed {
    pub bytes: Vec<u8>,
    pub pages: usize,
    /// How long laying it out and writing it took.
    pub took: std::time::Duration,
}
