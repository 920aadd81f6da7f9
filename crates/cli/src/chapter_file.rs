//! The chapter database a command works on.

use std::path::Path;

use crate::failure::{Exit, Failure};
use chrono::Utc;
use groundwork_core::db::Database;
use groundwork_core::settings::Chapter;

pub(crate) fn open(path: &Path) -> Result<Database, Failure> {
    Ok(Database::open(path, Utc::now())?)
}

/// The chapter's settings, or the one line that says how to make the chapter first.
pub(crate) fn chapter_of(db: &Database) -> Result<Chapter, Failure> {
    groundwork_core::settings::load(db)?.ok_or_else(|| {
        Failure::new(
            Exit::NotFound,
            "no chapter yet; run `groundwork-cli init --name NAME` first",
        )
    })
}
