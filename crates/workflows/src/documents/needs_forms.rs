//! Numbered needs-assessment forms: take the next numbers of the assessment, print the forms,
//! save the PDF whole, then record the numbers as printed. Numbers are taken only once the PDF
//! is written, so a cancelled or failed print uses none; and if another print took the same
//! numbers meanwhile, this PDF is removed so two stacks of forms never carry one number.

use chrono::{DateTime, Utc};
use groundwork_core::ids::AssessmentId;
use groundwork_core::needs::assessment;
use groundwork_core::numbered;
use groundwork_core::progress::Job;
use groundwork_core::settings::PaperSize;
use groundwork_print::needs_form::{self, NeedsForms};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use super::saved::{self, names, SaveTo};
use crate::access::{chapter_for_printing, db_file, ChapterAccess};
use crate::Result;

#[derive(Debug, Clone, Deserialize, TS)]
pub struct NeedsFormsRequest {
    pub assessment: AssessmentId,
    pub count: u32,
    /// One or two survey language codes; empty: the chapter's print languages.
    pub languages: Vec<String>,
    /// `null`: the chapter's paper size.
    pub paper: Option<PaperSize>,
}

#[derive(Debug, Clone, Serialize, TS)]
pub struct PrintedForms {
    pub path: String,
    pub pages: u32,
    /// "K7QF-0051" and "K7QF-0100": the numbers of the batch.
    pub first: String,
    pub last: String,
}

/// Prints the next `count` numbered forms, reporting progress per form; Cancel stops it.
pub fn print(
    chapter: &impl ChapterAccess,
    request: &NeedsFormsRequest,
    to: SaveTo<'_>,
    job: &Job<'_>,
    now: DateTime<Utc>,
) -> Result<PrintedForms> {
    let (settings, found, survey, db_path) = chapter.with_db(|db| {
        Ok((
            chapter_for_printing(db)?,
            assessment::get(db.conn(), request.assessment)?,
            assessment::survey(db.conn(), request.assessment)?,
            db_file(db),
        ))
    })?;
    numbered::check_batch(request.count)?;
    let today = settings.settings.today_at(now);
    let languages = request.languages.clone();
    let base = NeedsForms::next_batch(&settings, &found, &survey, request.count, languages, today);
    let forms = NeedsForms {
        paper: request.paper.unwrap_or(base.paper),
        ..base
    };
    let printed = needs_form::render(&forms, job)?;
    let saved = saved::save(&db_path, to, &names::needs_forms(&found.code), &printed)?;
    let serials = forms.serials.clone();
    let numbered = chapter.with_db(|db| {
        Ok(assessment::number_printed(
            db,
            request.assessment,
            serials.clone(),
            now,
        )?)
    });
    if let Err(err) = numbered {
        // Forms whose numbers another print took must not reach the printer.
        let _ = std::fs::remove_file(&saved.path);
        return Err(err);
    }
    Ok(PrintedForms {
        path: saved.path,
        pages: saved.pages,
        first: numbered::form_number(&found.code, *serials.start()),
        last: numbered::form_number(&found.code, *serials.end()),
    })
}
