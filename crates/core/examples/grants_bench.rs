//! Small grants at the scale of a national round: a chapter's application signed and saved as
//! the file it sends, then a committee importing 500 such files from 500 chapters (each signature
//! checked), every one decided, and the round's list and ledger read.
//! `cargo run --release -p groundwork-core --example grants_bench -- FOLDER`

use std::path::PathBuf;
use std::time::Instant;

use chrono::Utc;
use ed25519_dalek::SigningKey;
use groundwork_core::db::Database;
use groundwork_core::grants::national::decisions::{decide, Decision};
use groundwork_core::grants::national::rounds::{self, RoundInput};
use groundwork_core::grants::national::{ledger, received};
use groundwork_core::grants::sent::{SentApplication, KIND};
use groundwork_core::grants::{export, store};
use groundwork_core::ids::ApplicationId;
use groundwork_core::settings::{save_national, ChapterSettings};
use groundwork_core::{sample, signed_file};

const CHAPTERS: usize = 500;

fn main() {
    let folder = PathBuf::from(std::env::args().nth(1).expect("a folder to work in"));
    let now = Utc::now();

    let mut chapter = Database::open(&folder.join("grants-chapter.sqlite"), now).unwrap();
    sample::create(&mut chapter, now).unwrap();
    let id = store::list(chapter.conn()).unwrap()[0].id;
    let file = folder.join("application.json");
    let start = Instant::now();
    export::export(&mut chapter, id, &file, now).unwrap();
    println!(
        "a chapter's application signed and saved (its key made on the way): {:.1} ms",
        start.elapsed().as_secs_f64() * 1000.0
    );
    let bytes = std::fs::read(&file).unwrap();
    let sent: SentApplication =
        serde_json::from_slice(&signed_file::open(&bytes, KIND).unwrap().payload).unwrap();

    // 500 chapters' files: each its own key and application.
    let files: Vec<Vec<u8>> = (0..CHAPTERS)
        .map(|n| {
            let mut one = sent.clone();
            one.application_id = ApplicationId::new();
            one.content.chapter.name = format!("Chapter {n}");
            one.revision = one.content.revision();
            let mut seed = [0u8; 32];
            seed[..8].copy_from_slice(&(n as u64 + 1).to_le_bytes());
            signed_file::seal(
                KIND,
                &serde_json::to_vec(&one).unwrap(),
                &SigningKey::from_bytes(&seed),
            )
        })
        .collect();

    let mut national = Database::open(&folder.join("grants-national.sqlite"), now).unwrap();
    let settings = ChapterSettings {
        name: "Benchmark committee".into(),
        ..ChapterSettings::default()
    };
    save_national(&mut national, &settings, now).unwrap();
    let round = rounds::create(
        &mut national,
        &RoundInput {
            name: "Benchmark round".into(),
            budget_cents: 100_000 * CHAPTERS as i64,
            opens_on: None,
            deadline: now.date_naive(),
        },
        now,
    )
    .unwrap()
    .id;
    let start = Instant::now();
    let ids: Vec<ApplicationId> = files
        .iter()
        .map(|f| received::import(&mut national, round, f, now).unwrap().0)
        .collect();
    let took = start.elapsed();
    println!(
        "{CHAPTERS} application files imported, signatures checked: {:.2} s ({:.2} ms each)",
        took.as_secs_f64(),
        took.as_secs_f64() * 1000.0 / CHAPTERS as f64
    );
    let start = Instant::now();
    for f in &files {
        received::import(&mut national, round, f, now).unwrap();
    }
    println!(
        "the same {CHAPTERS} files again, each recognized: {:.2} s",
        start.elapsed().as_secs_f64()
    );
    let start = Instant::now();
    for id in &ids {
        decide(
            &mut national,
            *id,
            &Decision::Award {
                cents: 80_000,
                reason: None,
            },
            now,
        )
        .unwrap();
    }
    println!(
        "{CHAPTERS} awards decided, each held to the round's budget: {:.2} s",
        start.elapsed().as_secs_f64()
    );
    let start = Instant::now();
    let listed = received::list(national.conn(), round).unwrap();
    let l = ledger::ledger(national.conn(), round).unwrap();
    println!(
        "the round's list ({} applications) and ledger ({} cents committed): {:.1} ms",
        listed.len(),
        l.committed,
        start.elapsed().as_secs_f64() * 1000.0
    );
}
