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
            assessment: None,
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
            doors: Vec::new(),
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
            wants_involved: false,
            needs: Vec::new(),
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
            doors: Vec::new(),
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
            doors: Vec::new(),
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
            doors: Vec::new(),
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
        wants_involved: false,
        needs: Vec::new(),
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
            wants_involved: false,
            needs: Vec::new(),
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

/// A canvass taking the sample survey's "top three" question to the doors of the VAN list,
/// cut into one turf: the doors in walking order.
fn surveyed(
    db: &mut Database,
) -> (
    crate::ids::CanvassId,
    crate::ids::AssessmentId,
    Vec<results::CanvassDoor>,
) {
    use crate::needs::assessment::{self, AreaKind, AssessmentInput};
    doors_file::import_table(db, &table(VAN), now()).unwrap();
    let assessment = assessment::create(
        db,
        &AssessmentInput {
            name: "Pilsen needs".into(),
            area_kind: AreaKind::ZipCodes,
            areas: vec!["60608".into()],
            starts_on: None,
            ends_on: None,
            methods: vec![assessment::Method::DoorToDoor],
            languages: vec!["en".into(), "es".into()],
        },
        false,
        now(),
    )
    .unwrap()
    .id;
    let c = canvass(db);
    canvasses::carry_survey(db, c, Some(assessment), now()).unwrap();
    turfs::cut(
        db,
        c,
        &CutInput {
            doors_per_turf: 5,
            zip: None,
            street: None,
            doors: Vec::new(),
        },
        now(),
    )
    .unwrap();
    let doors = results::list(db.conn(), c).unwrap();
    (c, assessment, doors)
}

fn answered(needs: &[&str], wants_involved: bool) -> ResultInput {
    ResultInput {
        result: DoorResult::Talked,
        resident: None,
        notes: None,
        wants_involved,
        needs: needs.iter().map(|n| n.to_string()).collect(),
    }
}

#[test]
fn needs_named_at_the_doors_are_forms_of_the_assessment_counted_in_its_tallies() {
    use crate::needs::{ranking, summary as needs_summary};
    let mut db = Database::open_in_memory().unwrap();
    let (c, assessment, doors) = surveyed(&mut db);
    let view = super::view::of(db.conn(), c).unwrap();
    let asked = view.survey.expect("the canvass carries the survey");
    assert_eq!(asked.needs[0].number, 1);
    assert!(asked.needs.iter().any(|n| n.key == "housing"));
    assert!(asked.asks_to_meet);

    results::record(
        &mut db,
        c,
        doors[0].door,
        &answered(&["housing", "food"], true),
        now(),
    )
    .unwrap();
    results::record(
        &mut db,
        c,
        doors[2].door,
        &answered(&["housing"], false),
        now(),
    )
    .unwrap();
    let tallies = needs_summary::load(db.conn(), assessment, "en").unwrap();
    assert_eq!(tallies.overall.responses, 2);
    let ranked = ranking::overall(db.conn(), assessment, "en").unwrap();
    let housing = ranked.needs.iter().find(|n| n.key == "housing").unwrap();
    assert_eq!(housing.respondents, 2, "{housing:?}");
    assert_eq!(ranked.needs[0].key, "housing");
    let (method, area, serial): (String, Option<String>, u32) = db
        .conn()
        .query_row(
            "SELECT method, area, serial FROM needs_response WHERE door_id = ?1",
            rusqlite::params![doors[0].door],
            |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)),
        )
        .unwrap();
    assert_eq!(
        (method.as_str(), area.as_deref(), serial),
        ("door_to_door", Some("60608"), 1)
    );

    // Entered again, the door's form is replaced, not added; with no need named it goes.
    results::record(
        &mut db,
        c,
        doors[0].door,
        &answered(&["work"], false),
        now(),
    )
    .unwrap();
    let view = super::view::of(db.conn(), c).unwrap();
    assert_eq!(view.doors[0].door.needs, vec!["work".to_owned()]);
    assert_eq!(view.summary.forms, 2);
    assert_eq!(view.summary.needs[0], ("housing".to_owned(), 1));
    results::record(&mut db, c, doors[0].door, &answered(&[], false), now()).unwrap();
    assert_eq!(super::view::of(db.conn(), c).unwrap().summary.forms, 1);
    // A form printed later takes a number after the doors' forms.
    let (first, _) = crate::needs::assessment::number_forms(&mut db, assessment, 5, now()).unwrap();
    assert_eq!(first, 3);
}

