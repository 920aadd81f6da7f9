//! Likely duplicates: two records that share an email, a phone number, or a name at the same
//! address. Lists from several tools and sign-in sheets typed at the end of a long evening make
//! them; an organizer looks at each pair and merges it or says they are two people.

use std::collections::{HashMap, HashSet};
use std::hash::{DefaultHasher, Hash, Hasher};

use chrono::{DateTime, Utc};
use rusqlite::{params, Connection, Row};
use serde::Serialize;
use ts_rs::TS;

use super::model::PersonSummary;
use super::search::summary;
use crate::db::{timestamp, Database};
use crate::ids::PersonId;
use crate::msg;
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

/// A name or street as compared: folded (accents and case), punctuation dropped, spaces
/// collapsed, and the usual street-word abbreviations written out, so "12 Elm St." and
/// "12 elm street" agree, and so do "José García" and "Jose Garcia".
fn normalized(text: &str) -> String {
    let cleaned: String = crate::folding::fold(text)
        .chars()
        .map(|c| if c.is_alphanumeric() { c } else { ' ' })
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

/// The chapter's likely pairs, the strongest first, and how many there are in all.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct DuplicateList {
    /// At most [`MOST_SHOWN`] of them.
    pub pairs: Vec<DuplicatePair>,
    /// Every pair found, shown or not (a list where households share a phone can make
    /// thousands); those past the first few hundred come up as these are dealt with.
    pub total: u32,
}

/// At most this many pairs are returned at once.
pub const MOST_SHOWN: usize = 500;

/// The kinds of evidence a pair shares, a bit each. A scan of a whole chapter keeps only these
/// (a national list with shared household phones makes tens of thousands of pairs); the
/// evidence itself is read again for the pairs shown.
const SAME_EMAIL: u8 = 1;
const SAME_PHONE: u8 = 2;
const SAME_ADDRESS: u8 = 4;

type Pairs = HashMap<(PersonId, PersonId), u8>;

fn add(pairs: &mut Pairs, x: PersonId, y: PersonId, kind: u8) {
    if x != y {
        *pairs.entry((x.min(y), x.max(y))).or_default() |= kind;
    }
}

/// Every likely pair in the chapter (the strongest [`MOST_SHOWN`] in full) and their number.
pub fn list(conn: &Connection) -> Result<DuplicateList> {
    scan(conn, None)
}

/// Likely pairs, strongest evidence first; `only` narrows to the pairs one person is part of.
pub fn find(conn: &Connection, only: Option<PersonId>) -> Result<Vec<DuplicatePair>> {
    Ok(scan(conn, only)?.pairs)
}

