//! Lists of people in and out: importing a file (whichever tool wrote it) and exporting the
//! chapter's people for another tool or a spreadsheet.

use std::io::Write;
use std::path::Path;

use chrono::{DateTime, Utc};
use groundwork_core::files::write_whole;
use groundwork_core::interop::export::{self, PeopleFormat};
use groundwork_core::interop::import;
use groundwork_core::interop::report::{ImportReport, ListFormat};
use groundwork_core::progress::Job;
use groundwork_core::settings;
use groundwork_core::{CoreError, Message};
use serde::Serialize;
use ts_rs::TS;

use crate::access::ChapterAccess;
use crate::Result;

/// Reads the whole file first, without the chapter's database (a broken file is refused before
/// anything is written, and the app's other screens stay usable while a large file is read),
/// then merges it in one transaction: a broken row or a cancel leaves the chapter as it was.
pub fn import_file(
    chapter: &impl ChapterAccess,
    path: &Path,
    format: Option<ListFormat>,
    job: &Job<'_>,
    now: DateTime<Utc>,
) -> Result<ImportReport> {
    let parsed = import::read(path, format)?;
    chapter.with_db(|db| Ok(parsed.import(db, job, now)?))
}

/// People an upload file left out, and why ("asked not to be texted").
#[derive(Debug, Clone, Serialize, TS)]
pub struct LeftOut {
    /// Reads after a count of people: "who asked not to be texted".
    pub why: Message,
    pub count: u32,
}

#[derive(Debug, Clone, Serialize, TS)]
pub struct ExportedFile {
    /// The file written; empty when the people went to a stream (the CLI's standard output).
    pub path: String,
    /// People written to the file.
    pub rows: u32,
    pub left_out: Vec<LeftOut>,
}

/// Where exported people go.
pub enum ExportTo<'a> {
    /// This file, replaced whole.
    File(&'a Path),
    /// A stream, such as standard output.
    Stream(&'a mut dyn Write),
}

/// The name offered for an export: what it is and the chapter's today ("people-2026-12-05.csv").
pub fn export_file_name(
    chapter: &impl ChapterAccess,
    format: PeopleFormat,
    now: DateTime<Utc>,
) -> Result<String> {
    let today = chapter.with_db(|db| Ok(settings::today_of(db, now)))?;
    Ok(format!(
        "{}-{today}.{}",
        format.file_stem(),
        format.extension()
    ))
}

/// Writes an export's bytes where it goes: a file replaced whole, or a stream. The file's path,
/// or "" for a stream.
pub(crate) fn write_to(to: ExportTo<'_>, bytes: &[u8]) -> Result<String> {
    Ok(match to {
        ExportTo::File(path) => {
            write_whole(path, bytes)?;
            path.display().to_string()
        }
        ExportTo::Stream(out) => {
            out.write_all(bytes)
                .and_then(|()| out.flush())
                .map_err(|e| CoreError::io("write", "the output", e))?;
            String::new()
        }
    })
}

/// Writes everyone in `format`, whole or not at all.
pub fn export_people(
    chapter: &impl ChapterAccess,
    format: PeopleFormat,
    to: ExportTo<'_>,
) -> Result<ExportedFile> {
    let file = chapter.with_db(|db| Ok(export::people_file(db.conn(), format)?))?;
    let path = write_to(to, &file.bytes)?;
    Ok(ExportedFile {
        path,
        rows: file.rows,
        left_out: file
            .left_out
            .into_iter()
            .map(|(why, count)| LeftOut { why, count })
            .collect(),
    })
}
