//! The leadership ladder: levels the chapter can rename, each person's level, and the history
//! of every move with who made it and why.

use chrono::{DateTime, Utc};
use rusqlite::{params, Connection, OptionalExtension};
use serde::Serialize;
use ts_rs::TS;

use crate::db::{timestamp, Database};
use crate::ids::{LadderChangeId, PersonId};
use crate::msg;
use crate::{CoreError, Message, Result};

#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct LadderLevel {
    pub key: String,
    pub name: String,
    pub rank: i32,
    /// Whether the chapter gave the level its own name: a level still under its built-in name
    /// is shown in the screens' language, a name the chapter chose as it was written.
    pub renamed: bool,
}

/// The names a chapter's ladder starts with, as the first migration writes them.
const BUILT_IN_NAMES: &[(&str, &str)] = &[
    ("contact", "Contact"),
    ("attendee", "Attendee"),
    ("participant", "Participant"),
    ("volunteer", "Volunteer"),
    ("leader", "Leader"),
    ("organizer", "Organizer"),
];

fn renamed(key: &str, name: &str) -> bool {
    !BUILT_IN_NAMES.contains(&(key, name))
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct LadderChange {
    pub id: LadderChangeId,
    pub from_level: Option<String>,
    pub to_level: String,
    pub changed_by: String,
    pub reason: Option<String>,
    pub changed_at: String,
}

/// A move up that the evidence supports; an organizer decides whether to make it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct LadderSuggestion {
    pub person_id: PersonId,
    pub to_level: String,
    /// Why, after the level: "attended 3 meetings in the last 2 months".
    pub evidence: Message,
}

pub const MAX_LEVEL_NAME: usize = 40;

pub fn levels(conn: &Connection) -> Result<Vec<LadderLevel>> {
    Ok(conn
        .prepare_cached("SELECT key, name, rank FROM ladder_level ORDER BY rank")?
        .query_map([], |r| {
            let (key, name): (String, String) = (r.get(0)?, r.get(1)?);
            Ok(LadderLevel {
                renamed: renamed(&key, &name),
                key,
                name,
                rank: r.get(2)?,
            })
        })?
        .collect::<rusqlite::Result<_>>()?)
}

/// Gives a level the chapter's own name; the key (and everyone's place) stays.
pub fn rename(
    db: &mut Database,
    key: &str,
    name: &str,
    now: DateTime<Utc>,
) -> Result<Vec<LadderLevel>> {
    let name = name.trim();
    if name.is_empty() {
        return Err(CoreError::invalid(
            msg!("field-level-name"),
            msg!("ladder-level-name-missing"),
        )
        .at("name"));
    }
    if name.chars().count() > MAX_LEVEL_NAME {
        return Err(CoreError::invalid(
            msg!("field-level-name"),
            msg!("ladder-name-too-long", most = MAX_LEVEL_NAME),
        )
        .at("name"));
    }
    let taken = levels(db.conn())?
        .into_iter()
        .any(|l| l.key != key && l.name.eq_ignore_ascii_case(name));
    if taken {
        return Err(CoreError::invalid(
            msg!("field-level-name"),
            msg!("ladder-name-taken", name = name),
        )
        .at("name"));
    }
    let changed = db.write(|tx| {
        Ok(tx
            .prepare_cached("UPDATE ladder_level SET name = ?2, updated_at = ?3 WHERE key = ?1")?
            .execute(params![key, name, timestamp::to_text(now)])?)
    })?;
    if changed == 0 {
        return Err(CoreError::NotFound {
            what: msg!("thing-ladder-level", key = key),
        });
    }
    levels(db.conn())
}

/// What an organizer records when moving someone on the ladder.
pub struct LevelChange<'a> {
    pub person: PersonId,
    pub to_level: &'a str,
    pub changed_by: &'a str,
    pub reason: Option<&'a str>,
}

pub fn set_level(db: &mut Database, change: &LevelChange<'_>, now: DateTime<Utc>) -> Result<()> {
    let changed_by = change.changed_by.trim();
    if changed_by.is_empty() {
        return Err(CoreError::invalid(
            msg!("field-changed-by"),
            msg!("ladder-changed-by-missing"),
        )
        .at("changed_by"));
    }
    if !levels(db.conn())?.iter().any(|l| l.key == change.to_level) {
        return Err(CoreError::invalid(
            msg!("field-level"),
            msg!("ladder-level-unknown", level = change.to_level),
        )
        .at("level"));
    }
    let reason = change.reason.map(str::trim).filter(|r| !r.is_empty());
    let at = timestamp::to_text(now);
    db.write(|tx| {
        let from: String = tx
            .prepare_cached("SELECT ladder_level FROM person WHERE id = ?1")?
            .query_row(params![change.person], |r| r.get(0))
            .optional()?
            .ok_or_else(|| CoreError::NotFound { what: msg!("thing-person", id = change.person.to_string()) })?;
        if from == change.to_level {
            return Err(
                CoreError::invalid(msg!("field-level"), msg!("ladder-level-same")).at("level"),
            );
        }
        tx.prepare_cached("UPDATE person SET ladder_level = ?2, updated_at = ?3 WHERE id = ?1")?
            .execute(params![change.person, change.to_level, at])?;
        tx.prepare_cached(
            "INSERT INTO ladder_change (id, person_id, from_level, to_level, changed_by, reason, changed_at, created_at, updated_at)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?7, ?7)",
        )?
        .execute(params![LadderChangeId::new(), change.person, from, change.to_level, changed_by, reason, at])?;
        Ok(())
    })
}

