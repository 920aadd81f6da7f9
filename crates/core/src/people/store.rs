//! Reading and writing people. Every write runs in one transaction with the search index.

use chrono::{DateTime, Utc};

use rusqlite::{params, params_from_iter, Connection, OptionalExtension, Row, Transaction};

use super::columns::{editable_cells, EditableCodes, UPDATE_SQL};
use super::model::*;
use super::new_rows::{insert_new, ChildRows, NewChildren, NewPerson};
use super::{search_index, validate};
use crate::db::codes::column;
use crate::db::rows::cell;
use crate::db::{timestamp, Database};
use crate::ids::PersonId;
use crate::msg;
use crate::{CoreError, Result};

// Where a new person came from: a parameter of every write that makes one.
pub use super::model::Origin;

pub fn create(
    db: &mut Database,
    input: PersonInput,
    origin: Origin<'_>,
    now: DateTime<Utc>,
) -> Result<Person> {
    let input = validate::person_input(input)?;
    let id = db.write(|tx| insert(tx, &input, origin, now))?;
    get(db.conn(), id)
}

/// Inserts an already validated person inside a caller's transaction (imports use this).
pub(crate) fn insert(
    tx: &Transaction<'_>,
    input: &PersonInput,
    origin: Origin<'_>,
    now: DateTime<Utc>,
) -> Result<PersonId> {
    insert_new(tx, &NewPerson::new(input.clone()), origin, None, now)
}

/// Fails with `NotFound` unless the person is there.
pub fn check_exists(conn: &Connection, id: PersonId) -> Result<()> {
    let found: Option<i64> = conn
        .prepare_cached("SELECT 1 FROM person WHERE id = ?1")?
        .query_row(params![id], |r| r.get(0))
        .optional()?;
    found.map(|_| ()).ok_or_else(|| CoreError::NotFound {
        what: msg!("thing-person", id = id.to_string()),
    })
}

pub fn update(
    db: &mut Database,
    id: PersonId,
    input: PersonInput,
    now: DateTime<Utc>,
) -> Result<Person> {
    let input = validate::person_input(input)?;
    let at = timestamp::to_text(now);
    db.write(|tx| {
        check_exists(tx, id)?;
        write_fields(tx, id, &input, &at)
    })?;
    get(db.conn(), id)
}

/// Writes every field an organizer edits, replacing the person's phones, emails, languages,
/// tags and availability, then refreshes the search index.
pub(crate) fn write_fields(
    tx: &Transaction<'_>,
    id: PersonId,
    p: &PersonInput,
    at: &str,
) -> Result<()> {
    write_fields_of(tx, id, p, at)?;
    let rowid: i64 = tx
        .prepare_cached("SELECT rowid FROM person WHERE id = ?1")?
        .query_row(params![id], |r| r.get(0))?;
    search_index::write(tx, rowid, p, false)
}

fn write_fields_of(tx: &Transaction<'_>, id: PersonId, p: &PersonInput, at: &str) -> Result<()> {
    let codes = EditableCodes::of(p);
    let values = [cell(&id)?]
        .into_iter()
        .chain(editable_cells(p, &codes)?)
        .chain([cell(&at)?]);
    tx.prepare_cached(&UPDATE_SQL)?
        .execute(params_from_iter(values))?;
    for sql in [
        "DELETE FROM person_phone WHERE person_id = ?1",
        "DELETE FROM person_email WHERE person_id = ?1",
        "DELETE FROM person_language WHERE person_id = ?1",
        "DELETE FROM person_tag WHERE person_id = ?1",
        "DELETE FROM person_availability WHERE person_id = ?1",
    ] {
        tx.prepare_cached(sql)?.execute(params![id])?;
    }
    let made = NewChildren::of(p);
    let mut children = ChildRows::new();
    children.push(&id, p, &made, at)?;
    children.write(tx)
}

/// Someone with this phone number (E.164), if anyone has it.
pub(crate) fn by_phone(conn: &Connection, e164: &str) -> Result<Option<PersonId>> {
    Ok(conn
        .prepare_cached("SELECT person_id FROM person_phone WHERE e164 = ?1 LIMIT 1")?
        .query_row(params![e164], |r| r.get(0))
        .optional()?)
}

