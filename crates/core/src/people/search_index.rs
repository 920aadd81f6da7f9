//! Keeps the full-text index (`person_search`) in step with a person's rows. Written inside the
//! same transaction as every write that touches names, phones, emails or the address, from the
//! values being written (reading them back would double the work of an import).

use rusqlite::{params, Connection};

use super::model::{Address, PersonInput, PhoneInput};
use super::phone::{search_tokens, to_e164};
use crate::ids::PersonId;
use crate::Result;

/// What the index holds of one person, column by column.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SearchRow {
    pub names: String,
    pub phones: String,
    pub emails: String,
    pub address: String,
}

/// The index's row for a person, as every write makes it.
pub fn row_for(p: &PersonInput) -> SearchRow {
    let join = |parts: &[Option<&str>]| {
        parts
            .iter()
            .flatten()
            .copied()
            .collect::<Vec<_>>()
            .join(" ")
    };
    let names = join(&[
        Some(&p.first_name),
        Some(&p.last_name),
        p.preferred_name.as_deref(),
    ]);
    let a = &p.address;
    let address = join(&[
        a.street.as_deref(),
        a.unit.as_deref(),
        a.city.as_deref(),
        a.state.as_deref(),
        a.zip.as_deref(),
    ]);
    // The same number is often given twice (a list's best and mobile phone): each token is
    // indexed once, as every index entry costs an import time.
    let mut phones = Vec::new();
    for phone in &p.phones {
        for token in search_tokens(&phone.number, to_e164(&phone.number).as_deref()) {
            if !phones.contains(&token) {
                phones.push(token);
            }
        }
    }
    // The tokenizer splits an address at '@' and '.', so "maria", "gmail" and (as a phrase)
    // "maria.l" all find it from the address as written.
    SearchRow {
        names,
        phones: phones.join(" "),
        emails: p.emails.join(" "),
        address,
    }
}

/// Replaces the index row of the person with this rowid; `is_new` skips the delete.
pub fn write(conn: &Connection, rowid: i64, p: &PersonInput, is_new: bool) -> Result<()> {
    write_row(conn, rowid, &row_for(p), is_new)
}

/// Writes a row made ahead ([`row_for`]).
pub(crate) fn write_row(
    conn: &Connection,
    rowid: i64,
    row: &SearchRow,
    is_new: bool,
) -> Result<()> {
    if !is_new {
        conn.prepare_cached("DELETE FROM person_search WHERE rowid = ?1")?
            .execute(params![rowid])?;
    }
    conn.prepare_cached(
        "INSERT INTO person_search (rowid, names, phones, emails, address) VALUES (?1, ?2, ?3, ?4, ?5)",
    )?
    .execute(params![rowid, row.names, row.phones, row.emails, row.address])?;
    Ok(())
}

/// Everyone's indexed fields as stored (names, address, phones, emails), with their rowid and
/// id: what the index is rebuilt from.
pub fn everyone(conn: &Connection) -> Result<Vec<(i64, PersonId, PersonInput)>> {
    let mut phones =
        conn.prepare("SELECT number FROM person_phone WHERE person_id = ?1 ORDER BY position")?;
    let mut emails =
        conn.prepare("SELECT email FROM person_email WHERE person_id = ?1 ORDER BY position")?;
    let mut people = conn.prepare(
        "SELECT rowid, id, first_name, last_name, preferred_name, street, unit, city, state, zip
         FROM person",
    )?;
    let mut rows = people.query([])?;
    let mut found = Vec::new();
    while let Some(r) = rows.next()? {
        let id: PersonId = r.get(1)?;
        let person = PersonInput {
            first_name: r.get(2)?,
            last_name: r.get(3)?,
            preferred_name: r.get(4)?,
            address: Address {
                street: r.get(5)?,
                unit: r.get(6)?,
                city: r.get(7)?,
                state: r.get(8)?,
                zip: r.get(9)?,
            },
            phones: phones
                .query_map(params![id], |p| {
                    Ok(PhoneInput {
                        number: p.get(0)?,
                        label: None,
                    })
                })?
                .collect::<rusqlite::Result<_>>()?,
            emails: emails
                .query_map(params![id], |e| e.get(0))?
                .collect::<rusqlite::Result<_>>()?,
            ..Default::default()
        };
        found.push((r.get(0)?, id, person));
    }
    Ok(found)
}

/// Works out every phone's E.164 form and the whole index again from the rows, as core writes
/// them: a migration's step after a change to how numbers or tokens are read.
pub fn rebuild(conn: &Connection) -> Result<()> {
    let numbers: Vec<(String, String, Option<String>)> = conn
        .prepare("SELECT id, number, e164 FROM person_phone")?
        .query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))?
        .collect::<rusqlite::Result<_>>()?;
    let mut set_e164 = conn.prepare("UPDATE person_phone SET e164 = ?2 WHERE id = ?1")?;
    for (id, number, stored) in numbers {
        let e164 = to_e164(&number);
        if e164 != stored {
            set_e164.execute(params![id, e164])?;
        }
    }
    conn.execute(
        "INSERT INTO person_search (person_search) VALUES ('delete-all')",
        [],
    )?;
    for (rowid, _, person) in everyone(conn)? {
        write(conn, rowid, &person, true)?;
    }
    Ok(())
}
