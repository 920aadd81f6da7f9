//! A canvass: a day of door knocking with its name, its short script and what to bring.

use chrono::{DateTime, NaiveDate, Utc};
use rusqlite::{params, Connection, OptionalExtension};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::db::{timestamp, Database};
use crate::ids::{AssessmentId, CanvassId};
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
    /// The needs assessment whose survey is asked at the doors, if any.
    #[serde(default)]
    pub assessment: Option<AssessmentId>,
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
    if let Some(assessment) = input.assessment {
        crate::needs::assessment::get(db.conn(), assessment).map_err(|e| e.at("assessment"))?;
    }
    let id = CanvassId::new();
    let at = timestamp::to_text(now);
    db.write(|tx| {
        tx.prepare_cached(
            "INSERT INTO canvass (id, name, held_on, script, literature, is_sample, created_at,
               updated_at, assessment_id)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?7, ?8)",
        )?
        .execute(params![
            id,
            name,
            input.held_on.to_string(),
            trimmed(&input.script),
            trimmed(&input.literature),
            is_sample,
            at,
            input.assessment
        ])?;
        Ok(())
    })?;
    Ok(id)
}

/// Takes a needs assessment's survey to the doors of this canvass (or stops doing so). Doors
/// already answered keep their forms in the assessment they were entered under, so the survey
/// cannot change once a door has answers.
pub fn carry_survey(
    db: &mut Database,
    id: CanvassId,
    assessment: Option<AssessmentId>,
    now: DateTime<Utc>,
) -> Result<()> {
    let canvass = get(db.conn(), id)?;
    if canvass.fields.assessment == assessment {
        return Ok(());
    }
    if let Some(assessment) = assessment {
        crate::needs::assessment::get(db.conn(), assessment).map_err(|e| e.at("assessment"))?;
    }
    let answered: u32 = db.conn().query_row(
        "SELECT count(*) FROM needs_response WHERE canvass_id = ?1",
        params![id],
        |r| r.get(0),
    )?;
    if answered > 0 {
        return Err(CoreError::Conflict {
            reason: msg!("canvass-survey-answered", doors = answered),
        });
    }
    db.write(|tx| {
        tx.prepare_cached("UPDATE canvass SET assessment_id = ?2, updated_at = ?3 WHERE id = ?1")?
            .execute(params![id, assessment, timestamp::to_text(now)])?;
        Ok(())
    })
}

const COLUMNS: &str =
    "c.id, c.name, c.held_on, c.script, c.literature, c.is_sample, c.assessment_id,
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
            assessment: r.get(6)?,
        },
        is_sample: r.get(5)?,
        turfs: r.get(7)?,
        doors: r.get(8)?,
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
