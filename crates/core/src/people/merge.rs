//! Merging two records of one person, field by field, keeping all history.
//!
//! The organizer picks, for each group of fields where the records differ, which record's
//! value stays. Lists (phones, emails, languages, tags, availability, other tools' fields) are
//! joined; an opt-out on either record stays; notes from both are kept. Every one-on-one,
//! ladder change, sign-in and follow-up of the record merged away moves to the one kept; that
//! record itself is kept whole as JSON in `person_merge`, with the choices made, and its
//! national-list and VAN ids still lead to the person it became.

use chrono::{DateTime, Utc};
use rusqlite::{params, OptionalExtension, Transaction};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use super::model::{Person, PersonInput};
use super::store::{self, as_input};
use super::validate;
use crate::db::{timestamp, Database};
use crate::ids::{LadderChangeId, PersonId};
use crate::msg;
use crate::{CoreError, Result};

/// The groups of fields an organizer chooses between.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum MergeField {
    /// First, last and preferred name.
    Name,
    Pronouns,
    /// Street, unit, city, state, ZIP, as one.
    Address,
    PreferredLanguage,
    /// Union name and local.
    Union,
    Workplace,
    AccessNeeds,
    /// Children, childcare, caregiving, work schedule, transport.
    Responsibilities,
    /// The national list's facts (ActionKit id, status, dates).
    Membership,
    LadderLevel,
}

const ALL: [MergeField; 10] = [
    MergeField::Name,
    MergeField::Pronouns,
    MergeField::Address,
    MergeField::PreferredLanguage,
    MergeField::Union,
    MergeField::Workplace,
    MergeField::AccessNeeds,
    MergeField::Responsibilities,
    MergeField::Membership,
    MergeField::LadderLevel,
];

/// What each record holds beyond its fields, so the organizer sees what will move.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct RecordHistory {
    pub one_on_ones: u32,
    pub meetings: u32,
    pub ladder_changes: u32,
}

/// Two records side by side, with the groups of fields where they differ.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct MergeComparison {
    pub a: Person,
    pub b: Person,
    pub a_history: RecordHistory,
    pub b_history: RecordHistory,
    pub differing: Vec<MergeField>,
}

#[derive(Debug, Clone, PartialEq, Eq, Deserialize, TS)]
pub struct MergeRequest {
    pub keep: PersonId,
    pub merge: PersonId,
    /// The groups whose value comes from the record merged away; every other group keeps the
    /// kept record's value.
    pub take_from_merged: Vec<MergeField>,
    pub merged_by: String,
}

fn same(field: MergeField, a: &Person, b: &Person) -> bool {
    let (x, y) = (&a.fields, &b.fields);
    match field {
        MergeField::Name => {
            (&x.first_name, &x.last_name, &x.preferred_name)
                == (&y.first_name, &y.last_name, &y.preferred_name)
        }
        MergeField::Pronouns => x.pronouns == y.pronouns,
        MergeField::Address => x.address == y.address,
        MergeField::PreferredLanguage => x.preferred_language == y.preferred_language,
        MergeField::Union => (&x.union_name, &x.union_local) == (&y.union_name, &y.union_local),
        MergeField::Workplace => x.workplace == y.workplace,
        MergeField::AccessNeeds => x.access_needs == y.access_needs,
        MergeField::Responsibilities => x.responsibilities == y.responsibilities,
        MergeField::Membership => a.membership == b.membership,
        MergeField::LadderLevel => a.ladder_level == b.ladder_level,
    }
}

fn history(conn: &rusqlite::Connection, id: PersonId) -> Result<RecordHistory> {
    let count = |sql: &str| -> Result<u32> {
        Ok(conn
            .prepare_cached(sql)?
            .query_row(params![id], |r| r.get(0))?)
    };
    Ok(RecordHistory {
        one_on_ones: count("SELECT count(*) FROM one_on_one WHERE person_id = ?1")?,
        meetings: count("SELECT count(*) FROM attendance WHERE person_id = ?1")?,
        ladder_changes: count("SELECT count(*) FROM ladder_change WHERE person_id = ?1")?,
    })
}

pub fn compare(conn: &rusqlite::Connection, a: PersonId, b: PersonId) -> Result<MergeComparison> {
    let (pa, pb) = (store::get(conn, a)?, store::get(conn, b)?);
    let differing = ALL.into_iter().filter(|f| !same(*f, &pa, &pb)).collect();
    Ok(MergeComparison {
        a_history: history(conn, a)?,
        b_history: history(conn, b)?,
        a: pa,
        b: pb,
        differing,
    })
}

