//! Campaigns, their strategy charts, and their power maps: the nodes and relationships drawn
//! on the canvas, our paths in, and maps from and to other tools.

use std::path::Path;

use chrono::Utc;
use groundwork_core::campaigns::{store, Campaign, CampaignInput, ChartItemInput};
use groundwork_core::ids::{CampaignId, EdgeId, MapId, NodeId};
use groundwork_core::power_map::connections::{self, Added};
use groundwork_core::power_map::paths::{self, PathIn};
use groundwork_core::power_map::store::{self as maps, NewMap};
use groundwork_core::power_map::{
    edges, nodes, EdgeInput, MapEdge, MapNode, NodeInput, NodeMove, PowerMap,
};
use groundwork_workflows::documents::power_map::{self, PowerMapRequest};
use groundwork_workflows::documents::strategy_chart::{self, StrategyChartRequest};
use groundwork_workflows::documents::{PrintedFile, SaveTo};
use groundwork_workflows::lists::ExportTo;
use groundwork_workflows::maps::{self as workflow, MapFormat};
use serde::Serialize;
use tauri::{AppHandle, State};
use ts_rs::TS;

use super::files::{choose_open_path, choose_save_path, worded};
use crate::error::IpcResult;
use crate::state::AppState;

/// A map as the canvas shows it: its nodes and relationships, and who in the chapter can
/// reach each node.
#[derive(Debug, Clone, Serialize, TS)]
pub struct MapView {
    pub map: PowerMap,
    pub paths: Vec<PathIn>,
}

#[tauri::command(async)]
pub fn list_campaigns(state: State<'_, AppState>) -> IpcResult<Vec<Campaign>> {
    Ok(store::list(state.reads()?.conn())?)
}

#[tauri::command(async)]
pub fn get_campaign(state: State<'_, AppState>, id: CampaignId) -> IpcResult<Campaign> {
    Ok(store::get(state.reads()?.conn(), id)?)
}

#[tauri::command(async)]
pub fn create_campaign(state: State<'_, AppState>, input: CampaignInput) -> IpcResult<Campaign> {
    let mut session = state.session()?;
    let is_sample = session.is_sample;
    Ok(store::create(
        &mut session.db,
        input,
        is_sample,
        Utc::now(),
    )?)
}

#[tauri::command(async)]
pub fn update_campaign(
    state: State<'_, AppState>,
    id: CampaignId,
    input: CampaignInput,
) -> IpcResult<Campaign> {
    Ok(store::update(
        &mut state.session()?.db,
        id,
        input,
        Utc::now(),
    )?)
}

/// Saves the whole strategy chart as the editor holds it.
#[tauri::command(async)]
pub fn save_strategy_chart(
    state: State<'_, AppState>,
    id: CampaignId,
    items: Vec<ChartItemInput>,
) -> IpcResult<Campaign> {
    Ok(store::save_chart(
        &mut state.session()?.db,
        id,
        &items,
        Utc::now(),
    )?)
}

fn view(state: &AppState, id: MapId) -> IpcResult<MapView> {
    let reads = state.reads()?;
    Ok(MapView {
        map: maps::get(reads.conn(), id)?,
        paths: paths::of_map(reads.conn(), id)?,
    })
}

#[tauri::command(async)]
pub fn get_map(state: State<'_, AppState>, id: MapId) -> IpcResult<MapView> {
    view(&state, id)
}

/// A new, empty map for a campaign.
#[tauri::command(async)]
pub fn create_map(
    state: State<'_, AppState>,
    campaign: CampaignId,
    name: String,
) -> IpcResult<MapView> {
    let id = {
        let mut session = state.session()?;
        let new = NewMap {
            campaign: Some(campaign),
            name: &name,
            source: "groundwork",
            nodes: Vec::new(),
            edges: Vec::new(),
            is_sample: session.is_sample,
        };
        maps::create(&mut session.db, new, Utc::now())?.id
    };
    view(&state, id)
}

#[tauri::command(async)]
pub fn rename_map(state: State<'_, AppState>, id: MapId, name: String) -> IpcResult<MapView> {
    maps::rename(&mut state.session()?.db, id, &name, Utc::now())?;
    view(&state, id)
}

#[tauri::command(async)]
pub fn delete_map(state: State<'_, AppState>, id: MapId) -> IpcResult<()> {
    Ok(maps::delete(&mut state.session()?.db, id)?)
}

#[tauri::command(async)]
pub fn add_map_node(
    state: State<'_, AppState>,
    map: MapId,
    input: NodeInput,
) -> IpcResult<MapNode> {
    Ok(nodes::add(
        &mut state.session()?.db,
        map,
        input,
        Utc::now(),
    )?)
}