#[test]
fn needs_at_a_door_are_refused_without_a_conversation_a_survey_or_a_known_choice() {
    let mut db = Database::open_in_memory().unwrap();
    let (c, _, doors) = surveyed(&mut db);
    let door = doors[1].door;
    let mut not_home = answered(&["housing"], false);
    not_home.result = DoorResult::NotHome;
    let refusals = [
        (not_home, "only where someone talked"),
        (answered(&["housing", "food", "work", "care"], false), "4"),
        (answered(&["parking"], false), "parking"),
    ];
    for (input, says) in refusals {
        let refused = results::record(&mut db, c, door, &input, now()).unwrap_err();
        assert!(refused.to_string().contains(says), "{refused}");
    }
    let unsurveyed = canvass(&mut db);
    turfs::cut(
        &mut db,
        unsurveyed,
        &CutInput {
            doors_per_turf: 5,
            zip: None,
            street: None,
            doors: Vec::new(),
        },
        now(),
    )
    .unwrap();
    let other = results::list(db.conn(), unsurveyed).unwrap()[0].door;
    let refused = results::record(
        &mut db,
        unsurveyed,
        other,
        &answered(&["housing"], false),
        now(),
    )
    .unwrap_err();
    assert!(refused.to_string().contains("no needs survey"), "{refused}");
    // Nothing was written by any of them.
    let written: u32 = db
        .conn()
        .query_row(
            "SELECT (SELECT count(*) FROM door_result) + (SELECT count(*) FROM needs_response)",
            [],
            |r| r.get(0),
        )
        .unwrap();
    assert_eq!(written, 0);
    // Once a door has answered, the canvass keeps its survey.
    results::record(&mut db, c, door, &answered(&["housing"], false), now()).unwrap();
    let kept = canvasses::carry_survey(&mut db, c, None, now()).unwrap_err();
    assert!(kept.to_string().contains("1 door has answered"), "{kept}");
}

#[test]
fn doors_to_come_back_to_and_people_who_want_in_are_a_list_until_someone_goes_back() {
    use super::going_back;
    let mut db = Database::open_in_memory().unwrap();
    let (c, _, doors) = surveyed(&mut db);
    let mut come_back = ResultInput::only(DoorResult::ComeBack);
    come_back.notes = Some("Saturday after 10".into());
    results::record(&mut db, c, doors[1].door, &come_back, now()).unwrap();
    results::record(
        &mut db,
        c,
        doors[0].door,
        &answered(&["housing"], true),
        now(),
    )
    .unwrap();
    results::record(
        &mut db,
        c,
        doors[2].door,
        &ResultInput::only(DoorResult::Refused),
        now(),
    )
    .unwrap();
    let list = going_back::of(db.conn(), c).unwrap();
    let listed: Vec<_> = list
        .iter()
        .map(|g| (g.order, g.come_back, g.wants_involved))
        .collect();
    assert_eq!(listed, vec![(1, false, true), (2, true, false)]);
    assert_eq!(list[1].notes.as_deref(), Some("Saturday after 10"));
    going_back::gone_back(&mut db, c, doors[1].door, now()).unwrap();
    assert_eq!(going_back::of(db.conn(), c).unwrap().len(), 1);
    assert!(going_back::gone_back(&mut db, c, doors[1].door, now()).is_err());
    assert!(going_back::gone_back(&mut db, c, doors[2].door, now()).is_err());
    let summary = super::summary::of(db.conn(), c).unwrap();
    assert_eq!(summary.wants_involved, 1);
}

