//! An application from its start to the point it could be sent, on a real database.

use chrono::{NaiveDate, TimeZone, Utc};

use super::initiative::{self, InitiativeInput};
use super::model::{ApplicationInput, ApplicationStatus, BudgetLineInput, MilestoneInput};
use super::store;
use crate::db::Database;
use crate::projects::{self, NewProject};
use crate::CoreError;

fn now() -> chrono::DateTime<Utc> {
    Utc.with_ymd_and_hms(2026, 12, 7, 10, 0, 0).unwrap()
}

fn day(text: &str) -> NaiveDate {
    text.parse().unwrap()
}

fn project(db: &mut Database, name: &str) -> crate::ids::ProjectId {
    let new = NewProject {
        name: name.into(),
        ..Default::default()
    };
    db.write(|tx| projects::store::insert(tx, &new, now()))
        .unwrap()
        .id
}

fn input(amount_cents: i64) -> ApplicationInput {
    ApplicationInput {
        amount_cents,
        starts_on: day("2027-02-01"),
        ends_on: day("2027-06-30"),
        base_building: None,
        sustaining: None,
    }
}

fn line(item: &str, quantity: u32, unit_cost_cents: i64) -> BudgetLineInput {
    BudgetLineInput {
        item: item.into(),
        quantity,
        unit_cost_cents,
    }
}

#[test]
fn a_draft_is_kept_incomplete_and_says_what_it_still_needs_until_it_can_be_sent() {
    let mut db = Database::open_in_memory().unwrap();
    let tenants = project(&mut db, "Eastside tenant union");
    let a = store::create(&mut db, tenants, &input(80_000), false, now()).unwrap();
    assert_eq!(a.status, ApplicationStatus::Draft);
    assert_eq!(a.project_title, "Eastside tenant union");
    let keys: Vec<&str> = a.missing.iter().map(|m| m.key.as_str()).collect();
    assert_eq!(
        keys,
        [
            "initiative.description",
            "initiative.goals",
            "initiative.responsible_id",
            "base_building",
            "sustaining",
            "budget",
            "milestones"
        ]
    );
    // Sending it now is refused with what it needs, and nothing changes.
    let refused = store::mark_submitted(&mut db, a.id, now()).unwrap_err();
    assert!(refused.to_string().contains("7"), "{refused}");
    assert_eq!(
        store::get(db.conn(), a.id).unwrap().status,
        ApplicationStatus::Draft
    );

    let rosa = crate::people::store::create(
        &mut db,
        crate::people::PersonInput {
            first_name: "Rosa".into(),
            ..Default::default()
        },
        crate::people::Origin::ENTERED,
        now(),
    )
    .unwrap()
    .id;
    initiative::save(
        &mut db,
        tenants,
        &InitiativeInput {
            description: Some("Tenant meetings in six buildings".into()),
            coalition: false,
            goal_reached: Some(300),
            goal_one_on_ones: Some(60),
            goal_new_members: Some(25),
            goal_new_leaders: Some(5),
            responsible_id: Some(rosa),
        },
        now(),
    )
    .unwrap();
    let with_words = store::update(
        &mut db,
        a.id,
        &ApplicationInput {
            base_building: Some("Tenants meet their neighbours door to door".into()),
            sustaining: Some(" Dues from the union's members ".into()),
            ..input(80_000)
        },
        now(),
    )
    .unwrap();
    assert_eq!(
        with_words.fields.sustaining.as_deref(),
        Some("Dues from the union's members")
    );

    store::add_budget_line(
        &mut db,
        a.id,
        &line("Childcare at meetings", 10, 4_000),
        now(),
    )
    .unwrap();
    let short = store::add_budget_line(&mut db, a.id, &line("Printing", 2, 15_000), now()).unwrap();
    assert_eq!(short.budget_total_cents, 70_000);
    let budget = short.missing.iter().find(|m| m.key == "budget").unwrap();
    assert!(
        budget.what.contains("$700.00") && budget.what.contains("$800.00"),
        "{}",
        budget.what
    );

    let mut lines: Vec<_> = short.budget.iter().map(|l| l.fields.clone()).collect();
    lines[1].quantity = 1;
    lines.push(line("Food for house meetings", 1, 25_000));
    let balanced = store::save_budget(&mut db, a.id, &lines, now()).unwrap();
    assert_eq!(balanced.budget_total_cents, 80_000);
    let timeline = store::save_milestones(
        &mut db,
        a.id,
        &[
            MilestoneInput {
                due_on: day("2027-04-15"),
                what: "Three buildings meeting monthly".into(),
            },
            MilestoneInput {
                due_on: day("2027-02-28"),
                what: "Doors knocked in all six buildings".into(),
            },
        ],
        now(),
    )
    .unwrap();
    assert_eq!(timeline.milestones[0].fields.due_on, day("2027-02-28"));
    assert!(timeline.complete(), "{:?}", timeline.missing);

    let sent = store::mark_submitted(&mut db, a.id, now()).unwrap();
    assert_eq!(sent.status, ApplicationStatus::Submitted);
    // What was sent stays as it was sent.
    assert!(matches!(
        store::update(&mut db, a.id, &input(90_000), now()),
        Err(CoreError::Conflict { .. })
    ));
}

