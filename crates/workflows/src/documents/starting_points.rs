//! The starting-points report of the connections assessment, for the chapter meeting.

use chrono::{DateTime, Utc};
use groundwork_core::connections::starting_points::starting_points;
use groundwork_core::settings::{LanguageChoice, PaperSize};
use groundwork_print::starting_points::{self, StartingPointsReport};
use serde::Deserialize;
use ts_rs::TS;

use super::saved::{self, names, PrintedFile, SaveTo};
use crate::access::{chapter_for_printing, db_file, ChapterAccess};
use crate::Result;

#[derive(Debug, Clone, Deserialize, TS)]
pub struct StartingPointsRequest {
    /// `null`: the chapter's own choice.
    pub lang: Option<LanguageChoice>,
    /// `null`: the chapter's paper size.
    pub paper: Option<PaperSize>,
}

pub fn print(
    chapter: &impl ChapterAccess,
    request: &StartingPointsRequest,
    to: SaveTo<'_>,
    now: DateTime<Utc>,
) -> Result<PrintedFile> {
    let (settings, points, db_path) = chapter.with_db(|db| {
        Ok((
            chapter_for_printing(db)?,
            starting_points(db.conn())?,
            db_file(db),
        ))
    })?;
    let language = request
        .lang
        .unwrap_or(settings.settings.default_language_choice());
    let today = settings.settings.today_at(now);
    let base = StartingPointsReport::for_chapter(&settings, &points, language, today);
    let report = StartingPointsReport {
        paper: request.paper.unwrap_or(base.paper),
        ..base
    };
    let printed = starting_points::render(&report)?;
    saved::save(
        &db_path,
        to,
        &names::starting_points(&today.to_string()),
        &printed,
    )
}
