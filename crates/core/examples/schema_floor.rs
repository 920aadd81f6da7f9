//! The schema's own floor for a first list import: the very rows an import writes (people,
//! their phones and emails, the search index), copied from staging tables into a new chapter's
//! tables with one `INSERT … SELECT` per table, in one transaction. No import code can write
//! today's tables faster, so the real import is measured against this.
//! `cargo run --release -p groundwork-core --example schema_floor -- LIST.csv`
//! prints the seconds the copy took.

use std::path::Path;
use std::time::Instant;

use chrono::Utc;
use groundwork_core::db::Database;
use groundwork_core::interop::import;
use groundwork_core::interop::table::Table;
use groundwork_core::people::search_index::{everyone, row_for};
use groundwork_core::progress::unattended;
use rusqlite::params;

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let args: Vec<String> = std::env::args().collect();
    let list = Path::new(&args[1]);
    let dir = tempfile::tempdir()?;

    // The staging database: the rows exactly as an import writes them, plus the index's rows
    // (the index keeps no copy of them, so they are worked out again the way imports do).
    let staging_path = dir.path().join("staging.sqlite");
    let mut staging = Database::open(&staging_path, Utc::now())?;
    let parsed = import::parse(Table::read(list)?, None)?;
    unattended(|job| parsed.import(&mut staging, job, Utc::now()))?;
    staging.conn().execute_batch(
        "CREATE TABLE stage_search (person_id TEXT, names TEXT, phones TEXT, emails TEXT, address TEXT)",
    )?;
    {
        let conn = staging.conn();
        let mut insert = conn.prepare("INSERT INTO stage_search VALUES (?1, ?2, ?3, ?4, ?5)")?;
        for (_, id, person) in everyone(conn)? {
            let row = row_for(&person);
            insert.execute(params![id, row.names, row.phones, row.emails, row.address])?;
        }
    }
    drop(staging);

    // A new chapter, and the copy.
    let target = Database::open(&dir.path().join("chapter.sqlite"), Utc::now())?;
    let conn = target.conn();
    conn.execute(
        "ATTACH DATABASE ?1 AS staging",
        params![staging_path.to_str()],
    )?;
    conn.execute_batch("PRAGMA cache_size = -65536")?;
    let start = Instant::now();
    conn.execute_batch(
        "BEGIN IMMEDIATE;
         INSERT INTO main.person SELECT * FROM staging.person;
         INSERT INTO main.person_phone SELECT * FROM staging.person_phone;
         INSERT INTO main.person_email SELECT * FROM staging.person_email;
         INSERT INTO main.person_search (rowid, names, phones, emails, address)
           SELECT p.rowid, s.names, s.phones, s.emails, s.address
           FROM staging.stage_search s JOIN main.person p ON p.id = s.person_id;
         COMMIT;",
    )?;
    let took = start.elapsed();
    let people: i64 = conn.query_row("SELECT count(*) FROM main.person", [], |r| r.get(0))?;
    eprintln!("schema floor: {people} people copied into today's tables");
    println!("{:.3}", took.as_secs_f64());
    Ok(())
}
