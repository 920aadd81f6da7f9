//! Drawing, changing and removing the relationships between a map's nodes.

use chrono::{DateTime, Utc};
use rusqlite::{params, Transaction};

use super::model::{EdgeInput, MapEdge};
use super::store::{self, map_of_edge, map_of_node, touch};
use crate::db::codes::to_code;
use crate::db::{timestamp, Database};
use crate::ids::{EdgeId, MapId};
use crate::text::trimmed;
use crate::{msg, CoreError, Result};

/// `input` tidied, once both ends are nodes of `map`, two different ones, and the strength
/// (when given) is 1 to 5.
pub(crate) fn checked(tx: &Transaction<'_>, map: MapId, input: EdgeInput) -> Result<EdgeInput> {
    for (end, key) in [(input.from, "from"), (input.to, "to")] {
        if map_of_node(tx, end).ok() != Some(map) {
            return Err(CoreError::invalid(msg!("field-edge"), msg!("edge-end-missing")).at(key));
        }
    }
    if input.from == input.to {
        return Err(CoreError::invalid(msg!("field-edge"), msg!("edge-to-itself")).at("to"));
    }
    if input.strength.is_some_and(|s| !(1..=5).contains(&s)) {
        return Err(
            CoreError::invalid(msg!("field-strength"), msg!("edge-strength-range")).at("strength"),
        );
    }
    Ok(EdgeInput {
        label: trimmed(&input.label),
        ..input
    })
}

/// Writes an edge already [`checked`].
pub(crate) fn insert(
    tx: &Transaction<'_>,
    map: MapId,
    edge: &EdgeInput,
    at: &str,
) -> Result<EdgeId> {
    let id = EdgeId::new();
    tx.prepare_cached(
        "INSERT INTO map_edge (id, map_id, from_id, to_id, label, strength, direction,
                               created_at, updated_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?8)",
    )?
    .execute(params![
        id,
        map,
        edge.from,
        edge.to,
        edge.label,
        edge.strength,
        to_code(&edge.direction),
        at
    ])?;
    Ok(id)
}

pub fn add(db: &mut Database, map: MapId, input: EdgeInput, now: DateTime<Utc>) -> Result<MapEdge> {
    db.write(|tx| {
        store::get(tx, map)?;
        let fields = checked(tx, map, input)?;
        let at = timestamp::to_text(now);
        let id = insert(tx, map, &fields, &at)?;
        touch(tx, map, &at)?;
        Ok(MapEdge { id, fields })
    })
}

pub fn update(
    db: &mut Database,
    id: EdgeId,
    input: EdgeInput,
    now: DateTime<Utc>,
) -> Result<MapEdge> {
    db.write(|tx| {
        let map = map_of_edge(tx, id)?;
        let fields = checked(tx, map, input)?;
        let at = timestamp::to_text(now);
        tx.prepare_cached(
            "UPDATE map_edge SET from_id = ?2, to_id = ?3, label = ?4, strength = ?5,
                    direction = ?6, updated_at = ?7
             WHERE id = ?1",
        )?
        .execute(params![
            id,
            fields.from,
            fields.to,
            fields.label,
            fields.strength,
            to_code(&fields.direction),
            at
        ])?;
        touch(tx, map, &at)?;
        Ok(MapEdge { id, fields })
    })
}

pub fn remove(db: &mut Database, id: EdgeId, now: DateTime<Utc>) -> Result<()> {
    db.write(|tx| {
        let map = map_of_edge(tx, id)?;
        tx.prepare_cached("DELETE FROM map_edge WHERE id = ?1")?
            .execute(params![id])?;
        touch(tx, map, &timestamp::to_text(now))
    })
}