#[test]
fn the_rules_refuse_at_once_and_keep_nothing() {
    let mut db = Database::open_in_memory().unwrap();
    let p = project(&mut db, "Food pantry");
    let too_much = store::create(&mut db, p, &input(120_000), false, now()).unwrap_err();
    assert_eq!(too_much.key(), Some("amount_cents"));
    let eight_months = ApplicationInput {
        ends_on: day("2027-09-30"),
        ..input(80_000)
    };
    let too_long = store::create(&mut db, p, &eight_months, false, now()).unwrap_err();
    assert_eq!(too_long.key(), Some("ends_on"));
    assert!(too_long.to_string().contains("8 months"), "{too_long}");
    assert!(store::list(db.conn()).unwrap().is_empty());

    let a = store::create(&mut db, p, &input(50_000), false, now()).unwrap();
    let nameless = store::add_budget_line(&mut db, a.id, &line("  ", 1, 100), now()).unwrap_err();
    assert_eq!(nameless.key(), Some("budget.new.item"));
    let none = store::save_budget(&mut db, a.id, &[line("Flyers", 0, 100)], now()).unwrap_err();
    assert_eq!(none.key(), Some("budget.0.quantity"));
    assert!(store::get(db.conn(), a.id).unwrap().budget.is_empty());
    let blank = store::save_milestones(
        &mut db,
        a.id,
        &[MilestoneInput {
            due_on: day("2027-03-01"),
            what: String::new(),
        }],
        now(),
    )
    .unwrap_err();
    assert_eq!(blank.key(), Some("milestones.0.what"));
}

#[test]
fn a_complete_application_is_sent_as_a_signed_file_and_an_incomplete_one_is_not() {
    use super::export::export;
    use super::sent::{SentApplication, KIND};

    let dir = tempfile::tempdir().unwrap();
    let mut db = Database::open(&dir.path().join("sample.sqlite"), now()).unwrap();
    crate::sample::create(&mut db, now()).unwrap();
    let sample = store::list(db.conn()).unwrap().remove(0);
    assert!(sample.complete());

    // A new draft for the same project lacks its own budget and milestones.
    let draft = store::create(&mut db, sample.project_id, &input(60_000), false, now()).unwrap();
    let refused_file = dir.path().join("draft.json");
    let refused = export(&mut db, draft.id, &refused_file, now()).unwrap_err();
    assert!(
        refused.to_string().contains("cannot be sent yet"),
        "{refused}"
    );
    assert!(
        !refused_file.exists(),
        "nothing is written for an incomplete application"
    );
    assert_eq!(
        store::get(db.conn(), draft.id).unwrap().status,
        ApplicationStatus::Draft
    );

    let out = dir.path().join("application.json");
    let exported = export(&mut db, sample.id, &out, now()).unwrap();
    assert_eq!(exported.application.status, ApplicationStatus::Submitted);
    assert_eq!(exported.fingerprint.len(), 19);
    let opened = crate::signed_file::open(&std::fs::read(&out).unwrap(), KIND).unwrap();
    let sent: SentApplication = serde_json::from_slice(&opened.payload).unwrap();
    assert_eq!(sent.application_id, sample.id);
    assert_eq!(sent.revision, exported.revision);
    assert_eq!(sent.content.revision(), sent.revision);
    assert_eq!(sent.content.application.amount_cents, 80_000);
    assert_eq!(sent.content.initiative.title, "Eastside tenant union");
    assert!(sent.content.initiative.responsible.is_some());
    assert_eq!(sent.content.budget.len(), sample.budget.len());

    // Sent again (the email was lost): the same key and the same revision.
    let again = export(&mut db, sample.id, &dir.path().join("again.json"), now()).unwrap();
    assert_eq!(again.revision, exported.revision);
    assert_eq!(again.fingerprint, exported.fingerprint);
}

