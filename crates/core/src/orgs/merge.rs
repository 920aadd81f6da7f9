//! Merging two records of one organization, and undoing it.
//!
//! The record kept takes the other's relationship history, contact log, members' ties and the
//! power-map nodes that stood for it; its empty fields are filled from the other's, languages
//! are joined and both notes kept. Where a member is tied to both, the stronger tie stays. The record merged away is not deleted: it
//! is hidden (`merged_into`), and `organization_merge` keeps what moved and what the kept
//! record was before, so an undo puts both back as they were.

use chrono::{DateTime, Utc};
use rusqlite::{params, Connection, Transaction};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use super::model::{OrgInput, Organization};
use super::store;
use crate::db::timestamp;
use crate::db::Database;
use crate::ids::{OrgMergeId, OrganizationId, TieId};
use crate::{msg, CoreError, Result};

/// A merge as the organization's page lists it, newest first.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct OrgMerge {
    pub id: OrgMergeId,
    pub kept_id: OrganizationId,
    /// The name the record merged away had.
    pub merged_name: String,
    pub merged_id: OrganizationId,
    pub merged_by: String,
    /// When, in UTC.
    pub merged_at: String,
    /// When it was undone; `None` while it stands.
    pub undone_at: Option<String>,
}

/// A tie of the record merged away that met the kept record's tie from the same member.
#[derive(Debug, Clone, Serialize, Deserialize)]
struct MetTie {
    /// The kept record's tie, as it was before.
    kept: TieRow,
    /// The other record's tie, removed.
    merged: TieRow,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
struct TieRow {
    id: TieId,
    person_id: String,
    role: String,
    title: Option<String>,
    strength: i64,
    would_introduce: bool,
    noted_on: String,
    response_id: Option<String>,
    is_sample: bool,
    created_at: String,
    updated_at: String,
}

/// What an undo needs.
#[derive(Debug, Clone, Serialize, Deserialize)]
struct Undo {
    kept_before: OrgInput,
    history: Vec<String>,
    contacts: Vec<String>,
    /// Power-map nodes that stood for the record merged away (merges made before maps existed
    /// have none).
    #[serde(default)]
    map_nodes: Vec<String>,
    ties_moved: Vec<TieId>,
    ties_met: Vec<MetTie>,
    /// Initiatives (by project) the record merged away was a partner in: moved to the kept
    /// record, or, where the kept one was a partner already, taken out.
    #[serde(default)]
    partners_moved: Vec<String>,
    #[serde(default)]
    partners_met: Vec<PartnerRow>,
}

/// A partner row taken out because the kept record was a partner in the same initiative.
#[derive(Debug, Clone, Serialize, Deserialize)]
struct PartnerRow {
    project_id: String,
    position: i64,
    created_at: String,
}

const TIE_COLUMNS: &str = "id, person_id, role, title, strength, would_introduce, noted_on,
     response_id, is_sample, created_at, updated_at";

fn tie_row(r: &rusqlite::Row<'_>) -> rusqlite::Result<TieRow> {
    Ok(TieRow {
        id: r.get(0)?,
        person_id: r.get(1)?,
        role: r.get(2)?,
        title: r.get(3)?,
        strength: r.get(4)?,
        would_introduce: r.get(5)?,
        noted_on: r.get(6)?,
        response_id: r.get(7)?,
        is_sample: r.get(8)?,
        created_at: r.get(9)?,
        updated_at: r.get(10)?,
    })
}

fn ties_of(tx: &Transaction<'_>, org: OrganizationId) -> Result<Vec<TieRow>> {
    Ok(tx
        .prepare_cached(&format!(
            "SELECT {TIE_COLUMNS} FROM tie WHERE organization_id = ?1"
        ))?
        .query_map(params![org], tie_row)?
        .collect::<rusqlite::Result<_>>()?)
}

fn ids(tx: &Transaction<'_>, table: &str, org: OrganizationId) -> Result<Vec<String>> {
    Ok(tx
        .prepare_cached(&format!(
            "SELECT id FROM {table} WHERE organization_id = ?1"
        ))?
        .query_map(params![org], |r| r.get(0))?
        .collect::<rusqlite::Result<_>>()?)
}

/// The kept record's fields with the other's filling what it lacks.
fn joined(kept: &OrgInput, other: &OrgInput) -> OrgInput {
    let fill = |a: &Option<String>, b: &Option<String>| a.clone().or_else(|| b.clone());
    let mut languages = kept.languages.clone();
    for language in &other.languages {
        if !languages.iter().any(|l| l.eq_ignore_ascii_case(language)) {
            languages.push(language.clone());
        }
    }
    let notes = match (&kept.notes, &other.notes) {
        (Some(a), Some(b)) if a != b => Some(format!("{a}\n\n{}: {b}", other.name)),
        (a, b) => fill(a, b),
    };
    OrgInput {
        name: kept.name.clone(),
        kind: kept.kind,
        area: fill(&kept.area, &other.area),
        street: fill(&kept.street, &other.street),
        city: fill(&kept.city, &other.city),
        state: fill(&kept.state, &other.state),
        zip: fill(&kept.zip, &other.zip),
        languages,
        website: fill(&kept.website, &other.website),
        phone: fill(&kept.phone, &other.phone),
        email: fill(&kept.email, &other.email),
        notes,
    }
}

/// Merges `merged` into `kept`, `by` the organizer named; returns the kept record.
pub fn merge(
    db: &mut Database,
    kept: OrganizationId,
    merged: OrganizationId,
    by: &str,
    now: DateTime<Utc>,
) -> Result<Organization> {
    let by = by.trim();
    if by.is_empty() {
        return Err(
            CoreError::invalid(msg!("field-merged-by"), msg!("org-merged-by-missing"))
                .at("merged_by"),
        );
    }
    if kept == merged {
        return Err(CoreError::Conflict {
            reason: msg!("org-merge-itself"),
        });
    }
    db.write(|tx| {
        store::check_exists(tx, kept)?;
        store::check_exists(tx, merged)?;
        let kept_org = store::get(tx, kept)?;
        let merged_org = store::get(tx, merged)?;
        let at = timestamp::to_text(now);

        let history = ids(tx, "organization_relationship", merged)?;
        let contacts = ids(tx, "organization_contact", merged)?;
        let map_nodes = ids(tx, "map_node", merged)?;
        for table in ["organization_relationship", "organization_contact", "map_node"] {
            tx.prepare_cached(&format!(
                "UPDATE {table} SET organization_id = ?2, updated_at = ?3 WHERE organization_id = ?1"
            ))?
            .execute(params![merged, kept, at])?;
        }

        let kept_ties = ties_of(tx, kept)?;
        let mut ties_moved = Vec::new();
        let mut ties_met = Vec::new();
        for tie in ties_of(tx, merged)? {
            match kept_ties.iter().find(|k| k.person_id == tie.person_id) {
                None => {
                    tx.prepare_cached(
                        "UPDATE tie SET organization_id = ?2, updated_at = ?3 WHERE id = ?1",
                    )?
                    .execute(params![tie.id, kept, at])?;
                    ties_moved.push(tie.id);
                }
                Some(k) => {
                    tx.prepare_cached("DELETE FROM tie WHERE id = ?1")?
                        .execute(params![tie.id])?;
                    if tie.strength > k.strength {
                        tx.prepare_cached(
                            "UPDATE tie SET role = ?2, title = ?3, strength = ?4,
                                    would_introduce = ?5, noted_on = ?6, updated_at = ?7
                             WHERE id = ?1",
                        )?
                        .execute(params![
                            k.id,
                            tie.role,
                            tie.title,
                            tie.strength,
                            tie.would_introduce,
                            tie.noted_on,
                            at
                        ])?;
                    }
                    ties_met.push(MetTie {
                        kept: k.clone(),
                        merged: tie,
                    });
                }
            }
        }

        let (partners_moved, partners_met) = move_partners(tx, merged, kept)?;

        store::write_fields(tx, kept, &joined(&kept_org.fields, &merged_org.fields), now)?;
        tx.prepare_cached(
            "UPDATE organization SET merged_into = ?2, updated_at = ?3 WHERE id = ?1",
        )?
        .execute(params![merged, kept, at])?;

        let undo = Undo {
            kept_before: kept_org.fields,
            history,
            contacts,
            map_nodes,
            ties_moved,
            ties_met,
            partners_moved,
            partners_met,
        };
        let undo = serde_json::to_string(&undo)
            .map_err(|e| CoreError::invalid_file(crate::Message::plain(e.to_string())))?;
        tx.prepare_cached(
            "INSERT INTO organization_merge (id, kept_id, merged_id, undo, merged_by, merged_at,
                                             created_at, updated_at)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?6, ?6)",
        )?
        .execute(params![OrgMergeId::new(), kept, merged, undo, by, at])?;
        Ok(())
    })?;
    store::get(db.conn(), kept)
}

