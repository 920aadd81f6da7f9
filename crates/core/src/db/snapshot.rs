//! Copies of a chapter database file, made with SQLite's online backup API (never a raw copy of
//! a live file), whole or not at all, and the folder beside the database where they are kept.
//! The lowest layer of backups: migrations copy the file with it before they change it, and
//! [`crate::backup`] builds the chapter's backups, restores and daily copies on it.

use std::path::{Path, PathBuf};
use std::thread::sleep;
use std::time::Duration;

use chrono::{DateTime, Utc};
use rusqlite::backup::{Backup, StepResult};
use rusqlite::Connection;

use super::open_read_only;
use crate::files::replace_whole;
use crate::msg;
use crate::progress::Job;
use crate::{CoreError, Result};

/// Pages copied per step: small enough that progress moves and cancel answers quickly.
const PAGES_PER_STEP: i32 = 64;

/// The folder beside `db_path` where copies of it go.
pub fn folder(db_path: &Path) -> PathBuf {
    db_path.parent().unwrap_or(Path::new(".")).join("backups")
}

/// `backups/<label>-<UTC time>.sqlite` beside the database.
pub fn stamped_path(db_path: &Path, label: &str, now: DateTime<Utc>) -> PathBuf {
    folder(db_path).join(format!("{label}-{}.sqlite", now.format("%Y%m%dT%H%M%SZ")))
}

/// Copies the database at `source` to `dest` page by page, reporting pages done. The copy is
/// made whole or not at all ([`replace_whole`]): a cancelled or failed copy leaves no
/// half-written file behind.
pub fn copy(source: &Path, dest: &Path, job: &Job<'_>) -> Result<()> {
    if same_file(source, dest) {
        return Err(CoreError::invalid(
            msg!("field-backup-file"),
            msg!("backup-onto-itself"),
        ));
    }
    replace_whole(dest, |partial| copy_pages(source, partial, job))
}

fn copy_pages(source: &Path, partial: &Path, job: &Job<'_>) -> Result<()> {
    let _ = std::fs::remove_file(partial);
    let from = open_read_only(source)?;
    let mut to = Connection::open(partial)?;
    {
        let backup = Backup::new(&from, &mut to)?;
        step_until_done(&backup, job)?;
    }
    // A copy is a single self-contained file: no WAL beside it.
    to.pragma_update(None, "journal_mode", "DELETE")?;
    to.close().map_err(|(_, e)| CoreError::Database(e))?;
    Ok(())
}

/// Drives an online backup to the end, checking for cancellation between steps. Dropping the
/// `Backup` early rolls back whatever it had written to its destination.
pub(crate) fn step_until_done(backup: &Backup<'_, '_>, job: &Job<'_>) -> Result<()> {
    loop {
        job.cancel.check()?;
        let result = backup.step(PAGES_PER_STEP)?;
        let p = backup.progress();
        let total = p.pagecount.max(0) as u64;
        let done = total.saturating_sub(p.remaining.max(0) as u64);
        job.report(done, total, "pages");
        match result {
            StepResult::Done => return Ok(()),
            StepResult::More => {}
            StepResult::Busy | StepResult::Locked => sleep(Duration::from_millis(20)),
            _ => sleep(Duration::from_millis(20)),
        }
    }
}

fn same_file(a: &Path, b: &Path) -> bool {
    match (a.canonicalize(), b.canonicalize()) {
        (Ok(a), Ok(b)) => a == b,
        _ => false,
    }
}
