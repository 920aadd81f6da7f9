//! A canvass: a day of door knocking with its name, its short script and what to bring.

use chrono::{DateTime, NaiveDate, Utc};
use rusqlite::{params, Connection, OptionalExtension};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::db::{timestamp, Database};
use crate::ids::CanvassId;
use crate::text::trimmed;
use crate::{msg, CoreError, Result};

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct CanvassInput {
    pub name: String,
    pub held_on: NaiveDate,
    /// The short script printed at the top of each walk sheet.
    pub script: Option<String>,
    /// What to bring to the doors.
    pub literature: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct Canvass {
    pub id: CanvassId,
    pub fields: CanvassInput,
    pub turfs: u32,
    pub doors: u32,
    pub is_sample: bool,
}

pub fn not_found(id: CanvassId) -> CoreError {
    CoreError::NotFound {
        what: msg!("thing-canvass", id = id.to_string()),
    }
}

pub fn create(
    db: &mut Database,
    input: &CanvassInput,
    is_sample: bool,
    now: DateTime<Utc>,
) -> Result<CanvassId> {
    let name = input.name.trim();
    if name.is_empty() {
        return Err(
            CoreError::invalid(msg!("field-name"), msg!("canvass-name-missing")).at("name"),
        );
    }
    let id = CanvassId::new();
    let at = timestamp::to_text(now);
    db.write(|tx| {
        tx.prepare_cached(
            "INSERT INTO canvass (id, name, held_on, script, literature, is_sample, created_at,
               updated_at)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?7)",
        )?
        .execute(params![
            id,
            name,
            input.held_on.to_string(),
            trimmed(&input.script),
            trimmed(&input.literature),
            is_sample,
            at
        ])?;
        Ok(())
    })?;
    Ok(id)
}

const COLUMNS: &str = "c.id, c.name, c.held_on, c.script, c.literature, c.is_sample,
    (SELECT count(*) FROM turf t WHERE t.canvass_id = c.id),
    (SELECT count(*) FROM turf_door d WHERE d.canvass_id = c.id)";

fn from_row(r: &rusqlite::Row<'_>) -> rusqlite::Result<Canvass> {
    let day: String = r.get(2)?;
    Ok(Canvass {
        id: r.get(0)?,
        fields: CanvassInput {
            name: r.get(1)?,
            held_on: day.parse().unwrap_or_default(),
            script: r.get(3)?,
            literature: r.get(4)?,
        },
        is_sample: r.get(5)?,
        turfs: r.get(6)?,
        doors: r.get(7)?,
    })
}

pub fn get(conn: &Connection, id: CanvassId) -> Result<Canvass> {
    conn.prepare_cached(&format!("SELECT {COLUMNS} FROM canvass c WHERE c.id = ?1"))?
        .query_row(params![id], from_row)
        .optional()?
        .ok_or_else(|| not_found(id))
}

/// Every canvass, the latest day first.
pub fn list(conn: &Connection) -> Result<Vec<Canvass>> {
    Ok(conn
        .prepare_cached(&format!(
            "SELECT {COLUMNS} FROM canvass c ORDER BY c.held_on DESC, c.created_at DESC"
        ))?
        .query_map([], from_row)?
        .collect::<rusqlite::Result<_>>()?)
}
