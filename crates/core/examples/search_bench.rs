//! Search-as-you-type over a chapter database: the median and slowest time of typical queries
//! (prefixes of names, phone digits, ZIPs, as a person types them).
//! `cargo run --release -p groundwork-core --example search_bench -- DATABASE`

use std::time::Instant;

use groundwork_core::db::Database;
use groundwork_core::people::search::search;
use groundwork_core::people::PeopleQuery;

fn main() {
    let path = std::env::args()
        .nth(1)
        .expect("usage: search_bench DATABASE");
    let db =
        Database::open(std::path::Path::new(&path), chrono::Utc::now()).expect("open database");
    // What someone types, one keystroke at a time.
    let words = [
        "Member1234",
        "Listed42",
        "312-555-0142",
        "60612",
        "m4567@example",
        "Delgado",
        "Nguyễn",
        "Kim",
    ];
    let mut times = Vec::new();
    for word in words {
        let chars: Vec<char> = word.chars().collect();
        for end in 1..=chars.len() {
            let typed: String = chars[..end].iter().collect();
            let query = PeopleQuery {
                text: typed,
                limit: Some(200),
                ..Default::default()
            };
            let start = Instant::now();
            let page = search(db.conn(), &query).expect("search");
            times.push(start.elapsed().as_secs_f64() * 1000.0);
            std::hint::black_box(page);
        }
    }
    times.sort_by(f64::total_cmp);
    let median = times[times.len() / 2];
    let slowest = times[times.len() - 1];
    println!(
        "{} keystrokes: median {median:.2} ms, slowest {slowest:.2} ms (target: median under 5 ms)",
        times.len()
    );
    duplicates_over(&db);
}

/// Looking for likely duplicates over the whole chapter, as the People screen does when it
/// opens and after each save.
fn duplicates_over(db: &Database) {
    let start = Instant::now();
    let found = groundwork_core::people::duplicates::list(db.conn()).expect("duplicates");
    println!(
        "likely duplicates over everyone: {} pairs found, the strongest {} read in full, in {:.0} ms",
        found.total,
        found.pairs.len(),
        start.elapsed().as_secs_f64() * 1000.0
    );
    let someone: groundwork_core::ids::PersonId = db
        .conn()
        .query_row("SELECT id FROM person LIMIT 1 OFFSET 777", [], |r| r.get(0))
        .expect("someone");
    let start = Instant::now();
    let theirs = groundwork_core::people::duplicates::find(db.conn(), Some(someone))
        .expect("duplicates of one");
    println!(
        "likely duplicates of one person (their record): {} pairs in {:.1} ms",
        theirs.len(),
        start.elapsed().as_secs_f64() * 1000.0
    );
}
