//! Reading and writing people. Every write runs in one transaction with the search index.

use chrono::{DateTime, Utc};
use std::sync::LazyLock;

use rusqlite::types::ToSqlOutput;
use rusqlite::{params, params_from_iter, Connection, OptionalExtension, Row, Transaction};
use uuid::Uuid;

use super::model::*;
use super::phone::to_e164;
use super::{search_index, validate};
use crate::db::codes::{column, to_code};
use crate::db::rows::{cell, int, null, text, Rows};
use crate::db::{timestamp, Database};
use crate::ids::PersonId;
use crate::{CoreError, Result};

/// Where a new person came from, kept on the record.
#[derive(Debug, Clone, Copy)]
pub struct Origin<'a> {
    pub source: &'a str,
    pub is_sample: bool,
}

impl Origin<'_> {
    pub const ENTERED: Origin<'static> = Origin {
        source: "entered",
        is_sample: false,
    };
}

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

/// The person columns an organizer edits, in the order [`editable_cells`] gives them.
const EDITABLE: [&str; 25] = [
    "first_name",
    "last_name",
    "preferred_name",
    "pronouns",
    "street",
    "unit",
    "city",
    "state",
    "zip",
    "preferred_language",
    "union_name",
    "union_local",
    "is_student",
    "workplace",
    "do_not_call",
    "do_not_text",
    "do_not_email",
    "access_needs",
    "notes",
    "children",
    "needs_childcare",
    "cares_for_adult",
    "caregiving_note",
    "work_schedule",
    "transport",
];

/// The values of the [`EDITABLE`] columns, in their order; `codes` holds the two stored as codes.
fn editable_cells<'a>(
    p: &'a PersonInput,
    codes: &'a EditableCodes,
) -> rusqlite::Result<[ToSqlOutput<'a>; EDITABLE.len()]> {
    let r = &p.responsibilities;
    let a = &p.address;
    Ok([
        cell(&p.first_name)?,
        cell(&p.last_name)?,
        cell(&p.preferred_name)?,
        cell(&p.pronouns)?,
        cell(&a.street)?,
        cell(&a.unit)?,
        cell(&a.city)?,
        cell(&a.state)?,
        cell(&a.zip)?,
        cell(&p.preferred_language)?,
        cell(&p.union_name)?,
        cell(&p.union_local)?,
        cell(&p.is_student)?,
        cell(&p.workplace)?,
        cell(&p.do_not_call)?,
        cell(&p.do_not_text)?,
        cell(&p.do_not_email)?,
        cell(&p.access_needs)?,
        cell(&p.notes)?,
        cell(&r.children)?,
        cell(&r.needs_childcare)?,
        cell(&r.cares_for_adult)?,
        cell(&r.caregiving_note)?,
        cell(&codes.schedule)?,
        cell(&codes.transport)?,
    ])
}

/// The two editable columns stored as codes, worked out before a row borrows them.
struct EditableCodes {
    schedule: String,
    transport: String,
}

impl EditableCodes {
    fn of(p: &PersonInput) -> EditableCodes {
        EditableCodes {
            schedule: to_code(&p.responsibilities.work_schedule),
            transport: to_code(&p.responsibilities.transport),
        }
    }
}

/// `?first, ?first+1, ...`, `count` of them.
fn placeholders(first: usize, count: usize) -> String {
    (first..first + count)
        .map(|n| format!("?{n}"))
        .collect::<Vec<_>>()
        .join(", ")
}

/// Every column a new person is written with: the rowid (named, as the search index is keyed
/// by it), id, the editable ones, then where they came from and the national list's facts.
static INSERT_COLUMNS: LazyLock<Vec<&str>> = LazyLock::new(|| {
    let mut columns = vec!["rowid", "id"];
    columns.extend(EDITABLE);
    columns.extend([
        "source",
        "is_sample",
        "actionkit_id",
        "membership_status",
        "member_type",
        "dues_status",
        "join_date",
        "expires_on",
        "list_values",
        "created_at",
        "updated_at",
    ]);
    columns
});

static UPDATE_SQL: LazyLock<String> = LazyLock::new(|| {
    format!(
        "UPDATE person SET ({}) = ({}), updated_at = ?{} WHERE id = ?1",
        EDITABLE.join(", "),
        placeholders(2, EDITABLE.len()),
        EDITABLE.len() + 2
    )
});

/// Inserts an already validated person inside a caller's transaction (imports use this).
pub(crate) fn insert(
    tx: &Transaction<'_>,
    input: &PersonInput,
    origin: Origin<'_>,
    now: DateTime<Utc>,
) -> Result<PersonId> {
    insert_new(tx, &NewPerson::new(input.clone()), origin, None, now)
}

