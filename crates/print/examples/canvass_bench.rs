//! Canvassing at the size of a big weekend: a voter file of 20,000 doors read in, cut into
//! 400 turfs of 50 in walking order, and the walk sheets for all of them printed as one
//! packet. `cargo run --release -p groundwork-print --example canvass_bench`.

use std::time::Instant;

use chrono::Utc;
use groundwork_core::canvass::{canvasses, doors, doors_file, results, turfs};
use groundwork_core::canvass::{CanvassInput, CutInput};
use groundwork_core::db::Database;
use groundwork_core::interop::table::Table;
use groundwork_print::catalog::Catalog;
use groundwork_print::walk_sheets::{render, SheetDoor, SheetTurf, WalkSheetsPaper};

const STREETS: [&str; 40] = [
    "Larch Ct",
    "Elm St",
    "N Oak Ave",
    "W 21st Pl",
    "Cermak Rd",
    "S Wood St",
    "Blue Island Ave",
    "W 18th St",
    "S Paulina St",
    "W Cullerton St",
    "S Laflin St",
    "W 19th St",
    "S Ashland Ave",
    "W 22nd Pl",
    "S Hoyne Ave",
    "S Leavitt St",
    "W 23rd St",
    "S Damen Ave",
    "S Wolcott Ave",
    "W 24th Pl",
    "S Seeley Ave",
    "W Coulter St",
    "S Oakley Ave",
    "W 25th St",
    "S Western Ave",
    "W 26th St",
    "S Rockwell St",
    "W 27th St",
    "S Talman Ave",
    "W 28th St",
    "S Washtenaw Ave",
    "W 29th St",
    "S California Ave",
    "W 30th St",
    "S Fairfield Ave",
    "W 31st St",
    "S Marshall Blvd",
    "W 32nd St",
    "S Sacramento Ave",
    "W 33rd St",
];

fn main() {
    let mut db = Database::open_in_memory().unwrap();
    let now = Utc::now();
    // 20,000 doors: 40 streets of 250 addresses, every fifth a building of four apartments.
    let mut text = String::from("Voter File VANID\tLastName\tFirstName\tAddress\tZip5\n");
    let mut n = 0;
    'streets: for street in STREETS {
        for house in 0..400 {
            let units: &[&str] = if house % 5 == 0 {
                &["Apt 1", "Apt 2", "Apt 3", "Apt 4"]
            } else {
                &[""]
            };
            for unit in units {
                n += 1;
                text.push_str(&format!(
                    "{n}\tResident\tPerson{n}\t{} {street} {unit}\t60608\n",
                    1000 + house
                ));
                if n == 20_000 {
                    break 'streets;
                }
            }
        }
    }
    let table = Table::from_bytes("van.txt", text.into_bytes()).unwrap();
    let start = Instant::now();
    let made = doors_file::import_table(&mut db, &table, now).unwrap();
    println!(
        "a voter file of {} rows read into {} doors: {:.0} ms",
        table.rows.len(),
        made.doors,
        start.elapsed().as_secs_f64() * 1000.0
    );
    let canvass = canvasses::create(
        &mut db,
        &CanvassInput {
            name: "Pilsen weekend".into(),
            held_on: "2026-12-12".parse().unwrap(),
            script: Some("Hi, we're neighbours with the tenant union.".into()),
            literature: None,
            assessment: None,
        },
        false,
        now,
    )
    .unwrap();
    let start = Instant::now();
    let cut = turfs::cut(
        &mut db,
        canvass,
        &CutInput {
            doors_per_turf: 50,
            zip: None,
            street: None,
            doors: Vec::new(),
        },
        now,
    )
    .unwrap();
    println!(
        "{} doors cut into {} turfs in walking order: {:.0} ms",
        made.doors,
        cut.len(),
        start.elapsed().as_secs_f64() * 1000.0
    );

    let start = Instant::now();
    let walk = results::list(db.conn(), canvass).unwrap();
    let ids: Vec<_> = walk.iter().map(|d| d.door).collect();
    let residents = doors::residents(db.conn(), &ids).unwrap();
    let mut sheets: Vec<SheetTurf> = cut
        .iter()
        .map(|t| SheetTurf {
            position: t.position,
            name: t.name.clone(),
            canvassers: None,
            shift: None,
            doors: Vec::new(),
        })
        .collect();
    let positions: std::collections::HashMap<_, _> =
        cut.iter().enumerate().map(|(i, t)| (t.id, i)).collect();
    for (door, people) in walk.into_iter().zip(residents) {
        let i = positions[&door.turf_id];
        sheets[i].doors.push(SheetDoor {
            order: door.order,
            address: door.address,
            residents: people,
        });
    }
    let read = start.elapsed();
    let catalogs = Catalog::all_of(groundwork_core::settings::LanguageChoice::EnEs);
    // The needs survey's "top three" question goes to the doors, as a chapter surveying
    // while it canvasses prints it: the heavier sheet.
    let template = groundwork_core::needs::survey::Survey::template();
    let top_three = template
        .question("top_three")
        .expect("the template asks it");
    let text = |t: &std::collections::BTreeMap<String, String>| {
        ["en", "es"]
            .iter()
            .map(|l| t[*l].clone())
            .collect::<Vec<_>>()
    };
    let survey = groundwork_print::walk_sheets::SheetSurvey {
        question: text(&top_three.text),
        needs: top_three.choices.iter().map(|c| text(&c.text)).collect(),
    };
    let start = Instant::now();
    let printed = render(&WalkSheetsPaper {
        canvass: "Pilsen weekend",
        held_on: "2026-12-12".parse().unwrap(),
        script: Some("Hi, we're neighbours with the tenant union."),
        literature: None,
        turfs: &sheets,
        survey: Some(&survey),
        chapter_name: "Riverside Chapter",
        paper: groundwork_core::settings::PaperSize::Letter,
        catalogs: &catalogs,
        printed_on: "2026-12-07".parse().unwrap(),
        is_sample: false,
    })
    .unwrap();
    println!(
        "walk sheets for all {} turfs, bilingual: {:.0} ms to read the doors and their people, {:.0} ms to print; {} pages, {} KB",
        sheets.len(),
        read.as_secs_f64() * 1000.0,
        start.elapsed().as_secs_f64() * 1000.0,
        printed.pages,
        printed.bytes.len() / 1024
    );
}
