//! What was typed on the command line, as core's values.

use groundwork_core::settings::{Lang, LanguageChoice, PaperSize};

use crate::args;
use crate::failure::Failure;

/// A record's id as typed, or a message that says what it should be and where to find one:
/// `parse_id(text, "a meeting", "meetings list")`.
pub(crate) fn parse_id(text: &str, what: &str, listed_by: &str) -> Result<uuid::Uuid, Failure> {
    uuid::Uuid::parse_str(text.trim()).map_err(|_| {
        Failure::bad_input(format!(
            "'{text}' is not {what} id; see `groundwork-cli {listed_by}`"
        ))
    })
}

pub(crate) fn paper_size(p: args::Paper) -> PaperSize {
    match p {
        args::Paper::Letter => PaperSize::Letter,
        args::Paper::A4 => PaperSize::A4,
    }
}

pub(crate) fn language(l: args::Language) -> Lang {
    match l {
        args::Language::En => Lang::En,
        args::Language::Es => Lang::Es,
    }
}

pub(crate) fn language_choice(l: args::LanguageChoice) -> LanguageChoice {
    match l {
        args::LanguageChoice::En => LanguageChoice::En,
        args::LanguageChoice::Es => LanguageChoice::Es,
        args::LanguageChoice::EnEs => LanguageChoice::EnEs,
    }
}

/// Who is at the keyboard, for the history a change leaves: `--by`, else the login name.
pub(crate) fn who(by: Option<String>) -> String {
    by.or_else(|| std::env::var("USER").ok())
        .filter(|b| !b.trim().is_empty())
        .unwrap_or_else(|| "the command line".to_owned())
}
