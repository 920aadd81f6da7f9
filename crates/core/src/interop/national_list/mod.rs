//! The national membership list, as chapters receive it (CSV, any layout from 2019 to 2024).
//!
//! The columns are checked when the file is read; the rows are checked as they are merged,
//! in the file's order, and a broken row stops the import with its line and the problem. All
//! of it happens in one transaction, so nothing of a broken file is kept. Every member is
//! merged the same way: membership facts come from the list; fields organizers may also edit
//! (names, address, union) change only where no organizer has corrected them since the last
//! list; phones and emails are added, never replaced; opt-outs are only ever added.

pub mod columns;
mod matching;
mod member;
mod merge;

use std::collections::HashMap;

use chrono::{DateTime, Utc};

pub use super::report::{ImportReport, ListFormat};
use super::table::{Row, Table};
use crate::db::Database;
use crate::people::new_rows;
use crate::progress::Job;
use crate::{msg, CoreError, Message, Result};
use columns::{field_of, Field};
pub use member::ListMember;

/// A national list whose columns are known, ready to check and merge.
#[derive(Debug)]
pub struct ParsedList {
    table: Table,
    /// The field each column holds, if any.
    fields: Vec<Option<Field>>,
    pub unknown_columns: Vec<String>,
    /// How the file was read ("CSV", "Excel workbook, sheet ...").
    pub read_as: Message,
    /// "line" or "row": how messages point into the file.
    pub unit: &'static str,
}

/// Reads a list's columns: it must have an ActionKit id column, and the columns Groundwork
/// does not know are noted. The rows are checked by [`ParsedList::members`] or as they are
/// merged by [`import`].
pub fn parse(table: Table) -> Result<ParsedList> {
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
            msg!("import-list-no-id-column"),
        ));
    }
    Ok(ParsedList {
        read_as: table.read_as.clone(),
        unit: table.unit(),
        table,
        fields,
        unknown_columns,
    })
}

impl ParsedList {
    /// How many rows the list has.
    pub fn len(&self) -> usize {
        self.table.rows.len()
    }

    pub fn is_empty(&self) -> bool {
        self.table.rows.is_empty()
    }

    /// Every row checked into a member. The first problem, in the file's order, is the error:
    /// `line 18: the ActionKit id is empty`.
    pub fn members(&self) -> Result<Vec<ListMember>> {
        self.checker().rows(&self.table.rows)
    }

    fn checker(&self) -> Checker<'_> {
        Checker {
            table: &self.table,
            fields: &self.fields,
            seen: HashMap::with_capacity(self.table.rows.len()),
        }
    }
}

/// Checks rows into members, in the file's order, remembering the ids it has seen so that an
/// id on two lines is told at the second.
struct Checker<'a> {
    table: &'a Table,
    fields: &'a [Option<Field>],
    /// Each ActionKit id seen, with its line.
    seen: HashMap<String, u64>,
}

impl Checker<'_> {
    fn rows(&mut self, rows: &[Row]) -> Result<Vec<ListMember>> {
        let mut members = Vec::with_capacity(rows.len());
        for row in rows {
            let cells = member::Cells::of(self.fields, row.cells.iter());
            let member = member::from_cells(row.at, &cells)
                .map_err(|reason| CoreError::invalid(self.table.place(row.at), reason))?;
            if let Some(first) = self.seen.insert(member.actionkit_id.clone(), member.line) {
                return Err(CoreError::invalid(
                    self.table.place(member.line),
                    msg!(
                        "import-list-id-twice",
                        id = member.actionkit_id.as_str(),
                        place = self.table.place(first)
                    ),
                ));
            }
            members.push(member);
        }
        Ok(members)
    }
}

/// Members travel from the thread that makes them ready to the one that writes in batches of
/// this many: a batch is written with a few statements ([`crate::db::rows`]), and handing
/// over one member at a time cost more in waking threads than the member took to make.
const BATCH: usize = 256;

/// How many batches are made ready ahead of the one being written.
const AHEAD: usize = 4;

/// Checks a list's rows and merges them into the chapter, in one transaction, reporting rows
/// done. A broken row or a cancel leaves the database as it was.
pub fn import(
    db: &mut Database,
    list: &ParsedList,
    job: &Job<'_>,
    now: DateTime<Utc>,
) -> Result<ImportReport> {
    let mut report = ImportReport {
        format: ListFormat::NationalList,
        read_as: list.read_as.clone(),
        rows: list.len() as u32,
        unknown_columns: list.unknown_columns.clone(),
        ..Default::default()
    };
    let total = list.len() as u64;
    db.write(|tx| {
        // Into a chapter with no one in it yet (its first list), every member is new: nobody
        // can hold their id or, without an id, their email, and no merge can have claimed an
        // id. The lookups that would say so are skipped, and the members written in bulk.
        let mut bulk = if matching::is_empty(tx)? {
            Some(new_rows::Bulk::begin(tx, list.len())?)
        } else {
            None
        };
        // Rows are checked and members made ready (what the list says, the person a new one
        // becomes) on a second thread, a little ahead of this one, which only looks up and
        // writes: on two cores the two halves of the work overlap. A row with a problem ends
        // the rows; the writer meets it after the rows before it, and the transaction is rolled
        // back. Written batches go back to the other thread to be freed there, where their
        // memory was taken, which is cheaper than here.
        std::thread::scope(|scope| -> Result<()> {
            let (ready, next) = std::sync::mpsc::sync_channel::<Result<Batch>>(AHEAD);
            let (spent, written) = std::sync::mpsc::channel::<Batch>();
            scope.spawn(move || {
                let mut checker = list.checker();
                for rows in list.table.rows.chunks(BATCH) {
                    let batch = checker.rows(rows).map(|members| Batch {
                        prepared: members.iter().map(merge::prepare).collect(),
                        members,
                    });
                    let stop = batch.is_err();
                    if ready.send(batch).is_err() || stop {
                        // The writing stopped (an error, a cancel), or a row did.
                        return;
                    }
                    written.try_iter().for_each(drop);
                }
                drop(ready);
                // Until the writer is done with the last batch.
                written.iter().for_each(drop);
            });
            let mut done = 0;
            while done < total {
                job.cancel.check()?;
                job.report(done, total, "rows");
                let batch = next.recv().map_err(|_| {
                    CoreError::invalid(msg!("field-import"), msg!("import-rows-stopped"))
                })??;
                merge::members(
                    tx,
                    &batch.members,
                    &batch.prepared,
                    bulk.as_mut(),
                    list.unit,
                    &mut report,
                    now,
                )?;
                done += batch.members.len() as u64;
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

/// Members checked and made ready, on their way to be written.
struct Batch {
    members: Vec<ListMember>,
    prepared: Vec<merge::Prepared>,
}
