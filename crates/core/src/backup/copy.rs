//! Writing a backup of a chapter database to another file.

use std::path::Path;

use super::BackupEntry;
use crate::db::snapshot;
use crate::progress::Job;
use crate::Result;

/// Copies the database at `source` to `dest` page by page, reporting pages done. The copy is
/// made whole or not at all: a cancelled or failed backup leaves no half-written file behind.
pub fn backup_file(source: &Path, dest: &Path, job: &Job<'_>) -> Result<BackupEntry> {
    snapshot::copy(source, dest, job)?;
    BackupEntry::of_file(dest)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::db::Database;
    use crate::progress::{unattended, CancelToken, Progress};
    use crate::CoreError;
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