#[tauri::command(async)]
pub fn update_map_node(
    state: State<'_, AppState>,
    id: NodeId,
    input: NodeInput,
) -> IpcResult<MapNode> {
    Ok(nodes::update(
        &mut state.session()?.db,
        id,
        input,
        Utc::now(),
    )?)
}

/// Nodes dragged (or moved with the arrow keys) to new places, all at once.
#[tauri::command(async)]
pub fn move_map_nodes(state: State<'_, AppState>, moves: Vec<NodeMove>) -> IpcResult<()> {
    Ok(nodes::move_to(
        &mut state.session()?.db,
        &moves,
        Utc::now(),
    )?)
}

#[tauri::command(async)]
pub fn remove_map_node(state: State<'_, AppState>, id: NodeId) -> IpcResult<()> {
    Ok(nodes::remove(&mut state.session()?.db, id, Utc::now())?)
}

#[tauri::command(async)]
pub fn add_map_edge(
    state: State<'_, AppState>,
    map: MapId,
    input: EdgeInput,
) -> IpcResult<MapEdge> {
    Ok(edges::add(
        &mut state.session()?.db,
        map,
        input,
        Utc::now(),
    )?)
}

#[tauri::command(async)]
pub fn update_map_edge(
    state: State<'_, AppState>,
    id: EdgeId,
    input: EdgeInput,
) -> IpcResult<MapEdge> {
    Ok(edges::update(
        &mut state.session()?.db,
        id,
        input,
        Utc::now(),
    )?)
}

#[tauri::command(async)]
pub fn remove_map_edge(state: State<'_, AppState>, id: EdgeId) -> IpcResult<()> {
    Ok(edges::remove(&mut state.session()?.db, id, Utc::now())?)
}

/// "Add this one's connections": what the records know around a node comes onto its map.
#[tauri::command(async)]
pub fn add_node_connections(state: State<'_, AppState>, id: NodeId) -> IpcResult<Added> {
    Ok(connections::add_around(
        &mut state.session()?.db,
        id,
        Utc::now(),
    )?)
}

/// Asks for a Kumu or Oligrapher file and imports it as a new map of `campaign`. `None` when
/// the dialog was closed.
#[tauri::command(async)]
pub fn import_map_file(
    app: AppHandle,
    state: State<'_, AppState>,
    campaign: Option<CampaignId>,
    title: Option<String>,
    filter: Option<String>,
) -> IpcResult<Option<MapView>> {
    let title = worded(title, "Choose a map from Kumu or Oligrapher");
    let filter = worded(filter, "Map files (JSON)");
    let Some(path) = choose_open_path(&app, &title, (&filter, &["json"]))? else {
        return Ok(None);
    };
    let is_sample = state.session()?.is_sample;
    let map = workflow::import_file(&*state, Path::new(&path), campaign, is_sample, Utc::now())?;
    Ok(Some(view(&state, map.id)?))
}

/// Asks where to save, then writes the map as Groundwork JSON, a Kumu blueprint or SVG.
/// The file's path, or `None` when the dialog was closed.
#[tauri::command(async)]
pub fn export_map_file(
    app: AppHandle,
    state: State<'_, AppState>,
    id: MapId,
    format: MapFormat,
    title: Option<String>,
    filter: Option<String>,
) -> IpcResult<Option<String>> {
    let suggested = workflow::export_file_name(&*state, id, format)?;
    let title = worded(title, "Export the map");
    let filter = worded(
        filter,
        match format {
            MapFormat::Svg => "SVG pictures",
            MapFormat::Json | MapFormat::Kumu => "JSON files",
        },
    );
    let Some(path) = choose_save_path(&app, &title, &suggested, (&filter, format.extension()))?
    else {
        return Ok(None);
    };
    let (written, _) = workflow::export(&*state, id, format, ExportTo::File(Path::new(&path)))?;
    Ok(Some(written))
}

/// The map on paper (a landscape page, then who can reach whom), into the print folder.
#[tauri::command(async)]
pub fn print_power_map(
    state: State<'_, AppState>,
    request: PowerMapRequest,
) -> IpcResult<PrintedFile> {
    Ok(power_map::print(
        &*state,
        &request,
        SaveTo::PrintFolder,
        Utc::now(),
    )?)
}

/// A campaign's strategy chart on paper, into the print folder.
#[tauri::command(async)]
pub fn print_strategy_chart(
    state: State<'_, AppState>,
    request: StrategyChartRequest,
) -> IpcResult<PrintedFile> {
    Ok(strategy_chart::print(
        &*state,
        &request,
        SaveTo::PrintFolder,
        Utc::now(),
    )?)
}
