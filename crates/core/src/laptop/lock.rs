//! The lock itself: one row per chapter, holding the passphrase's hash and whether the app is
//! locked now. Putting the lock on the first time sets the passphrase; later it must match.

use chrono::{DateTime, Utc};
use rusqlite::{params, Connection, OptionalExtension, Transaction};
use serde::Serialize;
use ts_rs::TS;

use super::passphrase;
use crate::db::{timestamp, Database};
use crate::{msg, CoreError, Result};

#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct LockStatus {
    /// The chapter has chosen its passphrase (the first lock chooses it).
    pub has_passphrase: bool,
    pub locked: bool,
    /// The organizer who put the lock on; forms filled in are entered under this name.
    pub locked_by: Option<String>,
    /// When, in UTC.
    pub locked_at: Option<String>,
}

struct Row {
    hash: String,
    locked_at: Option<String>,
    locked_by: Option<String>,
}

fn row(conn: &Connection) -> Result<Option<Row>> {
    Ok(conn
        .prepare_cached("SELECT passphrase_hash, locked_at, locked_by FROM laptop_lock")?
        .query_row([], |r| {
            Ok(Row {
                hash: r.get(0)?,
                locked_at: r.get(1)?,
                locked_by: r.get(2)?,
            })
        })
        .optional()?)
}

fn status_of(found: Option<Row>) -> LockStatus {
    match found {
        None => LockStatus {
            has_passphrase: false,
            locked: false,
            locked_by: None,
            locked_at: None,
        },
        Some(row) => LockStatus {
            has_passphrase: true,
            locked: row.locked_at.is_some(),
            locked_by: row.locked_by,
            locked_at: row.locked_at,
        },
    }
}

pub fn status(conn: &Connection) -> Result<LockStatus> {
    Ok(status_of(row(conn)?))
}

fn set_lock(tx: &Transaction<'_>, by: Option<&str>, now: DateTime<Utc>) -> Result<()> {
    let at = timestamp::to_text(now);
    tx.prepare_cached("UPDATE laptop_lock SET locked_at = ?1, locked_by = ?2, updated_at = ?3")?
        .execute(params![by.map(|_| &at), by, at])?;
    Ok(())
}

/// Locks the app for passing the laptop round, `by` the organizer at the keyboard. The first
/// time, `passphrase` becomes the chapter's; after that it must be the chapter's.
pub fn lock(
    db: &mut Database,
    passphrase: &str,
    by: &str,
    now: DateTime<Utc>,
) -> Result<LockStatus> {
    let by = by.trim();
    if by.is_empty() {
        return Err(
            CoreError::invalid(msg!("field-entered-by"), msg!("laptop-locked-by-missing"))
                .at("locked_by"),
        );
    }
    let found = row(db.conn())?;
    let new_hash = match &found {
        Some(kept) if kept.locked_at.is_some() => {
            return Err(CoreError::Conflict {
                reason: msg!("laptop-already-locked"),
            })
        }
        Some(kept) => {
            passphrase::check(passphrase, &kept.hash)?;
            None
        }
        None => {
            passphrase::checked_new(passphrase)?;
            Some(passphrase::hash(passphrase)?)
        }
    };
    db.write(|tx| {
        if let Some(hash) = &new_hash {
            let at = timestamp::to_text(now);
            tx.prepare_cached(
                "INSERT INTO laptop_lock (id, passphrase_hash, created_at, updated_at)
                 VALUES (1, ?1, ?2, ?2)",
            )?
            .execute(params![hash, at])?;
        }
        set_lock(tx, Some(by), now)
    })?;
    status(db.conn())
}

/// Opens the app again, with the chapter's passphrase; a wrong one leaves it locked.
pub fn unlock(db: &mut Database, passphrase: &str, now: DateTime<Utc>) -> Result<LockStatus> {
    let Some(kept) = row(db.conn())?.filter(|r| r.locked_at.is_some()) else {
        return status(db.conn());
    };
    passphrase::check(passphrase, &kept.hash)?;
    db.write(|tx| set_lock(tx, None, now))?;
    status(db.conn())
}

