//! A canvass on paper: its walk sheets (every turf, its cover and its doors in walking order,
//! with the people known behind each door), and its summary once results are in.

use chrono::{DateTime, Utc};
use groundwork_core::canvass::door_survey::{self, DoorQuestions};
use groundwork_core::canvass::{canvasses, doors, going_back, results, summary, turfs};
use groundwork_core::ids::CanvassId;
use groundwork_core::needs::survey::Texts;
use groundwork_core::settings::{LanguageChoice, PaperSize};
use groundwork_print::canvass_summary::{self, CanvassSummaryPaper};
use groundwork_print::catalog::Catalog;
use groundwork_print::walk_sheets::{self, SheetDoor, SheetSurvey, SheetTurf, WalkSheetsPaper};
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

/// A survey text in each language of the paper, falling back to English, then to any.
fn in_langs(catalogs: &[Catalog], texts: &Texts) -> Vec<String> {
    catalogs
        .iter()
        .map(|c| {
            texts
                .get(c.lang().code())
                .or_else(|| texts.get("en"))
                .or_else(|| texts.values().next())
                .cloned()
                .unwrap_or_default()
        })
        .collect()
}

fn sheet_survey(catalogs: &[Catalog], asked: &DoorQuestions) -> SheetSurvey {
    SheetSurvey {
        question: in_langs(catalogs, &asked.question),
        needs: asked
            .needs
            .iter()
            .map(|n| in_langs(catalogs, &n.text))
            .collect(),
    }
}

pub fn print(
    chapter: &impl ChapterAccess,
    request: &WalkSheetsRequest,
    to: SaveTo<'_>,
    now: DateTime<Utc>,
) -> Result<PrintedFile> {
    let (settings, canvass, sheets, asked, db_path) = chapter.with_db(|db| {
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
        Ok((
            chapter_for_printing(db)?,
            canvass,
            sheets,
            door_survey::of(db.conn(), request.canvass)?,
            db_file(db),
        ))
    })?;
    let language = request
        .lang
        .unwrap_or(settings.settings.default_language_choice());
    let catalogs = Catalog::all_of(language);
    let survey = asked.as_ref().map(|a| sheet_survey(&catalogs, a));
    let printed = walk_sheets::render(&WalkSheetsPaper {
        canvass: &canvass.fields.name,
        held_on: canvass.fields.held_on,
        script: canvass.fields.script.as_deref(),
        literature: canvass.fields.literature.as_deref(),
        turfs: &sheets,
        survey: survey.as_ref(),
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
    let (settings, canvass, tally, asked, go_back, db_path) = chapter.with_db(|db| {
        Ok((
            chapter_for_printing(db)?,
            canvasses::get(db.conn(), request.canvass)?,
            summary::of(db.conn(), request.canvass)?,
            door_survey::of(db.conn(), request.canvass)?,
            going_back::of(db.conn(), request.canvass)?,
            db_file(db),
        ))
    })?;
    let language = request
        .lang
        .unwrap_or(settings.settings.default_language_choice());
    let catalogs = Catalog::all_of(language);
    // The needs by their titles in the survey, in the paper's languages.
    let needs: Vec<(Vec<String>, u32)> = tally
        .needs
        .iter()
        .map(|(key, n)| {
            let titles = asked
                .as_ref()
                .and_then(|a| a.needs.iter().find(|need| need.key == *key))
                .map_or_else(|| vec![key.clone()], |need| in_langs(&catalogs, &need.text));
            (titles, *n)
        })
        .collect();
    let printed = canvass_summary::render(&CanvassSummaryPaper {
        canvass: &canvass.fields.name,
        held_on: canvass.fields.held_on,
        summary: &tally,
        needs: &needs,
        assessment: asked.as_ref().map(|a| a.name.as_str()),
        go_back: &go_back,
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
