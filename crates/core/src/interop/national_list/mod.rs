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
use super::table::{Row, Table};
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
    // The rows are checked in two halves at once, one on each core. Each half stops at its
    // first problem; the problems are then told in the file's order, as one pass would.
    let (first, second) = table.rows.split_at(table.rows.len().div_ceil(2));
    let (mut members, first_problem, second_half) = std::thread::scope(|scope| {
        let later = scope.spawn(|| check_rows(table, &fields, second));
        let (members, problem) = check_rows(table, &fields, first);
        (members, problem, later.join())
    });
    let (second_members, second_problem) =
        second_half.unwrap_or_else(|panic| std::panic::resume_unwind(panic));
    let problem = match first_problem {
        Some(problem) => Some(problem),
        None => {
            members.extend(second_members);
            second_problem
        }
    };
    let mut seen: HashMap<&str, u64> = HashMap::with_capacity(members.len());
    for member in &members {
        if let Some(first) = seen.insert(&member.actionkit_id, member.line) {
            return Err(CoreError::invalid(
                table.place(member.line),
                format!(
                    "ActionKit id {} is also on {}",
                    member.actionkit_id,
                    table.place(first)
                ),
            ));
        }
    }
    if let Some(problem) = problem {
        return Err(problem);
    }
    Ok(ParsedList {
        members,
        unknown_columns,
        read_as: table.read_as.clone(),
        unit: table.unit(),
    })
}

/// Checks rows into members, up to the first that has a problem, and that problem.
fn check_rows(
    table: &Table,
    fields: &[Option<Field>],
    rows: &[Row],
) -> (Vec<ListMember>, Option<CoreError>) {
    let mut members = Vec::with_capacity(rows.len());
    for row in rows {
        let cells = member::Cells::of(fields, row.cells.iter());
        match member::from_cells(row.at, &cells) {
            Ok(member) => members.push(member),
            Err(reason) => {
                return (
                    members,
                    Some(CoreError::invalid(table.place(row.at), reason)),
                )
            }
        }
    }
    (members, None)
}

/// Members travel from the thread that makes them ready to the one that writes in batches of
/// this many: a batch is written with a few statements ([`crate::db::rows`]), and handing
/// over one member at a time cost more in waking threads than the member took to make.
const BATCH: usize = 256;

/// How many batches are made ready ahead of the one being written.
const AHEAD: usize = 4;

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
        // id. The lookups that would say so are skipped, and the members written in bulk.
        let mut bulk = if store::is_empty(tx)? {
            Some(store::Bulk::begin())
        } else {
            None
        };
        // Members are made ready (what the list says, the person a new one becomes) on a
        // second thread, a little ahead of this one, which only looks up and writes: on two
        // cores the two halves of the work overlap. Written batches go back to that thread to
        // be freed there, where their memory was taken, which is cheaper than here.
        std::thread::scope(|scope| -> Result<()> {
            let (ready, next) = std::sync::mpsc::sync_channel(AHEAD);
            let (spent, written) = std::sync::mpsc::channel::<Vec<merge::Prepared>>();
            scope.spawn(move || {
                for members in list.members.chunks(BATCH) {
                    let batch: Vec<_> = members.iter().map(merge::prepare).collect();
                    if ready.send(batch).is_err() {
                        // The writing stopped (an error, a cancel): so does this.
                        return;
                    }
                    written.try_iter().for_each(drop);
                }
                drop(ready);
                // Until the writer is done with the last batch.
                written.iter().for_each(drop);
            });
            let mut done = 0;
            for members in list.members.chunks(BATCH) {
                job.cancel.check()?;
                job.report(done, total, "rows");
                let batch = next
                    .recv()
                    .map_err(|_| CoreError::invalid("import", "the rows stopped coming"))?;
                merge::members(
                    tx,
                    members,
                    &batch,
                    bulk.as_mut(),
                    list.unit,
                    &mut report,
                    now,
                )?;
                done += members.len() as u64;
                // If the other thread has already stopped, this batch is simply freed here.
                let _ = spent.send(batch);
            }
            if let Some(bulk) = bulk.take() {
                bulk.finish(tx)?;
            }
            Ok(())
        })?;
        job.cancel.check()?;
        job.report(total, total, "rows");
        Ok(())
    })?;
    Ok(report)
}
