//! Adding, changing, moving and removing a map's nodes. Each write is one transaction and
//! marks the map as changed.

use chrono::{DateTime, Utc};
use rusqlite::{params, Transaction};

use super::model::{MapNode, NodeInput, NodeMove, ALIGNMENT, POWER};
use super::store::{self, map_of_node, node_row, touch, NODE_COLUMNS};
use crate::db::codes::to_code;
use crate::db::{timestamp, Database};
use crate::ids::{MapId, NodeId};
use crate::text::trimmed;
use crate::{msg, CoreError, Result};

/// `input` with its label and notes tidied, once it is known to be a node that can be drawn:
/// a label, a place inside the grid, and at most one record it stands for, which exists.
pub(crate) fn checked(tx: &Transaction<'_>, input: NodeInput) -> Result<NodeInput> {
    let label = input.label.trim().to_owned();
    if label.is_empty() {
        return Err(
            CoreError::invalid(msg!("field-label"), msg!("node-label-missing")).at("label"),
        );
    }
    if !ALIGNMENT.contains(&input.alignment) {
        return Err(
            CoreError::invalid(msg!("field-alignment"), msg!("node-alignment-range"))
                .at("alignment"),
        );
    }
    if !POWER.contains(&input.power) {
        return Err(CoreError::invalid(msg!("field-power"), msg!("node-power-range")).at("power"));
    }
    if input.person_id.is_some() && input.organization_id.is_some() {
        return Err(
            CoreError::invalid(msg!("field-record"), msg!("node-one-record")).at("person_id"),
        );
    }
    if let Some(person) = input.person_id {
        crate::people::store::get(tx, person).map_err(|e| e.at("person_id"))?;
    }
    if let Some(org) = input.organization_id {
        crate::orgs::store::check_exists(tx, org).map_err(|e| e.at("organization_id"))?;
    }
    Ok(NodeInput {
        label,
        notes: trimmed(&input.notes),
        ..input
    })
}

/// Writes a node already [`checked`].
pub(crate) fn insert(
    tx: &Transaction<'_>,
    map: MapId,
    node: &NodeInput,
    at: &str,
) -> Result<NodeId> {
    let id = NodeId::new();
    tx.prepare_cached(
        "INSERT INTO map_node (id, map_id, label, kind, person_id, organization_id, alignment,
                               power, judged, is_target, notes, created_at, updated_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?12)",
    )?
    .execute(params![
        id,
        map,
        node.label,
        to_code(&node.kind),
        node.person_id,
        node.organization_id,
        node.alignment,
        node.power,
        node.judged,
        node.is_target,
        node.notes,
        at
    ])?;
    Ok(id)
}

fn get(tx: &Transaction<'_>, id: NodeId) -> Result<MapNode> {
    Ok(tx
        .prepare_cached(&format!(
            "SELECT {NODE_COLUMNS} FROM map_node WHERE id = ?1"
        ))?
        .query_row(params![id], node_row)?)
}

pub fn add(db: &mut Database, map: MapId, input: NodeInput, now: DateTime<Utc>) -> Result<MapNode> {
    db.write(|tx| {
        store::get(tx, map)?;
        let input = checked(tx, input)?;
        let at = timestamp::to_text(now);
        let id = insert(tx, map, &input, &at)?;
        touch(tx, map, &at)?;
        get(tx, id)
    })
}

/// Changes what a node says of itself (its label, kind, record, place, target mark, notes).
pub fn update(
    db: &mut Database,
    id: NodeId,
    input: NodeInput,
    now: DateTime<Utc>,
) -> Result<MapNode> {
    db.write(|tx| {
        let map = map_of_node(tx, id)?;
        let n = checked(tx, input)?;
        let at = timestamp::to_text(now);
        tx.prepare_cached(
            "UPDATE map_node SET label = ?2, kind = ?3, person_id = ?4, organization_id = ?5,
                    alignment = ?6, power = ?7, judged = ?8, is_target = ?9, notes = ?10,
                    updated_at = ?11
             WHERE id = ?1",
        )?
        .execute(params![
            id,
            n.label,
            to_code(&n.kind),
            n.person_id,
            n.organization_id,
            n.alignment,
            n.power,
            n.judged,
            n.is_target,
            n.notes,
            at
        ])?;
        touch(tx, map, &at)?;
        get(tx, id)
    })
}

/// Places nodes where they were dragged (all of one map; several when several were
/// selected), clamped to the grid. A node placed by hand has been judged.
pub fn move_to(db: &mut Database, moves: &[NodeMove], now: DateTime<Utc>) -> Result<()> {
    let clamp = |v: f64, range: &std::ops::RangeInclusive<f64>| {
        if v.is_finite() {
            v.clamp(*range.start(), *range.end())
        } else {
            *range.start()
        }
    };
    db.write(|tx| {
        let at = timestamp::to_text(now);
        let mut maps = Vec::new();
        let mut place = tx.prepare_cached(
            "UPDATE map_node SET alignment = ?2, power = ?3, judged = 1, updated_at = ?4
             WHERE id = ?1",
        )?;
        for m in moves {
            let map = map_of_node(tx, m.id)?;
            if !maps.contains(&map) {
                maps.push(map);
            }
            place.execute(params![
                m.id,
                clamp(m.alignment, &ALIGNMENT),
                clamp(m.power, &POWER),
                at
            ])?;
        }
        for map in maps {
            touch(tx, map, &at)?;
        }
        Ok(())
    })
}

/// Removes a node and the edges that touch it.
pub fn remove(db: &mut Database, id: NodeId, now: DateTime<Utc>) -> Result<()> {
    db.write(|tx| {
        let map = map_of_node(tx, id)?;
        tx.prepare_cached("DELETE FROM map_node WHERE id = ?1")?
            .execute(params![id])?;
        touch(tx, map, &timestamp::to_text(now))
    })
}
