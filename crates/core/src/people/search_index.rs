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
    let emails: Vec<&str> = p.emails.iter().map(String::as_str).collect();
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
