//! Numbered connections forms: take the next numbers of the chapter's connections assessment
//! (made on first print), print the forms, save the PDF whole, then record the numbers as
//! printed; as for the needs forms, a cancelled or failed print uses none.

use chrono::{DateTime, Utc};
use groundwork_core::connections::assessment;
use groundwork_core::numbered;
use groundwork_core::progress::Job;
use groundwork_core::settings::PaperSize;
use groundwork_print::connections_form::{self, ConnectionsForms};
use serde::Deserialize;
use ts_rs::TS;

use super::needs_forms::PrintedForms;
use super::saved::{self, names, SaveTo};
use crate::access::{chapter_for_printing, db_file, ChapterAccess};
use crate::Result;

#[derive(Debug, Clone, Deserialize, TS)]
pub struct ConnectionsFormsRequest {
    pub count: u32,
    /// One or two survey language codes; empty: the chapter's print languages.
    pub languages: Vec<String>,
    /// `null`: the chapter's paper size.
    pub paper: Option<PaperSize>,
}

pub fn print(
    chapter: &impl ChapterAccess,
    request: &ConnectionsFormsRequest,
    to: SaveTo<'_>,
    job: &Job<'_>,
    now: DateTime<Utc>,
) -> Result<PrintedForms> {
    numbered::check_batch(request.count)?;
    let (settings, found, db_path) = chapter.with_db(|db| {
        let settings = chapter_for_printing(db)?;
        let found = assessment::get_or_make(db, settings.is_sample, now)?;
        Ok((settings, found, db_file(db)))
    })?;
    let today = settings.settings.today_at(now);
    let base = ConnectionsForms::next_batch(
        &settings,
        &found.survey,
        &found.code,
        found.forms_printed,
        request.count,
        request.languages.clone(),
        today,
    );
    let forms = ConnectionsForms {
        paper: request.paper.unwrap_or(base.paper),
        ..base
    };
    let printed = connections_form::render(&forms, job)?;
    let saved = saved::save(
        &db_path,
        to,
        &names::connections_forms(&found.code),
        &printed,
    )?;
    let serials = forms.serials.clone();
    let numbered = chapter.with_db(|db| {
        Ok(assessment::number_printed(
            db,
            found.id,
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
