//! Languages a chapter prints in.

use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::msg;
use crate::{CoreError, Result};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum Lang {
    En,
    Es,
}

impl Lang {
    pub const ALL: [Lang; 2] = [Lang::En, Lang::Es];

    pub fn code(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::Es => "es",
        }
    }

    pub fn from_code(code: &str) -> Result<Self> {
        match code.trim().to_ascii_lowercase().as_str() {
            "en" => Ok(Lang::En),
            "es" => Ok(Lang::Es),
            other => Err(CoreError::invalid(
                msg!("field-language"),
                msg!("settings-language-unknown", code = other),
            )),
        }
    }
}

/// The language(s) one printed document uses. `EnEs` prints both on the same page, English
/// first and Spanish beside or below it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
pub enum LanguageChoice {
    #[serde(rename = "en")]
    En,
    #[serde(rename = "es")]
    Es,
    #[serde(rename = "en+es")]
    EnEs,
}

impl LanguageChoice {
    /// The languages in the order they appear on the page.
    pub fn languages(self) -> &'static [Lang] {
        match self {
            LanguageChoice::En => &[Lang::En],
            LanguageChoice::Es => &[Lang::Es],
            LanguageChoice::EnEs => &[Lang::En, Lang::Es],
        }
    }

    pub fn from_code(code: &str) -> Result<Self> {
        match code.trim().to_ascii_lowercase().as_str() {
            "en" => Ok(LanguageChoice::En),
            "es" => Ok(LanguageChoice::Es),
            "en+es" | "both" => Ok(LanguageChoice::EnEs),
            other => Err(CoreError::invalid(
                msg!("field-language"),
                msg!("settings-language-choice-unknown", code = other),
            )),
        }
    }
}

impl From<Lang> for LanguageChoice {
    fn from(lang: Lang) -> Self {
        match lang {
            Lang::En => LanguageChoice::En,
            Lang::Es => LanguageChoice::Es,
        }
    }
}
