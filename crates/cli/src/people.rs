//! `import` and `export people`: lists of people in and out.

use std::path::{Path, PathBuf};

use chrono::Utc;
use groundwork_core::interop::report::ImportReport;
use groundwork_core::interop::{export, import};
use groundwork_core::CoreError;

use crate::args::{ImportFormat, PeopleFormat};
use crate::run::{open, with_progress, write_file};

fn print_report(r: &ImportReport) {
    println!(
        "{} rows: {} created, {} updated, {} unchanged",
        r.rows, r.created, r.updated, r.unchanged
    );
    println!("read as a {} ({})", r.format.label(), r.read_as);
    match r.folded {
        0 => {}
        1 => println!("1 row was the same person as an earlier row and was folded into it"),
        n => println!("{n} rows were the same person as an earlier row and were folded into it"),
    }
    if !r.skipped.is_empty() {
        println!("left out ({}):", r.skipped.len());
        for why in &r.skipped {
            println!("  {why}");
        }
    }
    if !r.lapsed.is_empty() {
        println!(
            "lapsed since the last list ({}): {}",
            r.lapsed.len(),
            r.lapsed.join(", ")
        );
    }
    if !r.renewed.is_empty() {
        println!(
            "renewed since the last list ({}): {}",
            r.renewed.len(),
            r.renewed.join(", ")
        );
    }
    if !r.unknown_columns.is_empty() {
        println!("columns not read: {}", r.unknown_columns.join(", "));
    }
}

pub fn import(db_path: &Path, file: &Path, format: ImportFormat) -> Result<(), String> {
    let mut db = open(db_path)?;
    let parsed = import::read(file, format.list_format()).map_err(|e| match e {
        // A problem with the whole file names it already.
        CoreError::InvalidFile { .. } => format!("{e}; nothing was imported"),
        _ => format!("{}: {e}; nothing was imported", file.display()),
    })?;
    let report = with_progress(|job| parsed.import(&mut db, job, Utc::now()))?;
    print_report(&report);
    Ok(())
}

pub fn export(db_path: &Path, format: PeopleFormat, out: Option<PathBuf>) -> Result<(), String> {
    let db = open(db_path)?;
    let file = export::people_file(db.conn(), format.into()).map_err(|e| e.to_string())?;
    let (bytes, rows, left_out) = (file.bytes, file.rows, file.left_out);
    match &out {
        Some(path) => write_file(path, &bytes)?,
        None => {
            use std::io::Write;
            std::io::stdout()
                .write_all(&bytes)
                .map_err(|e| format!("cannot write: {e}"))?;
        }
    }
    // The summary goes to standard error so standard output stays the file itself.
    let to = out
        .as_ref()
        .map(|p| format!(" to {}", p.display()))
        .unwrap_or_default();
    eprintln!("Exported {rows} people{to}");
    for (why, count) in left_out {
        eprintln!("Left out {count} {why}");
    }
    Ok(())
}