/// Someone with this email address, in any letter case, if anyone has it.
pub(crate) fn by_email(conn: &Connection, email: &str) -> Result<Option<PersonId>> {
    Ok(conn
        .prepare_cached(
            "SELECT person_id FROM person_email WHERE email = ?1 COLLATE NOCASE LIMIT 1",
        )?
        .query_row(params![email], |r| r.get(0))
        .optional()?)
}

const PERSON_COLUMNS: &str =
    "id, first_name, last_name, preferred_name, pronouns, street, unit, city, state, zip,
    preferred_language, union_name, union_local, is_student, workplace, do_not_call, do_not_text,
    do_not_email, access_needs, notes, children, needs_childcare, cares_for_adult, caregiving_note,
    work_schedule, transport, actionkit_id, membership_status, member_type, dues_status, join_date,
    expires_on, ladder_level, created_at, updated_at, van_id, source, is_sample";

fn from_row(r: &Row<'_>) -> rusqlite::Result<Person> {
    let status: Option<String> = r.get(27)?;
    Ok(Person {
        id: r.get(0)?,
        fields: PersonFields {
            first_name: r.get(1)?,
            last_name: r.get(2)?,
            preferred_name: r.get(3)?,
            pronouns: r.get(4)?,
            address: Address {
                street: r.get(5)?,
                unit: r.get(6)?,
                city: r.get(7)?,
                state: r.get(8)?,
                zip: r.get(9)?,
            },
            preferred_language: r.get(10)?,
            union_name: r.get(11)?,
            union_local: r.get(12)?,
            is_student: r.get(13)?,
            workplace: r.get(14)?,
            do_not_call: r.get(15)?,
            do_not_text: r.get(16)?,
            do_not_email: r.get(17)?,
            access_needs: r.get(18)?,
            notes: r.get(19)?,
            responsibilities: Responsibilities {
                children: r.get(20)?,
                needs_childcare: r.get(21)?,
                cares_for_adult: r.get(22)?,
                caregiving_note: r.get(23)?,
                work_schedule: column(r.get(24)?)?,
                transport: column(r.get(25)?)?,
            },
            // Read from their own tables by `get`.
            phones: Vec::new(),
            emails: Vec::new(),
            languages: Vec::new(),
            tags: Vec::new(),
            availability: Vec::new(),
        },
        membership: Membership {
            actionkit_id: r.get(26)?,
            status: status.map(column).transpose()?,
            member_type: r.get(28)?,
            dues_status: r.get(29)?,
            join_date: r.get(30)?,
            expires_on: r.get(31)?,
        },
        ladder_level: r.get(32)?,
        created_at: r.get(33)?,
        updated_at: r.get(34)?,
        van_id: r.get(35)?,
        source: r.get(36)?,
        is_sample: r.get(37)?,
        custom_fields: Vec::new(),
    })
}

pub fn get(conn: &Connection, id: PersonId) -> Result<Person> {
    let mut person = conn
        .prepare_cached(&format!(
            "SELECT {PERSON_COLUMNS} FROM person WHERE id = ?1"
        ))?
        .query_row(params![id], from_row)
        .optional()?
        .ok_or_else(|| CoreError::NotFound {
            what: msg!("thing-person", id = id.to_string()),
        })?;
    person.fields.phones = conn
        .prepare_cached(
            "SELECT number, e164, label FROM person_phone WHERE person_id = ?1 ORDER BY position",
        )?
        .query_map(params![id], |r| {
            let (number, e164): (String, Option<String>) = (r.get(0)?, r.get(1)?);
            Ok(Phone {
                shown: super::phone::shown(&number, e164.as_deref()),
                number,
                e164,
                label: r.get(2)?,
            })
        })?
        .collect::<rusqlite::Result<_>>()?;
    person.fields.emails = strings(
        conn,
        "SELECT email FROM person_email WHERE person_id = ?1 ORDER BY position",
        id,
    )?;
    person.fields.languages = strings(
        conn,
        "SELECT language FROM person_language WHERE person_id = ?1 ORDER BY position",
        id,
    )?;
    person.fields.tags = strings(
        conn,
        "SELECT tag FROM person_tag WHERE person_id = ?1 ORDER BY tag COLLATE NOCASE",
        id,
    )?;
    person.fields.availability = conn
        .prepare_cached(
            "SELECT day, part FROM person_availability WHERE person_id = ?1
             ORDER BY instr('montuewedthufrisatsun', day), instr('morningafternoonevening', part)",
        )?
        .query_map(params![id], |r| {
            Ok(Slot {
                day: column(r.get(0)?)?,
                part: column(r.get(1)?)?,
            })
        })?
        .collect::<rusqlite::Result<_>>()?;
    person.custom_fields = conn
        .prepare_cached(
            "SELECT name, value, source FROM person_field WHERE person_id = ?1
             ORDER BY name COLLATE NOCASE",
        )?
        .query_map(params![id], |r| {
            Ok(CustomField {
                name: r.get(0)?,
                value: r.get(1)?,
                source: r.get(2)?,
            })
        })?
        .collect::<rusqlite::Result<_>>()?;
    Ok(person)
}

