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
    let e164: Vec<Option<String>> = p
        .phones
        .iter()
        .map(|phone| to_e164(&phone.number))
        .collect();
    let e164: Vec<Option<&str>> = e164.iter().map(Option::as_deref).collect();
    row_with_e164(p, &e164)
}

/// [`row_for`], given the E.164 form of each phone (worked out once for the phone rows too).
pub(crate) fn row_with_e164(p: &PersonInput, e164: &[Option<&str>]) -> SearchRow {
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
    for (phone, e164) in p.phones.iter().zip(e164) {
        for token in search_tokens(&phone.number, *e164) {
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

/// A row for [`Pending`], made ahead of writing (by the thread that makes a new person ready,
/// so the writing thread only copies bytes): the row's four columns as the tail of a JSON
/// array, `"names","phones","emails","address"]`, waiting for its rowid in front.
pub(crate) struct PendingRow(String);

impl PendingRow {
    pub fn of(row: SearchRow) -> PendingRow {
        let json = serde_json::Value::from(vec![row.names, row.phones, row.emails, row.address])
            .to_string();
        // Without the opening bracket: the rowid goes there.
        PendingRow(json[1..].to_owned())
    }
}

/// Index rows gathered over a whole bulk write (a first list import), written by one statement
/// at its end. FTS5 writes the terms it holds in memory to disk at the start of every statement
/// that could fail halfway, so index rows written between person rows come out as thousands
/// of tiny segments that it must then merge; gathered, they become a few large ones. The rows
/// wait as one JSON array.
#[derive(Default)]
pub(crate) struct Pending {
    json: Vec<u8>,
}

impl Pending {
    /// Room for about `rows` rows (a list row's index entry is about 160 bytes), so the array
    /// is not copied again and again as it grows.
    pub fn with_room_for(rows: usize) -> Pending {
        Pending {
            json: Vec::with_capacity(rows * 160),
        }
    }

    pub fn push(&mut self, rowid: i64, row: &PendingRow) {
        self.json
            .extend_from_slice(if self.json.is_empty() { b"[[" } else { b",[" });
        self.json.extend_from_slice(rowid.to_string().as_bytes());
        self.json.push(b',');
        self.json.extend_from_slice(row.0.as_bytes());
    }

    /// Writes the gathered rows as new index rows, and forgets them.
    pub fn write(&mut self, conn: &Connection) -> Result<()> {
        if self.json.is_empty() {
            return Ok(());
        }
        self.json.push(b']');
        let json = std::mem::take(&mut self.json);
        conn.prepare_cached(
            "INSERT INTO person_search (rowid, names, phones, emails, address)
             SELECT value ->> 0, value ->> 1, value ->> 2, value ->> 3, value ->> 4
             FROM json_each(?1)",
        )?
        .execute(params![json])?;
        Ok(())
    }
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
