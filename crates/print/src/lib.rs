//! Groundwork's printed documents.
//!
//! A document is a pure function from data to PDF bytes: no database, no window. The `layout`
//! layer holds what every page needs (paper, margins, header and footer with "page X of Y",
//! measured and wrapped text, tables that repeat their header, check boxes, write-in lines) and
//! enforces the minimum sizes in PAPER.md so a document cannot silently break them. Every printed
//! word comes from the catalogs in `locales/`, so each document prints in English, Spanish or both.
//!
//! Adding a document: a module beside `sign_in_sheet.rs` with an input struct and a `render`
//! function returning [`Printed`]; its words go in every `locales/*.ftl`.

pub mod catalog;
pub mod dates;
pub mod error;
pub mod fonts;
pub mod layout;
pub mod needs_form;
pub mod needs_report;
pub mod sign_in_sheet;

pub use error::PrintError;

/// A finished PDF.
#[derive(Debug, Clone)]
pub struct Printed {
    pub bytes: Vec<u8>,
    pub pages: usize,
    /// How long laying it out and writing it took.
    pub took: std::time::Duration,
}
