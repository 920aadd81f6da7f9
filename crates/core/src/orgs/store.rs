//! Reading and writing organizations. The search index follows the rows by triggers (see the
//! migration), so every write here is one statement on `organization` plus its history.

use chrono::{DateTime, Utc};
use rusqlite::{params, Connection, OptionalExtension, Row, Transaction};

use super::history;
use super::model::{OrgInput, OrgKind, Organization, Relationship};
use super::validate;
use crate::db::codes::{column, to_code};
use crate::db::{timestamp, Database};
use crate::ids::OrganizationId;
use crate::msg;
use crate::{CoreError, Result};

/// A new organization: its fields, the relationship it starts with, who added it.
#[derive(Debug, Clone)]
pub struct NewOrg<'a> {
    pub input: OrgInput,
    pub relationship: Relationship,
    pub added_by: &'a str,
    pub is_sample: bool,
}

const COLUMNS: &str = "id, name, kind, relationship, area, street, city, state, zip, languages,
     website, phone, email, notes, is_sample, created_at, updated_at";

fn from_row(r: &Row<'_>) -> rusqlite::Result<Organization> {
    let languages: String = r.get(9)?;
    Ok(Organization {
        id: r.get(0)?,
        fields: OrgInput {
            name: r.get(1)?,
            kind: column(r.get(2)?)?,
            area: r.get(4)?,
            street: r.get(5)?,
            city: r.get(6)?,
            state: r.get(7)?,
            zip: r.get(8)?,
            // The column is checked to be JSON; anything but a list of text reads as none.
            languages: serde_json::from_str(&languages).unwrap_or_default(),
            website: r.get(10)?,
            phone: r.get(11)?,
            email: r.get(12)?,
            notes: r.get(13)?,
        },
        relationship: column(r.get(3)?)?,
        is_sample: r.get(14)?,
        created_at: r.get(15)?,
        updated_at: r.get(16)?,
    })
}

pub fn not_found(id: OrganizationId) -> CoreError {
    CoreError::NotFound {
        what: msg!("thing-organization", id = id.to_string()),
    }
}

/// An organization as it stands, merged or not.
pub fn get(conn: &Connection, id: OrganizationId) -> Result<Organization> {
    conn.prepare_cached(&format!("SELECT {COLUMNS} FROM organization WHERE id = ?1"))?
        .query_row(params![id], from_row)
        .optional()?
        .ok_or_else(|| not_found(id))
}

/// Fails with `NotFound` unless the organization is there and has not been merged away.
pub fn check_exists(conn: &Connection, id: OrganizationId) -> Result<()> {
    let found: Option<i64> = conn
        .prepare_cached("SELECT 1 FROM organization WHERE id = ?1 AND merged_into IS NULL")?
        .query_row(params![id], |r| r.get(0))
        .optional()?;
    found.map(|_| ()).ok_or_else(|| not_found(id))
}

pub fn create(db: &mut Database, new: NewOrg<'_>, now: DateTime<Utc>) -> Result<Organization> {
    if new.added_by.trim().is_empty() {
        return Err(
            CoreError::invalid(msg!("field-added-by"), msg!("org-added-by-missing")).at("added_by"),
        );
    }
    let new = NewOrg {
        input: validate::org_input(new.input)?,
        ..new
    };
    let id = db.write(|tx| insert(tx, &new, now))?;
    get(db.conn(), id)
}

/// Writes an organization already validated ([`validate::org_input`]) inside the caller's
/// transaction, with the first line of its relationship history.
pub(crate) fn insert(
    tx: &Transaction<'_>,
    new: &NewOrg<'_>,
    now: DateTime<Utc>,
) -> Result<OrganizationId> {
    let id = OrganizationId::new();
    let at = timestamp::to_text(now);
    let f = &new.input;
    tx.prepare_cached(
        "INSERT INTO organization (id, name, kind, relationship, area, street, city, state, zip,
                                   languages, website, phone, email, notes, is_sample,
                                   created_at, updated_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?16)",
    )?
    .execute(params![
        id,
        f.name,
        to_code(&f.kind),
        to_code(&new.relationship),
        f.area,
        f.street,
        f.city,
        f.state,
        f.zip,
        serde_json::Value::from(f.languages.clone()).to_string(),
        f.website,
        f.phone,
        f.email,
        f.notes,
        new.is_sample,
        at,
    ])?;
    history::record(
        tx,
        history::Change {
            organization: id,
            previous: None,
            relationship: new.relationship,
            reason: None,
            by: new.added_by,
        },
        now,
    )?;
    Ok(id)
}

