//! Reading and writing power maps as a whole: making one, reading one with its nodes and
//! edges, renaming, deleting, and writing an imported map in one transaction.

use chrono::{DateTime, Utc};
use rusqlite::{params, Connection, OptionalExtension, Row, Transaction};

use super::edges;
use super::model::{EdgeInput, MapEdge, MapNode, NodeInput, PowerMap};
use super::nodes;
use crate::db::codes::column;
use crate::db::{timestamp, Database};
use crate::ids::{CampaignId, EdgeId, MapId, NodeId, ProjectId};
use crate::{msg, CoreError, Result};

pub fn not_found(id: MapId) -> CoreError {
    CoreError::NotFound {
        what: msg!("thing-power-map", id = id.to_string()),
    }
}

fn checked_name(name: &str) -> Result<String> {
    let name = name.trim();
    if name.is_empty() {
        return Err(CoreError::invalid(msg!("field-name"), msg!("map-name-missing")).at("name"));
    }
    Ok(name.to_owned())
}

/// A new map, and what it starts with: nodes, and edges between them by their places in
/// `nodes`. Written in one transaction; a refusal names the node or edge (`nodes.N.label`,
/// `edges.N.to`) and keeps nothing.
pub struct NewMap<'a> {
    pub campaign: Option<CampaignId>,
    pub name: &'a str,
    pub source: &'a str,
    pub nodes: Vec<NodeInput>,
    pub edges: Vec<NewEdge>,
    pub is_sample: bool,
}

/// An edge of a map being made, between two of its nodes by their places.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NewEdge {
    pub from: usize,
    pub to: usize,
    pub label: Option<String>,
    pub strength: Option<u8>,
    pub direction: super::Direction,
}

pub fn create(db: &mut Database, new: NewMap<'_>, now: DateTime<Utc>) -> Result<PowerMap> {
    let id = db.write(|tx| insert(tx, new, now))?;
    get(db.conn(), id)
}

/// Writes a new map inside the caller's transaction.
pub(crate) fn insert(tx: &Transaction<'_>, new: NewMap<'_>, now: DateTime<Utc>) -> Result<MapId> {
    let name = checked_name(new.name)?;
    if let Some(campaign) = new.campaign {
        crate::campaigns::store::get(tx, campaign)?;
    }
    let id = MapId::new();
    let at = timestamp::to_text(now);
    tx.prepare_cached(
        "INSERT INTO power_map (id, campaign_id, name, source, is_sample, created_at, updated_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?6)",
    )?
    .execute(params![
        id,
        new.campaign,
        name,
        new.source,
        new.is_sample,
        at
    ])?;
    let mut node_ids = Vec::with_capacity(new.nodes.len());
    for (i, node) in new.nodes.into_iter().enumerate() {
        let node = nodes::checked(tx, node).map_err(|e| e.within(format!("nodes.{i}")))?;
        node_ids.push(nodes::insert(tx, id, &node, &at)?);
    }
    for (i, edge) in new.edges.into_iter().enumerate() {
        let ends = (node_ids.get(edge.from), node_ids.get(edge.to));
        let (Some(&from), Some(&to)) = ends else {
            return Err(
                CoreError::invalid(msg!("field-edge"), msg!("edge-end-missing"))
                    .at(format!("edges.{i}.to")),
            );
        };
        let input = EdgeInput {
            from,
            to,
            label: edge.label,
            strength: edge.strength,
            direction: edge.direction,
        };
        let input = edges::checked(tx, id, input).map_err(|e| e.within(format!("edges.{i}")))?;
        edges::insert(tx, id, &input, &at)?;
    }
    Ok(id)
}

pub fn rename(db: &mut Database, id: MapId, name: &str, now: DateTime<Utc>) -> Result<PowerMap> {
    let name = checked_name(name)?;
    db.write(|tx| {
        let changed = tx
            .prepare_cached("UPDATE power_map SET name = ?2, updated_at = ?3 WHERE id = ?1")?
            .execute(params![id, name, timestamp::to_text(now)])?;
        if changed == 0 {
            return Err(not_found(id));
        }
        Ok(())
    })?;
    get(db.conn(), id)
}

/// Gives a map (an imported one) to a campaign, or takes it from one.
pub fn set_campaign(
    db: &mut Database,
    id: MapId,
    campaign: Option<CampaignId>,
    now: DateTime<Utc>,
) -> Result<PowerMap> {
    db.write(|tx| {
        if let Some(campaign) = campaign {
            crate::campaigns::store::get(tx, campaign)?;
        }
        let changed = tx
            .prepare_cached("UPDATE power_map SET campaign_id = ?2, updated_at = ?3 WHERE id = ?1")?
            .execute(params![id, campaign, timestamp::to_text(now)])?;
        if changed == 0 {
            return Err(not_found(id));
        }
        Ok(())
    })?;
    get(db.conn(), id)
}

