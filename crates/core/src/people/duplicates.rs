//! Likely duplicates: two records that share an email, a phone number, or a name at the same
//! address. Lists from several tools and sign-in sheets typed at the end of a long evening make
//! them; an organizer looks at each pair and merges it or says they are two people.

use std::collections::{BTreeMap, HashMap};

use chrono::{DateTime, Utc};
use rusqlite::{params, Connection};
use serde::Serialize;
use ts_rs::TS;

use super::model::PersonSummary;
use super::search::summary;
use crate::db::{timestamp, Database};
use crate::ids::PersonId;
use crate::{CoreError, Result};

/// Why two records look like one person.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Serialize, TS)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum Likeness {
    SameEmail { email: String },
    SamePhone { phone: String },
    SameNameAndAddress { name: String, street: String },
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct DuplicatePair {
    /// The record made first (usually the one to keep).
    pub a: PersonSummary,
    pub b: PersonSummary,
    pub likeness: Vec<Likeness>,
}

/// A name or street as compared: lower case, punctuation dropped, spaces collapsed, and the
/// usual street-word abbreviations written out, so "12 Elm St." and "12 elm street" agree.
fn normalized(text: &str) -> String {
    let cleaned: String = text
        .chars()
        .map(|c| {
            if c.is_alphanumeric() {
                c.to_lowercase().next().unwrap_or(c)
            } else {
                ' '
            }
        })
        .collect();
    cleaned
        .split_whitespace()
        .map(|w| match w {
            "st" => "street",
            "ave" | "av" => "avenue",
            "rd" => "road",
            "dr" => "drive",
            "blvd" => "boulevard",
            "apt" | "unit" | "no" => "#",
            "n" => "north",
            "s" => "south",
            "e" => "east",
            "w" => "west",
            other => other,
        })
        .collect::<Vec<_>>()
        .join(" ")
}

/// At most this many pairs are returned at once.
pub const MOST_SHOWN: usize = 500;

type Pairs = BTreeMap<(PersonId, PersonId), Vec<Likeness>>;

fn add(pairs: &mut Pairs, x: PersonId, y: PersonId, why: Likeness) {
    if x == y {
        return;
    }
    let key = if x.to_string() < y.to_string() {
        (x, y)
    } else {
        (y, x)
    };
    let reasons = pairs.entry(key).or_default();
    if !reasons.contains(&why) {
        reasons.push(why);
    }
}

/// Every likely pair in the chapter, strongest evidence first, leaving out pairs an organizer
/// already said are two people. `only` narrows to the pairs one person is part of.
pub fn find(conn: &Connection, only: Option<PersonId>) -> Result<Vec<DuplicatePair>> {
    let mut pairs = Pairs::new();
    let mut shared = |sql: &str, why: fn(String) -> Likeness| -> Result<()> {
        let mut stmt = conn.prepare_cached(sql)?;
        let rows = stmt.query_map(params![only], |r| {
            Ok((
                r.get::<_, PersonId>(0)?,
                r.get::<_, PersonId>(1)?,
                r.get(2)?,
            ))
        })?;
        for row in rows {
            let (x, y, value) = row?;
            add(&mut pairs, x, y, why(value));
        }
        Ok(())
    };
    // For one person the joins start from their own rows (a record opens in a millisecond);
    // for everyone, each pair is found once.
    let (emails, phones) = if only.is_some() {
        (
            "SELECT a.person_id, b.person_id, lower(a.email) FROM person_email a
             JOIN person_email b ON b.email = a.email COLLATE NOCASE AND b.person_id <> a.person_id
             WHERE a.person_id = ?1",
            "SELECT a.person_id, b.person_id, a.e164 FROM person_phone a
             JOIN person_phone b ON b.e164 = a.e164 AND b.person_id <> a.person_id
             WHERE a.person_id = ?1 AND a.e164 IS NOT NULL",
        )
    } else {
        (
            "SELECT a.person_id, b.person_id, lower(a.email) FROM person_email a
             JOIN person_email b ON b.email = a.email COLLATE NOCASE AND b.person_id > a.person_id
             WHERE ?1 IS NULL",
            "SELECT a.person_id, b.person_id, a.e164 FROM person_phone a
             JOIN person_phone b ON b.e164 = a.e164 AND b.person_id > a.person_id
             WHERE a.e164 IS NOT NULL AND ?1 IS NULL",
        )
    };
    shared(emails, |email| Likeness::SameEmail { email })?;
    shared(phones, |phone| Likeness::SamePhone { phone })?;
    same_name_and_address(conn, only, &mut pairs)?;

    let dismissed: std::collections::HashSet<(String, String)> = conn
        .prepare_cached("SELECT person_a, person_b FROM not_duplicate")?
        .query_map([], |r| Ok((r.get(0)?, r.get(1)?)))?
        .collect::<rusqlite::Result<_>>()?;
    // The strongest evidence first; only the first few hundred are looked up in full (a
    // chapter works through them a few at a time, and each merge makes the list shorter).
    let mut candidates: Vec<((PersonId, PersonId), Vec<Likeness>)> = pairs
        .into_iter()
        .filter(|((x, y), _)| !dismissed.contains(&(x.to_string(), y.to_string())))
        .collect();
    candidates.sort_by_key(|(_, likeness)| std::cmp::Reverse(likeness.len()));
    candidates.truncate(MOST_SHOWN);
    let mut found = Vec::with_capacity(candidates.len());
    for ((x, y), mut likeness) in candidates {
        likeness.sort();
        let (x, y) = (summary(conn, x)?, summary(conn, y)?);
        let (a, b) = if created_at(conn, x.id)? <= created_at(conn, y.id)? {
            (x, y)
        } else {
            (y, x)
        };
        found.push(DuplicatePair { a, b, likeness });
    }
    // More reasons first, then by name so the list reads in a stable order.
    found.sort_by(|p, q| {
        q.likeness
            .len()
            .cmp(&p.likeness.len())
            .then_with(|| p.a.display_name.cmp(&q.a.display_name))
    });
    Ok(found)
}

