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

use chrono::{DateTime, Utc};

pub use super::report::{ImportReport, ListFormat};
use super::table::Table;
use crate::db::Database;
use crate::people::store;
use crate::progress::Job;
use crate::{CoreError, Result};
use columns::{field_of, Field};
pub use member::ListMember;

/// A file's rows, checked and normalized, ready to merge.
#[derive(Debug)]
pub struct ParsedList {
    pub members: Vec<ListMember>,
    pub unknown_columns: Vec<String>,
    /// How the file was read ("CSV", "Excel workbook, sheet ...").
    pub read_as: String,
    /// "line" or "row": how messages point into the file.
    pub unit: &'static str,
}

/// Reads and checks a whole list. Errors name the line: `line 18: the ActionKit id is empty`.
pub fn parse(table: &Table) -> Result<ParsedList> {
    let mut fields: Vec<Option<Field>> = Vec::with_capacity(table.headers.len());
    let mut unknown_columns = Vec::new();
    for header in &table.headers {
        let field = field_of(header);
        if field.is_none() && !header.is_empty() {
            unknown_columns.push(header.clone());
        }
        fields.push(field);
    }
    if !fields.contains(&Some(Field::ActionKitId)) {
        return Err(CoreError::invalid(
            table.place(1),
            "no ActionKit id column (AK_ID or actionkit_id): is this the national membership list?",
        ));
    }
    let mut members = Vec::with_capacity(table.rows.len());
    let mut seen: HashMap<String, u64> = HashMap::with_capacity(table.rows.len());
    for row in &table.rows {
        let refuse = |reason: String| CoreError::invalid(table.place(row.at), reason);
        // Some layouts carry one field under two names (monthly and annual dues status, say):
        // the first non-empty cell wins.
        let mut cells: HashMap<Field, &str> = HashMap::new();
        for (field, cell) in fields.iter().zip(row.cells.iter()) {
            let Some(field) = field.filter(|f| *f != Field::Ignored) else {
                continue;
            };
            let slot = cells.entry(field).or_insert(cell);
            if slot.trim().is_empty() {
                *slot = cell;
            }
        }
        let member = member::from_cells(row.at, &cells).map_err(refuse)?;
        if let Some(first) = seen.insert(member.actionkit_id.clone(), row.at) {
            return Err(refuse(format!(
                "ActionKit id {} is also on {}",
                member.actionkit_id,
                table.place(first)
            )));
        }
        members.push(member);
    }
    Ok(ParsedList {
        members,
        unknown_columns,
        read_as: table.read_as.clone(),
        unit: table.unit(),
    })
}

/// How many members are made ready ahead of the one being written.
const AHEAD: usize = 512;

/// Merges a checked list into the chapter, in one transaction, reporting rows done. A cancel
/// leaves the database as it was.
pub fn import(
    db: &mut Database,
    list: &ParsedList,
    job: &Job<'_>,
    now: DateTime<Utc>,
) -> Result<ImportReport> {
    let mut report = ImportReport {
        format: ListFormat::NationalList,
        read_as: list.read_as.clone(),
        rows: list.members.len() as u32,
        unknown_columns: list.unknown_columns.clone(),
        ..Default::default()
    };
    let total = list.members.len() as u64;
    db.write(|tx| {
        // Into a chapter with no one in it yet (its first list), every member is new: nobody
        // can hold their id or, without an id, their email, and no merge can have claimed an
        // id. The lookups that would say so are skipped.
        let known = if store::is_empty(tx)? {
            merge::Known::Nobody
        } else {
            merge::Known::Look
        };
        // Members are made ready (what the list says, the person a new one becomes) on a
        // second thread, a little ahead of this one, which only looks up and writes: on two
        // cores the two halves of the work overlap.
        std::thread::scope(|scope| -> Result<()> {
            let (ready, next) = std::sync::mpsc::sync_channel(AHEAD);
            scope.spawn(move || {
                for member in &list.members {
                    if ready.send(merge::prepare(member)).is_err() {
                        // The writing stopped (an error, a cancel): so does this.
                        return;
                    }
                }
            });
            for (done, member) in list.members.iter().enumerate() {
                if done % 250 == 0 {
                    job.cancel.check()?;
                    job.report(done as u64, total, "rows");
                }
                let prepared = next
                    .recv()
                    .map_err(|_| CoreError::invalid("import", "the rows stopped coming"))?;
                merge::member(tx, member, prepared, known, &mut report, now).map_err(
                    |e| match e {
                        CoreError::InvalidInput { reason, .. } => {
                            CoreError::invalid(format!("{} {}", list.unit, member.line), reason)
                        }
                        other => other,
                    },
                )?;
            }
            Ok(())
        })?;
        job.cancel.check()?;
        job.report(total, total, "rows");
        Ok(())
    })?;
    Ok(report)
}
