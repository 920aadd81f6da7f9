//! The chapter's own settings: its name, paper size, the languages it prints in, its time zone.

mod language;
mod role;
mod store;

pub use language::{Lang, LanguageChoice};
pub use role::{require, role_of, save_national, Role};
pub(crate) use store::save_marked;
pub use store::{load, save, today_of, zone_of, Chapter};

/// Stores the sample national committee's settings, marked as sample.
pub(crate) fn store_national_sample(
    db: &mut crate::db::Database,
    s: &ChapterSettings,
    now: chrono::DateTime<chrono::Utc>,
) -> Result<Chapter> {
    store::write_settings(db, s, true, Role::National, now)
}

/// Stores the sample chapter's settings, marked as sample.
pub(crate) fn store_sample(
    db: &mut crate::db::Database,
    s: &ChapterSettings,
    now: chrono::DateTime<chrono::Utc>,
) -> Result<Chapter> {
    save_marked(db, s, true, now)
}

use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::msg;
use crate::{CoreError, Result};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum PaperSize {
    #[default]
    Letter,
    A4,
}

impl PaperSize {
    pub fn code(self) -> &'static str {
        match self {
            PaperSize::Letter => "letter",
            PaperSize::A4 => "a4",
        }
    }

    pub fn from_code(code: &str) -> Result<Self> {
        match code.to_ascii_lowercase().as_str() {
            "letter" | "us-letter" => Ok(PaperSize::Letter),
            "a4" => Ok(PaperSize::A4),
            other => Err(CoreError::invalid(
                msg!("field-paper-size"),
                msg!("settings-paper-unknown", paper = other),
            )),
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct ChapterSettings {
    pub name: String,
    pub paper_size: PaperSize,
    /// In the chapter's order of preference; never empty.
    pub print_languages: Vec<Lang>,
    /// An IANA zone name such as "America/Chicago".
    pub time_zone: String,
}

impl Default for ChapterSettings {
    fn default() -> Self {
        ChapterSettings {
            name: String::new(),
            paper_size: PaperSize::Letter,
            print_languages: vec![Lang::En],
            time_zone: DEFAULT_ZONE.name().into(),
        }
    }
}

/// The time zone of a chapter that has not chosen one (and of the CLI's `init` unless told).
pub const DEFAULT_ZONE: chrono_tz::Tz = chrono_tz::America::New_York;

/// Longest chapter name we accept: it must fit a printed page header.
pub const MAX_NAME_CHARS: usize = 80;

impl ChapterSettings {
    /// Trims what a person typed and rejects what cannot be saved, naming the field.
    pub fn validated(mut self) -> Result<Self> {
        self.name = self.name.trim().to_owned();
        if self.name.is_empty() {
            return Err(CoreError::invalid(
                msg!("field-chapter-name"),
                msg!("settings-name-missing"),
            )
            .at("name"));
        }
        if self.name.chars().count() > MAX_NAME_CHARS {
            return Err(CoreError::invalid(
                msg!("field-chapter-name"),
                msg!("settings-name-too-long", most = MAX_NAME_CHARS),
            )
            .at("name"));
        }
        let mut seen = Vec::new();
        self.print_languages.retain(|l| {
            let new = !seen.contains(l);
            seen.push(*l);
            new
        });
        if self.print_languages.is_empty() {
            return Err(CoreError::invalid(
                msg!("field-print-languages"),
                msg!("settings-languages-missing"),
            )
            .at("print_languages"));
        }
        if self.time_zone.parse::<chrono_tz::Tz>().is_err() {
            return Err(CoreError::invalid(
                msg!("field-time-zone"),
                msg!("settings-zone-unknown", zone = self.time_zone.as_str()),
            )
            .at("time_zone"));
        }
        Ok(self)
    }

    /// The chapter's zone, for meeting times and "today". Saved settings always hold a valid
    /// zone; New York stands in for one that somehow does not parse.
    pub fn zone(&self) -> chrono_tz::Tz {
        self.time_zone.parse().unwrap_or(DEFAULT_ZONE)
    }

    /// The chapter's date at `now`: "today" for an organizer in Honolulu is not UTC's.
    pub fn today_at(&self, now: chrono::DateTime<chrono::Utc>) -> chrono::NaiveDate {
        now.with_timezone(&self.zone()).date_naive()
    }

    /// The language choice a document uses when the person does not pick one: both languages
    /// on one page when the chapter prints in English and Spanish, else its first language.
    pub fn default_language_choice(&self) -> LanguageChoice {
        if self.print_languages.contains(&Lang::En) && self.print_languages.contains(&Lang::Es) {
            LanguageChoice::EnEs
        } else {
            LanguageChoice::from(self.print_languages.first().copied().unwrap_or(Lang::En))
        }
    }
}

/// Every time zone name a chapter can choose, sorted.
pub fn time_zones() -> Vec<String> {
    let mut names: Vec<String> = chrono_tz::TZ_VARIANTS
        .iter()
        .map(|tz| tz.name().to_owned())
        .collect();
    names.sort();
    names
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn blank_names_and_unknown_zones_are_refused() {
        let blank = ChapterSettings {
            name: "   ".into(),
            ..Default::default()
        };
        assert!(
            matches!(blank.validated(), Err(CoreError::InvalidInput { field, .. }) if *field == "chapter name")
        );
        let zone = ChapterSettings {
            name: "X".into(),
            time_zone: "Mars/Base".into(),
            ..Default::default()
        };
        assert!(
            matches!(zone.validated(), Err(CoreError::InvalidInput { field, .. }) if *field == "time zone")
        );
        let none = ChapterSettings {
            name: "X".into(),
            print_languages: vec![],
            ..Default::default()
        };
        assert!(none.validated().is_err());
    }

    #[test]
    fn names_are_trimmed_and_languages_deduplicated() {
        let s = ChapterSettings {
            name: "  Eastside  ".into(),
            print_languages: vec![Lang::Es, Lang::En, Lang::Es],
            ..Default::default()
        };
        let s = s.validated().unwrap();
        assert_eq!(s.name, "Eastside");
        assert_eq!(s.print_languages, vec![Lang::Es, Lang::En]);
        assert_eq!(s.default_language_choice(), LanguageChoice::EnEs);
    }

    #[test]
    fn time_zone_list_holds_american_zones() {
        let zones = time_zones();
        assert!(zones.iter().any(|z| z == "America/Chicago"));
        assert!(zones.windows(2).all(|w| w[0] <= w[1]));
    }
}
