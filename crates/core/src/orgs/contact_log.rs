//! The log of what passed between the chapter and an organization (a call, a meeting, a joint
//! action, an ask), who from the chapter took part, and the next step with its date.

use chrono::{DateTime, NaiveDate, Utc};
use rusqlite::{params, Connection, Transaction};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use super::store;
use crate::db::codes::{column, to_code};
use crate::db::{timestamp, Database};
use crate::ids::{OrgContactId, OrganizationId, PersonId};
use crate::msg;
use crate::people::model::display_name;
use crate::people::one_on_one::date;
use crate::text::trimmed;
use crate::{CoreError, Result};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum ContactKind {
    /// A call, a visit, a message.
    #[default]
    Contact,
    Meeting,
    JointAction,
    /// The chapter asked them for something, or they asked the chapter.
    Ask,
}

#[derive(Debug, Clone, PartialEq, Eq, Deserialize, TS)]
pub struct ContactInput {
    pub kind: ContactKind,
    /// YYYY-MM-DD; not in the future.
    pub happened_on: String,
    pub summary: String,
    /// Who was there from their side, as written.
    pub their_people: Option<String>,
    /// Who from the chapter took part.
    pub people: Vec<PersonId>,
    pub next_step: Option<String>,
    /// YYYY-MM-DD; needs a next step, and cannot come before the contact.
    pub next_step_due: Option<String>,
    pub logged_by: String,
}

/// Someone from the chapter who took part.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct Participant {
    pub id: PersonId,
    pub name: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct OrgContact {
    pub id: OrgContactId,
    pub organization_id: OrganizationId,
    pub kind: ContactKind,
    pub happened_on: String,
    pub summary: String,
    pub their_people: Option<String>,
    pub people: Vec<Participant>,
    pub next_step: Option<String>,
    pub next_step_due: Option<String>,
    pub next_step_done_on: Option<String>,
    pub logged_by: String,
}

/// Logs a contact. `today` bounds its date: what is logged has happened.
pub fn log(
    db: &mut Database,
    organization: OrganizationId,
    input: &ContactInput,
    today: NaiveDate,
    now: DateTime<Utc>,
) -> Result<OrgContact> {
    let happened_on = date(msg!("field-date"), "happened_on", &input.happened_on)?;
    if happened_on > today {
        return Err(
            CoreError::invalid(msg!("field-date"), msg!("org-contact-in-future")).at("happened_on"),
        );
    }
    let summary = input.summary.trim();
    if summary.is_empty() {
        return Err(CoreError::invalid(
            msg!("field-what-happened"),
            msg!("org-contact-summary-missing"),
        )
        .at("summary"));
    }
    let logged_by = input.logged_by.trim();
    if logged_by.is_empty() {
        return Err(CoreError::invalid(
            msg!("field-logged-by"),
            msg!("org-contact-logged-by-missing"),
        )
        .at("logged_by"));
    }
    let next_step = trimmed(&input.next_step);
    let due = match trimmed(&input.next_step_due) {
        Some(text) => {
            let due = date(msg!("field-next-step-due"), "next_step_due", &text)?;
            if next_step.is_none() {
                return Err(CoreError::invalid(
                    msg!("field-next-step"),
                    msg!("org-contact-due-without-step"),
                )
                .at("next_step"));
            }
            if due < happened_on {
                return Err(CoreError::invalid(
                    msg!("field-next-step-due"),
                    msg!("one-on-one-follow-up-before"),
                )
                .at("next_step_due"));
            }
            Some(due.to_string())
        }
        None => None,
    };
    let their_people = trimmed(&input.their_people);
    let id = OrgContactId::new();
    db.write(|tx| {
        store::check_exists(tx, organization)?;
        let row = Row {
            id,
            organization,
            kind: input.kind,
            happened_on,
            summary,
            their_people: their_people.as_deref(),
            next_step: next_step.as_deref(),
            next_step_due: due.as_deref(),
            logged_by,
            is_sample: false,
        };
        insert(tx, &row, &input.people, now)
    })?;
    get(db.conn(), id)
}

/// A contact as written, borrowed from whoever writes it (the form, the sample chapter).
pub(crate) struct Row<'a> {
    pub id: OrgContactId,
    pub organization: OrganizationId,
    pub kind: ContactKind,
    pub happened_on: NaiveDate,
    pub summary: &'a str,
    pub their_people: Option<&'a str>,
    pub next_step: Option<&'a str>,
    pub next_step_due: Option<&'a str>,
    pub logged_by: &'a str,
    pub is_sample: bool,
}

