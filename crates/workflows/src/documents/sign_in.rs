//! Sign-in sheets: a blank one for any gathering, or a scheduled meeting's, with its time and
//! place and, if asked, the names of the people expected, each with a box to tick.

use chrono::{DateTime, Utc};
use groundwork_core::ids::MeetingId;
use groundwork_core::meetings::{attendance, store};
use groundwork_core::settings::{LanguageChoice, PaperSize};
use groundwork_print::sign_in_sheet::{self, SignInSheet};
use serde::Deserialize;
use ts_rs::TS;

use super::saved::{self, names, PrintedFile, SaveTo};
use crate::access::{chapter_for_printing, db_file, ChapterAccess};
use crate::Result;

/// The window's request for a blank sheet.
#[derive(Debug, Clone, Deserialize, TS)]
pub struct SignInRequest {
    /// `null`: the chapter's own choice.
    pub lang: Option<LanguageChoice>,
    /// `null`: the chapter's paper size.
    pub paper: Option<PaperSize>,
    /// `null`: fill one page.
    pub rows: Option<u32>,
    pub meeting_title: Option<String>,
}

/// What a sheet is for.
#[derive(Debug, Clone, Copy)]
pub enum SheetFor<'a> {
    /// Any gathering, under this title (or a line to write one on).
    Gathering { title: Option<&'a str> },
    /// A scheduled meeting; `expected_names` pre-prints who came before, to tick.
    Meeting { id: MeetingId, expected_names: bool },
}

#[derive(Debug, Clone, Copy)]
pub struct SheetRequest<'a> {
    pub sheet_for: SheetFor<'a>,
    /// `None`: the chapter's own choice.
    pub lang: Option<LanguageChoice>,
    /// `None`: the chapter's paper size.
    pub paper: Option<PaperSize>,
    /// `None`: fill one page.
    pub rows: Option<usize>,
}

impl<'a> From<&'a SignInRequest> for SheetRequest<'a> {
    fn from(r: &'a SignInRequest) -> Self {
        SheetRequest {
            sheet_for: SheetFor::Gathering {
                title: r.meeting_title.as_deref(),
            },
            lang: r.lang,
            paper: r.paper,
            rows: r.rows.map(|n| n as usize),
        }
    }
}

/// Prints the sheet, dated today where the chapter is (not in UTC: an evening meeting in
/// Chicago is already tomorrow in UTC), and saves it under the meeting's day or today's.
pub fn print(
    chapter: &impl ChapterAccess,
    request: &SheetRequest<'_>,
    to: SaveTo<'_>,
    now: DateTime<Utc>,
) -> Result<PrintedFile> {
    let (settings, meeting, db_path) = chapter.with_db(|db| {
        let settings = chapter_for_printing(db)?;
        let meeting = match request.sheet_for {
            SheetFor::Meeting { id, expected_names } => {
                // The chapter is loaded already: the meeting's zone comes from it.
                let found = store::get(db.conn(), id, settings.settings.zone())?;
                let expected = if expected_names {
                    attendance::expected_names(db.conn(), id)?
                } else {
                    Vec::new()
                };
                Some((found, expected))
            }
            SheetFor::Gathering { .. } => None,
        };
        Ok((settings, meeting, db_file(db)))
    })?;
    let today = settings.settings.today_at(now);
    let (base, day) = match (&meeting, request.sheet_for) {
        (Some((m, expected)), _) => (
            SignInSheet::for_meeting(&settings, m, expected.clone(), today)?,
            m.starts_at.get(..10).unwrap_or_default().to_owned(),
        ),
        (None, SheetFor::Gathering { title }) => (
            SignInSheet {
                meeting_title: title,
                ..SignInSheet::for_chapter(&settings, today)
            },
            today.to_string(),
        ),
        (None, SheetFor::Meeting { .. }) => unreachable!("a meeting's sheet read its meeting"),
    };
    let sheet = SignInSheet {
        paper: request.paper.unwrap_or(base.paper),
        language: request.lang.unwrap_or(base.language),
        rows: request.rows,
        ..base
    };
    let printed = sign_in_sheet::render(&sheet)?;
    saved::save(&db_path, to, &names::sign_in(&day), &printed)
}

#[cfg(test)]
mod tests {
    use std::cell::RefCell;

    use super::*;
    use groundwork_core::db::Database;
    use groundwork_core::settings::{self, ChapterSettings};

    #[test]
    fn a_blank_sheet_is_dated_and_named_where_the_chapter_is() {
        let dir = tempfile::tempdir().unwrap();
        let mut db = Database::open(&dir.path().join("chapter.sqlite"), Utc::now()).unwrap();
        let southside = ChapterSettings {
            name: "Southside".into(),
            time_zone: "America/Chicago".into(),
            ..Default::default()
        };
        settings::save(&mut db, &southside, Utc::now()).unwrap();
        let chapter = RefCell::new(db);
        let request = SignInRequest {
            lang: None,
            paper: None,
            rows: None,
            meeting_title: Some("General meeting".into()),
        };
        // 9 pm in Chicago on the 25th is 3 am on the 26th in UTC.
        let evening = "2026-11-26T03:00:00Z".parse().unwrap();
        let saved = print(&chapter, &(&request).into(), SaveTo::PrintFolder, evening).unwrap();
        assert!(
            saved.path.ends_with("sign-in-2026-11-25.pdf"),
            "{}",
            saved.path
        );
        assert_eq!(saved.pages, 1);
    }
}
