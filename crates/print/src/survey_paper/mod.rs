//! Survey questions on a paper form, shared by every form that prints a chapter's own
//! questions (the needs assessment, the connections assessment): which widget answers each kind
//! of question, and the question laid out with it.

mod answers;
mod asked;

use groundwork_core::needs::survey::Texts;

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