/// Undoes a merge: the record merged away is back in every list with its history, contacts
/// and ties, and the kept record has its fields and ties as they were before. Refused when
/// the kept record was itself merged since (undo that one first).
pub fn undo(db: &mut Database, id: OrgMergeId, now: DateTime<Utc>) -> Result<Organization> {
    let merged = db.write(|tx| {
        let (kept, merged, undo, undone): (OrganizationId, OrganizationId, String, Option<String>) =
            tx.prepare_cached(
                "SELECT kept_id, merged_id, undo, undone_at FROM organization_merge WHERE id = ?1",
            )?
            .query_row(params![id], |r| {
                Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?))
            })
            .map_err(|_| CoreError::NotFound {
                what: msg!("thing-org-merge", id = id.to_string()),
            })?;
        if undone.is_some() {
            return Err(CoreError::Conflict {
                reason: msg!("org-merge-undone-already"),
            });
        }
        if store::check_exists(tx, kept).is_err() {
            return Err(CoreError::Conflict {
                reason: msg!("org-merge-kept-merged-since"),
            });
        }
        let undo: Undo = serde_json::from_str(&undo)
            .map_err(|e| CoreError::invalid_file(crate::Message::plain(e.to_string())))?;
        let at = timestamp::to_text(now);
        for (table, rows) in [
            ("organization_relationship", &undo.history),
            ("organization_contact", &undo.contacts),
            ("map_node", &undo.map_nodes),
        ] {
            let mut back = tx.prepare_cached(&format!(
                "UPDATE {table} SET organization_id = ?2, updated_at = ?3 WHERE id = ?1"
            ))?;
            for row in rows {
                back.execute(params![row, merged, at])?;
            }
        }
        for tie in &undo.ties_moved {
            tx.prepare_cached(
                "UPDATE tie SET organization_id = ?2, updated_at = ?3 WHERE id = ?1",
            )?
            .execute(params![tie, merged, at])?;
        }
        for met in &undo.ties_met {
            let k = &met.kept;
            tx.prepare_cached(
                "UPDATE tie SET role = ?2, title = ?3, strength = ?4, would_introduce = ?5,
                        noted_on = ?6, updated_at = ?7
                 WHERE id = ?1",
            )?
            .execute(params![
                k.id,
                k.role,
                k.title,
                k.strength,
                k.would_introduce,
                k.noted_on,
                at
            ])?;
            let m = &met.merged;
            tx.prepare_cached(&format!(
                "INSERT OR IGNORE INTO tie ({TIE_COLUMNS}, organization_id)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7,
                         (SELECT id FROM connections_response WHERE id = ?8), ?9, ?10, ?11, ?12)"
            ))?
            .execute(params![
                m.id,
                m.person_id,
                m.role,
                m.title,
                m.strength,
                m.would_introduce,
                m.noted_on,
                m.response_id,
                m.is_sample,
                m.created_at,
                at,
                merged
            ])?;
        }
        for project in &undo.partners_moved {
            tx.prepare_cached(
                "UPDATE initiative_partner SET organization_id = ?3
                 WHERE project_id = ?1 AND organization_id = ?2",
            )?
            .execute(params![project, kept, merged])?;
        }
        for met in &undo.partners_met {
            tx.prepare_cached(
                "INSERT OR IGNORE INTO initiative_partner (project_id, organization_id, position,
                     created_at)
                 SELECT ?1, ?2, ?3, ?4 WHERE EXISTS (SELECT 1 FROM project WHERE id = ?1)",
            )?
            .execute(params![
                met.project_id,
                merged,
                met.position,
                met.created_at
            ])?;
        }
        store::write_fields(tx, kept, &undo.kept_before, now)?;
        tx.prepare_cached(
            "UPDATE organization SET merged_into = NULL, updated_at = ?2 WHERE id = ?1",
        )?
        .execute(params![merged, at])?;
        tx.prepare_cached(
            "UPDATE organization_merge SET undone_at = ?2, updated_at = ?2 WHERE id = ?1",
        )?
        .execute(params![id, at])?;
        Ok(merged)
    })?;
    store::get(db.conn(), merged)
}