/// Rewrites an organization's own fields (its relationship changes through
/// [`relationship::change`], which keeps the history).
pub fn update(
    db: &mut Database,
    id: OrganizationId,
    input: OrgInput,
    now: DateTime<Utc>,
) -> Result<Organization> {
    let f = validate::org_input(input)?;
    db.write(|tx| {
        check_exists(tx, id)?;
        write_fields(tx, id, &f, now)
    })?;
    get(db.conn(), id)
}

/// Writes an organization's own fields (already validated) inside the caller's transaction.
pub(crate) fn write_fields(
    tx: &Transaction<'_>,
    id: OrganizationId,
    f: &OrgInput,
    now: DateTime<Utc>,
) -> Result<()> {
    tx.prepare_cached(
        "UPDATE organization SET name = ?2, kind = ?3, area = ?4, street = ?5, city = ?6,
                state = ?7, zip = ?8, languages = ?9, website = ?10, phone = ?11,
                email = ?12, notes = ?13, updated_at = ?14
         WHERE id = ?1",
    )?
    .execute(params![
        id,
        f.name,
        to_code(&f.kind),
        f.area,
        f.street,
        f.city,
        f.state,
        f.zip,
        serde_json::Value::from(f.languages.clone()).to_string(),
        f.website,
        f.phone,
        f.email,
        f.notes,
        timestamp::to_text(now),
    ])?;
    Ok(())
}

/// The areas organizations are in, for the directory's filter: each once, in order.
pub fn areas(conn: &Connection) -> Result<Vec<String>> {
    Ok(conn
        .prepare_cached(
            "SELECT DISTINCT area FROM organization
             WHERE area IS NOT NULL AND merged_into IS NULL ORDER BY area COLLATE NOCASE",
        )?
        .query_map([], |r| r.get(0))?
        .collect::<rusqlite::Result<_>>()?)
}

/// How many organizations there are of each kind (merged ones left out).
pub fn count_by_kind(conn: &Connection) -> Result<Vec<(OrgKind, u32)>> {
    let rows: Vec<(String, u32)> = conn
        .prepare_cached(
            "SELECT kind, count(*) FROM organization WHERE merged_into IS NULL GROUP BY kind",
        )?
        .query_map([], |r| Ok((r.get(0)?, r.get(1)?)))?
        .collect::<rusqlite::Result<_>>()?;
    rows.into_iter()
        .map(|(code, n)| Ok((column(code)?, n)))
        .collect::<rusqlite::Result<_>>()
        .map_err(Into::into)
}

#[cfg(test)]
mod tests {
    use super::*;

    pub(crate) fn now() -> DateTime<Utc> {
        "2026-05-01T15:00:00Z".parse().unwrap()
    }

    fn new_org(name: &str) -> NewOrg<'static> {
        NewOrg {
            input: OrgInput::named(name, OrgKind::TenantAssociation),
            relationship: Relationship::Ally,
            added_by: "Rosa",
            is_sample: false,
        }
    }

    #[test]
    fn an_organization_is_written_with_the_first_line_of_its_history() {
        let mut db = Database::open_in_memory().unwrap();
        let org = create(&mut db, new_org("Eastside Tenants Union"), now()).unwrap();
        assert_eq!(org.fields.name, "Eastside Tenants Union");
        assert_eq!(org.relationship, Relationship::Ally);
        let history = crate::orgs::relationship::history(db.conn(), org.id).unwrap();
        assert_eq!(history.len(), 1);
        assert_eq!(history[0].previous, None);
        assert_eq!(history[0].changed_by, "Rosa");
    }

    #[test]
    fn a_nameless_organization_is_refused_and_nothing_is_written() {
        let mut db = Database::open_in_memory().unwrap();
        let err = create(&mut db, new_org(" "), now()).unwrap_err();
        assert_eq!(err.key(), Some("name"));
        let nobody = NewOrg {
            added_by: " ",
            ..new_org("Eastside Tenants Union")
        };
        let err = create(&mut db, nobody, now()).unwrap_err();
        assert_eq!(err.key(), Some("added_by"));
        let count: i64 = db
            .conn()
            .query_row("SELECT count(*) FROM organization", [], |r| r.get(0))
            .unwrap();
        assert_eq!(count, 0);
    }

    #[test]
    fn an_update_keeps_the_relationship_and_refuses_an_unknown_id() {
        let mut db = Database::open_in_memory().unwrap();
        let org = create(&mut db, new_org("Eastside Tenants Union"), now()).unwrap();
        let mut input = org.fields.clone();
        input.area = Some("Eastside".into());
        let updated = update(&mut db, org.id, input.clone(), now()).unwrap();
        assert_eq!(updated.fields.area.as_deref(), Some("Eastside"));
        assert_eq!(updated.relationship, Relationship::Ally);
        let err = update(&mut db, OrganizationId::new(), input, now()).unwrap_err();
        assert!(matches!(err, CoreError::NotFound { .. }));
    }
}