/// A person's moves on the ladder, newest first.
pub fn history(conn: &Connection, person: PersonId) -> Result<Vec<LadderChange>> {
    Ok(conn
        .prepare_cached(
            "SELECT id, from_level, to_level, changed_by, reason, changed_at FROM ladder_change
             WHERE person_id = ?1 ORDER BY changed_at DESC, id DESC",
        )?
        .query_map(params![person], |r| {
            Ok(LadderChange {
                id: r.get(0)?,
                from_level: r.get(1)?,
                to_level: r.get(2)?,
                changed_by: r.get(3)?,
                reason: r.get(4)?,
                changed_at: r.get(5)?,
            })
        })?
        .collect::<rusqlite::Result<_>>()?)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::people::model::PersonInput;
    use crate::people::store::{create, get, Origin};

    fn someone(db: &mut Database) -> PersonId {
        let input = PersonInput {
            first_name: "Dolores".into(),
            ..Default::default()
        };
        create(db, input, Origin::ENTERED, Utc::now()).unwrap().id
    }

    #[test]
    fn moves_are_recorded_with_who_and_why() {
        let mut db = Database::open_in_memory().unwrap();
        let id = someone(&mut db);
        let change = LevelChange {
            person: id,
            to_level: "volunteer",
            changed_by: "Rosa",
            reason: Some("ran the phone bank"),
        };
        set_level(&mut db, &change, Utc::now()).unwrap();
        assert_eq!(get(db.conn(), id).unwrap().ladder_level, "volunteer");
        let h = history(db.conn(), id).unwrap();
        assert_eq!(h.len(), 1);
        assert_eq!(h[0].from_level.as_deref(), Some("contact"));
        assert_eq!(
            (h[0].changed_by.as_str(), h[0].reason.as_deref()),
            ("Rosa", Some("ran the phone bank"))
        );
    }

    #[test]
    fn bad_moves_are_refused_and_change_nothing() {
        let mut db = Database::open_in_memory().unwrap();
        let id = someone(&mut db);
        let nobody = LevelChange {
            person: id,
            to_level: "leader",
            changed_by: " ",
            reason: None,
        };
        assert!(set_level(&mut db, &nobody, Utc::now()).is_err());
        let unknown = LevelChange {
            person: id,
            to_level: "boss",
            changed_by: "Rosa",
            reason: None,
        };
        assert!(set_level(&mut db, &unknown, Utc::now())
            .unwrap_err()
            .to_string()
            .contains("'boss'"));
        let same = LevelChange {
            person: id,
            to_level: "contact",
            changed_by: "Rosa",
            reason: None,
        };
        assert!(set_level(&mut db, &same, Utc::now()).is_err());
        assert!(history(db.conn(), id).unwrap().is_empty());
    }

    #[test]
    fn chapters_rename_levels_without_moving_anyone() {
        let mut db = Database::open_in_memory().unwrap();
        let id = someone(&mut db);
        let renamed = rename(&mut db, "contact", "Neighbor", Utc::now()).unwrap();
        assert_eq!(renamed[0].name, "Neighbor");
        assert_eq!(get(db.conn(), id).unwrap().ladder_level, "contact");
        assert!(rename(&mut db, "attendee", "neighbor", Utc::now()).is_err());
        assert!(rename(&mut db, "nope", "X", Utc::now()).is_err());
        assert!(rename(&mut db, "leader", "  ", Utc::now()).is_err());
    }

    #[test]
    fn a_new_chapter_s_levels_are_the_built_in_ones_until_renamed() {
        let mut db = Database::open_in_memory().unwrap();
        let fresh = levels(db.conn()).unwrap();
        // The list here and the first migration's names agree, level for level.
        let written: Vec<(&str, &str)> = fresh
            .iter()
            .map(|l| (l.key.as_str(), l.name.as_str()))
            .collect();
        assert_eq!(written, BUILT_IN_NAMES);
        assert!(fresh.iter().all(|l| !l.renamed));
        let after = rename(&mut db, "contact", "Neighbor", Utc::now()).unwrap();
        assert!(after[0].renamed);
        assert!(after[1..].iter().all(|l| !l.renamed));
    }
}
