//! Who a member of the national list is in the chapter, and the membership facts the list
//! writes on them.

use rusqlite::{params, Connection, OptionalExtension, Row, Transaction};

use crate::db::codes::column;
use crate::ids::PersonId;
use crate::people::model::Membership;
use crate::Result;

/// Writes the membership facts the national list owns, and the list's values of the fields
/// organizers may also edit (`list_values`, JSON), for the next import to compare against.
pub(crate) fn write_membership(
    tx: &Transaction<'_>,
    id: PersonId,
    m: &Membership,
    list_values: &str,
    at: &str,
) -> Result<()> {
    tx.prepare_cached(
        "UPDATE person SET actionkit_id = ?2, membership_status = ?3, member_type = ?4, dues_status = ?5,
           join_date = ?6, expires_on = ?7, list_values = ?8, updated_at = ?9 WHERE id = ?1",
    )?
    .execute(params![
        id,
        m.actionkit_id,
        m.status.map(|s| s.code()),
        m.member_type,
        m.dues_status,
        m.join_date,
        m.expires_on,
        list_values,
        at
    ])?;
    Ok(())
}

/// A person already linked to (or matching) a member of the national list.
pub(crate) struct ListLink {
    pub id: PersonId,
    /// What the list said last time (JSON), if it has been imported before.
    pub list_values: Option<String>,
    pub membership: Membership,
}

fn list_link(r: &Row<'_>) -> rusqlite::Result<ListLink> {
    let status: Option<String> = r.get(3)?;
    Ok(ListLink {
        id: r.get(0)?,
        list_values: r.get(1)?,
        membership: Membership {
            actionkit_id: r.get(2)?,
            status: status.map(column).transpose()?,
            member_type: r.get(4)?,
            dues_status: r.get(5)?,
            join_date: r.get(6)?,
            expires_on: r.get(7)?,
        },
    })
}

/// Who a row of the national list is in the chapter.
pub(crate) enum ListMatch {
    /// The person with this ActionKit id, or the one it now belongs to.
    Linked(ListLink),
    /// The id was a record merged into this person, who has an id of their own.
    MergedInto(PersonId),
    New,
}

/// Whether the chapter has no people and no merge records yet (a new chapter's first list).
pub(crate) fn is_empty(conn: &Connection) -> Result<bool> {
    Ok(conn
        .prepare_cached(
            "SELECT NOT EXISTS (SELECT 1 FROM person) AND NOT EXISTS (SELECT 1 FROM person_merge)",
        )?
        .query_row([], |r| r.get(0))?)
}

/// The person with this ActionKit id, else one with this email and no ActionKit id yet (an
/// organizer entered them before the list did).
pub(crate) fn find_for_list(
    conn: &Connection,
    actionkit_id: &str,
    email: Option<&str>,
) -> Result<ListMatch> {
    const COLUMNS: &str = "p.id, p.list_values, p.actionkit_id, p.membership_status, p.member_type,
        p.dues_status, p.join_date, p.expires_on";
    let by_id = conn
        .prepare_cached(&format!(
            "SELECT {COLUMNS} FROM person p WHERE p.actionkit_id = ?1"
        ))?
        .query_row(params![actionkit_id], list_link)
        .optional()?;
    if let Some(link) = by_id {
        return Ok(ListMatch::Linked(link));
    }
    // A record with this id was merged into someone: if they have no id of their own, the id
    // is theirs now. (Asked of person_merge alone: joined to person, SQLite re-planned the
    // query on every row of an import.)
    let merged_into = crate::people::merge::kept_for_actionkit_id(conn, actionkit_id)?;
    if let Some(kept) = merged_into {
        let kept = conn
            .prepare_cached(&format!(
                "SELECT {COLUMNS} FROM person p WHERE p.id = ?1 AND p.actionkit_id IS NULL"
            ))?
            .query_row(params![kept], list_link)
            .optional()?;
        if let Some(link) = kept {
            return Ok(ListMatch::Linked(link));
        }
    }
    // `+p.actionkit_id` keeps SQLite from walking the ActionKit id index for its NULLs
    // (everyone an organizer entered) instead of looking the email up.
    let by_email = match email {
        Some(email) => conn
            .prepare_cached(&format!(
                "SELECT {COLUMNS} FROM person p JOIN person_email e ON e.person_id = p.id
                 WHERE e.email = ?1 COLLATE NOCASE AND +p.actionkit_id IS NULL LIMIT 1"
            ))?
            .query_row(params![email], list_link)
            .optional()?,
        None => None,
    };
    Ok(match (by_email, merged_into) {
        (Some(link), _) => ListMatch::Linked(link),
        (None, Some(kept)) => ListMatch::MergedInto(kept),
        (None, None) => ListMatch::New,
    })
}
