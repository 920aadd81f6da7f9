//! A canvass on paper: its walk sheets (every turf, its cover and its doors in walking order,
//! with the people known behind each door), and its summary once results are in.

use chrono::{DateTime, Utc};
use groundwork_core::canvass::{canvasses, doors, results, summary, turfs};
use groundwork_core::ids::CanvassId;
use groundwork_core::settings::{LanguageChoice, PaperSize};
use groundwork_print::canvass_summary::{self, CanvassSummaryPaper};
use groundwork_print::catalog::Catalog;
use groundwork_print::walk_sheets::{self, SheetDoor, SheetTurf, WalkSheetsPaper};
use serde::Deserialize;
use ts_rs::TS;

use super::saved::{self, names, PrintedFile, SaveTo};
use crate::access::{chapter_for_printing, db_file, ChapterAccess};
use crate::Result;

#[derive(Debug, Clone, Deserialize, TS)]
pub struct WalkSheetsRequest {
    pub canvass: CanvassId,
    /// `null`: the chapter's own choice.
    pub lang: Option<LanguageChoice>,
    /// `null`: the chapter's paper size.
    pub paper: Option<PaperSize>,
}

pub fn print(
    chapter: &impl ChapterAccess,
    request: &WalkSheetsRequest,
    to: SaveTo<'_>,
    now: DateTime<Utc>,
) -> Result<PrintedFile> {
    let (settings, canvass, sheets, db_path) = chapter.with_db(|db| {
        let canvass = canvasses::get(db.conn(), request.canvass)?;
        let walk = results::list(db.conn(), request.canvass)?;
        let ids: Vec<_> = walk.iter().map(|d| d.door).collect();
        let residents = doors::residents(db.conn(), &ids)?;
        let mut sheets: Vec<SheetTurf> = turfs::list(db.conn(), request.canvass)?
            .into_iter()
            .map(|t| SheetTurf {
                position: t.position,
                name: t.name,
                canvassers: t.canvassers,
                shift: t.shift,
                doors: Vec::new(),
            })
            .collect();
        let order: Vec<_> = turfs::list(db.conn(), request.canvass)?
            .into_iter()
            .map(|t| t.id)
            .collect();
        for (door, people) in walk.into_iter().zip(residents) {
            let turf = order.iter().position(|t| *t == door.turf_id);
            if let Some(sheet) = turf.and_then(|i| sheets.get_mut(i)) {
                sheet.doors.push(SheetDoor {
                    order: door.order,
                    address: door.address,
                    residents: people,
                });
            }
        }
        Ok((chapter_for_printing(db)?, canvass, sheets, db_file(db)))
    })?;
    let language = request
        .lang
        .unwrap_or(settings.settings.default_language_choice());
    let catalogs = Catalog::all_of(language);
    let printed = walk_sheets::render(&WalkSheetsPaper {
        canvass: &canvass.fields.name,
        held_on: canvass.fields.held_on,
        script: canvass.fields.script.as_deref(),
        literature: canvass.fields.literature.as_deref(),
        turfs: &sheets,
        chapter_name: &settings.settings.name,
        paper: request.paper.unwrap_or(settings.settings.paper_size),
        catalogs: &catalogs,
        printed_on: settings.settings.today_at(now),
        is_sample: settings.is_sample,
    })?;
    saved::save(
        &db_path,
        to,
        &names::walk_sheets(&canvass.fields.name),
        &printed,
    )
}

/// How the canvass went, in all and turf by turf.
pub fn print_summary(
    chapter: &impl ChapterAccess,
    request: &WalkSheetsRequest,
    to: SaveTo<'_>,
    now: DateTime<Utc>,
) -> Result<PrintedFile> {
    let (settings, canvass, tally, db_path) = chapter.with_db(|db| {
        Ok((
            chapter_for_printing(db)?,
            canvasses::get(db.conn(), request.canvass)?,
            summary::of(db.conn(), request.canvass)?,
            db_file(db),
        ))
    })?;
    let language = request
        .lang
        .unwrap_or(settings.settings.default_language_choice());
    let catalogs = Catalog::all_of(language);
    let printed = canvass_summary::render(&CanvassSummaryPaper {
        canvass: &canvass.fields.name,
        held_on: canvass.fields.held_on,
        summary: &tally,
        chapter_name: &settings.settings.name,
        paper: request.paper.unwrap_or(settings.settings.paper_size),
        catalogs: &catalogs,
        printed_on: settings.settings.today_at(now),
        is_sample: settings.is_sample,
    })?;
    saved::save(
        &db_path,
        to,
        &names::canvass_summary(&canvass.fields.name),
        &printed,
    )
}
