//! New people written in few statements: everything about a new person that needs no database
//! is worked out ahead ([`NewPerson`], on an import's second thread), then their person, phone,
//! email and other rows are gathered and written together ([`crate::db::rows`]).

use chrono::{DateTime, Utc};
use uuid::Uuid;

use super::columns::{editable_cells, EditableCodes, INSERT_COLUMNS};
use super::model::*;
use super::phone::to_e164;
use super::search_index;
use crate::db::codes::to_code;
use crate::db::indexes::SetAside;
use crate::db::rows::{cell, int, null, text, Rows, Statements};
use crate::db::timestamp;
use crate::ids::PersonId;
use crate::Result;
use rusqlite::Transaction;

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
pub(super) struct NewChildren {
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
    pub(super) fn of(p: &PersonInput) -> NewChildren {
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
    insert_rows(tx, &[row], &mut search, &mut Statements::cached(tx), now)?;
    search.write(tx)?;
    Ok(new.id)
}

/// Many new people written in one transaction into a chapter that has no one yet (its first
/// list), in batches ([`Bulk::insert`]), then [`Bulk::finish`]ed before the commit: their
/// search rows wait until then, to be written together ([`search_index::Pending`]), and its
/// statements are kept from batch to batch ([`Statements::kept`]).
pub(crate) struct Bulk<'c> {
    search: search_index::Pending,
    indexes: SetAside,
    statements: Statements<'c>,
}

/// The tables a first list fills: their secondary indexes are built once at the end instead
/// of kept up to date row by row (nothing looks them up while the rows go in).
const FILLED: &[&str] = &[
    "person",
    "person_phone",
    "person_email",
    "person_language",
    "person_tag",
    "person_availability",
];

impl<'c> Bulk<'c> {
    /// For about `rows` people.
    pub fn begin(tx: &'c Transaction<'_>, rows: usize) -> Result<Bulk<'c>> {
        Ok(Bulk {
            search: search_index::Pending::with_room_for(rows),
            indexes: SetAside::drop_from(tx, FILLED)?,
            statements: Statements::kept(tx),
        })
    }

    pub fn insert(
        &mut self,
        tx: &Transaction<'_>,
        people: &[NewRow<'_>],
        now: DateTime<Utc>,
    ) -> Result<()> {
        insert_rows(tx, people, &mut self.search, &mut self.statements, now)
    }

    /// Writes the search rows and builds the indexes again.
    pub fn finish(self, tx: &Transaction<'_>) -> Result<()> {
        let Bulk {
            mut search,
            indexes,
            statements,
        } = self;
        // The batches' statements and the values they hold are done with.
        drop(statements);
        search.write(tx)?;
        indexes.restore(tx)
    }
}

/// Inserts people made ready ahead, with their phones, emails and other rows, a few statements
/// for all of them ([`Rows`]); their search rows join `search`, for the caller to write. Each
/// person gets the next rowid, named outright because the search index's rows are keyed by it.
fn insert_rows(
    tx: &Transaction<'_>,
    people: &[NewRow<'_>],
    search: &mut search_index::Pending,
    statements: &mut Statements<'_>,
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
    person.write_with(statements)?;
    children.write_with(statements)
}

/// A person's phones, emails, languages, tags and availability, gathered for writing.
pub(super) struct ChildRows<'a> {
    phones: Rows<'a>,
    emails: Rows<'a>,
    languages: Rows<'a>,
    tags: Rows<'a>,
    availability: Rows<'a>,
}

impl<'a> ChildRows<'a> {
    pub(super) fn new() -> ChildRows<'a> {
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
    pub(super) fn reserve<'p>(&mut self, people: impl Iterator<Item = &'p PersonInput> + Clone) {
        let count = |n: fn(&PersonInput) -> usize| people.clone().map(n).sum::<usize>();
        self.phones.reserve(count(|p| p.phones.len()));
        self.emails.reserve(count(|p| p.emails.len()));
        self.languages.reserve(count(|p| p.languages.len()));
        self.tags.reserve(count(|p| p.tags.len()));
        self.availability.reserve(count(|p| p.availability.len()));
    }

    pub(super) fn push(
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

    pub(super) fn write(&self, tx: &Transaction<'_>) -> Result<()> {
        self.write_with(&mut Statements::cached(tx))
    }

    fn write_with(&self, statements: &mut Statements<'_>) -> Result<()> {
        for rows in [
            &self.phones,
            &self.emails,
            &self.languages,
            &self.tags,
            &self.availability,
        ] {
            rows.write_with(statements)?;
        }
        Ok(())
    }
}
