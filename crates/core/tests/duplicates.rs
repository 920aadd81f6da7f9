//! Finding likely duplicates and merging two records of one person without losing anything.

use chrono::{NaiveDate, Utc};
use chrono_tz::Tz;
use groundwork_core::db::Database;
use groundwork_core::ids::PersonId;
use groundwork_core::interop::import;
use groundwork_core::meetings::{attendance, store as meetings, MeetingInput};
use groundwork_core::people::duplicates::{self, Likeness};
use groundwork_core::people::merge::{self, MergeField, MergeRequest};
use groundwork_core::people::model::{Address, PersonInput, PhoneInput};
use groundwork_core::people::one_on_one::{self, OneOnOneInput};
use groundwork_core::people::search::search;
use groundwork_core::people::store::{create, get, Origin};
use groundwork_core::people::PeopleQuery;
use groundwork_core::progress::unattended;

use crate::fixture;

fn person(db: &mut Database, input: PersonInput) -> PersonId {
    create(db, input, Origin::ENTERED, Utc::now()).unwrap().id
}

fn named(first: &str, last: &str) -> PersonInput {
    PersonInput {
        first_name: first.into(),
        last_name: last.into(),
        ..Default::default()
    }
}

fn phone(number: &str) -> Vec<PhoneInput> {
    vec![PhoneInput {
        number: number.into(),
        label: None,
    }]
}

#[test]
fn pairs_share_an_email_a_phone_or_a_name_at_an_address() {
    let mut db = Database::open_in_memory().unwrap();
    let ana = person(
        &mut db,
        PersonInput {
            emails: vec!["ana@example.org".into()],
            phones: phone("617-555-0143"),
            address: Address {
                street: Some("12 Elm St.".into()),
                zip: Some("02134".into()),
                ..Default::default()
            },
            ..named("Ana", "Ruiz")
        },
    );
    let ana_again = person(
        &mut db,
        PersonInput {
            emails: vec!["ANA@example.org".into()],
            address: Address {
                street: Some("12 elm street".into()),
                zip: Some("02134-1201".into()),
                ..Default::default()
            },
            ..named("ana", "ruiz")
        },
    );
    let bo = person(
        &mut db,
        PersonInput {
            phones: phone("(617) 555 0143"),
            ..named("Bo", "Li")
        },
    );
    // Same name, another street: not a likely duplicate.
    person(
        &mut db,
        PersonInput {
            address: Address {
                street: Some("14 Elm St".into()),
                ..Default::default()
            },
            ..named("Ana", "Ruiz")
        },
    );

    let pairs = duplicates::find(db.conn(), None).unwrap();
    assert_eq!(pairs.len(), 2, "{pairs:#?}");
    let first = &pairs[0];
    assert_eq!((first.a.id, first.b.id), (ana, ana_again));
    assert_eq!(
        first.likeness,
        [
            Likeness::SameEmail {
                email: "ana@example.org".into()
            },
            Likeness::SameNameAndAddress {
                name: "Ana Ruiz".into(),
                street: "12 Elm St.".into()
            }
        ]
    );
    assert_eq!((pairs[1].a.id, pairs[1].b.id), (ana, bo));
    assert_eq!(
        pairs[1].likeness,
        [Likeness::SamePhone {
            phone: "+16175550143".into()
        }]
    );
    assert_eq!(duplicates::find(db.conn(), Some(bo)).unwrap().len(), 1);

    // Ana and Bo share a family phone: an organizer says so, and the pair is not shown again.
    duplicates::not_the_same(&mut db, bo, ana, "Marisol", Utc::now()).unwrap();
    let pairs = duplicates::find(db.conn(), None).unwrap();
    assert_eq!(pairs.len(), 1);
    assert!(duplicates::not_the_same(&mut db, bo, ana, " ", Utc::now()).is_err());
}

