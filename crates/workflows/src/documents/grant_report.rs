//! A progress report on paper, read with its application and initiative.

use chrono::{DateTime, Utc};
use groundwork_core::grants::{initiative, reports, store};
use groundwork_core::ids::ReportId;
use groundwork_core::settings::{LanguageChoice, PaperSize};
use groundwork_print::catalog::Catalog;
use groundwork_print::grant_report::{self, GrantReportPaper};
use serde::Deserialize;
use ts_rs::TS;

use super::saved::{self, names, PrintedFile, SaveTo};
use crate::access::{chapter_for_printing, db_file, ChapterAccess};
use crate::Result;

#[derive(Debug, Clone, Deserialize, TS)]
pub struct GrantReportRequest {
    pub report: ReportId,
    /// `null`: the chapter's own choice.
    pub lang: Option<LanguageChoice>,
    /// `null`: the chapter's paper size.
    pub paper: Option<PaperSize>,
}

pub fn print(
    chapter: &impl ChapterAccess,
    request: &GrantReportRequest,
    to: SaveTo<'_>,
    now: DateTime<Utc>,
) -> Result<PrintedFile> {
    let (settings, report, application, initiative, db_path) = chapter.with_db(|db| {
        let report = reports::get(db.conn(), request.report)?;
        let application = store::get(db.conn(), report.application_id)?;
        let initiative = initiative::get(db.conn(), application.project_id)?;
        Ok((
            chapter_for_printing(db)?,
            report,
            application,
            initiative,
            db_file(db),
        ))
    })?;
    let language = request
        .lang
        .unwrap_or(settings.settings.default_language_choice());
    let catalogs = Catalog::all_of(language);
    let printed = grant_report::render(&GrantReportPaper {
        application: &application,
        initiative: &initiative,
        report: &report,
        chapter_name: &settings.settings.name,
        paper: request.paper.unwrap_or(settings.settings.paper_size),
        catalogs: &catalogs,
        printed_on: settings.settings.today_at(now),
        is_sample: settings.is_sample,
    })?;
    saved::save(
        &db_path,
        to,
        &names::grant_report(&application.project_title),
        &printed,
    )
}