/// The kept record's fields after the merge.
fn merged_input(keep: &Person, other: &Person, take: &[MergeField]) -> PersonInput {
    let mut m = as_input(keep);
    let o = as_input(other);
    let from_other = |f: MergeField| take.contains(&f);
    if from_other(MergeField::Name) {
        m.first_name = o.first_name.clone();
        m.last_name = o.last_name.clone();
        m.preferred_name = o.preferred_name.clone();
    }
    if from_other(MergeField::Pronouns) {
        m.pronouns = o.pronouns.clone();
    }
    if from_other(MergeField::Address) {
        m.address = o.address.clone();
    }
    if from_other(MergeField::PreferredLanguage) {
        m.preferred_language = o.preferred_language.clone();
    }
    if from_other(MergeField::Union) {
        m.union_name = o.union_name.clone();
        m.union_local = o.union_local.clone();
    }
    if from_other(MergeField::Workplace) {
        m.workplace = o.workplace.clone();
    }
    if from_other(MergeField::AccessNeeds) {
        m.access_needs = o.access_needs.clone();
    }
    if from_other(MergeField::Responsibilities) {
        m.responsibilities = o.responsibilities.clone();
    }
    // The kept record's entries stay first (its primary phone and email stay primary).
    m.join_contacts(&o);
    for language in &o.languages {
        m.add_language(language);
    }
    for slot in &o.availability {
        if !m.availability.contains(slot) {
            m.availability.push(*slot);
        }
    }
    // Someone who asked one record not to be called asked the person.
    m.do_not_call |= o.do_not_call;
    m.do_not_text |= o.do_not_text;
    m.do_not_email |= o.do_not_email;
    m.is_student |= o.is_student;
    m.notes = match (m.notes.take(), o.notes.clone()) {
        (Some(mine), Some(theirs)) if mine.trim() != theirs.trim() => Some(format!(
            "{mine}\n\n(From the record of {} merged into this one:)\n{theirs}",
            other.display_name()
        )),
        (mine, theirs) => mine.or(theirs),
    };
    m
}

/// A column that points at `person`, and what a merge does with the rows that point at the
/// record merged away. Every such column in the schema must be listed here: a test reads the
/// schema's foreign keys and fails on one that is missing, so a table a new area adds cannot
/// silently lose its rows (or have them set to nobody) when two records are merged.
pub struct Reference {
    pub table: &'static str,
    pub column: &'static str,
    pub handling: Handling,
}

pub enum Handling {
    /// Moved to the kept record by these statements (`?1` kept, `?2` merged, `?3` now).
    Moved(&'static [&'static str]),
    /// The merged record's values are joined into the kept record's fields, which are written
    /// anew; its own rows go with it.
    JoinedIntoFields,
    /// Dropped with the merged record, for the reason given.
    Dropped(&'static str),
}

const fn moved(
    table: &'static str,
    column: &'static str,
    sql: &'static [&'static str],
) -> Reference {
    Reference {
        table,
        column,
        handling: Handling::Moved(sql),
    }
}

const fn joined(table: &'static str) -> Reference {
    Reference {
        table,
        column: "person_id",
        handling: Handling::JoinedIntoFields,
    }
}

/// A pair set aside as not the same person was about the record merged away.
const SET_ASIDE: Handling =
    Handling::Dropped("a pair set aside as not the same person was about the record merged away");

