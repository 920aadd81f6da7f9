//! Power maps in and out: importing another tool's map file, and writing a map as Groundwork
//! JSON, a Kumu blueprint, or an SVG picture, for the window and the command line alike.

use std::path::Path;

use chrono::{DateTime, Utc};
use groundwork_core::ids::{CampaignId, MapId};
use groundwork_core::interop::maps::{self, export};
use groundwork_core::power_map::{paths, store, PowerMap};
use groundwork_core::settings::{LanguageChoice, PaperSize};
use groundwork_print::catalog::Catalog;
use groundwork_print::power_map::{scene, svg, MapPaper};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::access::{chapter_for_printing, ChapterAccess};
use crate::documents::saved::names;
use crate::lists::{write_to, ExportTo};
use crate::Result;

/// The forms a map is written in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum MapFormat {
    /// Groundwork's own JSON: every node with its place on both axes.
    Json,
    /// A Kumu JSON blueprint.
    Kumu,
    /// A picture of the map, as printed.
    Svg,
}

impl MapFormat {
    pub fn extension(self) -> &'static str {
        match self {
            MapFormat::Json | MapFormat::Kumu => "json",
            MapFormat::Svg => "svg",
        }
    }
}

/// Imports the map in a Kumu or Oligrapher file, whole or not at all, into `campaign` if given
/// (`is_sample`: the map goes into the sample chapter, and is marked so).
pub fn import_file(
    chapter: &impl ChapterAccess,
    path: &Path,
    campaign: Option<CampaignId>,
    is_sample: bool,
    now: DateTime<Utc>,
) -> Result<PowerMap> {
    chapter.with_db(|db| Ok(maps::import(db, path, campaign, is_sample, now)?))
}

/// The map drawn as SVG, its words in `lang` (the chapter's own choice when `None`).
pub fn svg_of(
    chapter: &impl ChapterAccess,
    map: MapId,
    lang: Option<LanguageChoice>,
    paper: Option<PaperSize>,
) -> Result<String> {
    let map = chapter.with_db(|db| Ok(store::get(db.conn(), map)?))?;
    drawn(chapter, &map, lang, paper)
}

/// `map` (already read) drawn as SVG, with the chapter's name and the members' paths in.
fn drawn(
    chapter: &impl ChapterAccess,
    map: &PowerMap,
    lang: Option<LanguageChoice>,
    paper: Option<PaperSize>,
) -> Result<String> {
    let (settings, paths) =
        chapter.with_db(|db| Ok((chapter_for_printing(db)?, paths::of_map(db.conn(), map.id)?)))?;
    let language = lang.unwrap_or(settings.settings.default_language_choice());
    let catalogs = Catalog::all_of(language);
    let laid = scene::lay_out(&MapPaper {
        map,
        paths: &paths,
        chapter_name: &settings.settings.name,
        paper: paper.unwrap_or(settings.settings.paper_size),
        catalogs: &catalogs,
        framed: None,
        named: false,
    })?;
    Ok(svg::write(&laid))
}

/// The name a saved copy of the map is offered under: the map's own name, and ".kumu" before
/// the extension for a Kumu blueprint, which is JSON as well.
pub fn export_file_name(
    chapter: &impl ChapterAccess,
    map: MapId,
    format: MapFormat,
) -> Result<String> {
    let name = chapter.with_db(|db| Ok(store::get(db.conn(), map)?.name))?;
    let kumu = if format == MapFormat::Kumu {
        ".kumu"
    } else {
        ""
    };
    Ok(format!(
        "{}{kumu}.{}",
        names::power_map(&name),
        format.extension()
    ))
}

/// Writes a map in `format`, whole or not at all; answers how many nodes it holds.
pub fn export(
    chapter: &impl ChapterAccess,
    map: MapId,
    format: MapFormat,
    to: ExportTo<'_>,
) -> Result<(String, u32)> {
    let read = chapter.with_db(|db| Ok(store::get(db.conn(), map)?))?;
    let bytes = match format {
        MapFormat::Json => pretty(&export::to_json(&read)),
        MapFormat::Kumu => pretty(&export::to_kumu(&read)),
        MapFormat::Svg => drawn(chapter, &read, None, None)?.into_bytes(),
    };
    let path = write_to(to, &bytes)?;
    Ok((path, read.nodes.len() as u32))
}

fn pretty(value: &serde_json::Value) -> Vec<u8> {
    let mut bytes = serde_json::to_vec_pretty(value).unwrap_or_default();
    bytes.push(b'\n');
    bytes
}
