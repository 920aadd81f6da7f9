//! The partner organizations an initiative is run with, when it is run in coalition: chosen
//! from the chapter's directory, in the order the chapter gives them, each with what the
//! chapter's members bring to it (how many are tied to it, how strongly) for the application
//! to say.

use chrono::{DateTime, Utc};
use rusqlite::{params, Connection, Transaction};
use serde::Serialize;
use ts_rs::TS;

use crate::db::codes::column;
use crate::db::{timestamp, Database};
use crate::ids::{OrganizationId, ProjectId};
use crate::orgs::{OrgKind, Relationship};
use crate::{msg, projects, CoreError, Result};

/// The most partners an initiative lists.
pub const MOST_PARTNERS: usize = 12;

/// A partner as the application shows it: the organization, and the members' ties to it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct Partner {
    pub id: OrganizationId,
    pub name: String,
    pub kind: OrgKind,
    pub relationship: Relationship,
    /// Members tied to it, and the strongest of their ties (1 to 5), if any.
    pub members_tied: u32,
    pub strongest_tie: Option<u32>,
}

pub fn of(conn: &Connection, project: ProjectId) -> Result<Vec<Partner>> {
    Ok(conn
        .prepare_cached(
            "SELECT o.id, o.name, o.kind, o.relationship,
                    (SELECT count(DISTINCT t.person_id) FROM tie t WHERE t.organization_id = o.id),
                    (SELECT max(t.strength) FROM tie t WHERE t.organization_id = o.id)
             FROM initiative_partner p JOIN organization o ON o.id = p.organization_id
             WHERE p.project_id = ?1 ORDER BY p.position",
        )?
        .query_map(params![project], |r| {
            Ok(Partner {
                id: r.get(0)?,
                name: r.get(1)?,
                kind: column(r.get(2)?)?,
                relationship: column(r.get(3)?)?,
                members_tied: r.get(4)?,
                strongest_tie: r.get(5)?,
            })
        })?
        .collect::<rusqlite::Result<_>>()?)
}

pub(crate) fn write(
    tx: &Transaction<'_>,
    project: ProjectId,
    partners: &[OrganizationId],
    now: DateTime<Utc>,
) -> Result<()> {
    if partners.len() > MOST_PARTNERS {
        return Err(CoreError::invalid(
            msg!("field-initiative-partners"),
            msg!("grant-too-many-partners", most = MOST_PARTNERS),
        )
        .at("initiative.partners"));
    }
    projects::store::get(tx, project)?;
    tx.prepare_cached("DELETE FROM initiative_partner WHERE project_id = ?1")?
        .execute(params![project])?;
    let at = timestamp::to_text(now);
    let mut insert = tx.prepare_cached(
        "INSERT OR IGNORE INTO initiative_partner (project_id, organization_id, position,
             created_at)
         VALUES (?1, ?2, ?3, ?4)",
    )?;
    for (position, org) in partners.iter().enumerate() {
        crate::orgs::store::check_exists(tx, *org)?;
        insert.execute(params![project, org, position as i64, at])?;
    }
    Ok(())
}

/// Saves the initiative's partners whole, in the order given.
pub fn save(
    db: &mut Database,
    project: ProjectId,
    partners: &[OrganizationId],
    now: DateTime<Utc>,
) -> Result<Vec<Partner>> {
    db.write(|tx| write(tx, project, partners, now))?;
    of(db.conn(), project)
}
