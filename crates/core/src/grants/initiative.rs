//! A base-building initiative: a project with what a grant asks of it. What it does, whether
//! it is run in coalition, its goals in numbers, and who answers for it. A project has one
//! (empty until the chapter fills it in).

use chrono::{DateTime, Utc};
use rusqlite::{params, Connection, OptionalExtension, Transaction};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use super::partners::{self, Partner};
use crate::db::{timestamp, Database};
use crate::ids::{PersonId, ProjectId};
use crate::projects;
use crate::text::trimmed;
use crate::Result;

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct InitiativeInput {
    /// What it does, in the chapter's words.
    pub description: Option<String>,
    /// Run with partner organizations rather than by the chapter alone.
    pub coalition: bool,
    /// Goals in numbers: people reached, one-on-ones held, new members, new leaders.
    pub goal_reached: Option<u32>,
    pub goal_one_on_ones: Option<u32>,
    pub goal_new_members: Option<u32>,
    pub goal_new_leaders: Option<u32>,
    /// Who answers for it.
    pub responsible_id: Option<PersonId>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct Initiative {
    pub project_id: ProjectId,
    pub title: String,
    pub fields: InitiativeInput,
    /// The partner organizations it is run with (saved on their own, see [`super::partners`]).
    pub partners: Vec<Partner>,
}

/// The initiative of `project` (empty fields when none has been written yet).
pub fn get(conn: &Connection, project: ProjectId) -> Result<Initiative> {
    let title = projects::store::get(conn, project)?.name;
    let fields = conn
        .prepare_cached(
            "SELECT description, coalition, goal_reached, goal_one_on_ones, goal_new_members,
                    goal_new_leaders, responsible_id
             FROM initiative WHERE project_id = ?1",
        )?
        .query_row(params![project], |r| {
            Ok(InitiativeInput {
                description: r.get(0)?,
                coalition: r.get(1)?,
                goal_reached: r.get(2)?,
                goal_one_on_ones: r.get(3)?,
                goal_new_members: r.get(4)?,
                goal_new_leaders: r.get(5)?,
                responsible_id: r.get(6)?,
            })
        })
        .optional()?
        .unwrap_or_default();
    Ok(Initiative {
        project_id: project,
        title,
        fields,
        partners: partners::of(conn, project)?,
    })
}

pub(crate) fn write(
    tx: &Transaction<'_>,
    project: ProjectId,
    input: &InitiativeInput,
    now: DateTime<Utc>,
) -> Result<()> {
    projects::store::get(tx, project)?;
    if let Some(person) = input.responsible_id {
        crate::people::store::check_exists(tx, person)?;
    }
    tx.prepare_cached(
        "INSERT INTO initiative (project_id, description, coalition, goal_reached,
             goal_one_on_ones, goal_new_members, goal_new_leaders, responsible_id,
             created_at, updated_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?9)
         ON CONFLICT (project_id) DO UPDATE SET
             description = excluded.description, coalition = excluded.coalition,
             goal_reached = excluded.goal_reached, goal_one_on_ones = excluded.goal_one_on_ones,
             goal_new_members = excluded.goal_new_members,
             goal_new_leaders = excluded.goal_new_leaders,
             responsible_id = excluded.responsible_id, updated_at = excluded.updated_at",
    )?
    .execute(params![
        project,
        trimmed(&input.description),
        input.coalition,
        input.goal_reached,
        input.goal_one_on_ones,
        input.goal_new_members,
        input.goal_new_leaders,
        input.responsible_id,
        timestamp::to_text(now)
    ])?;
    Ok(())
}

/// Saves what the chapter says of the initiative, whole.
pub fn save(
    db: &mut Database,
    project: ProjectId,
    input: &InitiativeInput,
    now: DateTime<Utc>,
) -> Result<Initiative> {
    db.write(|tx| write(tx, project, input, now))?;
    get(db.conn(), project)
}
