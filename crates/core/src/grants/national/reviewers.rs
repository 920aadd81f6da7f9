//! The committee's reviewers, by name.

use chrono::{DateTime, Utc};
use rusqlite::{params, Connection, OptionalExtension};
use serde::Serialize;
use ts_rs::TS;

use crate::db::{timestamp, Database};
use crate::ids::ReviewerId;
use crate::settings::{require, Role};
use crate::{msg, CoreError, Result};

#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct Reviewer {
    pub id: ReviewerId,
    pub name: String,
}

pub fn not_found(id: ReviewerId) -> CoreError {
    CoreError::NotFound {
        what: msg!("thing-reviewer", id = id.to_string()),
    }
}

/// Adds a reviewer; a name already on the committee (in any case) is refused.
pub fn add(db: &mut Database, name: &str, now: DateTime<Utc>) -> Result<Reviewer> {
    require(db, Role::National)?;
    let name = name.trim();
    if name.is_empty() {
        return Err(
            CoreError::invalid(msg!("field-reviewer-name"), msg!("reviewer-name-missing"))
                .at("name"),
        );
    }
    let id = ReviewerId::new();
    db.write(|tx| {
        let taken: bool = tx
            .prepare_cached("SELECT EXISTS (SELECT 1 FROM reviewer WHERE lower(name) = lower(?1))")?
            .query_row(params![name], |r| r.get(0))?;
        if taken {
            return Err(CoreError::conflict(msg!(
                "reviewer-name-taken",
                name = name.to_owned()
            )));
        }
        tx.prepare_cached("INSERT INTO reviewer (id, name, created_at) VALUES (?1, ?2, ?3)")?
            .execute(params![id, name, timestamp::to_text(now)])?;
        Ok(())
    })?;
    get(db.conn(), id)
}

pub fn get(conn: &Connection, id: ReviewerId) -> Result<Reviewer> {
    conn.prepare_cached("SELECT id, name FROM reviewer WHERE id = ?1")?
        .query_row(params![id], |r| {
            Ok(Reviewer {
                id: r.get(0)?,
                name: r.get(1)?,
            })
        })
        .optional()?
        .ok_or_else(|| not_found(id))
}

/// Every reviewer, by name.
pub fn list(conn: &Connection) -> Result<Vec<Reviewer>> {
    Ok(conn
        .prepare_cached("SELECT id, name FROM reviewer ORDER BY lower(name), id")?
        .query_map([], |r| {
            Ok(Reviewer {
                id: r.get(0)?,
                name: r.get(1)?,
            })
        })?
        .collect::<rusqlite::Result<_>>()?)
}
