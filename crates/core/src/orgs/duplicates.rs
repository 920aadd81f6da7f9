//! Likely duplicate organizations: "SEIU Local 32BJ" typed at one meeting and "32BJ SEIU" at
//! another, "Iglesia San José" and "Iglesia Católica San José". Names are compared as sets of
//! words (folded, punctuation and filler words dropped), so order does not matter; a record
//! whose words are all in another's, with at least two of them, is likely the same; so are two
//! that share a website, a phone number or an email. An organizer looks at each pair and
//! merges it ([`super::merge`]) or says they are two organizations.

use std::collections::{BTreeSet, HashMap};

use chrono::{DateTime, Utc};
use rusqlite::{params, Connection};
use serde::Serialize;
use ts_rs::TS;

use super::model::OrgKind;
use crate::db::codes::column;
use crate::db::{timestamp, Database};
use crate::folding::fold;
use crate::ids::OrganizationId;
use crate::{msg, CoreError, Result};

/// What makes a pair look like one organization.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum OrgLikeness {
    /// The same words in another order.
    SameWords,
    /// Every word of one name is in the other.
    NameWithin,
    SameWebsite,
    SamePhone,
    SameEmail,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct OrgSide {
    pub id: OrganizationId,
    pub name: String,
    pub kind: OrgKind,
    pub area: Option<String>,
    /// Members tied to it.
    pub ties: u32,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct OrgDuplicatePair {
    /// The record with more ties (then the one made first): usually the one to keep.
    pub a: OrgSide,
    pub b: OrgSide,
    pub likeness: Vec<OrgLikeness>,
}

/// Words that say what kind of body it is rather than which one.
const FILLER: &[&str] = &[
    "the", "of", "and", "for", "local", "inc", "llc", "de", "del", "la", "el", "los", "las", "y",
];

fn words(name: &str) -> BTreeSet<String> {
    fold(name)
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty() && !FILLER.contains(w))
        .map(str::to_owned)
        .collect()
}

fn digits(text: &str) -> String {
    text.chars().filter(char::is_ascii_digit).collect()
}

/// A website as compared: no scheme, no "www.", no path or trailing slash.
fn site(text: &str) -> String {
    let lower = text.trim().to_lowercase();
    let bare = lower
        .trim_start_matches("https://")
        .trim_start_matches("http://")
        .trim_start_matches("www.");
    bare.split('/').next().unwrap_or("").to_owned()
}

struct Row {
    side: OrgSide,
    created_at: String,
    words: BTreeSet<String>,
    website: String,
    phone: String,
    email: String,
}

fn rows(conn: &Connection) -> Result<Vec<Row>> {
    let mut stmt = conn.prepare_cached(
        "SELECT o.id, o.name, o.kind, o.area,
                (SELECT count(*) FROM tie t WHERE t.organization_id = o.id),
                o.created_at, o.website, o.phone, o.email
         FROM organization o WHERE o.merged_into IS NULL",
    )?;
    let found = stmt
        .query_map([], |r| {
            let name: String = r.get(1)?;
            let website: Option<String> = r.get(6)?;
            let phone: Option<String> = r.get(7)?;
            let email: Option<String> = r.get(8)?;
            Ok(Row {
                words: words(&name),
                side: OrgSide {
                    id: r.get(0)?,
                    name,
                    kind: column(r.get(2)?)?,
                    area: r.get(3)?,
                    ties: r.get(4)?,
                },
                created_at: r.get(5)?,
                website: website.as_deref().map(site).unwrap_or_default(),
                phone: phone.as_deref().map(digits).unwrap_or_default(),
                email: email.map(|e| e.trim().to_lowercase()).unwrap_or_default(),
            })
        })?
        .collect::<rusqlite::Result<_>>()?;
    Ok(found)
}

fn said_apart(conn: &Connection) -> Result<BTreeSet<(String, String)>> {
    Ok(conn
        .prepare_cached("SELECT first_id, second_id FROM organization_not_duplicate")?
        .query_map([], |r| Ok((r.get(0)?, r.get(1)?)))?
        .collect::<rusqlite::Result<_>>()?)
}