fn strings(conn: &Connection, sql: &str, id: PersonId) -> Result<Vec<String>> {
    Ok(conn
        .prepare_cached(sql)?
        .query_map(params![id], |r| r.get(0))?
        .collect::<rusqlite::Result<_>>()?)
}

/// What an organizer can edit, read back from a stored person (to edit and save again).
pub fn as_input(p: &Person) -> PersonInput {
    p.fields.clone().map_phones(PhoneInput::from)
}

#[cfg(test)]
mod tests {
    use super::*;

    pub(crate) fn maria() -> PersonInput {
        PersonInput {
            first_name: "María José".into(),
            last_name: "Nguyễn".into(),
            preferred_name: Some("Majo".into()),
            phones: vec![PhoneInput {
                number: "(617) 555-0143".into(),
                label: Some("cell".into()),
            }],
            emails: vec!["majo@example.org".into()],
            address: Address {
                zip: Some("02134".into()),
                city: Some("Allston".into()),
                ..Default::default()
            },
            languages: vec!["Spanish".into(), "English".into()],
            preferred_language: Some("Spanish".into()),
            tags: vec!["tenant".into()],
            responsibilities: Responsibilities {
                children: 2,
                needs_childcare: true,
                work_schedule: WorkSchedule::Nights,
                transport: Transport::Transit,
                ..Default::default()
            },
            availability: vec![
                Slot {
                    day: Weekday::Sat,
                    part: DayPart::Morning,
                },
                Slot {
                    day: Weekday::Mon,
                    part: DayPart::Evening,
                },
            ],
            ..Default::default()
        }
    }

    #[test]
    fn a_person_round_trips_with_everything_kept() {
        let mut db = Database::open_in_memory().unwrap();
        let p = create(&mut db, maria(), Origin::ENTERED, Utc::now()).unwrap();
        assert_eq!(p.display_name(), "Majo Nguyễn");
        assert_eq!(p.fields.phones[0].e164.as_deref(), Some("+16175550143"));
        assert_eq!(p.ladder_level, "contact");
        assert_eq!(
            p.fields.responsibilities.work_schedule,
            WorkSchedule::Nights
        );
        // Availability comes back in week order whatever order it went in.
        assert_eq!(p.fields.availability[0].day, Weekday::Mon);
        let again = get(db.conn(), p.id).unwrap();
        assert_eq!(again, p);
        assert_eq!(as_input(&again), validate::person_input(maria()).unwrap());
    }

    #[test]
    fn update_replaces_fields_and_a_bad_update_changes_nothing() {
        let mut db = Database::open_in_memory().unwrap();
        let p = create(&mut db, maria(), Origin::ENTERED, Utc::now()).unwrap();
        let mut edit = as_input(&p);
        edit.phones.push(PhoneInput {
            number: "617-555-0199".into(),
            label: Some("work".into()),
        });
        edit.notes = Some("Knows everyone on the third floor".into());
        let updated = update(&mut db, p.id, edit.clone(), Utc::now()).unwrap();
        assert_eq!(updated.fields.phones.len(), 2);
        assert_eq!(
            updated.fields.notes.as_deref(),
            Some("Knows everyone on the third floor")
        );
        edit.emails = vec!["broken@".into()];
        assert!(update(&mut db, p.id, edit, Utc::now()).is_err());
        assert_eq!(get(db.conn(), p.id).unwrap(), updated);
    }

    #[test]
    fn updating_someone_missing_says_not_found() {
        let mut db = Database::open_in_memory().unwrap();
        let err = update(&mut db, PersonId::new(), maria(), Utc::now()).unwrap_err();
        assert!(matches!(err, CoreError::NotFound { .. }));
    }
}