pub const REFERENCES: &[Reference] = &[
    // The same person living behind a door: the door's resident is the kept record.
    moved(
        "resident",
        "person_id",
        &["UPDATE resident SET person_id = ?1, updated_at = ?3 WHERE person_id = ?2"],
    ),
    moved(
        "one_on_one",
        "person_id",
        &["UPDATE one_on_one SET person_id = ?1, updated_at = ?3 WHERE person_id = ?2"],
    ),
    moved(
        "ladder_change",
        "person_id",
        &["UPDATE ladder_change SET person_id = ?1, updated_at = ?3 WHERE person_id = ?2"],
    ),
    // A meeting both records signed in at stays one sign-in, keeping a childcare request from
    // either.
    moved(
        "attendance",
        "person_id",
        &[
            "UPDATE attendance SET wants_childcare = 1, updated_at = ?3 WHERE person_id = ?1
               AND meeting_id IN (SELECT meeting_id FROM attendance
                                  WHERE person_id = ?2 AND wants_childcare = 1)",
            "UPDATE OR IGNORE attendance SET person_id = ?1, updated_at = ?3 WHERE person_id = ?2",
        ],
    ),
    moved(
        "person_field",
        "person_id",
        &["UPDATE OR IGNORE person_field SET person_id = ?1, updated_at = ?3 WHERE person_id = ?2"],
    ),
    moved(
        "person_merge",
        "kept_id",
        &["UPDATE person_merge SET kept_id = ?1, updated_at = ?3 WHERE kept_id = ?2"],
    ),
    moved(
        "needs_response",
        "person_id",
        &["UPDATE needs_response SET person_id = ?1, updated_at = ?3 WHERE person_id = ?2"],
    ),
    // A tie both records had to one organization stays one tie, as strong as the stronger.
    moved(
        "tie",
        "person_id",
        &[
            "UPDATE tie SET
                 strength = max(strength, (SELECT m.strength FROM tie m
                     WHERE m.person_id = ?2 AND m.organization_id = tie.organization_id)),
                 would_introduce = max(would_introduce, (SELECT m.would_introduce FROM tie m
                     WHERE m.person_id = ?2 AND m.organization_id = tie.organization_id)),
                 updated_at = ?3
             WHERE person_id = ?1
               AND organization_id IN (SELECT organization_id FROM tie WHERE person_id = ?2)",
            "UPDATE OR IGNORE tie SET person_id = ?1, updated_at = ?3 WHERE person_id = ?2",
        ],
    ),
    moved(
        "connections_response",
        "person_id",
        &["UPDATE connections_response SET person_id = ?1, updated_at = ?3 WHERE person_id = ?2"],
    ),
    moved(
        "organization_contact_person",
        "person_id",
        &["UPDATE OR IGNORE organization_contact_person SET person_id = ?1, updated_at = ?3
           WHERE person_id = ?2"],
    ),
    moved(
        "map_node",
        "person_id",
        &["UPDATE map_node SET person_id = ?1, updated_at = ?3 WHERE person_id = ?2"],
    ),
    moved(
        "initiative",
        "responsible_id",
        &["UPDATE initiative SET responsible_id = ?1, updated_at = ?3 WHERE responsible_id = ?2"],
    ),
    joined("person_phone"),
    joined("person_email"),
    joined("person_language"),
    joined("person_tag"),
    joined("person_availability"),
    Reference {
        table: "not_duplicate",
        column: "person_a",
        handling: SET_ASIDE,
    },
    Reference {
        table: "not_duplicate",
        column: "person_b",
        handling: SET_ASIDE,
    },
];

fn rowid(tx: &Transaction<'_>, id: PersonId) -> Result<i64> {
    Ok(tx
        .prepare_cached("SELECT rowid FROM person WHERE id = ?1")?
        .query_row(params![id], |r| r.get(0))?)
}

pub fn merge(db: &mut Database, request: &MergeRequest, now: DateTime<Utc>) -> Result<Person> {
    let merged_by = request.merged_by.trim();
    if merged_by.is_empty() {
        return Err(
            CoreError::invalid(msg!("field-merged-by"), msg!("merge-by-missing")).at("merged_by"),
        );
    }
    if request.keep == request.merge {
        return Err(CoreError::invalid(
            msg!("field-merge"),
            msg!("merge-same-record"),
        ));
    }
    let at = timestamp::to_text(now);
    let (keep, merge) = (request.keep, request.merge);
    db.write(|tx| {
        let kept = store::get(tx, keep)?;
        let other = store::get(tx, merge)?;
        let take = &request.take_from_merged;
        let input = validate::person_input(merged_input(&kept, &other, take))?;
        let list_values: Option<String> = tx
            .prepare_cached("SELECT list_values FROM person WHERE id = ?1")?
            .query_row(params![merge], |r| r.get(0))?;

        // The kept record's final membership and VAN id; the other's ids that lose out stay
        // findable through the merge record.
        let membership_from_other = take.contains(&MergeField::Membership);
        let final_ak = if membership_from_other {
            other.membership.actionkit_id.clone()
        } else {
            kept.membership.actionkit_id.clone()
        };
        let losing_ak = [
            &kept.membership.actionkit_id,
            &other.membership.actionkit_id,
        ]
        .into_iter()
        .flatten()
        .find(|ak| Some(*ak) != final_ak.as_ref())
        .cloned();
        let final_van = kept.van_id.clone().or(other.van_id.clone());
        let losing_van = other
            .van_id
            .clone()
            .filter(|v| Some(v) != final_van.as_ref());

        let snapshot = serde_json::to_string(&other)
            .map_err(|e| CoreError::invalid(msg!("field-merge"), e.to_string()))?;
        let choices = serde_json::to_string(take)
            .map_err(|e| CoreError::invalid(msg!("field-merge"), e.to_string()))?;
        tx.prepare_cached(
            "INSERT INTO person_merge (id, kept_id, merged_id, merged_name, actionkit_id, van_id,
                 snapshot, choices, merged_by, merged_at, created_at, updated_at)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?10, ?10)",
        )?
        .execute(params![
            uuid::Uuid::now_v7().to_string(),
            keep,
            merge,
            other.display_name(),
            losing_ak,
            losing_van,
            snapshot,
            choices,
            merged_by,
            at
        ])?;

        for reference in REFERENCES {
            if let Handling::Moved(statements) = reference.handling {
                for sql in statements {
                    tx.prepare_cached(sql)?.execute(params![keep, merge, at])?;
                }
            }
        }
        let other_rowid = rowid(tx, merge)?;
        tx.prepare_cached("DELETE FROM person_search WHERE rowid = ?1")?
            .execute(params![other_rowid])?;
        tx.prepare_cached("DELETE FROM person WHERE id = ?1")?
            .execute(params![merge])?;

        store::write_fields(tx, keep, &input, &at)?;
        tx.prepare_cached("UPDATE person SET van_id = ?2 WHERE id = ?1")?
            .execute(params![keep, final_van])?;
        if membership_from_other {
            let m = &other.membership;
            tx.prepare_cached(
                "UPDATE person SET actionkit_id = ?2, membership_status = ?3, member_type = ?4,
                     dues_status = ?5, join_date = ?6, expires_on = ?7, list_values = ?8
                 WHERE id = ?1",
            )?
            .execute(params![
                keep,
                m.actionkit_id,
                m.status.map(|s| s.code()),
                m.member_type,
                m.dues_status,
                m.join_date,
                m.expires_on,
                list_values
            ])?;
        }
        if take.contains(&MergeField::LadderLevel) && other.ladder_level != kept.ladder_level {
            tx.prepare_cached("UPDATE person SET ladder_level = ?2 WHERE id = ?1")?
                .execute(params![keep, other.ladder_level])?;
            tx.prepare_cached(
                "INSERT INTO ladder_change (id, person_id, from_level, to_level, changed_by, reason,
                     changed_at, created_at, updated_at)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?7, ?7)",
            )?
            .execute(params![
                LadderChangeId::new(),
                keep,
                kept.ladder_level,
                other.ladder_level,
                merged_by,
                format!("merged with another record of {}", other.display_name()),
                at
            ])?;
        }
        Ok(())
    })?;
    store::get(db.conn(), keep)
}

