//! The chapter's relationship with an organization and its history: each change says who made
//! it, when and why, so a new organizer can read how a partnership grew (or cooled).

use chrono::{DateTime, Utc};
use rusqlite::{params, Connection};
use serde::Serialize;
use ts_rs::TS;

use super::history::{record, Change};
use super::model::{Organization, Relationship};
use super::store;
use crate::db::codes::{column, to_code};
use crate::db::{timestamp, Database};
use crate::ids::{OrganizationId, RelationshipChangeId};
use crate::msg;
use crate::{CoreError, Result};

/// One line of the history.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct RelationshipChange {
    pub id: RelationshipChangeId,
    /// `None` on the line the organization was added with.
    pub previous: Option<Relationship>,
    pub relationship: Relationship,
    pub reason: Option<String>,
    pub changed_by: String,
    /// When, in UTC.
    pub changed_at: String,
}

/// Sets the chapter's relationship with an organization, with who set it and why. Setting the
/// relationship it already has writes nothing.
pub fn change(
    db: &mut Database,
    id: OrganizationId,
    to: Relationship,
    reason: Option<&str>,
    by: &str,
    now: DateTime<Utc>,
) -> Result<Organization> {
    if by.trim().is_empty() {
        return Err(
            CoreError::invalid(msg!("field-changed-by"), msg!("org-changed-by-missing"))
                .at("changed_by"),
        );
    }
    db.write(|tx| {
        store::check_exists(tx, id)?;
        let from: Relationship = column(
            tx.prepare_cached("SELECT relationship FROM organization WHERE id = ?1")?
                .query_row(params![id], |r| r.get(0))?,
        )?;
        if from == to {
            return Ok(());
        }
        tx.prepare_cached(
            "UPDATE organization SET relationship = ?2, updated_at = ?3 WHERE id = ?1",
        )?
        .execute(params![id, to_code(&to), timestamp::to_text(now)])?;
        record(
            tx,
            Change {
                organization: id,
                previous: Some(from),
                relationship: to,
                reason,
                by,
            },
            now,
        )
    })?;
    store::get(db.conn(), id)
}

/// The history, newest first.
pub fn history(conn: &Connection, id: OrganizationId) -> Result<Vec<RelationshipChange>> {
    Ok(conn
        .prepare_cached(
            "SELECT id, previous, relationship, reason, changed_by, changed_at
             FROM organization_relationship WHERE organization_id = ?1
             ORDER BY changed_at DESC, id DESC",
        )?
        .query_map(params![id], |r| {
            Ok(RelationshipChange {
                id: r.get(0)?,
                previous: r.get::<_, Option<String>>(1)?.map(column).transpose()?,
                relationship: column(r.get(2)?)?,
                reason: r.get(3)?,
                changed_by: r.get(4)?,
                changed_at: r.get(5)?,
            })
        })?
        .collect::<rusqlite::Result<_>>()?)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::orgs::model::{OrgInput, OrgKind};
    use crate::orgs::store::{create, NewOrg};

    fn at(text: &str) -> DateTime<Utc> {
        text.parse().unwrap()
    }

    #[test]
    fn a_change_is_kept_with_who_and_why_and_the_same_relationship_twice_is_one_line() {
        let mut db = Database::open_in_memory().unwrap();
        let org = create(
            &mut db,
            NewOrg {
                input: OrgInput::named("Local 32BJ SEIU", OrgKind::Union),
                relationship: Relationship::Unknown,
                added_by: "Rosa",
                is_sample: false,
            },
            at("2026-03-01T12:00:00Z"),
        )
        .unwrap();
        let changed = change(
            &mut db,
            org.id,
            Relationship::Ally,
            Some("joined our rent clinic"),
            "Dee",
            at("2026-04-01T12:00:00Z"),
        )
        .unwrap();
        assert_eq!(changed.relationship, Relationship::Ally);
        change(
            &mut db,
            org.id,
            Relationship::Ally,
            None,
            "Dee",
            at("2026-04-02T12:00:00Z"),
        )
        .unwrap();
        let lines = history(db.conn(), org.id).unwrap();
        assert_eq!(lines.len(), 2);
        assert_eq!(lines[0].previous, Some(Relationship::Unknown));
        assert_eq!(lines[0].reason.as_deref(), Some("joined our rent clinic"));
        assert_eq!(lines[0].changed_by, "Dee");
        let err = change(
            &mut db,
            org.id,
            Relationship::Partner,
            None,
            " ",
            at("2026-04-03T12:00:00Z"),
        )
        .unwrap_err();
        assert_eq!(err.key(), Some("changed_by"));
    }
}