/// Moves the initiatives `merged` is a partner in over to `kept`; where `kept` is a partner in
/// the same one already, `merged`'s row is taken out. Answers what moved and what was taken
/// out, for the undo.
fn move_partners(
    tx: &Transaction<'_>,
    merged: OrganizationId,
    kept: OrganizationId,
) -> Result<(Vec<String>, Vec<PartnerRow>)> {
    let rows: Vec<(PartnerRow, bool)> = tx
        .prepare_cached(
            "SELECT p.project_id, p.position, p.created_at,
                    EXISTS (SELECT 1 FROM initiative_partner k
                            WHERE k.project_id = p.project_id AND k.organization_id = ?2)
             FROM initiative_partner p WHERE p.organization_id = ?1",
        )?
        .query_map(params![merged, kept], |r| {
            Ok((
                PartnerRow {
                    project_id: r.get(0)?,
                    position: r.get(1)?,
                    created_at: r.get(2)?,
                },
                r.get(3)?,
            ))
        })?
        .collect::<rusqlite::Result<_>>()?;
    let mut moved = Vec::new();
    let mut met = Vec::new();
    for (row, kept_already) in rows {
        if kept_already {
            tx.prepare_cached(
                "DELETE FROM initiative_partner WHERE project_id = ?1 AND organization_id = ?2",
            )?
            .execute(params![row.project_id, merged])?;
            met.push(row);
        } else {
            tx.prepare_cached(
                "UPDATE initiative_partner SET organization_id = ?3
                 WHERE project_id = ?1 AND organization_id = ?2",
            )?
            .execute(params![row.project_id, merged, kept])?;
            moved.push(row.project_id);
        }
    }
    Ok((moved, met))
}