/// The records merged into a person, newest first: (name, who merged, when).
pub fn merged_into(conn: &rusqlite::Connection, id: PersonId) -> Result<Vec<MergedRecord>> {
    Ok(conn
        .prepare_cached(
            "SELECT merged_name, merged_by, merged_at FROM person_merge WHERE kept_id = ?1
             ORDER BY merged_at DESC",
        )?
        .query_map(params![id], |r| {
            Ok(MergedRecord {
                name: r.get(0)?,
                merged_by: r.get(1)?,
                merged_at: r.get(2)?,
            })
        })?
        .collect::<rusqlite::Result<_>>()?)
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct MergedRecord {
    pub name: String,
    pub merged_by: String,
    pub merged_at: String,
}

/// The kept person a national-list id now belongs to, when its record was merged away.
pub fn kept_for_actionkit_id(tx: &rusqlite::Connection, ak: &str) -> Result<Option<PersonId>> {
    Ok(tx
        .prepare_cached("SELECT kept_id FROM person_merge WHERE actionkit_id = ?1 LIMIT 1")?
        .query_row(params![ak], |r| r.get(0))
        .optional()?)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every column in the schema that points at `person` is handled by a merge. A table a new
    /// area adds (ties, canvass results, training attendance, grant contacts) fails here until
    /// it is listed in `REFERENCES`.
    #[test]
    fn every_reference_to_a_person_is_handled_by_merge() {
        let db = Database::open_in_memory().unwrap();
        let mut found: Vec<(String, String)> = db
            .conn()
            .prepare(
                "SELECT m.name, f.\"from\" FROM sqlite_schema m, pragma_foreign_key_list(m.name) f
                 WHERE m.type = 'table' AND f.\"table\" = 'person'",
            )
            .unwrap()
            .query_map([], |r| Ok((r.get(0)?, r.get(1)?)))
            .unwrap()
            .collect::<rusqlite::Result<_>>()
            .unwrap();
        found.sort();
        assert!(found.len() >= 13, "{found:?}");
        let missing: Vec<_> = found
            .iter()
            .filter(|(t, c)| !REFERENCES.iter().any(|r| r.table == t && r.column == c))
            .collect();
        assert!(
            missing.is_empty(),
            "merge does not say what happens to {missing:?}: add them to merge::REFERENCES"
        );
        let stale: Vec<_> = REFERENCES
            .iter()
            .filter(|r| !found.iter().any(|(t, c)| r.table == t && r.column == c))
            .map(|r| (r.table, r.column))
            .collect();
        assert!(
            stale.is_empty(),
            "no such reference in the schema: {stale:?}"
        );
    }
}
