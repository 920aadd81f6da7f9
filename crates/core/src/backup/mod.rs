//! Backups with SQLite's online backup API, never a raw copy of a live file.
//!
//! `copy` writes a backup, `restore` replaces the chapter's data with a backup (keeping a copy of
//! what it replaces), and `rolling` keeps one automatic copy a day for the last week.

pub mod copy;
pub mod restore;
pub mod rolling;

use std::path::Path;

use chrono::{DateTime, Utc};
use serde::Serialize;
use ts_rs::TS;

use crate::{CoreError, Result};

/// A backup file on disk.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct BackupEntry {
    pub path: String,
    pub file_name: String,
    /// When the file was last written (UTC, RFC 3339).
    pub created_at: String,
    #[ts(type = "number")]
    pub size_bytes: u64,
}

impl BackupEntry {
    pub fn of_file(path: &Path) -> Result<Self> {
        let meta = std::fs::metadata(path).map_err(|e| CoreError::io("read", path, e))?;
        let modified: DateTime<Utc> = meta
            .modified()
            .map_err(|e| CoreError::io("read the date of", path, e))?
            .into();
        Ok(BackupEntry {
            path: path.display().to_string(),
            file_name: path
                .file_name()
                .map(|n| n.to_string_lossy().into_owned())
                .unwrap_or_default(),
            created_at: crate::db::timestamp::to_text(modified),
            size_bytes: meta.len(),
        })
    }
}
