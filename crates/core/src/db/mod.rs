//! The chapter database: one SQLite file per chapter.
//!
//! [`Database::open`] is the only way in. It sets the pragmas every connection needs (WAL,
//! foreign keys, a busy timeout), checks that the file is a Groundwork database, and applies
//! pending migrations, after copying the file aside with SQLite's online backup API.
//!
//! Adding a table: write the next numbered file in `db/migrations/` (never edit a shipped one),
//! list it in [`migrate::MIGRATIONS`], then give the table its own module beside the domain code
//! that owns it (struct, `from_row`, queries with `prepare_cached`). Every table has a UUID v7
//! `id` and UTC `created_at`/`updated_at` text columns.

pub mod codes;
pub mod indexes;
pub mod migrate;
pub mod rows;
pub mod snapshot;
pub mod timestamp;

use std::path::{Path, PathBuf};
use std::time::Duration;

use chrono::{DateTime, Utc};
use rusqlite::{Connection, OpenFlags, Transaction};

use crate::msg;
use crate::{CoreError, Result};

pub use migrate::APPLICATION_ID;

/// The page cache for everyday work, in KiB (negative: a size, not a page count): SQLite's
/// own default. Reads beyond it come from the operating system's file cache.
const CACHE_KIB: i64 = -2_000;
/// The page cache while a list is imported.
const BULK_CACHE_KIB: i64 = -65_536;

pub struct Database {
    path: Option<PathBuf>,
    conn: Connection,
}

impl Database {
    /// Opens (creating if needed) the chapter database at `path` and brings its schema up to
    /// date. Fails with `NewerDatabase` when the file comes from a newer Groundwork and with
    /// `NotAGroundworkDatabase` when it belongs to some other program.
    pub fn open(path: &Path, now: DateTime<Utc>) -> Result<Self> {
        if let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty()) {
            std::fs::create_dir_all(dir).map_err(|e| CoreError::io("create folder", dir, e))?;
        }
        let conn = Connection::open(path)?;
        let mut db = Database {
            path: Some(path.to_owned()),
            conn,
        };
        db.configure()?;
        migrate::check_is_groundwork(&db.conn, path)?;
        db.migrate(now)?;
        Ok(db)
    }

    /// A second connection to a chapter database that [`Database::open`] has opened (and
    /// brought up to date), for reading only. In WAL mode it reads the last committed data
    /// without waiting while the first connection holds a long write, such as a list import:
    /// the app's screens read through one so they do not wait for it. Anything that tries to
    /// write through it is refused.
    pub fn open_reader(path: &Path) -> Result<Self> {
        let conn = Connection::open_with_flags(
            path,
            OpenFlags::SQLITE_OPEN_READ_WRITE | OpenFlags::SQLITE_OPEN_NO_MUTEX,
        )?;
        conn.busy_timeout(Duration::from_secs(5))?;
        conn.set_prepared_statement_cache_capacity(256);
        conn.pragma_update(None, "cache_size", CACHE_KIB)?;
        conn.pragma_update(None, "query_only", true)?;
        migrate::check_is_groundwork(&conn, path)?;
        Ok(Database {
            path: Some(path.to_owned()),
            conn,
        })
    }

    /// A private in-memory database with the full schema, for tests.
    pub fn open_in_memory() -> Result<Self> {
        let conn = Connection::open_in_memory()?;
        let mut db = Database { path: None, conn };
        db.configure()?;
        db.migrate(Utc::now())?;
        Ok(db)
    }

    /// Brings the schema up to date, copying the file aside first when it has data.
    pub(crate) fn migrate(&mut self, now: DateTime<Utc>) -> Result<()> {
        migrate::apply(&mut self.conn, self.path.as_deref(), now)
    }

    fn configure(&self) -> Result<()> {
        self.conn.busy_timeout(Duration::from_secs(5))?;
        // Imports run a few dozen distinct statements per row; a cache smaller than that
        // re-prepares them all the time.
        self.conn.set_prepared_statement_cache_capacity(256);
        self.conn.pragma_update(None, "foreign_keys", true)?;
        if self.path.is_some() {
            let mode: String =
                self.conn
                    .pragma_update_and_check(None, "journal_mode", "wal", |r| r.get(0))?;
            if !mode.eq_ignore_ascii_case("wal") {
                return Err(CoreError::invalid(
                    msg!("field-database"),
                    msg!("database-no-wal", mode = mode),
                ));
            }
        }
        self.conn.pragma_update(None, "synchronous", "NORMAL")?;
        self.conn.pragma_update(None, "cache_size", CACHE_KIB)?;
        Ok(())
    }

    /// Runs bulk work (a list import) with a page cache big enough for it. With the everyday
    /// 2 MB cache, a large import's transaction spills pages to the WAL and reads them back for
    /// every lookup; 64 MB keeps them in memory. Statement journals (SQLite's copy of the pages
    /// a statement changes, in case it must be undone) stay in memory too: a statement writing
    /// 256 people journals more than the 64 KB SQLite keeps before spilling to a temporary file,
    /// and the spilling cost a 50,000-row import about 90,000 extra writes. Both go back to
    /// their everyday settings afterwards, so the running app does not hold 64 MB of pages
    /// between imports.
    pub fn with_bulk_cache<T>(
        &mut self,
        work: impl FnOnce(&mut Database) -> Result<T>,
    ) -> Result<T> {
        self.conn
            .pragma_update(None, "cache_size", BULK_CACHE_KIB)?;
        self.conn.pragma_update(None, "temp_store", "MEMORY")?;
        let outcome = work(self);
        self.conn.pragma_update(None, "temp_store", "DEFAULT")?;
        self.conn.pragma_update(None, "cache_size", CACHE_KIB)?;
        outcome
    }

    /// The file behind this database; `None` for an in-memory one.
    pub fn path(&self) -> Option<&Path> {
        self.path.as_deref()
    }

    /// Read access. Writes go through [`Database::write`].
    pub fn conn(&self) -> &Connection {
        &self.conn
    }

    pub(crate) fn conn_mut(&mut self) -> &mut Connection {
        &mut self.conn
    }

    /// Runs `work` in one immediate transaction: all of it is kept, or none of it.
    pub fn write<T>(&mut self, work: impl FnOnce(&Transaction<'_>) -> Result<T>) -> Result<T> {
        let tx = self
            .conn
            .transaction_with_behavior(rusqlite::TransactionBehavior::Immediate)?;
        let value = work(&tx)?;
        tx.commit()?;
        Ok(value)
    }
}

