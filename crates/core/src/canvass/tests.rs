//! Canvassing on a real database: a VAN export read into doors and households, turfs cut in
//! walking order, and results entered.

use chrono::{DateTime, Utc};

use super::canvasses::{self, CanvassInput};
use super::doors_file;
use super::people_at::doors_from_people;
use super::results::{self, DoorResult, ResultInput};
use super::turfs::{self, CutInput};
use crate::db::Database;
use crate::interop::table::Table;
use crate::people::model::{Address, Origin, PersonInput};
use crate::people::store::create as create_person;

fn now() -> DateTime<Utc> {
    "2026-12-07T18:00:00Z".parse().unwrap()
}

const VAN: &str = "Voter File VANID\tLastName\tFirstName\tAddress\tCity\tState\tZip5\tLanguage\n\
100\tReyes\tAna\t183 Larch Ct Apt 2\tChicago\tIL\t60608\tSpanish\n\
101\tReyes\tLuis\t183 LARCH COURT #2\tChicago\tIL\t60608\t\n\
102\tOkafor\tBen\t183 Larch Ct. Unit 3\tChicago\tIL\t60608\t\n\
103\tLe\tDolores\t185 Larch Ct\tChicago\tIL\t60608\t\n\
104\tBrown\tRosa\t190 Larch Ct\tChicago\tIL\t60608\t\n\
105\tMensah\tKofi\t12 Elm St\tChicago\tIL\t60608\t\n\
106\tNobody\tHere\t\tChicago\tIL\t60608\t\n\
107\tBox\tPost\tPO Box 4\tChicago\tIL\t60608\t\n";

fn table(text: &str) -> Table {
    Table::from_bytes("van.txt", text.as_bytes().to_vec()).unwrap()
}

fn canvass(db: &mut Database) -> crate::ids::CanvassId {
    canvasses::create(
        db,
        &CanvassInput {
            name: "Larch Court Saturday".into(),
            held_on: "2026-12-12".parse().unwrap(),
            script: Some("Hi, we're neighbours from the tenant union.".into()),
            literature: None,
        },
        false,
        now(),
    )
    .unwrap()
}

#[test]
fn a_van_export_makes_one_door_per_address_however_it_is_spelled() {
    let mut db = Database::open_in_memory().unwrap();
    let made = doors_file::import_table(&mut db, &table(VAN), now()).unwrap();
    assert_eq!(made.doors, 5, "{made:?}");
    assert_eq!(made.households, 5);
    assert_eq!(made.residents, 6);
    assert_eq!(made.left_out.len(), 2, "{:?}", made.left_out);
    assert!(
        made.left_out[0].to_string().contains("line 8"),
        "{}",
        made.left_out[0]
    );
    // The same list again: nothing new.
    let again = doors_file::import_table(&mut db, &table(VAN), now()).unwrap();
    assert_eq!((again.doors, again.doors_known, again.residents), (0, 5, 0));
}

#[test]
fn a_list_without_addresses_is_refused_whole() {
    let mut db = Database::open_in_memory().unwrap();
    let refused =
        doors_file::import_table(&mut db, &table("Name,Phone\nAna,312\n"), now()).unwrap_err();
    assert!(refused.to_string().contains("Name, Phone"), "{refused}");
    let count: i64 = db
        .conn()
        .query_row("SELECT count(*) FROM door", [], |r| r.get(0))
        .unwrap();
    assert_eq!(count, 0);
}

#[test]
fn the_chapters_people_are_residents_of_their_doors_and_linked_from_a_list() {
    let mut db = Database::open_in_memory().unwrap();
    let ana = create_person(
        &mut db,
        PersonInput {
            first_name: "Ana".into(),
            last_name: "Reyes".into(),
            address: Address {
                street: Some("183 Larch Court".into()),
                unit: Some("Apt. 2".into()),
                zip: Some("60608".into()),
                ..Default::default()
            },
            ..Default::default()
        },
        Origin {
            source: "test",
            is_sample: false,
        },
        now(),
    )
    .unwrap()
    .id;
    let from_people = doors_from_people(&mut db, now()).unwrap();
    assert_eq!((from_people.doors, from_people.residents), (1, 1));
    let made = doors_file::import_table(&mut db, &table(VAN), now()).unwrap();
    assert_eq!(made.doors, 4, "Ana's door was known");
    let linked: Option<String> = db
        .conn()
        .query_row(
            "SELECT person_id FROM resident WHERE name = 'Ana Reyes'",
            [],
            |r| r.get(0),
        )
        .unwrap();
    assert_eq!(linked, Some(ana.to_string()));
}

