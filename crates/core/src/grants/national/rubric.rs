//! A round's rubric: the criteria reviewers score each application on, each with a weight. A
//! round starts with the rubric [`super::rounds`] gives it, drawn from what base-building
//! grants look for; the committee edits it, though a criterion that already holds scores stays
//! (its name and weight can change).

use rusqlite::{params, Connection};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use super::rounds;
use crate::db::Database;
use crate::ids::{CriterionId, RoundId};
use crate::settings::{require, Role};
use crate::{msg, CoreError, Result};

/// The lowest and highest weight a criterion can have.
pub const WEIGHTS: std::ops::RangeInclusive<u32> = 1..=10;

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct CriterionInput {
    /// `null` for a new criterion.
    pub id: Option<CriterionId>,
    pub name: String,
    pub weight: u32,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct Criterion {
    pub id: CriterionId,
    pub name: String,
    pub weight: u32,
}

pub fn get(conn: &Connection, round: RoundId) -> Result<Vec<Criterion>> {
    Ok(conn
        .prepare_cached(
            "SELECT id, name, weight FROM rubric_criterion WHERE round_id = ?1
             ORDER BY position",
        )?
        .query_map(params![round], |r| {
            Ok(Criterion {
                id: r.get(0)?,
                name: r.get(1)?,
                weight: r.get(2)?,
            })
        })?
        .collect::<rusqlite::Result<_>>()?)
}

/// Saves the rubric whole, in the order given. Every criterion is checked first (a refusal
/// names it); one left out that holds scores is refused rather than dropped with them.
pub fn save(
    db: &mut Database,
    round: RoundId,
    criteria: &[CriterionInput],
) -> Result<Vec<Criterion>> {
    require(db, Role::National)?;
    rounds::get(db.conn(), round)?;
    if criteria.is_empty() {
        return Err(CoreError::invalid(msg!("field-rubric"), msg!("rubric-empty")).at("criteria"));
    }
    for (i, c) in criteria.iter().enumerate() {
        let at = format!("criteria.{i}");
        if c.name.trim().is_empty() {
            return Err(CoreError::invalid(
                msg!("field-criterion-name"),
                msg!("rubric-name-missing"),
            )
            .at(at));
        }
        if !WEIGHTS.contains(&c.weight) {
            return Err(CoreError::invalid(
                msg!("field-criterion-weight"),
                msg!(
                    "rubric-weight-range",
                    least = *WEIGHTS.start(),
                    most = *WEIGHTS.end()
                ),
            )
            .at(at));
        }
    }
    db.write(|tx| {
        let kept: Vec<CriterionId> = criteria.iter().filter_map(|c| c.id).collect();
        for old in get(tx, round)? {
            if kept.contains(&old.id) {
                continue;
            }
            let scored: bool = tx
                .prepare_cached(
                    "SELECT EXISTS (SELECT 1 FROM review_score WHERE criterion_id = ?1)",
                )?
                .query_row(params![old.id], |r| r.get(0))?;
            if scored {
                return Err(CoreError::conflict(msg!(
                    "rubric-criterion-scored",
                    name = old.name
                )));
            }
            tx.prepare_cached("DELETE FROM rubric_criterion WHERE id = ?1")?
                .execute(params![old.id])?;
        }
        // Positions move out of the way first: (round, position) is unique.
        tx.prepare_cached(
            "UPDATE rubric_criterion SET position = -1 - position WHERE round_id = ?1",
        )?
        .execute(params![round])?;
        for (position, c) in criteria.iter().enumerate() {
            let id = c.id.unwrap_or_default();
            tx.prepare_cached(
                "INSERT INTO rubric_criterion (id, round_id, position, name, weight)
                 VALUES (?1, ?2, ?3, ?4, ?5)
                 ON CONFLICT (id) DO UPDATE SET position = excluded.position,
                     name = excluded.name, weight = excluded.weight
                 WHERE rubric_criterion.round_id = excluded.round_id",
            )?
            .execute(params![id, round, position as i64, c.name.trim(), c.weight])?;
        }
        Ok(())
    })?;
    get(db.conn(), round)
}
