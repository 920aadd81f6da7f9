//! Automatic backups kept in a `backups/` folder beside the database: one a day, the last
//! [`DAILY_KEPT`] days.

use std::path::{Path, PathBuf};

use chrono::NaiveDate;

use super::copy::backup_file;
use super::BackupEntry;
use crate::progress::Job;
use crate::{CoreError, Result};

pub const DAILY_KEPT: usize = 7;
const DAILY_PREFIX: &str = "daily-";

// Where backups go: the same folder the copies made before migrations go to.
pub use crate::db::snapshot::{folder, stamped_path};

/// Makes today's automatic backup if there is none yet and removes daily backups beyond the
/// last [`DAILY_KEPT`]. Returns the new backup, or `None` when today's already existed.
pub fn ensure_daily(
    db_path: &Path,
    today: NaiveDate,
    job: &Job<'_>,
) -> Result<Option<BackupEntry>> {
    let dir = folder(db_path);
    let dest = dir.join(format!("{DAILY_PREFIX}{}.sqlite", today.format("%Y-%m-%d")));
    let made = if dest.exists() {
        None
    } else {
        let started = std::time::Instant::now();
        let entry = backup_file(db_path, &dest, job)?;
        tracing::info!(
            file = %dest.display(),
            ms = started.elapsed().as_millis() as u64,
            "daily backup made"
        );
        Some(entry)
    };
    let mut dailies: Vec<PathBuf> = list(db_path)?
        .into_iter()
        .map(|e| PathBuf::from(e.path))
        .filter(|p| is_daily(p))
        .collect();
    // Names hold the date, so name order is date order.
    dailies.sort();
    let excess = dailies.len().saturating_sub(DAILY_KEPT);
    for old in &dailies[..excess] {
        std::fs::remove_file(old).map_err(|e| CoreError::io("remove old backup", old, e))?;
    }
    Ok(made)
}

fn is_daily(path: &Path) -> bool {
    path.file_name()
        .and_then(|n| n.to_str())
        .is_some_and(|n| n.starts_with(DAILY_PREFIX))
}

/// The newest backup beside `db_path` that can be restored: a Groundwork database this version
/// reads, whole. Files moved aside because they could not be opened are never offered.
pub fn latest_restorable(db_path: &Path) -> Result<Option<BackupEntry>> {
    Ok(list(db_path)?.into_iter().find(|entry| {
        !entry.file_name.starts_with("unopenable-")
            && super::restore::check_backup_file(Path::new(&entry.path)).is_ok()
    }))
}

/// Every finished backup in the folder beside `db_path`, newest first.
pub fn list(db_path: &Path) -> Result<Vec<BackupEntry>> {
    let dir = folder(db_path);
    let entries = match std::fs::read_dir(&dir) {
        Ok(entries) => entries,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(Vec::new()),
        Err(e) => return Err(CoreError::io("read folder", dir, e)),
    };
    let mut found = Vec::new();
    for entry in entries {
        let path = entry
            .map_err(|e| CoreError::io("read folder", &dir, e))?
            .path();
        if path.extension().is_some_and(|x| x == "sqlite") {
            found.push(BackupEntry::of_file(&path)?);
        }
    }
    found.sort_by(|a, b| {
        b.created_at
            .cmp(&a.created_at)
            .then(b.file_name.cmp(&a.file_name))
    });
    Ok(found)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::db::Database;
    use crate::progress::unattended;
    use chrono::Utc;

    #[test]
    fn one_backup_a_day_and_only_the_last_week() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("chapter.sqlite");
        Database::open(&path, Utc::now()).unwrap();
        let day = |d: u32| NaiveDate::from_ymd_opt(2026, 11, d).unwrap();
        assert!(unattended(|job| ensure_daily(&path, day(1), job))
            .unwrap()
            .is_some());
        assert!(unattended(|job| ensure_daily(&path, day(1), job))
            .unwrap()
            .is_none());
        for d in 2..=10 {
            unattended(|job| ensure_daily(&path, day(d), job)).unwrap();
        }
        let mut names: Vec<String> = list(&path)
            .unwrap()
            .into_iter()
            .map(|e| e.file_name)
            .collect();
        names.sort();
        assert_eq!(names.len(), DAILY_KEPT);
        assert_eq!(names[0], "daily-2026-11-04.sqlite");
        assert_eq!(names[6], "daily-2026-11-10.sqlite");
    }
}
