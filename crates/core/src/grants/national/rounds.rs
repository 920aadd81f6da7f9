//! Grant rounds: a name, a budget ($20,000 unless the committee says otherwise), the day
//! applications open and the deadline.

use chrono::{DateTime, NaiveDate, Utc};
use rusqlite::{params, Connection, OptionalExtension, Row, Transaction};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::db::{timestamp, Database};
use crate::ids::{CriterionId, RoundId};
use crate::settings::{require, Role};
use crate::text::trimmed;
use crate::{msg, CoreError, Result};

/// A round's budget unless the committee gives one: $20,000.
pub const DEFAULT_BUDGET_CENTS: i64 = 2_000_000;
/// The most a round can hold: well past any budget, far inside what cents can count.
const MOST_BUDGET_CENTS: i64 = 100_000_000_000;

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct RoundInput {
    pub name: String,
    #[ts(type = "number")]
    pub budget_cents: i64,
    pub opens_on: Option<NaiveDate>,
    pub deadline: NaiveDate,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct Round {
    pub id: RoundId,
    pub fields: RoundInput,
    pub created_at: String,
}

pub fn not_found(id: RoundId) -> CoreError {
    CoreError::NotFound {
        what: msg!("thing-grant-round", id = id.to_string()),
    }
}

fn checked(input: &RoundInput) -> Result<RoundInput> {
    let Some(name) = trimmed(&Some(input.name.clone())) else {
        return Err(
            CoreError::invalid(msg!("field-round-name"), msg!("round-name-missing")).at("name"),
        );
    };
    if !(1..=MOST_BUDGET_CENTS).contains(&input.budget_cents) {
        return Err(CoreError::invalid(
            msg!("field-round-budget"),
            msg!("round-budget-out-of-range"),
        )
        .at("budget_cents"));
    }
    if input.opens_on.is_some_and(|opens| opens > input.deadline) {
        return Err(CoreError::invalid(
            msg!("field-round-deadline"),
            msg!("round-deadline-before-opening"),
        )
        .at("deadline"));
    }
    Ok(RoundInput {
        name,
        ..input.clone()
    })
}

/// A new round's rubric: (name, weight).
const STARTING: [(&str, u32); 5] = [
    ("Builds a lasting base among poor and working people", 3),
    ("Reaches people the chapter does not reach yet", 2),
    ("Develops new leaders", 2),
    ("A realistic plan, timeline and budget", 2),
    ("Goes on after the grant", 1),
];

fn start_rubric(tx: &Transaction<'_>, round: RoundId) -> Result<()> {
    let mut insert = tx.prepare_cached(
        "INSERT INTO rubric_criterion (id, round_id, position, name, weight)
         VALUES (?1, ?2, ?3, ?4, ?5)",
    )?;
    for (position, (name, weight)) in STARTING.iter().enumerate() {
        insert.execute(params![
            CriterionId::new(),
            round,
            position as i64,
            name,
            weight
        ])?;
    }
    Ok(())
}

pub fn create(db: &mut Database, input: &RoundInput, now: DateTime<Utc>) -> Result<Round> {
    require(db, Role::National)?;
    let input = checked(input)?;
    let id = RoundId::new();
    db.write(|tx| {
        tx.prepare_cached(
            "INSERT INTO grant_round (id, name, budget_cents, opens_on, deadline, created_at,
                 updated_at)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?6)",
        )?
        .execute(params![
            id,
            input.name,
            input.budget_cents,
            input.opens_on,
            input.deadline,
            timestamp::to_text(now)
        ])?;
        start_rubric(tx, id)
    })?;
    get(db.conn(), id)
}

const COLUMNS: &str = "id, name, budget_cents, opens_on, deadline, created_at";

fn from_row(r: &Row<'_>) -> rusqlite::Result<Round> {
    Ok(Round {
        id: r.get(0)?,
        fields: RoundInput {
            name: r.get(1)?,
            budget_cents: r.get(2)?,
            opens_on: r.get(3)?,
            deadline: r.get(4)?,
        },
        created_at: r.get(5)?,
    })
}

pub fn get(conn: &Connection, id: RoundId) -> Result<Round> {
    conn.prepare_cached(&format!("SELECT {COLUMNS} FROM grant_round WHERE id = ?1"))?
        .query_row(params![id], from_row)
        .optional()?
        .ok_or_else(|| not_found(id))
}

/// Every round, the latest deadline first.
pub fn list(conn: &Connection) -> Result<Vec<Round>> {
    Ok(conn
        .prepare_cached(&format!(
            "SELECT {COLUMNS} FROM grant_round ORDER BY deadline DESC, id DESC"
        ))?
        .query_map([], from_row)?
        .collect::<rusqlite::Result<_>>()?)
}
