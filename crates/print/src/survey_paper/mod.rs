//! Survey questions on a paper form, shared by every form that prints a chapter's own
//! questions (the needs assessment, the connections assessment): which widget answers each kind
//! of question, and the question laid out with it.

mod answers;
mod asked;

use groundwork_core::needs::survey::Texts;
use groundwork_core::settings::Lang;

use crate::catalog::Catalog;

pub use asked::Asked;

/// Space between questions.
pub const GAP: f32 = 6.0;
/// Between a question's text and the answer beside it.
pub const GUTTER: f32 = 12.0;

/// The survey's own text in each print language. The languages are checked before anything
/// is laid out, so none is missing.
pub fn in_languages(languages: &[String], texts: &Texts) -> Vec<String> {
    languages
        .iter()
        .map(|l| texts.get(l).cloned().unwrap_or_default())
        .collect()
}

/// The print catalog for each survey language: its own where Groundwork has one, else English
/// (the survey's texts are still the language's own; only the form's fixed labels fall back).
pub fn catalogs_for(languages: &[String]) -> Vec<Catalog> {
    languages
        .iter()
        .map(|code| Catalog::new(Lang::from_code(code).unwrap_or(Lang::En)))
        .collect()
}