/// Finds the pairs, leaving out those an organizer already said are two people.
fn scan(conn: &Connection, only: Option<PersonId>) -> Result<DuplicateList> {
    let mut pairs = Pairs::new();
    // For one person the joins start from their own rows (a record opens in a millisecond);
    // for everyone, each pair is found once.
    let (emails, phones) = if only.is_some() {
        (
            "SELECT a.person_id, b.person_id FROM person_email a
             JOIN person_email b ON b.email = a.email COLLATE NOCASE AND b.person_id <> a.person_id
             WHERE a.person_id = ?1",
            "SELECT a.person_id, b.person_id FROM person_phone a
             JOIN person_phone b ON b.e164 = a.e164 AND b.person_id <> a.person_id
             WHERE a.person_id = ?1 AND a.e164 IS NOT NULL",
        )
    } else {
        (
            "SELECT a.person_id, b.person_id FROM person_email a
             JOIN person_email b ON b.email = a.email COLLATE NOCASE AND b.person_id > a.person_id
             WHERE ?1 IS NULL",
            "SELECT a.person_id, b.person_id FROM person_phone a
             JOIN person_phone b ON b.e164 = a.e164 AND b.person_id > a.person_id
             WHERE a.e164 IS NOT NULL AND ?1 IS NULL",
        )
    };
    for (sql, kind) in [(emails, SAME_EMAIL), (phones, SAME_PHONE)] {
        let mut stmt = conn.prepare_cached(sql)?;
        for row in stmt.query_map(params![only], |r| Ok((r.get(0)?, r.get(1)?)))? {
            let (x, y) = row?;
            add(&mut pairs, x, y, kind);
        }
    }
    same_name_and_address(conn, only, &mut pairs)?;

    let dismissed: HashSet<(PersonId, PersonId)> = conn
        .prepare_cached("SELECT person_a, person_b FROM not_duplicate")?
        .query_map([], |r| Ok((r.get(0)?, r.get(1)?)))?
        .collect::<rusqlite::Result<_>>()?;
    // The strongest evidence first; only the first few hundred are looked up in full (a
    // chapter works through them a few at a time, and each merge makes the list shorter).
    let mut candidates: Vec<((PersonId, PersonId), u8)> = pairs
        .into_iter()
        .filter(|(pair, _)| !dismissed.contains(pair))
        .collect();
    candidates.sort_by_key(|&(pair, kinds)| (std::cmp::Reverse(kinds.count_ones()), pair));
    let total = u32::try_from(candidates.len()).unwrap_or(u32::MAX);
    candidates.truncate(MOST_SHOWN);
    let mut found = Vec::with_capacity(candidates.len());
    for ((x, y), kinds) in candidates {
        let likeness = evidence(conn, x, y, kinds)?;
        if likeness.is_empty() {
            continue;
        }
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
    Ok(DuplicateList {
        pairs: found,
        total,
    })
}

/// What two records share, in full, for the kinds of evidence the scan found.
fn evidence(conn: &Connection, x: PersonId, y: PersonId, kinds: u8) -> Result<Vec<Likeness>> {
    let mut likeness = Vec::new();
    let mut shared = |sql: &str, why: fn(String) -> Likeness| -> Result<()> {
        let mut stmt = conn.prepare_cached(sql)?;
        for value in stmt.query_map(params![x, y], |r| r.get(0))? {
            let why = why(value?);
            if !likeness.contains(&why) {
                likeness.push(why);
            }
        }
        Ok(())
    };
    if kinds & SAME_EMAIL != 0 {
        shared(
            "SELECT lower(a.email) FROM person_email a
             JOIN person_email b ON b.email = a.email COLLATE NOCASE
             WHERE a.person_id = ?1 AND b.person_id = ?2",
            |email| Likeness::SameEmail { email },
        )?;
    }
    if kinds & SAME_PHONE != 0 {
        shared(
            "SELECT a.e164 FROM person_phone a JOIN person_phone b ON b.e164 = a.e164
             WHERE a.person_id = ?1 AND b.person_id = ?2",
            |phone| Likeness::SamePhone { phone },
        )?;
    }
    if kinds & SAME_ADDRESS != 0 {
        let (x, y) = (resident(conn, x)?, resident(conn, y)?);
        if x.lives_with(&y) {
            likeness.push(Likeness::SameNameAndAddress {
                name: format!("{} {}", x.first.trim(), x.last.trim())
                    .trim()
                    .to_owned(),
                street: x.street.trim().to_owned(),
            });
        }
    }
    likeness.sort();
    Ok(likeness)
}

fn created_at(conn: &Connection, id: PersonId) -> Result<String> {
    Ok(conn
        .prepare_cached("SELECT created_at FROM person WHERE id = ?1")?
        .query_row(params![id], |r| r.get(0))?)
}

/// Someone at an address: name and street as written, and ZIP.
struct Resident {
    id: PersonId,
    first: String,
    last: String,
    street: String,
    zip: Option<String>,
}

impl Resident {
    fn from_row(r: &Row<'_>) -> rusqlite::Result<Resident> {
        Ok(Resident {
            id: r.get(0)?,
            first: r.get(1)?,
            last: r.get(2)?,
            street: r.get::<_, Option<String>>(3)?.unwrap_or_default(),
            zip: r.get(4)?,
        })
    }

    /// The name and street as compared, or `None` for someone with no name or no street.
    fn key(&self) -> Option<(String, String)> {
        let name = normalized(&format!("{} {}", self.first, self.last));
        let street = normalized(&self.street);
        (!name.is_empty() && !street.is_empty()).then_some((name, street))
    }

    /// The first five characters of the ZIP, which is what two ZIPs are compared by.
    fn zip5(&self) -> Option<Option<&str>> {
        self.zip.as_deref().map(|z| z.get(..5))
    }

    /// The same name at the same street, and the same ZIP where both have one.
    fn lives_with(&self, other: &Resident) -> bool {
        let key = self.key();
        zips_agree(self.zip5(), other.zip5()) && key.is_some() && key == other.key()
    }
}

/// Two ZIPs agree when they are the same, or when either person has none.
fn zips_agree<T: PartialEq>(a: Option<T>, b: Option<T>) -> bool {
    match (a, b) {
        (Some(a), Some(b)) => a == b,
        _ => true,
    }
}

const RESIDENT_COLUMNS: &str = "id, first_name, last_name, street, zip";

fn resident(conn: &Connection, id: PersonId) -> Result<Resident> {
    Ok(conn
        .prepare_cached(&format!(
            "SELECT {RESIDENT_COLUMNS} FROM person WHERE id = ?1"
        ))?
        .query_row(params![id], Resident::from_row)?)
}

fn hash_of(value: impl Hash) -> u64 {
    let mut hasher = DefaultHasher::new();
    value.hash(&mut hasher);
    hasher.finish()
}

/// Same first and last name at the same street address (and the same ZIP, where both have one).
fn same_name_and_address(
    conn: &Connection,
    only: Option<PersonId>,
    pairs: &mut Pairs,
) -> Result<()> {
    // For one person, only people with their last name need looking at (the name index
    // answers that); for the whole chapter, everyone with a street.
    let mut stmt = conn.prepare_cached(&format!(
        "SELECT {RESIDENT_COLUMNS} FROM person
         WHERE street IS NOT NULL AND trim(street) <> ''
           AND (?1 IS NULL OR last_name = (SELECT last_name FROM person WHERE id = ?1)
                                          COLLATE NOCASE)"
    ))?;
    // Grouped by a hash of the name and street as compared, with a hash of the ZIP's first
    // five characters: the scan holds numbers, not words, for every person. (The evidence of
    // the pairs shown is read again and compared word for word.)
    let mut groups: HashMap<u64, Vec<(PersonId, Option<u64>)>> = HashMap::new();
    for row in stmt.query_map(params![only], Resident::from_row)? {
        let r = row?;
        if let Some(key) = r.key() {
            let zip = r.zip5().map(hash_of);
            groups.entry(hash_of(&key)).or_default().push((r.id, zip));
        }
    }
    for people in groups.values().filter(|g| g.len() > 1) {
        for (i, &(x, x_zip)) in people.iter().enumerate() {
            for &(y, y_zip) in &people[i + 1..] {
                let involves = only.is_none_or(|o| o == x || o == y);
                if zips_agree(x_zip, y_zip) && involves {
                    add(pairs, x, y, SAME_ADDRESS);
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
        return Err(CoreError::invalid(
            msg!("field-decided-by"),
            msg!("duplicates-decided-by-missing"),
        )
        .at("decided_by"));
    }
    if x == y {
        return Err(CoreError::invalid(
            msg!("field-person"),
            msg!("duplicates-same-record"),
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
