//! A training module on paper: one of its parts (the facilitator's guide, the handout, the
//! worksheet), or the whole module as a packet; a part as a folded booklet too. And the call
//! sheet for inviting the people who still need a module.

use chrono::{DateTime, Utc};
use groundwork_core::ids::ModuleId;
use groundwork_core::people::ladder;
use groundwork_core::settings::{LanguageChoice, PaperSize};
use groundwork_core::training::{skills, store, Part};
use groundwork_print::catalog::Catalog;
use groundwork_print::training::call_sheet::{self, CallSheetPaper};
use groundwork_print::training::{self, TrainingPaper};
use serde::Deserialize;
use ts_rs::TS;

use super::saved::{self, names, PrintedFile, SaveTo};
use crate::access::{chapter_for_printing, db_file, ChapterAccess};
use crate::Result;

#[derive(Debug, Clone, Deserialize, TS)]
pub struct TrainingRequest {
    pub module: ModuleId,
    /// `null`: the whole module as a packet (guide, handout, worksheet).
    pub part: Option<Part>,
    /// `null`: the chapter's own choice.
    pub lang: Option<LanguageChoice>,
    /// `null`: the chapter's paper size.
    pub paper: Option<PaperSize>,
    /// Half pages, two to a side of the sheet, to fold and staple into a booklet.
    #[serde(default)]
    pub booklet: bool,
}

pub fn print(
    chapter: &impl ChapterAccess,
    request: &TrainingRequest,
    to: SaveTo<'_>,
    now: DateTime<Utc>,
) -> Result<PrintedFile> {
    let (settings, module, db_path) = chapter.with_db(|db| {
        Ok((
            chapter_for_printing(db)?,
            store::get(db.conn(), request.module)?,
            db_file(db),
        ))
    })?;
    let language = request
        .lang
        .unwrap_or(settings.settings.default_language_choice());
    let parts = match request.part {
        Some(part) => vec![part],
        None => Part::ALL.to_vec(),
    };
    let printed = training::render(&TrainingPaper {
        module: &module,
        parts: &parts,
        langs: language.languages(),
        chapter_name: &settings.settings.name,
        paper: request.paper.unwrap_or(settings.settings.paper_size),
        printed_on: settings.settings.today_at(now),
        is_sample: settings.is_sample,
        booklet: request.booklet,
    })?;
    let title = module.title_in(language.languages());
    let what = request.part.map_or("module", Part::code);
    saved::save(&db_path, to, &names::training(title, what), &printed)
}

#[derive(Debug, Clone, Deserialize, TS)]
pub struct CallSheetRequest {
    pub module: ModuleId,
    /// `null`: the chapter's own choice.
    pub lang: Option<LanguageChoice>,
    /// `null`: the chapter's paper size.
    pub paper: Option<PaperSize>,
}

/// The people who still need a module, on paper to call them from.
pub fn print_call_sheet(
    chapter: &impl ChapterAccess,
    request: &CallSheetRequest,
    to: SaveTo<'_>,
    now: DateTime<Utc>,
) -> Result<PrintedFile> {
    let (settings, module, invitations, levels, db_path) = chapter.with_db(|db| {
        Ok((
            chapter_for_printing(db)?,
            store::get(db.conn(), request.module)?,
            skills::who_needs(db.conn(), request.module)?,
            ladder::levels(db.conn())?,
            db_file(db),
        ))
    })?;
    let language = request
        .lang
        .unwrap_or(settings.settings.default_language_choice());
    let catalogs = Catalog::all_of(language);
    let titles: Vec<String> = language
        .languages()
        .iter()
        .map(|l| module.title_in(&[*l]).to_owned())
        .collect();
    let printed = call_sheet::render(&CallSheetPaper {
        module_titles: &titles,
        invitations: &invitations,
        levels: &levels,
        chapter_name: &settings.settings.name,
        paper: request.paper.unwrap_or(settings.settings.paper_size),
        catalogs: &catalogs,
        printed_on: settings.settings.today_at(now),
        is_sample: settings.is_sample,
    })?;
    let title = module.title_in(language.languages());
    saved::save(
        &db_path,
        to,
        &names::training(title, "call-sheet"),
        &printed,
    )
}
