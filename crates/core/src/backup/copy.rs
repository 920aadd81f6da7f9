//! Writing a backup of a chapter database to another file.

use std::path::Path;
use std::thread::sleep;
use std::time::Duration;

use rusqlite::backup::{Backup, StepResult};
use rusqlite::Connection;

use super::{BackupEntry, PAGES_PER_STEP};
use crate::db::open_read_only;
use crate::files::replace_whole;
use crate::progress::Job;
use crate::{CoreError, Result};

/// Copies the database at `source` to `dest` page by page, reporting pages done. The copy is
/// made whole or not at all ([`replace_whole`]): a cancelled or failed backup leaves no
/// half-written file behind.
pub fn backup_file(source: &Path, dest: &Path, job: &Job<'_>) -> Result<BackupEntry> {
    if same_file(source, dest) {
        return Err(CoreError::invalid(
            "backup file",
            "choose a file other than the database itself",
        ));
    }
    replace_whole(dest, |partial| copy_pages(source, partial, job))?;
    BackupEntry::of_file(dest)
}

fn copy_pages(source: &Path, partial: &Path, job: &Job<'_>) -> Result<()> {
    let _ = std::fs::remove_file(partial);
    let from = open_read_only(source)?;
    let mut to = Connection::open(partial)?;
    {
        let backup = Backup::new(&from, &mut to)?;
        step_until_done(&backup, job)?;
    }
    // A backup is a single self-contained file: no WAL beside it.
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::db::Database;
    use crate::progress::{unattended, CancelToken, Progress};
    use chrono::Utc;
    use std::sync::Mutex;

    #[test]
    fn backup_reports_progress_and_writes_a_database() {
        let dir = tempfile::tempdir().unwrap();
        let src = dir.path().join("chapter.sqlite");
        Database::open(&src, Utc::now()).unwrap();
        let dest = dir.path().join("copy.sqlite");
        let seen = Mutex::new(Vec::new());
        let record = |p: Progress| seen.lock().unwrap().push(p);
        let cancel = CancelToken::new();
        let entry = backup_file(
            &src,
            &dest,
            &Job {
                cancel: &cancel,
                on_progress: &record,
            },
        )
        .unwrap();
        assert!(entry.size_bytes > 0);
        let last = seen.lock().unwrap().last().cloned().unwrap();
        assert_eq!(last.done, last.total);
        Database::open(&dest, Utc::now()).unwrap();
    }

    #[test]
    fn cancelled_backup_leaves_no_file() {
        let dir = tempfile::tempdir().unwrap();
        let src = dir.path().join("chapter.sqlite");
        Database::open(&src, Utc::now()).unwrap();
        let dest = dir.path().join("copy.sqlite");
        let cancel = CancelToken::new();
        cancel.cancel();
        let err = backup_file(
            &src,
            &dest,
            &Job {
                cancel: &cancel,
                on_progress: &|_| {},
            },
        );
        assert!(matches!(err, Err(CoreError::Cancelled)));
        assert!(!dest.exists());
        assert!(!crate::files::partial_path(&dest).exists());
    }

    #[test]
    fn refuses_to_back_up_onto_itself() {
        let dir = tempfile::tempdir().unwrap();
        let src = dir.path().join("chapter.sqlite");
        Database::open(&src, Utc::now()).unwrap();
        let err = unattended(|job| backup_file(&src, &src, job));
        assert!(matches!(err, Err(CoreError::InvalidInput { .. })));
    }
}