/// Deletes a map with its nodes and edges (the records they stood for stay).
pub fn delete(db: &mut Database, id: MapId) -> Result<()> {
    db.write(|tx| {
        let gone = tx
            .prepare_cached("DELETE FROM power_map WHERE id = ?1")?
            .execute(params![id])?;
        if gone == 0 {
            return Err(not_found(id));
        }
        Ok(())
    })
}

/// Marks the map as changed now (after a node or edge was written).
pub(crate) fn touch(tx: &Transaction<'_>, id: MapId, at: &str) -> Result<()> {
    tx.prepare_cached("UPDATE power_map SET updated_at = ?2 WHERE id = ?1")?
        .execute(params![id, at])?;
    Ok(())
}

pub fn get(conn: &Connection, id: MapId) -> Result<PowerMap> {
    let found = conn
        .prepare_cached(
            "SELECT campaign_id, name, source, is_sample, created_at, updated_at
             FROM power_map WHERE id = ?1",
        )?
        .query_row(params![id], |r| {
            Ok(PowerMap {
                id,
                campaign_id: r.get(0)?,
                name: r.get(1)?,
                source: r.get(2)?,
                nodes: Vec::new(),
                edges: Vec::new(),
                is_sample: r.get(3)?,
                created_at: r.get(4)?,
                updated_at: r.get(5)?,
            })
        })
        .optional()?;
    let mut map = found.ok_or_else(|| not_found(id))?;
    map.nodes = conn
        .prepare_cached(&format!(
            "SELECT {NODE_COLUMNS} FROM map_node WHERE map_id = ?1 ORDER BY created_at, id"
        ))?
        .query_map(params![id], node_row)?
        .collect::<rusqlite::Result<_>>()?;
    map.edges = conn
        .prepare_cached(&format!(
            "SELECT {EDGE_COLUMNS} FROM map_edge WHERE map_id = ?1 ORDER BY created_at, id"
        ))?
        .query_map(params![id], edge_row)?
        .collect::<rusqlite::Result<_>>()?;
    Ok(map)
}

/// The maps of the campaigns a project runs, campaign by campaign, each campaign's maps
/// oldest first: what a grant application for the project shows of the campaign.
pub fn of_project(conn: &Connection, project: ProjectId) -> Result<Vec<MapId>> {
    Ok(conn
        .prepare_cached(
            "SELECT m.id FROM power_map m JOIN campaign c ON c.id = m.campaign_id
             WHERE c.project_id = ?1
             ORDER BY c.created_at, c.id, m.created_at, m.id",
        )?
        .query_map(params![project], |r| r.get(0))?
        .collect::<rusqlite::Result<_>>()?)
}

/// The map a node is on.
pub(crate) fn map_of_node(conn: &Connection, node: NodeId) -> Result<MapId> {
    conn.prepare_cached("SELECT map_id FROM map_node WHERE id = ?1")?
        .query_row(params![node], |r| r.get(0))
        .optional()?
        .ok_or_else(|| CoreError::NotFound {
            what: msg!("thing-map-node", id = node.to_string()),
        })
}

/// The map an edge is on.
pub(crate) fn map_of_edge(conn: &Connection, edge: EdgeId) -> Result<MapId> {
    conn.prepare_cached("SELECT map_id FROM map_edge WHERE id = ?1")?
        .query_row(params![edge], |r| r.get(0))
        .optional()?
        .ok_or_else(|| CoreError::NotFound {
            what: msg!("thing-map-edge", id = edge.to_string()),
        })
}

pub(crate) const NODE_COLUMNS: &str =
    "id, label, kind, person_id, organization_id, alignment, power, judged, is_target, notes";

pub(crate) fn node_row(r: &Row<'_>) -> rusqlite::Result<MapNode> {
    Ok(MapNode {
        id: r.get(0)?,
        fields: NodeInput {
            label: r.get(1)?,
            kind: column(r.get(2)?)?,
            person_id: r.get(3)?,
            organization_id: r.get(4)?,
            alignment: r.get(5)?,
            power: r.get(6)?,
            judged: r.get(7)?,
            is_target: r.get(8)?,
            notes: r.get(9)?,
        },
    })
}

const EDGE_COLUMNS: &str = "id, from_id, to_id, label, strength, direction";

fn edge_row(r: &Row<'_>) -> rusqlite::Result<MapEdge> {
    Ok(MapEdge {
        id: r.get(0)?,
        fields: EdgeInput {
            from: r.get(1)?,
            to: r.get(2)?,
            label: r.get(3)?,
            strength: r.get(4)?,
            direction: column(r.get(5)?)?,
        },
    })
}