#[test]
fn the_same_name_with_and_without_accents_at_one_address_is_a_likely_pair() {
    let mut db = Database::open_in_memory().unwrap();
    let at = |street: &str| Address {
        street: Some(street.into()),
        zip: Some("60608".into()),
        ..Default::default()
    };
    let jose = person(
        &mut db,
        PersonInput {
            address: at("1820 S. Racine Ave"),
            ..named("José", "García")
        },
    );
    let jose_again = person(
        &mut db,
        PersonInput {
            address: at("1820 s racine avenue"),
            ..named("JOSE", "GARCIA")
        },
    );
    let pairs = duplicates::find(db.conn(), None).unwrap();
    assert_eq!(pairs.len(), 1, "{pairs:#?}");
    assert_eq!((pairs[0].a.id, pairs[0].b.id), (jose, jose_again));
}

fn zone() -> Tz {
    "America/Chicago".parse().unwrap()
}

#[test]
fn a_merge_keeps_every_history_and_the_chosen_fields() {
    let mut db = Database::open_in_memory().unwrap();
    // The national list knows Rosa (100201); she also signed in once as "Rosie Delgado" with
    // another phone, and that record got a one-on-one.
    let list = import::read(&fixture("national-list/2024.csv"), None).unwrap();
    unattended(|job| list.import(&mut db, job, Utc::now())).unwrap();
    let rosa: PersonId = db
        .conn()
        .query_row(
            "SELECT id FROM person WHERE actionkit_id = '100201'",
            [],
            |r| r.get(0),
        )
        .unwrap();
    let rosie = person(
        &mut db,
        PersonInput {
            preferred_name: Some("Rosie".into()),
            phones: phone("312-555-0177"),
            emails: vec!["rosa.delgado@example.org".into()],
            tags: vec!["tenant".into()],
            notes: Some("Wants to help with the rent survey.".into()),
            do_not_email: true,
            ..named("Rosa", "Delgado")
        },
    );
    let today = NaiveDate::from_ymd_opt(2026, 11, 20).unwrap();
    one_on_one::log(
        &mut db,
        &OneOnOneInput {
            person_id: rosie,
            held_on: "2026-11-10".into(),
            held_by: "Marisol".into(),
            story: Some("Landlord ignores repairs.".into()),
            ..Default::default()
        },
        today,
        Utc::now(),
    )
    .unwrap();
    let both = meetings::create(
        &mut db,
        &MeetingInput {
            title: "Tenant meeting".into(),
            starts_at: "2026-11-05T18:30".into(),
            ..Default::default()
        },
        zone(),
        false,
        Utc::now(),
    )
    .unwrap();
    let only_rosie = meetings::create(
        &mut db,
        &MeetingInput {
            title: "Rent survey".into(),
            starts_at: "2026-11-12T18:30".into(),
            ..Default::default()
        },
        zone(),
        false,
        Utc::now(),
    )
    .unwrap();
    attendance::record(&mut db, both, rosa, Utc::now()).unwrap();
    attendance::record(&mut db, both, rosie, Utc::now()).unwrap();
    attendance::record(&mut db, only_rosie, rosie, Utc::now()).unwrap();

    let comparison = merge::compare(db.conn(), rosa, rosie).unwrap();
    assert!(comparison.differing.contains(&MergeField::Name));
    assert!(comparison.differing.contains(&MergeField::Membership));
    assert_eq!(comparison.b_history.one_on_ones, 1);
    assert_eq!(comparison.b_history.meetings, 2);

    let bad = MergeRequest {
        keep: rosa,
        merge: rosie,
        take_from_merged: vec![],
        merged_by: "  ".into(),
    };
    assert!(merge::merge(&mut db, &bad, Utc::now()).is_err());
    assert!(
        get(db.conn(), rosie).is_ok(),
        "a refused merge changes nothing"
    );

    let kept = merge::merge(
        &mut db,
        &MergeRequest {
            take_from_merged: vec![MergeField::Name],
            merged_by: "Marisol".into(),
            ..bad
        },
        Utc::now(),
    )
    .unwrap();
    assert!(get(db.conn(), rosie).is_err(), "the other record is gone");
    assert_eq!(kept.fields.preferred_name.as_deref(), Some("Rosie"));
    assert_eq!(kept.membership.actionkit_id.as_deref(), Some("100201"));
    assert_eq!(kept.fields.phones.len(), 2, "{:?}", kept.fields.phones);
    assert_eq!(kept.fields.emails, ["rosa.delgado@example.org"]);
    assert!(kept.fields.tags.contains(&"tenant".to_owned()));
    assert!(
        kept.fields.do_not_email,
        "an opt-out on either record stays"
    );
    assert_eq!(
        kept.fields.notes.as_deref(),
        Some("Wants to help with the rent survey.")
    );
    assert_eq!(one_on_one::for_person(db.conn(), rosa).unwrap().len(), 1);
    assert_eq!(
        attendance::for_person(db.conn(), rosa, zone())
            .unwrap()
            .len(),
        2,
        "two meetings, the shared one once"
    );
    let merged = merge::merged_into(db.conn(), rosa).unwrap();
    assert_eq!(merged[0].merged_by, "Marisol");
    let snapshot: String = db
        .conn()
        .query_row("SELECT snapshot FROM person_merge", [], |r| r.get(0))
        .unwrap();
    assert!(
        snapshot.contains("312-555-0177"),
        "the merged record is kept whole"
    );

    // Search finds the kept record by what only the other record had.
    let found = search(
        db.conn(),
        &PeopleQuery {
            text: "5550177".into(),
            ..Default::default()
        },
    )
    .unwrap();
    assert_eq!(found.people.len(), 1);
    assert_eq!(found.people[0].id, rosa);
    assert!(duplicates::find(db.conn(), None).unwrap().is_empty());
}