/// Opens a database file read-only without touching it, for backups and for checking a file
/// before a restore.
pub(crate) fn open_read_only(path: &Path) -> Result<Connection> {
    let conn = Connection::open_with_flags(
        path,
        OpenFlags::SQLITE_OPEN_READ_ONLY | OpenFlags::SQLITE_OPEN_NO_MUTEX,
    )?;
    conn.busy_timeout(Duration::from_secs(5))?;
    Ok(conn)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The page cache's size, and where temporary files go (0: the default, 2: memory).
    fn cache(db: &Database) -> (i64, i64) {
        let pragma = |name| {
            db.conn()
                .pragma_query_value(None, name, |r| r.get(0))
                .unwrap()
        };
        (pragma("cache_size"), pragma("temp_store"))
    }

    #[test]
    fn a_reader_reads_what_was_committed_while_a_write_is_open_and_cannot_write() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("chapter.sqlite");
        let writer = Database::open(&path, Utc::now()).unwrap();
        let reader = Database::open_reader(&path).unwrap();
        let renamed = |db: &Database| -> i64 {
            db.conn()
                .query_row(
                    "SELECT count(*) FROM ladder_level WHERE name LIKE '%!'",
                    [],
                    |r| r.get(0),
                )
                .unwrap()
        };
        // A long write holds the file's write lock, as a list import does.
        writer
            .conn()
            .execute_batch("BEGIN IMMEDIATE; UPDATE ladder_level SET name = name || '!';")
            .unwrap();
        // The reader neither waits for it (it would fail as busy) nor sees it.
        assert_eq!(renamed(&reader), 0);
        writer.conn().execute_batch("COMMIT").unwrap();
        assert!(renamed(&reader) > 0);
        let refused = reader
            .conn()
            .execute("DELETE FROM ladder_level", [])
            .unwrap_err();
        assert!(refused.to_string().contains("readonly"), "{refused}");
    }

    #[test]
    fn the_bulk_cache_is_given_back_after_the_work_even_when_it_fails() {
        let mut db = Database::open_in_memory().unwrap();
        assert_eq!(cache(&db), (CACHE_KIB, 0));
        let inside = db.with_bulk_cache(|db| Ok(cache(db))).unwrap();
        assert_eq!(inside, (BULK_CACHE_KIB, 2));
        assert_eq!(cache(&db), (CACHE_KIB, 0));
        let failed: Result<()> = db.with_bulk_cache(|_| Err(CoreError::Cancelled));
        assert!(failed.is_err());
        assert_eq!(cache(&db), (CACHE_KIB, 0));
    }
}
