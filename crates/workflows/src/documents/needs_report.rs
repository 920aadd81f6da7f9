//! The needs summary with its charts, for the chapter meeting.

use chrono::{DateTime, Utc};
use groundwork_core::ids::AssessmentId;
use groundwork_core::needs::summary;
use groundwork_core::settings::{LanguageChoice, PaperSize};
use groundwork_print::needs_report::{self, NeedsReport};
use serde::Deserialize;
use ts_rs::TS;

use super::saved::{self, names, PrintedFile, SaveTo};
use crate::access::{chapter_for_printing, db_file, ChapterAccess};
use crate::Result;

#[derive(Debug, Clone, Deserialize, TS)]
pub struct NeedsReportRequest {
    pub assessment: AssessmentId,
    /// `null`: the chapter's own choice.
    pub lang: Option<LanguageChoice>,
    /// `null`: the chapter's paper size.
    pub paper: Option<PaperSize>,
}

pub fn print(
    chapter: &impl ChapterAccess,
    request: &NeedsReportRequest,
    to: SaveTo<'_>,
    now: DateTime<Utc>,
) -> Result<PrintedFile> {
    let (settings, language, summary, db_path) = chapter.with_db(|db| {
        let settings = chapter_for_printing(db)?;
        let language = request
            .lang
            .unwrap_or(settings.settings.default_language_choice());
        let first = language.languages()[0].code();
        let summary = summary::load(db.conn(), request.assessment, first)?;
        Ok((settings, language, summary, db_file(db)))
    })?;
    let today = settings.settings.today_at(now);
    let base = NeedsReport::for_chapter(&settings, &summary, language, today);
    let report = NeedsReport {
        paper: request.paper.unwrap_or(base.paper),
        ..base
    };
    let printed = needs_report::render(&report)?;
    let stem = names::needs_summary(&summary.assessment.code);
    saved::save(&db_path, to, &stem, &printed)
}