#[test]
fn a_long_list_counts_every_pair_and_shows_the_strongest() {
    // Forty people on one household landline: 780 pairs, more than are shown at once.
    let mut db = Database::open_in_memory().unwrap();
    for n in 0..40 {
        person(
            &mut db,
            PersonInput {
                phones: phone("(773) 555-0100"),
                ..named(&format!("Resident{n}"), "Okafor")
            },
        );
    }
    // Two who also share an email: their pair is the strongest, so it is shown first.
    let shared_email = |first: &str| PersonInput {
        phones: phone("773-555-0100"),
        emails: vec!["okafor.family@example.org".into()],
        ..named(first, "Okafor")
    };
    let (ada, obi) = (
        person(&mut db, shared_email("Ada")),
        person(&mut db, shared_email("Obi")),
    );
    let found = duplicates::list(db.conn()).unwrap();
    assert_eq!(found.total, 42 * 41 / 2);
    assert_eq!(found.pairs.len(), duplicates::MOST_SHOWN);
    let first = &found.pairs[0];
    assert_eq!(first.likeness.len(), 2, "{first:?}");
    assert!([first.a.id, first.b.id].contains(&ada) && [first.a.id, first.b.id].contains(&obi));

    duplicates::not_the_same(&mut db, ada, obi, "Marisol", Utc::now()).unwrap();
    let after = duplicates::list(db.conn()).unwrap();
    assert_eq!(after.total, found.total - 1);
    assert_eq!(after.pairs.len(), duplicates::MOST_SHOWN);
}

#[test]
fn a_merged_national_record_does_not_come_back_with_the_next_list() {
    let mut db = Database::open_in_memory().unwrap();
    let list = import::read(&fixture("national-list/2024.csv"), None).unwrap();
    unattended(|job| list.import(&mut db, job, Utc::now())).unwrap();
    let id_of = |db: &Database, ak: &str| -> PersonId {
        db.conn()
            .query_row("SELECT id FROM person WHERE actionkit_id = ?1", [ak], |r| {
                r.get(0)
            })
            .unwrap()
    };
    // Pretend 100202 and 100205 are one person the national office has twice.
    let (keep, other) = (id_of(&db, "100202"), id_of(&db, "100205"));
    merge::merge(
        &mut db,
        &MergeRequest {
            keep,
            merge: other,
            take_from_merged: vec![],
            merged_by: "Marisol".into(),
        },
        Utc::now(),
    )
    .unwrap();
    let before: i64 = db
        .conn()
        .query_row("SELECT count(*) FROM person", [], |r| r.get(0))
        .unwrap();
    let report = unattended(|job| list.import(&mut db, job, Utc::now())).unwrap();
    let after: i64 = db
        .conn()
        .query_row("SELECT count(*) FROM person", [], |r| r.get(0))
        .unwrap();
    assert_eq!(before, after);
    assert_eq!(report.skipped.len(), 1);
    assert!(report.skipped[0].contains("100205"), "{:?}", report.skipped);
}