/// A new passphrase for the chapter, told with the one it has; only while the app is open.
pub fn change_passphrase(
    db: &mut Database,
    current: &str,
    new: &str,
    now: DateTime<Utc>,
) -> Result<LockStatus> {
    let Some(kept) = row(db.conn())? else {
        return Err(CoreError::Conflict {
            reason: msg!("laptop-no-passphrase-yet"),
        });
    };
    if kept.locked_at.is_some() {
        return Err(CoreError::Conflict {
            reason: msg!("laptop-already-locked"),
        });
    }
    passphrase::check(current, &kept.hash)?;
    passphrase::checked_new(new).map_err(|e| e.at("new_passphrase"))?;
    let hash = passphrase::hash(new)?;
    db.write(|tx| {
        tx.prepare_cached("UPDATE laptop_lock SET passphrase_hash = ?1, updated_at = ?2")?
            .execute(params![hash, timestamp::to_text(now)])?;
        Ok(())
    })?;
    status(db.conn())
}

/// Opens the app without the passphrase, for an organizer who forgot it: only from the
/// command line, by whoever holds the laptop's files (the lock keeps members out of each
/// other's answers, not the laptop's owner out of the chapter). The passphrase is forgotten
/// too, so the next lock chooses a new one.
pub fn forget(db: &mut Database) -> Result<LockStatus> {
    db.write(|tx| {
        tx.prepare_cached("DELETE FROM laptop_lock")?.execute([])?;
        Ok(())
    })?;
    status(db.conn())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn memory_db() -> Database {
        Database::open_in_memory().unwrap()
    }

    fn now() -> DateTime<Utc> {
        "2026-12-06T18:00:00Z".parse().unwrap()
    }

    #[test]
    fn the_first_lock_sets_the_passphrase_and_the_second_must_match() {
        let mut db = memory_db();
        assert!(!status(db.conn()).unwrap().has_passphrase);
        let on = lock(&mut db, "tamales y café", "Rosa", now()).unwrap();
        assert!(on.locked && on.has_passphrase);
        assert_eq!(on.locked_by.as_deref(), Some("Rosa"));

        let wrong = unlock(&mut db, "tamales", now()).unwrap_err();
        assert_eq!(wrong.key(), Some("passphrase"));
        assert!(
            status(db.conn()).unwrap().locked,
            "a wrong passphrase leaves it locked"
        );

        let off = unlock(&mut db, "tamales y café", now()).unwrap();
        assert!(!off.locked && off.locked_by.is_none());

        let refused = lock(&mut db, "another passphrase", "Rosa", now()).unwrap_err();
        assert_eq!(refused.key(), Some("passphrase"));
        assert!(!status(db.conn()).unwrap().locked);
        assert!(
            lock(&mut db, "tamales y café", "Dee", now())
                .unwrap()
                .locked
        );
    }

    #[test]
    fn a_short_first_passphrase_or_no_name_changes_nothing() {
        let mut db = memory_db();
        assert_eq!(
            lock(&mut db, "short", "Rosa", now()).unwrap_err().key(),
            Some("passphrase")
        );
        assert_eq!(
            lock(&mut db, "long enough now", " ", now())
                .unwrap_err()
                .key(),
            Some("locked_by")
        );
        assert!(!status(db.conn()).unwrap().has_passphrase);
    }

    #[test]
    fn the_passphrase_changes_only_with_the_old_one_and_while_open() {
        let mut db = memory_db();
        lock(&mut db, "first passphrase", "Rosa", now()).unwrap();
        assert!(change_passphrase(&mut db, "first passphrase", "second one", now()).is_err());
        unlock(&mut db, "first passphrase", now()).unwrap();
        assert!(change_passphrase(&mut db, "not it at all", "second one", now()).is_err());
        assert_eq!(
            change_passphrase(&mut db, "first passphrase", "short", now())
                .unwrap_err()
                .key(),
            Some("new_passphrase")
        );
        change_passphrase(&mut db, "first passphrase", "second one", now()).unwrap();
        lock(&mut db, "second one", "Rosa", now()).unwrap();
        assert!(forget(&mut db)
            .map(|s| !s.locked && !s.has_passphrase)
            .unwrap());
    }
}
