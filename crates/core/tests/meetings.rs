use chrono::{TimeZone, Utc};
use chrono_tz::Tz;
use groundwork_core::db::Database;
use groundwork_core::ids::PersonId;
use groundwork_core::meetings::{attendance, matching, store, MeetingInput, NewAttendee};
use groundwork_core::people::detail;
use groundwork_core::people::model::{PersonInput, PhoneInput};
use groundwork_core::people::store::{create, Origin};

fn zone() -> Tz {
    "America/Chicago".parse().unwrap()
}

fn meeting(title: &str, starts: &str) -> MeetingInput {
    MeetingInput {
        title: title.into(),
        starts_at: starts.into(),
        place: Some("St. Pius church basement".into()),
        childcare: true,
        interpretation: vec!["Spanish".into(), "spanish".into()],
        food: true,
        step_free: true,
        ..Default::default()
    }
}

fn person(db: &mut Database, first: &str, last: &str, phone: &str) -> PersonId {
    let input = PersonInput {
        first_name: first.into(),
        last_name: last.into(),
        phones: vec![PhoneInput {
            number: phone.into(),
            label: None,
        }],
        ..Default::default()
    };
    create(db, input, Origin::ENTERED, Utc::now()).unwrap().id
}

#[test]
fn a_meeting_keeps_its_local_time_and_what_makes_it_accessible() {
    let mut db = Database::open_in_memory().unwrap();
    let id = store::create(
        &mut db,
        &meeting("General meeting", "2026-03-04T18:30"),
        zone(),
        false,
        Utc::now(),
    )
    .unwrap();
    let m = store::get(db.conn(), id, zone()).unwrap();
    assert_eq!(m.starts_at, "2026-03-04T18:30");
    assert_eq!(m.interpretation, vec!["Spanish"]);
    assert!(m.childcare && m.food && m.step_free);
    let bad = MeetingInput {
        ends_at: Some("2026-03-04T17:00".into()),
        ..meeting("x", "2026-03-04T18:30")
    };
    assert!(store::update(&mut db, id, &bad, zone(), Utc::now())
        .unwrap_err()
        .to_string()
        .contains("ends before"));
    let untitled = meeting("  ", "2026-03-04T18:30");
    assert!(store::create(&mut db, &untitled, zone(), false, Utc::now()).is_err());
    assert_eq!(store::get(db.conn(), id, zone()).unwrap(), m);
}

#[test]
fn sign_ins_count_first_timers_and_undo() {
    let mut db = Database::open_in_memory().unwrap();
    let march = store::create(
        &mut db,
        &meeting("March", "2026-03-04T18:30"),
        zone(),
        false,
        Utc::now(),
    )
    .unwrap();
    let april = store::create(
        &mut db,
        &meeting("April", "2026-04-01T18:30"),
        zone(),
        false,
        Utc::now(),
    )
    .unwrap();
    let rosa = person(&mut db, "Rosa", "Delgado", "312-555-0101");
    attendance::record(&mut db, march, rosa, Utc::now()).unwrap();
    attendance::record(&mut db, april, rosa, Utc::now()).unwrap();
    attendance::record(&mut db, april, rosa, Utc::now()).unwrap();
    let new = NewAttendee {
        first_name: "Keisha".into(),
        last_name: "Brown".into(),
        phone: Some("312-555-0177".into()),
        wants_childcare: true,
        ..Default::default()
    };
    attendance::add_new(&mut db, april, &new, false, Utc::now()).unwrap();
    // A refusal names the new attendee's own flat fields, where the sign-in row shows them.
    for (bad, key) in [
        (
            NewAttendee {
                zip: Some("6060!".into()),
                ..new.clone()
            },
            "zip",
        ),
        (
            NewAttendee {
                email: Some("keisha@".into()),
                ..new.clone()
            },
            "email",
        ),
    ] {
        let err = attendance::add_new(&mut db, april, &bad, false, Utc::now()).unwrap_err();
        assert_eq!(err.key(), Some(key), "{err}");
    }

    let who = attendance::list(db.conn(), april).unwrap();
    assert_eq!(who.len(), 2);
    let rosa_row = who.iter().find(|a| a.person_id == rosa).unwrap();
    assert!(!rosa_row.first_time, "Rosa came in March");
    let keisha = who
        .iter()
        .find(|a| a.display_name == "Keisha Brown")
        .unwrap();
    assert!(keisha.first_time && keisha.needs_childcare);
    let summary = attendance::summary(db.conn(), april).unwrap();
    assert_eq!((summary.attended, summary.new_people), (2, 1));
    assert_eq!(summary.follow_up[0].display_name, "Keisha Brown");

    let history = attendance::for_person(db.conn(), rosa, zone()).unwrap();
    assert_eq!(
        history.iter().map(|m| m.title.as_str()).collect::<Vec<_>>(),
        vec!["April", "March"]
    );
    assert!(history[1].first_time && !history[0].first_time);
    assert_eq!(history[0].starts_at, "2026-04-01T18:30");

    attendance::remove(&mut db, april, rosa).unwrap();
    assert_eq!(store::get(db.conn(), april, zone()).unwrap().attended, 1);
}