fn created_at(conn: &Connection, id: PersonId) -> Result<String> {
    Ok(conn
        .prepare_cached("SELECT created_at FROM person WHERE id = ?1")?
        .query_row(params![id], |r| r.get(0))?)
}

/// Someone at an address: id, ZIP, name and street as written.
type Resident = (PersonId, Option<String>, String, String);

/// Same first and last name at the same street address (and the same ZIP, where both have one).
fn same_name_and_address(
    conn: &Connection,
    only: Option<PersonId>,
    pairs: &mut Pairs,
) -> Result<()> {
    // For one person, only people with their last name need looking at (the name index
    // answers that); for the whole chapter, everyone with a street.
    let mut stmt = conn.prepare_cached(
        "SELECT id, first_name, last_name, street, zip FROM person
         WHERE street IS NOT NULL AND trim(street) <> ''
           AND (?1 IS NULL OR last_name = (SELECT last_name FROM person WHERE id = ?1)
                                          COLLATE NOCASE)",
    )?;
    let mut groups: HashMap<(String, String), Vec<Resident>> = HashMap::new();
    let rows = stmt.query_map(params![only], |r| {
        Ok((
            r.get::<_, PersonId>(0)?,
            r.get::<_, String>(1)?,
            r.get::<_, String>(2)?,
            r.get::<_, String>(3)?,
            r.get::<_, Option<String>>(4)?,
        ))
    })?;
    for row in rows {
        let (id, first, last, street, zip) = row?;
        let name = normalized(&format!("{first} {last}"));
        if name.is_empty() {
            continue;
        }
        let shown = format!("{} {}", first.trim(), last.trim())
            .trim()
            .to_owned();
        groups
            .entry((name, normalized(&street)))
            .or_default()
            .push((id, zip, shown, street.trim().to_owned()));
    }
    for people in groups.values().filter(|g| g.len() > 1) {
        for (i, (x, x_zip, name, street)) in people.iter().enumerate() {
            for (y, y_zip, _, _) in &people[i + 1..] {
                let zips_agree = match (x_zip, y_zip) {
                    (Some(a), Some(b)) => a.get(..5) == b.get(..5),
                    _ => true,
                };
                let involves = only.is_none_or(|o| o == *x || o == *y);
                if zips_agree && involves {
                    add(
                        pairs,
                        *x,
                        *y,
                        Likeness::SameNameAndAddress {
                            name: name.clone(),
                            street: street.clone(),
                        },
                    );
                }
            }
        }
    }
    Ok(())
}

/// Records that two records are two people, so the pair is not suggested again.
pub fn not_the_same(
    db: &mut Database,
    x: PersonId,
    y: PersonId,
    decided_by: &str,
    now: DateTime<Utc>,
) -> Result<()> {
    if decided_by.trim().is_empty() {
        return Err(CoreError::invalid("decided_by", "say who decided"));
    }
    if x == y {
        return Err(CoreError::invalid(
            "person",
            "a record is always the same person as itself",
        ));
    }
    let (a, b) = if x.to_string() < y.to_string() {
        (x, y)
    } else {
        (y, x)
    };
    let at = timestamp::to_text(now);
    db.write(|tx| {
        for id in [a, b] {
            summary(tx, id)?;
        }
        tx.prepare_cached(
            "INSERT INTO not_duplicate (id, person_a, person_b, decided_by, created_at, updated_at)
             VALUES (?1, ?2, ?3, ?4, ?5, ?5) ON CONFLICT (person_a, person_b) DO NOTHING",
        )?
        .execute(params![
            uuid::Uuid::now_v7().to_string(),
            a,
            b,
            decided_by.trim(),
            at
        ])?;
        Ok(())
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn streets_compare_without_their_abbreviations() {
        assert_eq!(normalized("12 Elm St."), normalized("12 elm street"));
        assert_eq!(
            normalized("4900 S King Dr"),
            normalized("4900 South King Drive")
        );
        assert_ne!(normalized("12 Elm St"), normalized("14 Elm St"));
    }
}