/// Every likely pair, those with the most evidence first.
pub fn find(conn: &Connection) -> Result<Vec<OrgDuplicatePair>> {
    let rows = rows(conn)?;
    let mut found: HashMap<(usize, usize), BTreeSet<OrgLikeness>> = HashMap::new();
    let mut note = |x: usize, y: usize, why: OrgLikeness| {
        if x != y {
            found.entry((x.min(y), x.max(y))).or_default().insert(why);
        }
    };
    // Records sharing a word are the only candidates for a name match: each is compared with
    // those, not with the whole directory.
    let mut by_word: HashMap<&str, Vec<usize>> = HashMap::new();
    for (i, row) in rows.iter().enumerate() {
        for word in &row.words {
            by_word.entry(word.as_str()).or_default().push(i);
        }
    }
    for (i, row) in rows.iter().enumerate() {
        let mut seen = BTreeSet::new();
        for word in &row.words {
            for &j in &by_word[word.as_str()] {
                if j <= i || !seen.insert(j) {
                    continue;
                }
                let other = &rows[j].words;
                if *other == row.words {
                    note(i, j, OrgLikeness::SameWords);
                } else {
                    let (small, large) = if other.len() < row.words.len() {
                        (other, &row.words)
                    } else {
                        (&row.words, other)
                    };
                    if small.len() >= 2 && small.is_subset(large) {
                        note(i, j, OrgLikeness::NameWithin);
                    }
                }
            }
        }
    }
    let mut by_fact: HashMap<(OrgLikeness, &str), Vec<usize>> = HashMap::new();
    for (i, row) in rows.iter().enumerate() {
        let facts = [
            (OrgLikeness::SameWebsite, row.website.as_str(), 4),
            (OrgLikeness::SamePhone, row.phone.as_str(), 7),
            (OrgLikeness::SameEmail, row.email.as_str(), 3),
        ];
        for (why, value, shortest) in facts {
            if value.len() >= shortest {
                by_fact.entry((why, value)).or_default().push(i);
            }
        }
    }
    for ((why, _), group) in &by_fact {
        for (n, &i) in group.iter().enumerate() {
            for &j in &group[n + 1..] {
                note(i, j, *why);
            }
        }
    }
    let apart = said_apart(conn)?;
    let mut pairs: Vec<OrgDuplicatePair> = found
        .into_iter()
        .filter_map(|((i, j), likeness)| {
            let (x, y) = (&rows[i], &rows[j]);
            let key = ordered(x.side.id, y.side.id);
            if apart.contains(&(key.0.to_string(), key.1.to_string())) {
                return None;
            }
            // The record with more ties is offered to keep; then the older one.
            let keep_first = |r: &Row| (std::cmp::Reverse(r.side.ties), r.created_at.clone());
            let (a, b) = if keep_first(x) <= keep_first(y) {
                (x, y)
            } else {
                (y, x)
            };
            Some(OrgDuplicatePair {
                a: a.side.clone(),
                b: b.side.clone(),
                likeness: likeness.into_iter().collect(),
            })
        })
        .collect();
    pairs.sort_by(|p, q| {
        q.likeness
            .len()
            .cmp(&p.likeness.len())
            .then_with(|| p.a.name.to_lowercase().cmp(&q.a.name.to_lowercase()))
            .then_with(|| p.b.name.to_lowercase().cmp(&q.b.name.to_lowercase()))
    });
    Ok(pairs)
}

fn ordered(x: OrganizationId, y: OrganizationId) -> (OrganizationId, OrganizationId) {
    if x.to_string() < y.to_string() {
        (x, y)
    } else {
        (y, x)
    }
}

/// Records that two records are two organizations, so the pair is not offered again.
pub fn not_the_same(
    db: &mut Database,
    x: OrganizationId,
    y: OrganizationId,
    said_by: &str,
    now: DateTime<Utc>,
) -> Result<()> {
    if said_by.trim().is_empty() {
        return Err(CoreError::invalid(
            msg!("field-decided-by"),
            msg!("duplicates-decided-by-missing"),
        )
        .at("decided_by"));
    }
    if x == y {
        return Err(CoreError::Conflict {
            reason: msg!("org-merge-itself"),
        });
    }
    let (a, b) = ordered(x, y);
    let at = timestamp::to_text(now);
    db.write(|tx| {
        super::store::check_exists(tx, a)?;
        super::store::check_exists(tx, b)?;
        tx.prepare_cached(
            "INSERT INTO organization_not_duplicate (first_id, second_id, said_by, created_at, updated_at)
             VALUES (?1, ?2, ?3, ?4, ?4) ON CONFLICT DO NOTHING",
        )?
        .execute(params![a, b, said_by.trim(), at])?;
        Ok(())
    })
}