/// A new person with everything worked out that needs no database: their id, the ids and
/// E.164 forms of their phones, the ids of their other rows, and their search row. An import
/// makes these on a second thread while the first writes, since the writing is most of its time.
pub struct NewPerson {
    pub id: PersonId,
    pub input: PersonInput,
    codes: EditableCodes,
    children: NewChildren,
    search: search_index::PendingRow,
}

/// Ids (and, for phones, E.164 forms) for a person's phone, email, language, tag and
/// availability rows, one per item and in order, made ahead of writing them.
struct NewChildren {
    phones: Vec<(String, Option<String>)>,
    email_ids: Vec<String>,
    language_ids: Vec<String>,
    tag_ids: Vec<String>,
    availability: Vec<(String, String, String)>,
}

fn new_row_id() -> String {
    Uuid::now_v7().hyphenated().to_string()
}

impl NewChildren {
    fn of(p: &PersonInput) -> NewChildren {
        let ids = |n: usize| (0..n).map(|_| new_row_id()).collect();
        NewChildren {
            phones: p
                .phones
                .iter()
                .map(|phone| (new_row_id(), to_e164(&phone.number)))
                .collect(),
            email_ids: ids(p.emails.len()),
            language_ids: ids(p.languages.len()),
            tag_ids: ids(p.tags.len()),
            availability: p
                .availability
                .iter()
                .map(|slot| (new_row_id(), to_code(&slot.day), to_code(&slot.part)))
                .collect(),
        }
    }
}

impl NewPerson {
    /// `input` must be validated already ([`validate::person_input`]).
    pub fn new(input: PersonInput) -> NewPerson {
        let children = NewChildren::of(&input);
        let e164: Vec<Option<&str>> = children.phones.iter().map(|(_, e)| e.as_deref()).collect();
        NewPerson {
            id: PersonId::new(),
            codes: EditableCodes::of(&input),
            search: search_index::PendingRow::of(search_index::row_with_e164(&input, &e164)),
            children,
            input,
        }
    }
}

/// A person to insert: made ready ahead ([`NewPerson`]), where they came from, and, for a member
/// of the national list, their membership facts and what the list said (`list_values`, JSON).
pub(crate) struct NewRow<'a> {
    pub new: &'a NewPerson,
    pub origin: Origin<'a>,
    pub membership: Option<(&'a Membership, &'a str)>,
}

/// Inserts one person made ready ahead.
pub(crate) fn insert_new(
    tx: &Transaction<'_>,
    new: &NewPerson,
    origin: Origin<'_>,
    membership: Option<(&Membership, &str)>,
    now: DateTime<Utc>,
) -> Result<PersonId> {
    let mut search = search_index::Pending::default();
    let row = NewRow {
        new,
        origin,
        membership,
    };
    insert_rows(tx, &[row], &mut search, now)?;
    search.write(tx)?;
    Ok(new.id)
}

/// Many new people written in one transaction into a chapter that has no one yet (its first
/// list), in batches ([`Bulk::insert`]), then [`Bulk::finish`]ed before the commit: their
/// search rows wait until then, to be written together ([`search_index::Pending`]).
pub(crate) struct Bulk {
    search: search_index::Pending,
}

impl Bulk {
    /// For about `rows` people.
    pub fn begin(rows: usize) -> Bulk {
        Bulk {
            search: search_index::Pending::with_room_for(rows),
        }
    }