#[test]
fn doors_found_by_their_street_can_be_picked_one_by_one_into_a_turf() {
    use super::door_list;
    let mut db = Database::open_in_memory().unwrap();
    doors_file::import_table(&mut db, &table(VAN), now()).unwrap();
    // "Larch Court" finds the doors spelled "Larch Ct", in house order.
    let found = door_list::find(db.conn(), "larch court", 100).unwrap();
    assert_eq!(found.total, 4);
    let listed: Vec<&str> = found.doors.iter().map(|d| d.address.as_str()).collect();
    assert_eq!(
        listed,
        vec![
            "183 Larch Ct Apt 2",
            "183 Larch Ct Unit 3",
            "185 Larch Ct",
            "190 Larch Ct"
        ]
    );
    assert_eq!(found.doors[0].residents, vec!["Ana Reyes", "Luis Reyes"]);
    assert_eq!(door_list::find(db.conn(), "", 2).unwrap().total, 5);
    assert_eq!(door_list::find(db.conn(), "", 2).unwrap().doors.len(), 2);
    assert_eq!(
        door_list::find(db.conn(), "elm 60608", 10).unwrap().total,
        1
    );

    // The 190 and the 183 picked, with the Elm Street door: one turf in walking order.
    let c = canvass(&mut db);
    let elm = door_list::find(db.conn(), "elm", 10).unwrap().doors[0].id;
    let picked = vec![found.doors[3].id, found.doors[0].id, elm];
    let made = turfs::cut(
        &mut db,
        c,
        &CutInput {
            doors_per_turf: 5,
            zip: None,
            street: None,
            doors: picked,
        },
        now(),
    )
    .unwrap();
    assert_eq!(made.len(), 1);
    let walk: Vec<String> = results::list(db.conn(), c)
        .unwrap()
        .into_iter()
        .map(|d| d.address)
        .collect();
    assert_eq!(
        walk,
        vec!["12 Elm St", "183 Larch Ct Apt 2", "190 Larch Ct"]
    );
}

#[test]
fn a_turf_is_assigned_only_through_its_own_canvass() {
    let mut db = Database::open_in_memory().unwrap();
    doors_file::import_table(&mut db, &table(VAN), now()).unwrap();
    let (first, second) = (canvass(&mut db), canvass(&mut db));
    let cut = CutInput {
        doors_per_turf: 5,
        zip: None,
        street: None,
        doors: Vec::new(),
    };
    let turf = turfs::cut(&mut db, first, &cut, now()).unwrap()[0].id;
    turfs::cut(&mut db, second, &cut, now()).unwrap();
    let pair = Some("Ana Reyes & Luis Tran".to_owned());
    assert!(turfs::assign(&mut db, second, turf, &pair, &None).is_err());
    assert_eq!(turfs::list(db.conn(), first).unwrap()[0].canvassers, None);
    turfs::assign(&mut db, first, turf, &pair, &Some(" 10 to noon ".into())).unwrap();
    let assigned = &turfs::list(db.conn(), first).unwrap()[0];
    assert_eq!(assigned.canvassers, pair);
    assert_eq!(assigned.shift.as_deref(), Some("10 to noon"));
}

