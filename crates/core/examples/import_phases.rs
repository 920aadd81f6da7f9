//! Where the time of a list import goes: reading the file, checking its columns (and, for
//! other tools' files, its rows), checking and merging the rows.
//! `cargo run --release -p groundwork-core --example import_phases -- LIST.csv DB.sqlite`
//! (run it twice on the same database to see the weekly re-import).

// The allocator the CLI and the app use, so the phases are theirs.
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

use std::path::Path;
use std::time::Instant;

use chrono::Utc;
use groundwork_core::db::Database;
use groundwork_core::interop::import;
use groundwork_core::interop::table::Table;
use groundwork_core::progress::unattended;

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let args: Vec<String> = std::env::args().collect();
    let (list, db_path) = (Path::new(&args[1]), Path::new(&args[2]));
    let start = Instant::now();
    let table = Table::read(list)?;
    let read = start.elapsed();
    // A national list's rows are checked as they are merged; other tools' files here.
    let parsed = import::parse(table, None)?;
    let checked = start.elapsed();
    let mut db = Database::open(db_path, Utc::now())?;
    let opened = start.elapsed();
    let report = unattended(|job| parsed.import(&mut db, job, Utc::now()))?;
    let merged = start.elapsed();
    println!(
        "{} rows ({} created, {} unchanged): read {:.3} s, parse {:.3} s, open {:.3} s, merge {:.3} s",
        report.rows,
        report.created,
        report.unchanged,
        read.as_secs_f64(),
        (checked - read).as_secs_f64(),
        (opened - checked).as_secs_f64(),
        (merged - opened).as_secs_f64()
    );
    Ok(())
}