#[test]
fn turfs_are_cut_in_walking_order_and_results_entered_door_by_door() {
    let mut db = Database::open_in_memory().unwrap();
    doors_file::import_table(&mut db, &table(VAN), now()).unwrap();
    let c = canvass(&mut db);
    let cut = turfs::cut(
        &mut db,
        c,
        &CutInput {
            doors_per_turf: 5,
            zip: Some("60608".into()),
            street: Some("Larch Court".into()),
        },
        now(),
    )
    .unwrap();
    assert_eq!(cut.len(), 1);
    assert_eq!(cut[0].name, "Larch Ct");
    let doors = results::list(db.conn(), c).unwrap();
    let walk: Vec<(u32, &str)> = doors
        .iter()
        .map(|d| (d.order, d.address.as_str()))
        .collect();
    assert_eq!(
        walk,
        vec![
            (1, "183 Larch Ct Apt 2"),
            (2, "183 Larch Ct Unit 3"),
            (3, "185 Larch Ct"),
            (4, "190 Larch Ct"),
        ]
    );
    assert!(doors.iter().all(|d| d.result.is_none()));

    results::record(
        &mut db,
        c,
        doors[2].door,
        &ResultInput {
            result: DoorResult::Talked,
            resident: None,
            notes: Some("Heat out since October".into()),
        },
        now(),
    )
    .unwrap();
    // Not home for the whole building at 183, in one entry.
    assert_eq!(
        results::not_home_building(&mut db, c, doors[0].door, now()).unwrap(),
        2
    );
    let after = results::list(db.conn(), c).unwrap();
    let entered: Vec<_> = after.iter().map(|d| d.result).collect();
    assert_eq!(
        entered,
        vec![
            Some(DoorResult::NotHome),
            Some(DoorResult::NotHome),
            Some(DoorResult::Talked),
            None
        ]
    );
    // Once results are in, the turfs stay as printed.
    let refused = turfs::cut(
        &mut db,
        c,
        &CutInput {
            doors_per_turf: 10,
            zip: None,
            street: None,
        },
        now(),
    )
    .unwrap_err();
    assert!(refused.to_string().contains("3 doors"), "{refused}");
    let second = canvass(&mut db);
    let too_small = turfs::cut(
        &mut db,
        second,
        &CutInput {
            doors_per_turf: 1,
            zip: None,
            street: None,
        },
        now(),
    )
    .unwrap_err();
    assert!(
        too_small.to_string().contains("between 5 and 500"),
        "{too_small}"
    );
}

#[test]
fn a_new_person_met_at_a_door_is_a_contact_and_the_summary_counts_the_walk() {
    use super::summary;
    let mut db = Database::open_in_memory().unwrap();
    doors_file::import_table(&mut db, &table(VAN), now()).unwrap();
    let c = canvass(&mut db);
    turfs::cut(
        &mut db,
        c,
        &CutInput {
            doors_per_turf: 5,
            zip: None,
            street: None,
        },
        now(),
    )
    .unwrap();
    let doors = results::list(db.conn(), c).unwrap();
    // Nobody may be met without a name, and nothing is written then.
    let talked = ResultInput {
        result: DoorResult::Talked,
        resident: None,
        notes: Some("Wants to come to the meeting".into()),
    };
    assert!(results::new_person_at(&mut db, c, doors[0].door, "  ", &talked, now()).is_err());
    let person =
        results::new_person_at(&mut db, c, doors[0].door, "Marisol Vega", &talked, now()).unwrap();
    results::record(
        &mut db,
        c,
        doors[1].door,
        &ResultInput {
            result: DoorResult::NotHome,
            resident: None,
            notes: None,
        },
        now(),
    )
    .unwrap();
    let met = crate::people::store::get(db.conn(), person).unwrap();
    assert_eq!(met.source, "canvass");
    assert_eq!(
        met.fields.address.street.as_deref(),
        Some("12 Elm St"),
        "the door's address"
    );
    let history = results::of_person(db.conn(), person).unwrap();
    assert_eq!(history.len(), 1);
    assert_eq!(history[0].result, DoorResult::Talked);
    assert_eq!(history[0].canvass, "Larch Court Saturday");

    let s = summary::of(db.conn(), c).unwrap();
    assert_eq!(s.all.doors, 5);
    assert_eq!((s.all.knocked, s.all.conversations), (2, 1));
    assert_eq!(s.all.contact_rate, Some(50));
    assert_eq!(s.new_contacts, 1);
    assert_eq!(s.turfs.iter().map(|t| t.tally.doors).sum::<u32>(), 5);
}
