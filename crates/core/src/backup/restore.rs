//! Replacing the chapter's data with a backup.

use std::path::{Path, PathBuf};

use chrono::{DateTime, Utc};
use rusqlite::backup::Backup;

use super::copy::backup_file;
use crate::db::migrate::{current_version, latest_version};
use crate::db::snapshot::stamped_path;
use crate::db::snapshot::step_until_done;
use crate::db::{open_read_only, Database, APPLICATION_ID};
use crate::msg;
use crate::progress::{unattended, Job};
use crate::{CoreError, Result};

/// Checks that `path` holds a Groundwork database this version can read.
pub fn check_backup_file(path: &Path) -> Result<()> {
    if !path.is_file() {
        return Err(CoreError::NotFound {
            what: msg!("thing-backup-file", path = path.display().to_string()),
        });
    }
    let not_ours = |reason: String| CoreError::NotAGroundworkDatabase {
        path: path.into(),
        reason,
    };
    let conn = open_read_only(path).map_err(|e| not_ours(e.to_string()))?;
    let app_id: i32 = conn
        .pragma_query_value(None, "application_id", |r| r.get(0))
        .map_err(|e| not_ours(e.to_string()))?;
    if app_id != APPLICATION_ID {
        return Err(not_ours(format!("application id {app_id:#x}")));
    }
    let found = current_version(&conn)?;
    if found > latest_version() {
        return Err(CoreError::NewerDatabase {
            found,
            supported: latest_version(),
        });
    }
    let check: String = conn.query_row("PRAGMA quick_check", [], |r| r.get(0))?;
    if check != "ok" {
        return Err(not_ours(format!("damaged: {check}")));
    }
    Ok(())
}

/// Replaces everything in `db` with the contents of the backup at `source`. First copies the
/// current data to `backups/before-restore-<time>.sqlite` and returns that path. A cancelled or
/// failed restore leaves `db` exactly as it was.
pub fn restore_from(
    db: &mut Database,
    source: &Path,
    now: DateTime<Utc>,
    job: &Job<'_>,
) -> Result<PathBuf> {
    check_backup_file(source)?;
    let db_path = db.path().map(Path::to_owned).ok_or_else(|| {
        CoreError::invalid(msg!("field-database"), msg!("backup-in-memory-restore"))
    })?;
    let kept = stamped_path(&db_path, "before-restore", now);
    unattended(|copy_job| backup_file(&db_path, &kept, copy_job))?;

    let from = open_read_only(source)?;
    {
        let backup = Backup::new(&from, db.conn_mut())?;
        step_until_done(&backup, job)?;
    }
    // The backup may come from an older version: bring it up to date (this backs up first).
    db.migrate(now)?;
    tracing::info!(kept = %kept.display(), "a backup was restored");
    Ok(kept)
}

