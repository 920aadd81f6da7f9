//! The training toolkit at work: every built-in module's parts read from the markup and
//! printed (each language, Letter), each as a booklet, each whole module as a bilingual packet;
//! a chapter's own handout of some sixty pages; and who has learned what in a chapter of
//! 5,000 people with 200 sessions. `cargo run --release -p groundwork-print --example
//! training_bench`.

use std::time::{Duration, Instant};

use chrono::{NaiveDate, Utc};
use groundwork_core::db::Database;
use groundwork_core::people::model::{Origin, PersonInput};
use groundwork_core::settings::{Lang, PaperSize};
use groundwork_core::training::markup::parse;
use groundwork_core::training::store::{self, LangText, NewModule};
use groundwork_core::training::{builtin, sessions, skills, Module, ModuleText, Part};
use groundwork_print::training::{render, TrainingPaper};

fn ms(d: Duration) -> f64 {
    d.as_secs_f64() * 1000.0
}

fn paper<'a>(
    module: &'a Module,
    parts: &'a [Part],
    langs: &'a [Lang],
    booklet: bool,
) -> TrainingPaper<'a> {
    TrainingPaper {
        module,
        parts,
        langs,
        chapter_name: "Riverside Chapter",
        paper: PaperSize::Letter,
        printed_on: NaiveDate::from_ymd_opt(2026, 12, 7).unwrap(),
        is_sample: false,
        booklet,
    }
}

fn main() {
    let mut db = Database::open_in_memory().unwrap();
    let modules: Vec<_> = builtin::ALL
        .iter()
        .map(|b| store::get(db.conn(), b.id()).unwrap())
        .collect();
    let day = NaiveDate::from_ymd_opt(2026, 12, 7).unwrap();

    let start = Instant::now();
    let mut blocks = 0;
    for m in &modules {
        for t in &m.texts {
            for part in Part::ALL {
                blocks += parse(t.text.part(part)).len();
            }
        }
    }
    println!(
        "the markup of all {} built-in modules in both languages read: {:.1} ms ({blocks} blocks)",
        modules.len(),
        ms(start.elapsed())
    );

    let (mut pages, mut bytes) = (0, 0);
    let start = Instant::now();
    for m in &modules {
        for lang in Lang::ALL {
            for part in Part::ALL {
                let printed = render(&paper(m, &[part], &[lang], false)).unwrap();
                pages += printed.pages;
                bytes += printed.bytes.len();
            }
        }
    }
    let all = start.elapsed();
    println!(
        "every part of every built-in in each language printed ({} PDFs): {:.0} ms, {:.1} ms each, {pages} pages, {} KB in all",
        modules.len() * 6,
        ms(all),
        ms(all) / (modules.len() * 6) as f64,
        bytes / 1024
    );

    let start = Instant::now();
    let mut sheets = 0;
    for m in &modules {
        sheets += render(&paper(m, &[Part::Handout], &[Lang::En], true))
            .unwrap()
            .pages;
    }
    println!(
        "every handout as a folded booklet: {:.0} ms, {sheets} sides of sheets",
        ms(start.elapsed())
    );

    let start = Instant::now();
    let mut slowest = Duration::ZERO;
    for m in &modules {
        let one = Instant::now();
        render(&paper(m, &Part::ALL, &[Lang::En, Lang::Es], false)).unwrap();
        slowest = slowest.max(one.elapsed());
    }
    println!(
        "every module as a bilingual packet: {:.0} ms, the slowest {:.0} ms",
        ms(start.elapsed()),
        ms(slowest)
    );

    // A chapter's own handout of some sixty pages: every part's words one after another.
    let long: String = modules
        .iter()
        .flat_map(|m| Part::ALL.map(|p| m.text(Lang::En).part(p).to_owned()))
        .collect::<Vec<_>>()
        .join("\n\n");
    let id = store::create(
        &mut db,
        NewModule {
            texts: &[LangText {
                lang: Lang::En,
                text: ModuleText {
                    title: "Everything at once".into(),
                    handout: long.clone(),
                    ..ModuleText::default()
                },
            }],
            copied_from: None,
            shared_hash: None,
            is_sample: false,
        },
        Utc::now(),
    )
    .unwrap();
    let own = store::get(db.conn(), id).unwrap();
    let start = Instant::now();
    let printed = render(&paper(&own, &[Part::Handout], &[Lang::En], false)).unwrap();
    println!(
        "a handout of {} KB of markup: {:.0} ms, {} pages",
        long.len() / 1024,
        ms(start.elapsed()),
        printed.pages
    );

    // Who has learned what, in a chapter of 5,000 people with 200 sessions of 25.
    let now = Utc::now();
    let origin = Origin {
        source: "bench",
        is_sample: false,
    };
    let people: Vec<_> = (0..5_000)
        .map(|n| {
            let input = PersonInput {
                first_name: format!("Person{n}"),
                last_name: "Bench".into(),
                ..Default::default()
            };
            groundwork_core::people::store::create(&mut db, input, origin, now)
                .unwrap()
                .id
        })
        .collect();
    db.conn()
        .execute("UPDATE person SET ladder_level = 'participant'", [])
        .unwrap();
    let zone = chrono_tz::America::Chicago;
    let start = Instant::now();
    for s in 0..200 {
        let module = &modules[s % modules.len()];
        let on = day - chrono::Duration::days(s as i64);
        let meeting = sessions::meeting_on("Training", on);
        let id = sessions::create(&mut db, module.id, &meeting, None, zone, false, now).unwrap();
        for p in people.iter().skip(s * 25 % people.len()).take(25) {
            sessions::attend(&mut db, id, *p, now).unwrap();
        }
    }
    println!(
        "200 sessions with 25 people signed in at each recorded: {:.0} ms",
        ms(start.elapsed())
    );
    let start = Instant::now();
    let needs = skills::who_needs(db.conn(), modules[0].id).unwrap();
    println!(
        "who still needs a module among 5,000 people: {:.1} ms ({} to invite)",
        ms(start.elapsed()),
        needs.invite.len()
    );
    let start = Instant::now();
    let learned = skills::of_person(db.conn(), people[0], zone, &[Lang::En]).unwrap();
    println!(
        "a person's skills: {:.2} ms ({} modules)",
        ms(start.elapsed()),
        learned.len()
    );
    let start = Instant::now();
    let listed = store::list(db.conn(), &[Lang::En]).unwrap();
    println!(
        "the library with its counts: {:.1} ms ({} modules)",
        ms(start.elapsed()),
        listed.len()
    );
}
