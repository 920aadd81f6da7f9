//! A power map on paper: one landscape page for the chapter meeting's table, or a poster of
//! several sheets for its wall.

use chrono::{DateTime, Utc};
use groundwork_core::ids::MapId;
use groundwork_core::power_map::{paths, store};
use groundwork_core::settings::{LanguageChoice, PaperSize};
use groundwork_print::catalog::Catalog;
use groundwork_print::power_map::pdf::{self, PrintedMap};
use groundwork_print::power_map::MapPaper;
use serde::Deserialize;
use ts_rs::TS;

use super::saved::{self, names, PrintedFile, SaveTo};
use crate::access::{chapter_for_printing, db_file, ChapterAccess};
use crate::Result;

#[derive(Debug, Clone, Deserialize, TS)]
pub struct PowerMapRequest {
    pub map: MapId,
    /// `null`: the chapter's own choice.
    pub lang: Option<LanguageChoice>,
    /// `null`: the chapter's paper size.
    pub paper: Option<PaperSize>,
    /// A poster this many sheets across and down; `null` or 1: one page.
    #[serde(default)]
    pub tiles: Option<u8>,
}

pub fn print(
    chapter: &impl ChapterAccess,
    request: &PowerMapRequest,
    to: SaveTo<'_>,
    now: DateTime<Utc>,
) -> Result<PrintedFile> {
    let (settings, map, reach, db_path) = chapter.with_db(|db| {
        Ok((
            chapter_for_printing(db)?,
            store::get(db.conn(), request.map)?,
            paths::of_map(db.conn(), request.map)?,
            db_file(db),
        ))
    })?;
    let language = request
        .lang
        .unwrap_or(settings.settings.default_language_choice());
    let catalogs = Catalog::all_of(language);
    let today = settings.settings.today_at(now);
    let printed = pdf::render(&PrintedMap {
        paper: MapPaper {
            map: &map,
            paths: &reach,
            chapter_name: &settings.settings.name,
            paper: request.paper.unwrap_or(settings.settings.paper_size),
            catalogs: &catalogs,
            framed: None,
            named: false,
        },
        printed_on: today,
        is_sample: settings.is_sample,
        tiles: request.tiles.unwrap_or(1),
    })?;
    saved::save(&db_path, to, &names::power_map(&map.name), &printed)
}
