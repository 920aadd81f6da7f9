//! A person's tie to an organization: the role they have there, how strong the tie is (1 to
//! 5), and whether they would introduce the chapter. One tie per person and organization: told
//! again (a new form, an edit), it is brought up to date rather than repeated.

use chrono::{DateTime, NaiveDate, Utc};
use rusqlite::{params, Connection, OptionalExtension, Transaction};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::db::codes::{column, to_code};
use crate::db::{timestamp, Database};
use crate::ids::{OrganizationId, PersonId, TieId};
use crate::msg;
use crate::orgs::{store as org_store, OrgKind};
use crate::people::model::display_name;
use crate::{CoreError, Result};

/// The role someone has in an organization, from the loosest tie to the closest.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum TieRole {
    Member,
    /// Comes often, takes part.
    Active,
    /// A leader or an officer.
    Leader,
    Staff,
}

impl TieRole {
    pub const ALL: [TieRole; 4] = [
        TieRole::Member,
        TieRole::Active,
        TieRole::Leader,
        TieRole::Staff,
    ];
}

pub const STRENGTHS: std::ops::RangeInclusive<u8> = 1..=5;

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct TieInput {
    pub person_id: PersonId,
    pub organization_id: OrganizationId,
    pub role: TieRole,
    /// Their title there, as written ("pastor", "shop steward").
    pub title: Option<String>,
    /// 1 (loose) to 5 (as close as it gets).
    pub strength: u8,
    pub would_introduce: bool,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct Tie {
    pub id: TieId,
    pub person_id: PersonId,
    pub person_name: String,
    pub organization_id: OrganizationId,
    pub organization_name: String,
    pub organization_kind: OrgKind,
    pub role: TieRole,
    pub title: Option<String>,
    pub strength: u8,
    pub would_introduce: bool,
    /// The day the tie was last told.
    pub noted_on: String,
    pub is_sample: bool,
}

/// Refuses a strength outside 1 to 5, naming it.
pub fn checked_strength(strength: i64) -> Result<u8> {
    u8::try_from(strength)
        .ok()
        .filter(|s| STRENGTHS.contains(s))
        .ok_or_else(|| {
            CoreError::invalid(
                msg!("field-strength"),
                msg!("tie-strength-out-of-range", strength = strength),
            )
            .at("strength")
        })
}

/// Writes a tie (or brings the pair's tie up to date) as told on `noted_on`.
pub fn set(
    db: &mut Database,
    input: &TieInput,
    noted_on: NaiveDate,
    now: DateTime<Utc>,
) -> Result<Tie> {
    checked_strength(i64::from(input.strength))?;
    let id = db.write(|tx| write(tx, input, noted_on, false, now))?;
    get(db.conn(), id)
}

/// [`set`] inside the caller's transaction (a whole form is one write).
pub fn write(
    tx: &Transaction<'_>,
    input: &TieInput,
    noted_on: NaiveDate,
    is_sample: bool,
    now: DateTime<Utc>,
) -> Result<TieId> {
    let strength = checked_strength(i64::from(input.strength))?;
    crate::people::store::check_exists(tx, input.person_id)?;
    org_store::check_exists(tx, input.organization_id)?;
    let title = input
        .title
        .as_deref()
        .map(str::trim)
        .filter(|t| !t.is_empty());
    let at = timestamp::to_text(now);
    let id: TieId = tx
        .prepare_cached(
            "INSERT INTO tie (id, person_id, organization_id, role, title, strength,
                              would_introduce, noted_on, is_sample, created_at, updated_at)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?10)
             ON CONFLICT (person_id, organization_id) DO UPDATE SET
                 role = excluded.role, title = excluded.title, strength = excluded.strength,
                 would_introduce = excluded.would_introduce, noted_on = excluded.noted_on,
                 updated_at = excluded.updated_at
             RETURNING id",
        )?
        .query_row(
            params![
                TieId::new(),
                input.person_id,
                input.organization_id,
                to_code(&input.role),
                title,
                strength,
                input.would_introduce,
                noted_on.to_string(),
                is_sample,
                at,
            ],
            |r| r.get(0),
        )?;
    Ok(id)
}

pub fn remove(db: &mut Database, id: TieId) -> Result<()> {
    let removed = db.write(|tx| {
        Ok(tx
            .prepare_cached("DELETE FROM tie WHERE id = ?1")?
            .execute(params![id])?)
    })?;
    if removed == 0 {
        return Err(not_found(id));
    }
    Ok(())
}

fn not_found(id: TieId) -> CoreError {
    CoreError::NotFound {
        what: msg!("thing-tie", id = id.to_string()),
    }
}

const SELECT: &str = "SELECT t.id, t.person_id, p.preferred_name, p.first_name, p.last_name,
        t.organization_id, o.name, o.kind, t.role, t.title, t.strength, t.would_introduce,
        t.noted_on, t.is_sample
     FROM tie t JOIN person p ON p.id = t.person_id JOIN organization o ON o.id = t.organization_id";

fn from_row(r: &rusqlite::Row<'_>) -> rusqlite::Result<Tie> {
    let preferred: Option<String> = r.get(2)?;
    let first: String = r.get(3)?;
    let last: String = r.get(4)?;
    Ok(Tie {
        id: r.get(0)?,
        person_id: r.get(1)?,
        person_name: display_name(preferred.as_deref(), &first, &last),
        organization_id: r.get(5)?,
        organization_name: r.get(6)?,
        organization_kind: column(r.get(7)?)?,
        role: column(r.get(8)?)?,
        title: r.get(9)?,
        strength: r.get(10)?,
        would_introduce: r.get(11)?,
        noted_on: r.get(12)?,
        is_sample: r.get(13)?,
    })
}

pub fn get(conn: &Connection, id: TieId) -> Result<Tie> {
    conn.prepare_cached(&format!("{SELECT} WHERE t.id = ?1"))?
        .query_row(params![id], from_row)
        .optional()?
        .ok_or_else(|| not_found(id))
}

/// The people tied to an organization, strongest tie first.
pub fn for_org(conn: &Connection, organization: OrganizationId) -> Result<Vec<Tie>> {
    Ok(conn
        .prepare_cached(&format!(
            "{SELECT} WHERE t.organization_id = ?1
             ORDER BY t.strength DESC, p.last_name COLLATE NOCASE, p.first_name COLLATE NOCASE"
        ))?
        .query_map(params![organization], from_row)?
        .collect::<rusqlite::Result<_>>()?)
}

/// A person's ties (their bridges), strongest first.
pub fn for_person(conn: &Connection, person: PersonId) -> Result<Vec<Tie>> {
    Ok(conn
        .prepare_cached(&format!(
            "{SELECT} WHERE t.person_id = ?1 AND o.merged_into IS NULL
             ORDER BY t.strength DESC, o.name COLLATE NOCASE"
        ))?
        .query_map(params![person], from_row)?
        .collect::<rusqlite::Result<_>>()?)
}