#[test]
fn typing_a_name_puts_the_right_person_first() {
    let mut db = Database::open_in_memory().unwrap();
    let m = store::create(
        &mut db,
        &meeting("M", "2026-03-04T18:30"),
        zone(),
        false,
        Utc::now(),
    )
    .unwrap();
    let ana = person(&mut db, "Ana", "Delgado", "312-555-0101");
    person(&mut db, "Anabel", "Okafor", "312-555-0102");
    person(&mut db, "Andrés", "Delgado", "312-555-0103");
    let found = matching::best_matches(db.conn(), m, "ana del").unwrap();
    assert_eq!(found[0].person_id, ana);
    assert_eq!(
        found[0].detail.as_deref(),
        Some("(312) 555-0101"),
        "the phone as every screen shows it"
    );
    attendance::record(&mut db, m, ana, Utc::now()).unwrap();
    let found = matching::best_matches(db.conn(), m, "ana").unwrap();
    assert!(
        found.last().unwrap().already_signed_in,
        "already marked go last"
    );
    assert!(matching::best_matches(db.conn(), m, "   ")
        .unwrap()
        .is_empty());
}

#[test]
fn attendance_suggests_a_move_up_the_ladder() {
    let mut db = Database::open_in_memory().unwrap();
    let rosa = person(&mut db, "Rosa", "Delgado", "312-555-0101");
    let now = Utc.with_ymd_and_hms(2026, 4, 20, 12, 0, 0).unwrap();
    assert!(detail::load(db.conn(), rosa, now, zone())
        .unwrap()
        .suggestion
        .is_none());
    let first = store::create(
        &mut db,
        &meeting("A", "2026-03-01T18:00"),
        zone(),
        false,
        now,
    )
    .unwrap();
    attendance::record(&mut db, first, rosa, now).unwrap();
    let s = detail::load(db.conn(), rosa, now, zone())
        .unwrap()
        .suggestion
        .unwrap();
    assert_eq!(s.to_level, "attendee");
    let change = groundwork_core::people::ladder::LevelChange {
        person: rosa,
        to_level: "attendee",
        changed_by: "Tomás",
        reason: None,
    };
    groundwork_core::people::ladder::set_level(&mut db, &change, now).unwrap();
    for day in ["2026-03-15T18:00", "2026-04-01T18:00"] {
        let m = store::create(&mut db, &meeting("B", day), zone(), false, now).unwrap();
        attendance::record(&mut db, m, rosa, now).unwrap();
    }
    let s = detail::load(db.conn(), rosa, now, zone())
        .unwrap()
        .suggestion
        .unwrap();
    assert_eq!(s.to_level, "participant");
    assert!(s.evidence.contains("3 meetings"), "{}", s.evidence);
}

#[test]
fn a_regular_who_is_still_a_contact_is_suggested_participant_once() {
    let mut db = Database::open_in_memory().unwrap();
    let bo = person(&mut db, "Bo", "Li", "312-555-0102");
    let now = Utc.with_ymd_and_hms(2026, 4, 20, 12, 0, 0).unwrap();
    for day in ["2026-03-01T18:00", "2026-03-15T18:00", "2026-04-01T18:00"] {
        let m = store::create(&mut db, &meeting("B", day), zone(), false, now).unwrap();
        attendance::record(&mut db, m, bo, now).unwrap();
    }
    let s = detail::load(db.conn(), bo, now, zone())
        .unwrap()
        .suggestion
        .unwrap();
    assert_eq!(
        s.to_level, "participant",
        "not attendee, then participant from the same meetings"
    );
    groundwork_core::people::ladder::set_level(
        &mut db,
        &groundwork_core::people::ladder::LevelChange {
            person: bo,
            to_level: &s.to_level,
            changed_by: "Tomás",
            reason: None,
        },
        now,
    )
    .unwrap();
    assert!(detail::load(db.conn(), bo, now, zone())
        .unwrap()
        .suggestion
        .is_none());
}
