//! The national membership list, as chapters receive it (CSV, any layout from 2019 to 2024).
//!
//! The whole file is read and checked before anything is written: a broken row stops the
//! import with its line and the problem, and nothing of that file is kept. Then every member is
//! merged in one transaction: membership facts come from the list; fields organizers may also
//! edit (names, address, union) change only where no organizer has corrected them since the
//! last list; phones and emails are added, never replaced; opt-outs are only ever added.

pub mod columns;
mod member;
mod merge;

use std::collections::HashMap;
use std::io::Read;

use chrono::{DateTime, Utc};
use serde::Serialize;
use ts_rs::TS;

use crate::db::Database;
use crate::progress::Job;
use crate::{CoreError, Result};
use columns::{field_of, Field};
pub use member::ListMember;

/// What an import did.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, TS)]
pub struct ImportReport {
    pub rows: u32,
    pub created: u32,
    pub updated: u32,
    pub unchanged: u32,
    /// People whose membership lapsed since the last list.
    pub lapsed: Vec<String>,
    /// People who were lapsed and are members again.
    pub renewed: Vec<String>,
    /// Columns the file has that Groundwork does not read.
    pub unknown_columns: Vec<String>,
}

/// A file's rows, checked and normalized, ready to merge.
#[derive(Debug)]
pub struct ParsedList {
    pub members: Vec<ListMember>,
    pub unknown_columns: Vec<String>,
}

fn broken(line: u64, reason: impl Into<String>) -> CoreError {
    CoreError::invalid(format!("line {line}"), reason)
}

/// The line of the file a record starts on. The csv reader counts the line ends it has passed,
/// which is one less.
fn file_line(position: &csv::Position) -> u64 {
    position.line() + 1
}

/// Reads and checks a whole list. Errors name the line: `line 18: expected 36 fields, found 37`.
pub fn parse(input: impl Read) -> Result<ParsedList> {
    let mut reader = csv::ReaderBuilder::new()
        .flexible(true)
        .has_headers(true)
        .from_reader(input);
    let headers = reader
        .headers()
        .map_err(|e| CoreError::invalid("line 1", format!("the header row cannot be read: {e}")))?
        .clone();
    let mut fields: Vec<Option<Field>> = Vec::with_capacity(headers.len());
    let mut unknown_columns = Vec::new();
    for header in headers.iter() {
        let field = field_of(header);
        if field.is_none() && !header.trim().is_empty() {
            unknown_columns.push(header.trim().trim_start_matches('\u{feff}').to_owned());
        }
        fields.push(field);
    }
    if !fields.contains(&Some(Field::ActionKitId)) {
        return Err(CoreError::invalid(
            "line 1",
            "no ActionKit id column (AK_ID or actionkit_id): is this the national membership list?",
        ));
    }
    let mut members = Vec::new();
    let mut seen: HashMap<String, u64> = HashMap::new();
    for record in reader.records() {
        let record = record.map_err(|e| {
            let line = e.position().map(file_line).unwrap_or(0);
            broken(line, format!("cannot be read: {e}"))
        })?;
        let line = record.position().map(file_line).unwrap_or(0);
        if record.len() != headers.len() {
            if record.len() == 1 && record.get(0).is_some_and(|c| c.trim().is_empty()) {
                continue;
            }
            return Err(broken(
                line,
                format!("expected {} fields, found {}", headers.len(), record.len()),
            ));
        }
        // Some layouts carry one field under two names (monthly and annual dues status, say):
        // the first non-empty cell wins.
        let mut cells: HashMap<Field, &str> = HashMap::new();
        for (field, cell) in fields.iter().zip(record.iter()) {
            let Some(field) = field.filter(|f| *f != Field::Ignored) else {
                continue;
            };
            let slot = cells.entry(field).or_insert(cell);
            if slot.trim().is_empty() {
                *slot = cell;
            }
        }
        let member = member::from_cells(line, &cells).map_err(|reason| broken(line, reason))?;
        if let Some(first) = seen.insert(member.actionkit_id.clone(), line) {
            return Err(broken(
                line,
                format!(
                    "ActionKit id {} is also on line {first}",
                    member.actionkit_id
                ),
            ));
        }
        members.push(member);
    }
    Ok(ParsedList {
        members,
        unknown_columns,
    })
}

/// Merges a checked list into the chapter, in one transaction, reporting rows done. A cancel
/// leaves the database as it was.
pub fn import(
    db: &mut Database,
    list: &ParsedList,
    job: &Job<'_>,
    now: DateTime<Utc>,
) -> Result<ImportReport> {
    let mut report = ImportReport {
        rows: list.members.len() as u32,
        unknown_columns: list.unknown_columns.clone(),
        ..Default::default()
    };
    let total = list.members.len() as u64;
    db.write(|tx| {
        for (done, member) in list.members.iter().enumerate() {
            if done % 250 == 0 {
                job.cancel.check()?;
                job.report(done as u64, total, "rows");
            }
            merge::member(tx, member, &mut report, now).map_err(|e| match e {
                CoreError::InvalidInput { reason, .. } => broken(member.line, reason),
                other => other,
            })?;
        }
        job.cancel.check()?;
        job.report(total, total, "rows");
        Ok(())
    })?;
    Ok(report)
}