#[test]
fn a_coalition_names_its_partners_and_a_merge_of_two_of_them_moves_them_and_undoes() {
    use crate::orgs::merge::{into, merge, undo};
    use crate::orgs::store::{create, NewOrg};
    use crate::orgs::{OrgInput, OrgKind, Relationship};

    let mut db = Database::open_in_memory().unwrap();
    let tenants = project(&mut db, "Eastside tenant union");
    let org = |db: &mut Database, name: &str| {
        create(
            db,
            NewOrg {
                input: OrgInput::named(name, OrgKind::TenantAssociation),
                relationship: Relationship::Ally,
                added_by: "Rosa",
                is_sample: false,
            },
            now(),
        )
        .unwrap()
        .id
    };
    let union = org(&mut db, "Larch Street Tenants");
    let same = org(&mut db, "Larch St. Tenants Association");
    let church = org(&mut db, "Iglesia San José");
    let a = store::create(&mut db, tenants, &input(80_000), false, now()).unwrap();
    let coalition = InitiativeInput {
        coalition: true,
        ..Default::default()
    };
    initiative::save(&mut db, tenants, &coalition, now()).unwrap();
    let keys = |db: &Database| -> Vec<String> {
        store::get(db.conn(), a.id)
            .unwrap()
            .missing
            .into_iter()
            .map(|m| m.key)
            .collect()
    };
    assert!(keys(&db).contains(&"initiative.partners".to_owned()));

    super::partners::save(&mut db, tenants, &[union, church, same], now()).unwrap();
    assert!(!keys(&db).contains(&"initiative.partners".to_owned()));
    let names = |db: &Database| -> Vec<String> {
        initiative::get(db.conn(), tenants)
            .unwrap()
            .partners
            .into_iter()
            .map(|p| p.name)
            .collect()
    };
    assert_eq!(
        names(&db),
        [
            "Larch Street Tenants",
            "Iglesia San José",
            "Larch St. Tenants Association"
        ]
    );

    // The two records of the tenants' association are one: the partner is listed once.
    merge(&mut db, union, same, "Rosa", now()).unwrap();
    assert_eq!(names(&db), ["Larch Street Tenants", "Iglesia San José"]);
    let merge_id = into(db.conn(), union).unwrap()[0].id;
    undo(&mut db, merge_id, now()).unwrap();
    assert_eq!(
        names(&db),
        [
            "Larch Street Tenants",
            "Iglesia San José",
            "Larch St. Tenants Association"
        ]
    );

    // The church merged into a partner it was not: it moves, and comes back on undo.
    let other = project(&mut db, "Food pantry");
    super::partners::save(&mut db, other, &[church], now()).unwrap();
    let parish = org(&mut db, "San José parish");
    merge(&mut db, parish, church, "Rosa", now()).unwrap();
    let of_other = |db: &Database| -> Vec<String> {
        super::partners::of(db.conn(), other)
            .unwrap()
            .into_iter()
            .map(|p| p.name)
            .collect()
    };
    assert_eq!(of_other(&db), ["San José parish"]);
    let merge_id = into(db.conn(), parish).unwrap()[0].id;
    undo(&mut db, merge_id, now()).unwrap();
    assert_eq!(of_other(&db), ["Iglesia San José"]);
}