#[test]
fn a_door_typed_in_is_one_door_however_spelled_and_a_bad_one_is_refused() {
    use super::door_typed::{add, TypedDoor};
    let mut db = Database::open_in_memory().unwrap();
    doors_file::import_table(&mut db, &table(VAN), now()).unwrap();
    let typed = |address: &str, zip: &str, names: &[&str]| TypedDoor {
        address: address.into(),
        zip: zip.into(),
        residents: names.iter().map(|n| n.to_string()).collect(),
    };
    let known = add(
        &mut db,
        &typed("183 LARCH COURT APT. 2", "60608", &["Tomás Reyes"]),
        now(),
    )
    .unwrap();
    assert!(!known.new);
    assert_eq!(known.address, "183 Larch Ct Apt 2");
    assert_eq!(known.residents_added, 1);
    let fresh = add(&mut db, &typed("40 Mill St", "60608", &[]), now()).unwrap();
    assert!(fresh.new);
    assert_eq!(super::view::door_count(db.conn()).unwrap(), 6);
    for (bad, says) in [
        (typed("Larch Court", "60608", &[]), "house number"),
        (typed("41 Mill St", "6060", &[]), "ZIP"),
    ] {
        let refused = add(&mut db, &bad, now()).unwrap_err();
        assert!(refused.to_string().contains(says), "{refused}");
    }
    assert_eq!(super::view::door_count(db.conn()).unwrap(), 6);
}

#[test]
fn a_block_where_nobody_was_home_is_marked_in_one_entry() {
    let mut db = Database::open_in_memory().unwrap();
    doors_file::import_table(&mut db, &table(VAN), now()).unwrap();
    let c = canvass(&mut db);
    turfs::cut(
        &mut db,
        c,
        &CutInput {
            doors_per_turf: 10,
            zip: None,
            street: None,
            doors: Vec::new(),
        },
        now(),
    )
    .unwrap();
    let doors = results::list(db.conn(), c).unwrap();
    let at = |address: &str| doors.iter().find(|d| d.address == address).unwrap().door;
    results::record(
        &mut db,
        c,
        at("185 Larch Ct"),
        &ResultInput::only(DoorResult::Talked),
        now(),
    )
    .unwrap();
    // The 100 block of Larch Court: three doors left, the talked one kept, Elm Street untouched.
    assert_eq!(
        results::not_home_block(&mut db, c, at("190 Larch Ct"), now()).unwrap(),
        3
    );
    let after = results::list(db.conn(), c).unwrap();
    let result = |address: &str| after.iter().find(|d| d.address == address).unwrap().result;
    assert_eq!(result("185 Larch Ct"), Some(DoorResult::Talked));
    assert_eq!(result("183 Larch Ct Apt 2"), Some(DoorResult::NotHome));
    assert_eq!(result("12 Elm St"), None);
}

#[test]
fn a_door_nobody_knocks_at_stays_empty_when_its_block_was_not_home() {
    let mut db = Database::open_in_memory().unwrap();
    // Someone on the block who asked not to be called, texted or emailed: their door is on the
    // walk, greyed out on the sheet, and nobody knocks there.
    create_person(
        &mut db,
        PersonInput {
            first_name: "Marta".into(),
            last_name: "Quiet".into(),
            address: Address {
                street: Some("150 Larch Ct".into()),
                zip: Some("60608".into()),
                ..Default::default()
            },
            do_not_call: true,
            do_not_text: true,
            do_not_email: true,
            ..Default::default()
        },
        Origin {
            source: "test",
            is_sample: false,
        },
        now(),
    )
    .unwrap();
    doors_from_people(&mut db, now()).unwrap();
    doors_file::import_table(&mut db, &table(VAN), now()).unwrap();
    let c = canvass(&mut db);
    turfs::cut(
        &mut db,
        c,
        &CutInput {
            doors_per_turf: 10,
            zip: None,
            street: None,
            doors: Vec::new(),
        },
        now(),
    )
    .unwrap();
    let doors = results::list(db.conn(), c).unwrap();
    let at = |address: &str| doors.iter().find(|d| d.address == address).unwrap().door;
    assert_eq!(
        results::not_home_block(&mut db, c, at("190 Larch Ct"), now()).unwrap(),
        4,
        "183 Apt 2, 183 Unit 3, 185 and 190, not 150"
    );
    let after = results::list(db.conn(), c).unwrap();
    let result = |address: &str| after.iter().find(|d| d.address == address).unwrap().result;
    assert_eq!(result("150 Larch Ct"), None);
    assert_eq!(result("185 Larch Ct"), Some(DoorResult::NotHome));
}
