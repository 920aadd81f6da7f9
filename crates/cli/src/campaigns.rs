//! `campaigns`, `import-map` and `export map`: campaigns and their power maps, and maps from and
//! to other tools. The subcommands' arguments live here rather than in `args.rs`, which holds
//! the older areas'.

use std::cell::RefCell;
use std::path::{Path, PathBuf};

use chrono::Utc;
use clap::{Subcommand, ValueEnum};
use groundwork_core::campaigns::{store, CampaignInput};
use groundwork_core::ids::{CampaignId, MapId};
use groundwork_core::settings::{LanguageChoice, PaperSize};
use groundwork_workflows::documents::power_map::{self, PowerMapRequest};
use groundwork_workflows::documents::strategy_chart::{self, StrategyChartRequest};
use groundwork_workflows::documents::SaveTo;
use groundwork_workflows::lists::ExportTo;
use groundwork_workflows::maps::{self as workflow, MapFormat};
use serde::Serialize;

use crate::args::ExportFormat;
use crate::chapter_file::{chapter_of, open};
use crate::choices::parse_id;
use crate::failure::Failure;
use crate::output::{csv_out, say};

#[derive(Subcommand)]
pub enum Campaigns {
    /// Start a campaign; prints its id.
    Add {
        #[arg(long)]
        name: String,
        /// The issue it takes up, in the chapter's words.
        #[arg(long)]
        issue: Option<String>,
    },
    /// Every campaign, newest first, with its maps' ids.
    List {
        #[arg(long, value_enum, default_value_t = ExportFormat::Json)]
        format: ExportFormat,
    },
}

/// The forms `export map` writes.
#[derive(Clone, Copy, ValueEnum)]
pub enum MapFormatArg {
    /// Groundwork's JSON: nodes with their power and alignment, and edges.
    Json,
    /// A Kumu JSON blueprint.
    Kumu,
    /// A picture of the map, as printed.
    Svg,
}

/// One line of `campaigns list`.
#[derive(Serialize)]
struct Listed {
    id: String,
    name: String,
    issue: Option<String>,
    maps: Vec<String>,
}

pub(crate) fn campaign_id(text: &str) -> Result<CampaignId, Failure> {
    Ok(CampaignId(parse_id(text, "a campaign", "campaigns list")?))
}

pub(crate) fn map_id(text: &str) -> Result<MapId, Failure> {
    Ok(MapId(parse_id(text, "a map", "campaigns list")?))
}

pub fn run(db_path: &Path, what: Campaigns) -> Result<(), Failure> {
    match what {
        Campaigns::Add { name, issue } => {
            let mut db = open(db_path)?;
            let input = CampaignInput {
                name,
                issue,
                project_id: None,
            };
            let campaign = store::create(&mut db, input, false, Utc::now())?;
            say!("{}", campaign.id);
        }
        Campaigns::List { format } => {
            let db = open(db_path)?;
            let listed: Vec<Listed> = store::list(db.conn())?
                .into_iter()
                .map(|c| Listed {
                    id: c.id.to_string(),
                    name: c.fields.name,
                    issue: c.fields.issue,
                    maps: c.maps.iter().map(|m| m.id.to_string()).collect(),
                })
                .collect();
            match format {
                ExportFormat::Json => say!("{}", serde_json::to_string_pretty(&listed)?),
                ExportFormat::Csv => csv_out(|w| {
                    w.write_record(["id", "name", "issue", "maps"])?;
                    for c in &listed {
                        w.write_record([
                            c.id.as_str(),
                            &c.name,
                            c.issue.as_deref().unwrap_or(""),
                            &c.maps.join(";"),
                        ])?;
                    }
                    Ok(())
                })?,
            }
        }
    }
    Ok(())
}

/// `import-map FILE [--campaign ID]`: prints the new map's id and what it holds.
pub fn import_map(db_path: &Path, file: &Path, campaign: Option<String>) -> Result<(), Failure> {
    let campaign = campaign.as_deref().map(campaign_id).transpose()?;
    let chapter = RefCell::new(open(db_path)?);
    let map = workflow::import_file(&chapter, file, campaign, false, Utc::now())?;
    say!(
        "{}: {} nodes, {} edges",
        map.id,
        map.nodes.len(),
        map.edges.len()
    );
    Ok(())
}

/// `export map --map ID --format json|kumu|svg [--out FILE]`.
pub fn export_map(
    db_path: &Path,
    map: &str,
    format: MapFormatArg,
    out: Option<PathBuf>,
) -> Result<(), Failure> {
    let map = map_id(map)?;
    let format = match format {
        MapFormatArg::Json => MapFormat::Json,
        MapFormatArg::Kumu => MapFormat::Kumu,
        MapFormatArg::Svg => MapFormat::Svg,
    };
    let chapter = RefCell::new(open(db_path)?);
    let mut stdout = std::io::stdout();
    let to = match &out {
        Some(path) => ExportTo::File(path),
        None => ExportTo::Stream(&mut stdout),
    };
    let (_, nodes) = workflow::export(&chapter, map, format, to)?;
    // The summary goes to standard error so standard output stays the file itself.
    let to = out
        .as_ref()
        .map(|p| format!(" to {}", p.display()))
        .unwrap_or_default();
    eprintln!("Exported a map of {nodes} nodes{to}");
    Ok(())
}

/// `print power-map --map ID --out FILE.pdf [--lang …] [--paper …] [--tiles N]`.
pub fn print_map(
    db_path: &Path,
    map: &str,
    out: &Path,
    lang: Option<LanguageChoice>,
    paper: Option<PaperSize>,
    tiles: Option<u8>,
) -> Result<(), Failure> {
    let map = map_id(map)?;
    let db = open(db_path)?;
    chapter_of(&db)?;
    let request = PowerMapRequest {
        map,
        lang,
        paper,
        tiles,
    };
    let printed = power_map::print(&RefCell::new(db), &request, SaveTo::File(out), Utc::now())?;
    let unit = if printed.pages == 1 { "page" } else { "pages" };
    say!("Wrote {} ({} {unit})", out.display(), printed.pages);
    Ok(())
}

/// `print strategy-chart --campaign ID --out FILE.pdf [--lang …] [--paper …]`.
pub fn print_chart(
    db_path: &Path,
    campaign: &str,
    out: &Path,
    lang: Option<LanguageChoice>,
    paper: Option<PaperSize>,
) -> Result<(), Failure> {
    let campaign = campaign_id(campaign)?;
    let db = open(db_path)?;
    chapter_of(&db)?;
    let request = StrategyChartRequest {
        campaign,
        lang,
        paper,
    };
    let printed =
        strategy_chart::print(&RefCell::new(db), &request, SaveTo::File(out), Utc::now())?;
    let unit = if printed.pages == 1 { "page" } else { "pages" };
    say!("Wrote {} ({} {unit})", out.display(), printed.pages);
    Ok(())
}
