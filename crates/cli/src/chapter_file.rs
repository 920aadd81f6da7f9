//! The chapter database a command works on.

use std::path::Path;

use chrono::Utc;
use groundwork_core::db::Database;
use groundwork_core::settings::Chapter;

pub(crate) fn open(path: &Path) -> Result<Database, String> {
    Database::open(path, Utc::now()).map_err(|e| e.to_string())
}

/// The chapter's settings, or the one line that says how to make the chapter first.
pub(crate) fn chapter_of(db: &Database) -> Result<Chapter, String> {
    groundwork_core::settings::load(db)
        .map_err(|e| e.to_string())?
        .ok_or_else(|| "no chapter yet; run `groundwork-cli init --name NAME` first".to_owned())
}