/// Puts the backup at `source` in place of a chapter database that cannot be opened at all (so
/// [`restore_from`] cannot run on it): the file that failed, with its `-wal` and `-shm`, is
/// moved aside to `backups/unopenable-<time>.sqlite` (kept, never deleted: it may still be
/// rescued), then the backup is copied in and opened. Returns the database and where the
/// failed file went.
pub fn replace_unopenable(
    db_path: &Path,
    source: &Path,
    now: DateTime<Utc>,
    job: &Job<'_>,
) -> Result<(Database, Option<PathBuf>)> {
    check_backup_file(source)?;
    let aside = stamped_path(db_path, "unopenable", now);
    let moved = if db_path.exists() {
        if let Some(folder) = aside.parent() {
            std::fs::create_dir_all(folder)
                .map_err(|e| CoreError::io("create folder", folder, e))?;
        }
        std::fs::rename(db_path, &aside).map_err(|e| CoreError::io("move aside", db_path, e))?;
        for ending in ["-wal", "-shm"] {
            let mut side = db_path.as_os_str().to_owned();
            side.push(ending);
            let mut kept = aside.as_os_str().to_owned();
            kept.push(ending);
            if Path::new(&side).exists() {
                std::fs::rename(&side, &kept)
                    .map_err(|e| CoreError::io("move aside", Path::new(&side), e))?;
            }
        }
        Some(aside)
    } else {
        None
    };
    backup_file(source, db_path, job)?;
    let db = Database::open(db_path, now)?;
    tracing::info!(
        moved_aside = moved.as_ref().map(|p| p.display().to_string()),
        "an unopenable chapter database was replaced by a backup"
    );
    Ok((db, moved))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_database_that_cannot_be_opened_is_moved_aside_and_the_backup_put_in_its_place() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("chapter.sqlite");
        let mut db = Database::open(&path, Utc::now()).unwrap();
        crate::settings::save(
            &mut db,
            &crate::settings::ChapterSettings {
                name: "Eastside".into(),
                ..Default::default()
            },
            Utc::now(),
        )
        .unwrap();
        let copy = dir.path().join("copy.sqlite");
        unattended(|job| backup_file(&path, &copy, job)).unwrap();
        drop(db);
        std::fs::write(
            &path,
            b"this was a database once; a disk error wrote over it",
        )
        .unwrap();
        assert!(Database::open(&path, Utc::now()).is_err());

        let (db, moved) =
            unattended(|job| replace_unopenable(&path, &copy, Utc::now(), job)).unwrap();
        let chapter = crate::settings::load(&db).unwrap().unwrap();
        assert_eq!(chapter.settings.name, "Eastside");
        let moved = moved.unwrap();
        assert!(
            moved.starts_with(dir.path().join("backups")),
            "{}",
            moved.display()
        );
        assert!(std::fs::read(&moved)
            .unwrap()
            .starts_with(b"this was a database once"));

        // Not a backup: refused, and nothing is moved.
        let err = unattended(|job| replace_unopenable(&path, &moved, Utc::now(), job));
        assert!(err.is_err());
        assert!(Database::open(&path, Utc::now()).is_ok());
    }
    use crate::progress::CancelToken;
    use crate::settings::{self, ChapterSettings};

    fn named(db: &mut Database, name: &str) {
        let s = ChapterSettings {
            name: name.into(),
            ..ChapterSettings::default()
        };
        settings::save(db, &s, Utc::now()).unwrap();
    }

    fn name_of(db: &Database) -> String {
        settings::load(db).unwrap().unwrap().settings.name
    }

    #[test]
    fn restore_brings_back_the_old_data_and_keeps_a_copy() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("chapter.sqlite");
        let mut db = Database::open(&path, Utc::now()).unwrap();
        named(&mut db, "Before");
        let saved = dir.path().join("saved.sqlite");
        unattended(|job| backup_file(&path, &saved, job)).unwrap();
        named(&mut db, "After");

        let kept = unattended(|job| restore_from(&mut db, &saved, Utc::now(), job)).unwrap();
        assert_eq!(name_of(&db), "Before");
        let old = Database::open(&kept, Utc::now()).unwrap();
        assert_eq!(name_of(&old), "After");
    }

    #[test]
    fn cancelled_restore_changes_nothing() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("chapter.sqlite");
        let mut db = Database::open(&path, Utc::now()).unwrap();
        named(&mut db, "Before");
        let saved = dir.path().join("saved.sqlite");
        unattended(|job| backup_file(&path, &saved, job)).unwrap();
        named(&mut db, "After");
        let cancel = CancelToken::new();
        cancel.cancel();
        let job = Job {
            cancel: &cancel,
            on_progress: &|_| {},
        };
        assert!(matches!(
            restore_from(&mut db, &saved, Utc::now(), &job),
            Err(CoreError::Cancelled)
        ));
        assert_eq!(name_of(&db), "After");
    }

    #[test]
    fn restore_cancelled_midway_rolls_back() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("chapter.sqlite");
        let mut db = Database::open(&path, Utc::now()).unwrap();
        named(&mut db, "Before");
        // Enough pages that the restore takes several steps.
        db.conn()
            .execute_batch(
                "CREATE TABLE ballast(b BLOB);
                 WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 400)
                 INSERT INTO ballast SELECT randomblob(4000) FROM n;",
            )
            .unwrap();
        let saved = dir.path().join("saved.sqlite");
        unattended(|job| backup_file(&path, &saved, job)).unwrap();
        db.conn().execute_batch("DROP TABLE ballast").unwrap();
        named(&mut db, "After");

        let cancel = CancelToken::new();
        let steps = std::sync::atomic::AtomicUsize::new(0);
        let stop_after_first = |p: crate::progress::Progress| {
            assert!(p.total > 64, "the backup must need several steps");
            steps.fetch_add(1, std::sync::atomic::Ordering::SeqCst);
            cancel.cancel();
        };
        let job = Job {
            cancel: &cancel,
            on_progress: &stop_after_first,
        };
        assert!(matches!(
            restore_from(&mut db, &saved, Utc::now(), &job),
            Err(CoreError::Cancelled)
        ));
        assert_eq!(steps.load(std::sync::atomic::Ordering::SeqCst), 1);
        assert_eq!(name_of(&db), "After");
        let ballast: i64 = db
            .conn()
            .query_row(
                "SELECT count(*) FROM sqlite_schema WHERE name = 'ballast'",
                [],
                |r| r.get(0),
            )
            .unwrap();
        assert_eq!(ballast, 0);
    }

    #[test]
    fn refuses_a_file_that_is_not_ours() {
        let dir = tempfile::tempdir().unwrap();
        let text = dir.path().join("notes.sqlite");
        std::fs::write(&text, "not a database at all, just some words").unwrap();
        assert!(matches!(
            check_backup_file(&text),
            Err(CoreError::NotAGroundworkDatabase { .. })
        ));
        let other = dir.path().join("other.sqlite");
        rusqlite::Connection::open(&other)
            .unwrap()
            .execute_batch("CREATE TABLE t(x);")
            .unwrap();
        assert!(matches!(
            check_backup_file(&other),
            Err(CoreError::NotAGroundworkDatabase { .. })
        ));
    }
}
