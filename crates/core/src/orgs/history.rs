//! Writing a line of an organization's relationship history: shared by the write that adds an
//! organization (its first line) and the one that changes the relationship.

use chrono::{DateTime, Utc};
use rusqlite::{params, Transaction};

use super::model::Relationship;
use crate::db::codes::to_code;
use crate::db::timestamp;
use crate::ids::{OrganizationId, RelationshipChangeId};
use crate::Result;

pub(crate) struct Change<'a> {
    pub organization: OrganizationId,
    pub previous: Option<Relationship>,
    pub relationship: Relationship,
    pub reason: Option<&'a str>,
    pub by: &'a str,
}

/// Writes a line of history inside the caller's transaction.
pub(crate) fn record(tx: &Transaction<'_>, change: Change<'_>, now: DateTime<Utc>) -> Result<()> {
    let at = timestamp::to_text(now);
    tx.prepare_cached(
        "INSERT INTO organization_relationship
             (id, organization_id, previous, relationship, reason, changed_by, changed_at,
              created_at, updated_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?7, ?7)",
    )?
    .execute(params![
        RelationshipChangeId::new(),
        change.organization,
        change.previous.as_ref().map(to_code),
        to_code(&change.relationship),
        change.reason.map(str::trim).filter(|r| !r.is_empty()),
        change.by.trim(),
        at,
    ])?;
    Ok(())
}