/// The merges into an organization, newest first.
pub fn into(conn: &Connection, kept: OrganizationId) -> Result<Vec<OrgMerge>> {
    Ok(conn
        .prepare_cached(
            "SELECT m.id, m.kept_id, o.name, m.merged_id, m.merged_by, m.merged_at, m.undone_at
             FROM organization_merge m JOIN organization o ON o.id = m.merged_id
             WHERE m.kept_id = ?1 ORDER BY m.merged_at DESC, m.id DESC",
        )?
        .query_map(params![kept], |r| {
            Ok(OrgMerge {
                id: r.get(0)?,
                kept_id: r.get(1)?,
                merged_name: r.get(2)?,
                merged_id: r.get(3)?,
                merged_by: r.get(4)?,
                merged_at: r.get(5)?,
                undone_at: r.get(6)?,
            })
        })?
        .collect::<rusqlite::Result<_>>()?)
}

#[cfg(test)]
mod tests {
    use crate::db::Database;

    /// What a merge does with each column that points at an organization. A table a new area
    /// adds fails the test below until it is handled here and named in this list.
    const HANDLED: &[(&str, &str)] = &[
        // Moved to the kept record, and back on undo.
        ("organization_relationship", "organization_id"),
        ("organization_contact", "organization_id"),
        ("map_node", "organization_id"),
        ("tie", "organization_id"),
        ("initiative_partner", "organization_id"),
        // Left as they are: "not the same" was said of those two records, and stays true of the
        // one merged away (an undo brings it back as it was).
        ("organization_not_duplicate", "first_id"),
        ("organization_not_duplicate", "second_id"),
        // The merge's own bookkeeping.
        ("organization", "merged_into"),
        ("organization_merge", "kept_id"),
        ("organization_merge", "merged_id"),
    ];

    #[test]
    fn every_reference_to_an_organization_is_handled_by_merge() {
        let db = Database::open_in_memory().unwrap();
        let found: Vec<(String, String)> = db
            .conn()
            .prepare(
                "SELECT m.name, f.\"from\" FROM sqlite_schema m, pragma_foreign_key_list(m.name) f
                 WHERE m.type = 'table' AND f.\"table\" = 'organization'",
            )
            .unwrap()
            .query_map([], |r| Ok((r.get(0)?, r.get(1)?)))
            .unwrap()
            .collect::<rusqlite::Result<_>>()
            .unwrap();
        let missing: Vec<_> = found
            .iter()
            .filter(|(t, c)| !HANDLED.iter().any(|(ht, hc)| ht == t && hc == c))
            .collect();
        assert!(
            missing.is_empty(),
            "a merge does not say what happens to {missing:?}: handle them and list them here"
        );
        let stale: Vec<_> = HANDLED
            .iter()
            .filter(|(ht, hc)| !found.iter().any(|(t, c)| ht == t && hc == c))
            .collect();
        assert!(
            stale.is_empty(),
            "no such reference in the schema: {stale:?}"
        );
    }
}