pub(crate) fn insert(
    tx: &Transaction<'_>,
    row: &Row<'_>,
    people: &[PersonId],
    now: DateTime<Utc>,
) -> Result<()> {
    let at = timestamp::to_text(now);
    tx.prepare_cached(
        "INSERT INTO organization_contact (id, organization_id, kind, happened_on, summary,
             their_people, next_step, next_step_due, logged_by, is_sample, created_at, updated_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?11)",
    )?
    .execute(params![
        row.id,
        row.organization,
        to_code(&row.kind),
        row.happened_on.to_string(),
        row.summary,
        row.their_people,
        row.next_step,
        row.next_step_due,
        row.logged_by,
        row.is_sample,
        at,
    ])?;
    for person in people {
        crate::people::store::check_exists(tx, *person)?;
        tx.prepare_cached(
            "INSERT OR IGNORE INTO organization_contact_person
                 (contact_id, person_id, created_at, updated_at)
             VALUES (?1, ?2, ?3, ?3)",
        )?
        .execute(params![row.id, person, at])?;
    }
    Ok(())
}

const COLUMNS: &str = "id, organization_id, kind, happened_on, summary, their_people, next_step,
    next_step_due, next_step_done_on, logged_by";

fn read(conn: &Connection, sql: &str, key: &dyn rusqlite::ToSql) -> Result<Vec<OrgContact>> {
    let mut contacts: Vec<OrgContact> = conn
        .prepare_cached(sql)?
        .query_map([key], |r| {
            Ok(OrgContact {
                id: r.get(0)?,
                organization_id: r.get(1)?,
                kind: column(r.get(2)?)?,
                happened_on: r.get(3)?,
                summary: r.get(4)?,
                their_people: r.get(5)?,
                people: Vec::new(),
                next_step: r.get(6)?,
                next_step_due: r.get(7)?,
                next_step_done_on: r.get(8)?,
                logged_by: r.get(9)?,
            })
        })?
        .collect::<rusqlite::Result<_>>()?;
    let mut people = conn.prepare_cached(
        "SELECT p.id, p.preferred_name, p.first_name, p.last_name
         FROM organization_contact_person c JOIN person p ON p.id = c.person_id
         WHERE c.contact_id = ?1 ORDER BY p.last_name COLLATE NOCASE, p.first_name COLLATE NOCASE",
    )?;
    for contact in &mut contacts {
        contact.people = people
            .query_map(params![contact.id], |r| {
                let preferred: Option<String> = r.get(1)?;
                let first: String = r.get(2)?;
                let last: String = r.get(3)?;
                Ok(Participant {
                    id: r.get(0)?,
                    name: display_name(preferred.as_deref(), &first, &last),
                })
            })?
            .collect::<rusqlite::Result<_>>()?;
    }
    Ok(contacts)
}

pub fn get(conn: &Connection, id: OrgContactId) -> Result<OrgContact> {
    read(
        conn,
        &format!("SELECT {COLUMNS} FROM organization_contact WHERE id = ?1"),
        &id,
    )?
    .pop()
    .ok_or_else(|| CoreError::NotFound {
        what: msg!("thing-org-contact", id = id.to_string()),
    })
}

/// An organization's log, newest first.
pub fn for_org(conn: &Connection, organization: OrganizationId) -> Result<Vec<OrgContact>> {
    read(
        conn,
        &format!(
            "SELECT {COLUMNS} FROM organization_contact WHERE organization_id = ?1
             ORDER BY happened_on DESC, created_at DESC"
        ),
        &organization,
    )
}

/// Marks a contact's next step as done on a day; it leaves "to tend" but stays in the log.
pub fn complete_next_step(
    db: &mut Database,
    id: OrgContactId,
    done_on: NaiveDate,
    now: DateTime<Utc>,
) -> Result<OrgContact> {
    let changed = db.write(|tx| {
        Ok(tx
            .prepare_cached(
                "UPDATE organization_contact SET next_step_done_on = ?2, updated_at = ?3
                 WHERE id = ?1 AND next_step IS NOT NULL",
            )?
            .execute(params![id, done_on.to_string(), timestamp::to_text(now)])?)
    })?;
    if changed == 0 {
        return Err(CoreError::NotFound {
            what: msg!("thing-org-contact", id = id.to_string()),
        });
    }
    get(db.conn(), id)
}
