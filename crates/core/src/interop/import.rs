//! Importing a file of people: read it (CSV, tab-separated, Excel, or zipped), tell which
//! tool wrote it, check every row, and merge in one transaction.

use std::path::Path;

use chrono::{DateTime, Utc};

use super::contacts::{self, ParsedContacts};
use super::national_list::{self, ParsedList};
use super::report::{ImportReport, ListFormat};
use super::table::Table;
use super::{action_network, spoke, van};
use crate::db::Database;
use crate::msg;
use crate::progress::Job;
use crate::{CoreError, Result};

/// A file read and checked, nothing written yet.
#[derive(Debug)]
pub enum Parsed {
    NationalList(ParsedList),
    Contacts(ParsedContacts),
}

/// Which tool wrote a file, from its column names.
pub fn detect(table: &Table) -> Result<ListFormat> {
    if table.headers.iter().any(|h| {
        national_list::columns::field_of(h) == Some(national_list::columns::Field::ActionKitId)
    }) {
        return Ok(ListFormat::NationalList);
    }
    if action_network::recognizes(&table.headers) {
        return Ok(ListFormat::ActionNetwork);
    }
    if van::recognizes(table) {
        return Ok(ListFormat::Van);
    }
    if spoke::recognizes(table) {
        return Ok(ListFormat::Spoke);
    }
    Err(CoreError::invalid(
        table.place(1),
        msg!("import-columns-unknown"),
    ))
}

/// Reads a file as `format`, or as whatever its columns say when `None`. Contacts from other
/// tools are checked here; a national list's columns are, and its rows as they are merged.
pub fn parse(table: Table, format: Option<ListFormat>) -> Result<Parsed> {
    let format = match format {
        Some(f) => f,
        None => detect(&table)?,
    };
    Ok(match format {
        ListFormat::NationalList => Parsed::NationalList(national_list::parse(table)?),
        ListFormat::ActionNetwork => Parsed::Contacts(action_network::parse(&table)?),
        ListFormat::Spoke => Parsed::Contacts(spoke::parse(&table)?),
        ListFormat::Van => Parsed::Contacts(van::parse(&table)?),
    })
}

pub fn read(path: &Path, format: Option<ListFormat>) -> Result<Parsed> {
    // Reading the file keeps one core busy; the phone library's metadata, which checking the
    // rows will need, loads on the other meanwhile.
    let table = std::thread::scope(|scope| {
        scope.spawn(crate::people::phone::warm);
        Table::read(path)
    })?;
    parse(table, format)
}

impl Parsed {
    pub fn format(&self) -> ListFormat {
        match self {
            Parsed::NationalList(_) => ListFormat::NationalList,
            Parsed::Contacts(c) => c.format,
        }
    }

    /// Merges into the chapter in one transaction; a cancel leaves it as it was.
    pub fn import(
        &self,
        db: &mut Database,
        job: &Job<'_>,
        now: DateTime<Utc>,
    ) -> Result<ImportReport> {
        let started = std::time::Instant::now();
        let report = db.with_bulk_cache(|db| match self {
            Parsed::NationalList(list) => national_list::import(db, list, job, now),
            Parsed::Contacts(parsed) => contacts::import(db, parsed, job, now),
        })?;
        tracing::info!(
            format = report.format.label(),
            rows = report.rows,
            created = report.created,
            updated = report.updated,
            unchanged = report.unchanged,
            skipped = report.skipped.len(),
            ms = started.elapsed().as_millis() as u64,
            "list imported"
        );
        Ok(report)
    }
}
