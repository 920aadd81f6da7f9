//! Keeps the full-text index (`person_search`) in step with a person's rows. Called inside the
//! same transaction as every write that touches names, phones, emails or the address.

use rusqlite::{params, Connection};

use super::phone::search_tokens;
use crate::ids::PersonId;
use crate::Result;

pub fn refresh(conn: &Connection, id: PersonId) -> Result<()> {
    let (rowid, names, address): (i64, String, String) = conn.query_row(
        "SELECT rowid,
                concat_ws(' ', first_name, last_name, preferred_name),
                concat_ws(' ', street, unit, city, state, zip)
         FROM person WHERE id = ?1",
        params![id],
        |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)),
    )?;
    let mut phones = Vec::new();
    let mut stmt =
        conn.prepare_cached("SELECT number, e164 FROM person_phone WHERE person_id = ?1")?;
    let rows = stmt.query_map(params![id], |r| {
        Ok((r.get::<_, String>(0)?, r.get::<_, Option<String>>(1)?))
    })?;
    for row in rows {
        let (number, e164) = row?;
        phones.extend(search_tokens(&number, e164.as_deref()));
    }
    let mut emails = Vec::new();
    let mut stmt = conn.prepare_cached("SELECT email FROM person_email WHERE person_id = ?1")?;
    for email in stmt.query_map(params![id], |r| r.get::<_, String>(0))? {
        let email = email?;
        // Index the whole address and its parts, so "maria" and "maria.l" both find it.
        emails.push(email.replace(['@', '.'], " "));
        emails.push(email);
    }
    conn.prepare_cached("DELETE FROM person_search WHERE rowid = ?1")?
        .execute(params![rowid])?;
    conn.prepare_cached(
        "INSERT INTO person_search (rowid, names, phones, emails, address) VALUES (?1, ?2, ?3, ?4, ?5)",
    )?
    .execute(params![rowid, names, phones.join(" "), emails.join(" "), address])?;
    Ok(())
}
