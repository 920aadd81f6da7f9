//! The directory of organizations in and out: importing a file of organizations and exporting
//! the directory, for the window and the command line alike.

use std::path::Path;

use chrono::{DateTime, Utc};
use groundwork_core::interop::table::Table;
use groundwork_core::orgs::transfer::{self, OrgFormat, OrgImportReport};
use groundwork_core::settings;

use crate::access::ChapterAccess;
use crate::lists::{write_to, ExportTo, ExportedFile};
use crate::Result;

/// Reads the whole file first (a broken file is refused before the chapter is touched), then
/// adds its organizations in one transaction.
pub fn import_file(
    chapter: &impl ChapterAccess,
    path: &Path,
    by: &str,
    now: DateTime<Utc>,
) -> Result<OrgImportReport> {
    let table = Table::read(path)?;
    chapter.with_db(|db| Ok(transfer::import(db, &table, by, now)?))
}

/// The name offered for an export: "organizations-2026-12-05.csv".
pub fn export_file_name(
    chapter: &impl ChapterAccess,
    format: OrgFormat,
    now: DateTime<Utc>,
) -> Result<String> {
    let today = chapter.with_db(|db| Ok(settings::today_of(db, now)))?;
    Ok(format!("organizations-{today}.{}", format.extension()))
}

/// Writes the whole directory in `format`, whole or not at all.
pub fn export(
    chapter: &impl ChapterAccess,
    format: OrgFormat,
    to: ExportTo<'_>,
) -> Result<ExportedFile> {
    let (bytes, rows) = chapter.with_db(|db| Ok(transfer::export_file(db.conn(), format)?))?;
    let path = write_to(to, &bytes)?;
    Ok(ExportedFile {
        path,
        rows,
        left_out: Vec::new(),
    })
}