    pub fn insert(
        &mut self,
        tx: &Transaction<'_>,
        people: &[NewRow<'_>],
        now: DateTime<Utc>,
    ) -> Result<()> {
        insert_rows(tx, people, &mut self.search, now)
    }

    /// Writes the search rows.
    pub fn finish(mut self, tx: &Transaction<'_>) -> Result<()> {
        self.search.write(tx)
    }
}

/// Inserts people made ready ahead, with their phones, emails and other rows, a few statements
/// for all of them ([`Rows`]); their search rows join `search`, for the caller to write. Each
/// person gets the next rowid, named outright because the search index's rows are keyed by it.
fn insert_rows(
    tx: &Transaction<'_>,
    people: &[NewRow<'_>],
    search: &mut search_index::Pending,
    now: DateTime<Utc>,
) -> Result<()> {
    let at = timestamp::to_text(now);
    let first_rowid: i64 = tx
        .prepare_cached("SELECT coalesce(max(rowid), 0) + 1 FROM person")?
        .query_row([], |r| r.get(0))?;
    let none = Membership::default();
    let mut person = Rows::new("person", &INSERT_COLUMNS);
    person.reserve(people.len());
    let mut children = ChildRows::new();
    children.reserve(people.iter().map(|row| &row.new.input));
    for (row, rowid) in people.iter().zip(first_rowid..) {
        let (new, p) = (row.new, &row.new.input);
        let (m, list_values) = match row.membership {
            Some((m, values)) => (m, Some(values)),
            None => (&none, None),
        };
        person.push(
            [int(rowid), cell(&new.id)?]
                .into_iter()
                .chain(editable_cells(p, &new.codes)?)
                .chain([
                    cell(&row.origin.source)?,
                    cell(&row.origin.is_sample)?,
                    cell(&m.actionkit_id)?,
                    m.status.map_or(null(), |s| text(s.code())),
                    cell(&m.member_type)?,
                    cell(&m.dues_status)?,
                    cell(&m.join_date)?,
                    cell(&m.expires_on)?,
                    list_values.map_or(null(), text),
                    cell(&at)?,
                    cell(&at)?,
                ]),
        );
        search.push(rowid, &new.search);
        children.push(&new.id, p, &new.children, &at)?;
    }
    person.write(tx)?;
    children.write(tx)
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
        let exists: Option<i64> = tx
            .prepare_cached("SELECT 1 FROM person WHERE id = ?1")?
            .query_row(params![id], |r| r.get(0))
            .optional()?;
        if exists.is_none() {
            return Err(CoreError::NotFound {
                what: format!("person {id}"),
            });
        }
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

/// A person's phones, emails, languages, tags and availability, gathered for writing.
struct ChildRows<'a> {
    phones: Rows<'a>,
    emails: Rows<'a>,
    languages: Rows<'a>,
    tags: Rows<'a>,
    availability: Rows<'a>,
}

impl<'a> ChildRows<'a> {
    fn new() -> ChildRows<'a> {
        ChildRows {
            phones: Rows::new(
                "person_phone",
                &[
                    "id",
                    "person_id",
                    "position",
                    "number",
                    "e164",
                    "label",
                    "created_at",
                    "updated_at",
                ],
            ),
            emails: Rows::new(
                "person_email",
                &[
                    "id",
                    "person_id",
                    "position",
                    "email",
                    "created_at",
                    "updated_at",
                ],
            ),
            languages: Rows::new(
                "person_language",
                &[
                    "id",
                    "person_id",
                    "position",
                    "language",
                    "created_at",
                    "updated_at",
                ],
            ),
            tags: Rows::new(
                "person_tag",
                &["id", "person_id", "tag", "created_at", "updated_at"],
            ),
            availability: Rows::new(
                "person_availability",
                &["id", "person_id", "day", "part", "created_at", "updated_at"],
            ),
        }
    }

    /// Makes room for these people's rows.
    fn reserve<'p>(&mut self, people: impl Iterator<Item = &'p PersonInput> + Clone) {
        let count = |n: fn(&PersonInput) -> usize| people.clone().map(n).sum::<usize>();
        self.phones.reserve(count(|p| p.phones.len()));
        self.emails.reserve(count(|p| p.emails.len()));
        self.languages.reserve(count(|p| p.languages.len()));
        self.tags.reserve(count(|p| p.tags.len()));
        self.availability.reserve(count(|p| p.availability.len()));
    }

    fn push(
        &mut self,
        id: &'a PersonId,
        p: &'a PersonInput,
        made: &'a NewChildren,
        at: &'a str,
    ) -> Result<()> {
        for ((position, phone), (row_id, e164)) in (0_i64..).zip(&p.phones).zip(&made.phones) {
            self.phones.push([
                cell(row_id)?,
                cell(id)?,
                int(position),
                cell(&phone.number)?,
                cell(e164)?,
                cell(&phone.label)?,
                text(at),
                text(at),
            ]);
        }
        for ((position, email), row_id) in (0_i64..).zip(&p.emails).zip(&made.email_ids) {
            self.emails.push([
                cell(row_id)?,
                cell(id)?,
                int(position),
                cell(email)?,
                text(at),
                text(at),
            ]);
        }
        for ((position, language), row_id) in (0_i64..).zip(&p.languages).zip(&made.language_ids) {
            self.languages.push([
                cell(row_id)?,
                cell(id)?,
                int(position),
                cell(language)?,
                text(at),
                text(at),
            ]);
        }
        for (tag, row_id) in p.tags.iter().zip(&made.tag_ids) {
            self.tags
                .push([cell(row_id)?, cell(id)?, cell(tag)?, text(at), text(at)]);
        }
        for (row_id, day, part) in &made.availability {
            self.availability.push([
                cell(row_id)?,
                cell(id)?,
                cell(day)?,
                cell(part)?,
                text(at),
                text(at),
            ]);
        }
        Ok(())
    }

    fn write(&self, tx: &Transaction<'_>) -> Result<()> {
        for rows in [
            &self.phones,
            &self.emails,
            &self.languages,
            &self.tags,
            &self.availability,
        ] {
            rows.write(tx)?;
        }
        Ok(())
    }
}

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
    let merged_into = super::merge::kept_for_actionkit_id(conn, actionkit_id)?;
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
            what: format!("person {id}"),
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
