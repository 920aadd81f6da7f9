//! Organizations and the connections assessment at scale, on a chapter that already holds its
//! people (the benchmark's 50,000): 3,000 organizations and 20,000 ties are added, then the
//! ranking and search as you type over the directory are timed.
//! `cargo run --release -p groundwork-core --example orgs_bench -- DATABASE`

use std::time::Instant;

use chrono::Utc;
use groundwork_core::connections::{ranking, tie, TieInput, TieRole};
use groundwork_core::db::Database;
use groundwork_core::ids::{OrganizationId, PersonId};
use groundwork_core::interop::table::Table;
use groundwork_core::orgs::search::search;
use groundwork_core::orgs::{transfer, OrgQuery};

const ORGS: usize = 3_000;
const TIES: usize = 20_000;
const KINDS: [&str; 9] = [
    "union",
    "congregation",
    "school",
    "tenant-association",
    "neighbourhood-association",
    "community-group",
    "mutual-aid",
    "workplace",
    "base-building",
];
const WORDS: [&str; 12] = [
    "Eastside",
    "Riverbend",
    "Mill Hill",
    "San José",
    "Unity",
    "Local",
    "Workers",
    "Nuestra",
    "Greater",
    "Parents",
    "Tenants",
    "Hope",
];

fn median_and_slowest(mut times: Vec<f64>) -> (f64, f64) {
    times.sort_by(f64::total_cmp);
    (times[times.len() / 2], times[times.len() - 1])
}

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let path = std::env::args().nth(1).expect("usage: orgs_bench DATABASE");
    let mut db = Database::open(std::path::Path::new(&path), Utc::now())?;

    // The directory, as a file would bring it.
    let mut csv = String::from("name,kind,area\n");
    for i in 0..ORGS {
        let name = format!("{} {} {}", WORDS[i % 12], WORDS[(i / 12) % 12], i);
        csv.push_str(&format!("{name},{},{}\n", KINDS[i % 9], WORDS[i % 3]));
    }
    let table = Table::from_bytes("orgs.csv", csv.into_bytes())?;
    let start = Instant::now();
    let report = transfer::import(&mut db, &table, "Bench", Utc::now())?;
    println!(
        "{} organizations imported from a CSV in {:.0} ms",
        report.added,
        start.elapsed().as_secs_f64() * 1000.0
    );

    let people: Vec<PersonId> = db
        .conn()
        .prepare("SELECT id FROM person ORDER BY rowid LIMIT 10000")?
        .query_map([], |r| r.get(0))?
        .collect::<rusqlite::Result<_>>()?;
    let orgs: Vec<OrganizationId> = db
        .conn()
        .prepare("SELECT id FROM organization ORDER BY rowid")?
        .query_map([], |r| r.get(0))?
        .collect::<rusqlite::Result<_>>()?;
    if people.is_empty() {
        return Err("the chapter has no people to tie".into());
    }
    let today = Utc::now().date_naive();
    let start = Instant::now();
    db.write(|tx| {
        for n in 0..TIES {
            let input = TieInput {
                person_id: people[n % people.len()],
                // Some organizations draw many members, most a few.
                organization_id: orgs
                    [(n * 7 + n / people.len() * 13) % orgs.len().min(200 + n % orgs.len())],
                role: TieRole::ALL[n % 4],
                title: None,
                strength: (n % 5 + 1) as u8,
                would_introduce: n % 3 == 0,
            };
            tie::write(tx, &input, today, false, Utc::now())?;
        }
        Ok(())
    })?;
    let ties: i64 = db
        .conn()
        .query_row("SELECT count(*) FROM tie", [], |r| r.get(0))?;
    println!(
        "{ties} ties written in one transaction in {:.0} ms",
        start.elapsed().as_secs_f64() * 1000.0
    );

    let mut times = Vec::new();
    for _ in 0..20 {
        let start = Instant::now();
        let ranked = ranking(db.conn())?;
        times.push(start.elapsed().as_secs_f64() * 1000.0);
        std::hint::black_box(ranked);
    }
    let (median, slowest) = median_and_slowest(times);
    println!(
        "the connections ranking over {} organizations and {ties} ties: median {median:.1} ms, slowest {slowest:.1} ms (target: under 100 ms)",
        orgs.len()
    );

    let mut times = Vec::new();
    for word in [
        "Riverbend Tenants",
        "San José",
        "Unity Local 1234",
        "hope",
        "Mill",
    ] {
        let chars: Vec<char> = word.chars().collect();
        for end in 1..=chars.len() {
            let typed: String = chars[..end].iter().collect();
            let query = OrgQuery {
                text: Some(typed),
                ..Default::default()
            };
            let start = Instant::now();
            let page = search(db.conn(), &query)?;
            times.push(start.elapsed().as_secs_f64() * 1000.0);
            std::hint::black_box(page);
        }
    }
    let keystrokes = times.len();
    let (median, slowest) = median_and_slowest(times);
    println!(
        "search as you type over the directory, {keystrokes} keystrokes: median {median:.2} ms, slowest {slowest:.2} ms (target: median under 5 ms)"
    );

    let mut times = Vec::new();
    let mut pairs = 0;
    for _ in 0..5 {
        let start = Instant::now();
        let found = groundwork_core::orgs::duplicates::find(db.conn())?;
        times.push(start.elapsed().as_secs_f64() * 1000.0);
        pairs = found.len();
    }
    let (median, slowest) = median_and_slowest(times);
    println!(
        "likely duplicates over {} organizations ({pairs} pairs): median {median:.0} ms, slowest {slowest:.0} ms",
        orgs.len()
    );
    Ok(())
}
