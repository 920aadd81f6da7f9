//! Keeps the full-text index (`person_search`) in step with a person's rows. Written inside the
//! same transaction as every write that touches names, phones, emails or the address, from the
//! values being written (reading them back would double the work of an import).

use rusqlite::{params, Connection};

use super::model::PersonInput;
use super::phone::{search_tokens, to_e164};
use crate::Result;

/// Replaces the index row of the person with this rowid; `is_new` skips the delete.
pub fn write(conn: &Connection, rowid: i64, p: &PersonInput, is_new: bool) -> Result<()> {
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
    let mut phones = Vec::new();
    for phone in &p.phones {
        phones.extend(search_tokens(
            &phone.number,
            to_e164(&phone.number).as_deref(),
        ));
    }
    let mut emails = Vec::new();
    for email in &p.emails {
        // Index the whole address and its parts, so "maria" and "maria.l" both find it.
        emails.push(email.replace(['@', '.'], " "));
        emails.push(email.clone());
    }
    if !is_new {
        conn.prepare_cached("DELETE FROM person_search WHERE rowid = ?1")?
            .execute(params![rowid])?;
    }
    conn.prepare_cached(
        "INSERT INTO person_search (rowid, names, phones, emails, address) VALUES (?1, ?2, ?3, ?4, ?5)",
    )?
    .execute(params![rowid, names, phones.join(" "), emails.join(" "), address])?;
    Ok(())
}
