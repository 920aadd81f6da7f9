//! Organizations, their contact log and what needs tending, members' ties to them, and the
//! ranking those ties make.

use chrono::{DateTime, NaiveDate, Utc};
use groundwork_core::connections::{ranking, tie, TieInput, TieRole};
use groundwork_core::db::Database;
use groundwork_core::ids::{OrganizationId, PersonId};
use groundwork_core::orgs::contact_log::{self, ContactInput, ContactKind};
use groundwork_core::orgs::store::{create, NewOrg};
use groundwork_core::orgs::{tending, OrgInput, OrgKind, Relationship};
use groundwork_core::people::merge::{merge, MergeRequest};
use groundwork_core::people::model::PersonInput;
use groundwork_core::people::store::{create as create_person, Origin};
use groundwork_core::{CoreError, ErrorKind};

fn now() -> DateTime<Utc> {
    "2026-06-01T15:00:00Z".parse().unwrap()
}

fn day(text: &str) -> NaiveDate {
    text.parse().unwrap()
}

fn org(db: &mut Database, name: &str, kind: OrgKind, relationship: Relationship) -> OrganizationId {
    create(
        db,
        NewOrg {
            input: OrgInput::named(name, kind),
            relationship,
            added_by: "Rosa",
            is_sample: false,
        },
        now(),
    )
    .unwrap()
    .id
}

fn person(db: &mut Database, first: &str, last: &str) -> PersonId {
    let input = PersonInput {
        first_name: first.into(),
        last_name: last.into(),
        ..Default::default()
    };
    create_person(db, input, Origin::ENTERED, now()).unwrap().id
}

fn tie_to(db: &mut Database, person: PersonId, org: OrganizationId, strength: u8) -> tie::Tie {
    tie::set(
        db,
        &TieInput {
            person_id: person,
            organization_id: org,
            role: TieRole::Member,
            title: None,
            strength,
            would_introduce: strength >= 4,
        },
        day("2026-05-30"),
        now(),
    )
    .unwrap()
}

fn count(db: &Database, table: &str) -> i64 {
    db.conn()
        .query_row(&format!("SELECT count(*) FROM {table}"), [], |r| r.get(0))
        .unwrap()
}

#[test]
fn the_ranking_sums_the_strength_of_ties_and_equal_organizations_share_a_rank() {
    let mut db = Database::open_in_memory().unwrap();
    let church = org(
        &mut db,
        "Iglesia San José",
        OrgKind::Congregation,
        Relationship::Ally,
    );
    let union = org(
        &mut db,
        "SEIU Local 32BJ",
        OrgKind::Union,
        Relationship::Partner,
    );
    let school = org(
        &mut db,
        "Lincoln Elementary PTA",
        OrgKind::School,
        Relationship::Unknown,
    );
    let league = org(
        &mut db,
        "Eastside Soccer League",
        OrgKind::CommunityGroup,
        Relationship::Friendly,
    );
    let (ana, ben, cy) = (
        person(&mut db, "Ana", "Reyes"),
        person(&mut db, "Ben", "Okafor"),
        person(&mut db, "Cy", "Tran"),
    );
    tie_to(&mut db, ana, church, 5);
    tie_to(&mut db, ben, church, 4);
    tie_to(&mut db, cy, union, 3);
    tie_to(&mut db, ana, union, 3);
    tie_to(&mut db, ben, school, 3);
    tie_to(&mut db, cy, school, 3);
    let ranked = ranking(db.conn()).unwrap();
    let line = |id| ranked.iter().find(|r| r.id == id).unwrap();
    assert_eq!(
        (
            line(church).rank,
            line(church).members,
            line(church).strength
        ),
        (1, 2, 9)
    );
    assert_eq!((line(union).rank, line(union).strength), (2, 6));
    assert_eq!(
        line(school).rank,
        2,
        "equal on strength and members: the same rank"
    );
    assert_eq!(
        (
            line(league).rank,
            line(league).members,
            line(league).strength
        ),
        (4, 0, 0)
    );
    assert_eq!(line(church).would_introduce, 2);
    assert_eq!(ranked.last().unwrap().id, league);
}

#[test]
fn a_tie_told_again_is_brought_up_to_date_not_repeated_and_bad_ties_change_nothing() {
    let mut db = Database::open_in_memory().unwrap();
    let church = org(
        &mut db,
        "Iglesia San José",
        OrgKind::Congregation,
        Relationship::Ally,
    );
    let ana = person(&mut db, "Ana", "Reyes");
    let first = tie_to(&mut db, ana, church, 2);
    let again = tie_to(&mut db, ana, church, 5);
    assert_eq!(first.id, again.id);
    assert_eq!(again.strength, 5);
    assert_eq!(count(&db, "tie"), 1);

    let mut input = TieInput {
        person_id: ana,
        organization_id: church,
        role: TieRole::Leader,
        title: Some("deacon".into()),
        strength: 6,
        would_introduce: true,
    };
    let err = tie::set(&mut db, &input, day("2026-05-30"), now()).unwrap_err();
    assert_eq!(err.key(), Some("strength"));
    assert_eq!(
        err.to_string(),
        "strength: a tie's strength is 1 to 5, not 6"
    );
    input.strength = 0;
    assert!(tie::set(&mut db, &input, day("2026-05-30"), now()).is_err());
    input.strength = 3;
    input.person_id = PersonId::new();
    let err = tie::set(&mut db, &input, day("2026-05-30"), now()).unwrap_err();
    assert_eq!(err.kind(), ErrorKind::NotFound);
    input.person_id = ana;
    input.organization_id = OrganizationId::new();
    let err = tie::set(&mut db, &input, day("2026-05-30"), now()).unwrap_err();
    assert!(matches!(err, CoreError::NotFound { .. }));
    assert_eq!(tie::for_person(db.conn(), ana).unwrap()[0].strength, 5);
}

#[test]
fn merging_two_records_of_a_person_keeps_one_tie_per_organization_the_stronger() {
    let mut db = Database::open_in_memory().unwrap();
    let church = org(
        &mut db,
        "Iglesia San José",
        OrgKind::Congregation,
        Relationship::Ally,
    );
    let union = org(
        &mut db,
        "SEIU Local 32BJ",
        OrgKind::Union,
        Relationship::Partner,
    );
    let keep = person(&mut db, "Ana", "Reyes");
    let other = person(&mut db, "Ana", "Reyes");
    tie_to(&mut db, keep, church, 2);
    tie_to(&mut db, other, church, 5);
    tie_to(&mut db, other, union, 3);
    contact_log::log(
        &mut db,
        church,
        &ContactInput {
            kind: ContactKind::Meeting,
            happened_on: "2026-05-20".into(),
            summary: "Met the pastor about the rent clinic".into(),
            their_people: Some("Pastor Díaz".into()),
            people: vec![other],
            next_step: None,
            next_step_due: None,
            logged_by: "Rosa".into(),
        },
        day("2026-06-01"),
        now(),
    )
    .unwrap();
    merge(
        &mut db,
        &MergeRequest {
            keep,
            merge: other,
            take_from_merged: Vec::new(),
            merged_by: "Rosa".into(),
        },
        now(),
    )
    .unwrap();
    let ties = tie::for_person(db.conn(), keep).unwrap();
    assert_eq!(ties.len(), 2);
    assert_eq!(
        ties.iter()
            .find(|t| t.organization_id == church)
            .unwrap()
            .strength,
        5
    );
    let log = contact_log::for_org(db.conn(), church).unwrap();
    assert_eq!(log[0].people[0].id, keep);
}

#[test]
fn quiet_partners_and_due_next_steps_are_what_needs_tending() {
    let mut db = Database::open_in_memory().unwrap();
    let union = org(
        &mut db,
        "SEIU Local 32BJ",
        OrgKind::Union,
        Relationship::Partner,
    );
    let church = org(
        &mut db,
        "Iglesia San José",
        OrgKind::Congregation,
        Relationship::Ally,
    );
    let never = org(
        &mut db,
        "Eastside Food Co-op",
        OrgKind::MutualAid,
        Relationship::Ally,
    );
    org(
        &mut db,
        "City Council District 3",
        OrgKind::ElectedOffice,
        Relationship::Neutral,
    );
    let log = |db: &mut Database, org, on: &str, step: Option<(&str, &str)>| {
        contact_log::log(
            db,
            org,
            &ContactInput {
                kind: ContactKind::Contact,
                happened_on: on.into(),
                summary: "Called".into(),
                their_people: None,
                people: Vec::new(),
                next_step: step.map(|s| s.0.into()),
                next_step_due: step.map(|s| s.1.into()),
                logged_by: "Rosa".into(),
            },
            day("2026-06-01"),
            now(),
        )
        .unwrap()
    };
    log(&mut db, union, "2026-03-01", None);
    let asked = log(
        &mut db,
        church,
        "2026-05-25",
        Some(("Send the flyer", "2026-05-29")),
    );
    log(
        &mut db,
        church,
        "2026-05-26",
        Some(("Visit in July", "2026-07-10")),
    );
    let tend = tending::to_tend(db.conn(), 6, day("2026-06-01")).unwrap();
    let quiet: Vec<_> = tend.quiet.iter().map(|q| q.organization_id).collect();
    assert_eq!(quiet, [never, union]);
    assert_eq!(tend.due.len(), 1);
    assert!(tend.due[0].overdue);
    contact_log::complete_next_step(&mut db, asked.id, day("2026-06-01"), now()).unwrap();
    assert!(tending::to_tend(db.conn(), 6, day("2026-06-01"))
        .unwrap()
        .due
        .is_empty());
}

#[test]
fn a_contact_in_the_future_or_without_a_summary_is_refused_and_nothing_is_logged() {
    let mut db = Database::open_in_memory().unwrap();
    let union = org(
        &mut db,
        "SEIU Local 32BJ",
        OrgKind::Union,
        Relationship::Partner,
    );
    let mut input = ContactInput {
        kind: ContactKind::Ask,
        happened_on: "2026-06-02".into(),
        summary: "Asked them to co-sponsor".into(),
        their_people: None,
        people: Vec::new(),
        next_step: None,
        next_step_due: None,
        logged_by: "Rosa".into(),
    };
    let err = contact_log::log(&mut db, union, &input, day("2026-06-01"), now()).unwrap_err();
    assert_eq!(err.key(), Some("happened_on"));
    input.happened_on = "2026-05-02".into();
    input.summary = "  ".into();
    let err = contact_log::log(&mut db, union, &input, day("2026-06-01"), now()).unwrap_err();
    assert_eq!(err.key(), Some("summary"));
    input.summary = "Asked".into();
    input.next_step_due = Some("2026-05-09".into());
    let err = contact_log::log(&mut db, union, &input, day("2026-06-01"), now()).unwrap_err();
    assert_eq!(err.key(), Some("next_step"));
    input.next_step_due = None;
    input.people = vec![PersonId::new()];
    let err = contact_log::log(&mut db, union, &input, day("2026-06-01"), now()).unwrap_err();
    assert_eq!(err.kind(), ErrorKind::NotFound);
    assert_eq!(count(&db, "organization_contact"), 0);
}

mod connections_forms {
    use super::*;
    use groundwork_core::connections::assessment;
    use groundwork_core::connections::response::{self, ConnectionsResponseInput, TieAnswer};
    use groundwork_core::needs::response::{Answer, AnswerValue};

    fn form(
        person: PersonId,
        number: Option<&str>,
        ties: Vec<TieAnswer>,
    ) -> ConnectionsResponseInput {
        ConnectionsResponseInput {
            form: number.map(str::to_owned),
            person_id: person,
            language: Some("es".into()),
            workplace: Some("Mill Hill Distribution Center".into()),
            industry: Some("Warehousing".into()),
            union_name: None,
            ties,
            answers: vec![Answer {
                question: "reach_out".into(),
                value: AnswerValue::YesNo(true),
            }],
            entered_by: "Rosa".into(),
        }
    }

    fn line(org: OrganizationId, strength: u8) -> TieAnswer {
        TieAnswer {
            organization_id: org,
            role: TieRole::Active,
            strength,
            would_introduce: true,
            title: None,
        }
    }

    #[test]
    fn a_paper_form_becomes_ties_once_and_a_second_entry_of_its_number_is_refused() {
        let mut db = Database::open_in_memory().unwrap();
        let church = org(
            &mut db,
            "Iglesia San José",
            OrgKind::Congregation,
            Relationship::Ally,
        );
        let union = org(
            &mut db,
            "SEIU Local 32BJ",
            OrgKind::Union,
            Relationship::Partner,
        );
        let ana = person(&mut db, "Ana", "Reyes");
        let ben = person(&mut db, "Ben", "Okafor");
        let found = assessment::get_or_make(&mut db, false, now()).unwrap();
        assessment::number_printed(&mut db, found.id, 1..=10, now()).unwrap();
        let number = format!("{}-0003", found.code);
        let entered = response::enter(
            &mut db,
            &form(ana, Some(&number), vec![line(church, 5), line(union, 2)]),
            day("2026-05-30"),
            false,
            now(),
        )
        .unwrap();
        assert_eq!(entered.form.as_deref(), Some(number.as_str()));
        assert_eq!(entered.ties, 2);
        let ranked = ranking(db.conn()).unwrap();
        assert_eq!(ranked[0].id, church);
        let workplace: String = db
            .conn()
            .query_row("SELECT workplace FROM person WHERE id = ?1", [ana], |r| {
                r.get(0)
            })
            .unwrap();
        assert_eq!(workplace, "Mill Hill Distribution Center");

        // The same number again, a number never printed, a bad strength: refused, nothing kept.
        let before = count(&db, "tie");
        let err = response::enter(
            &mut db,
            &form(ben, Some("3"), vec![line(church, 3)]),
            day("2026-05-30"),
            false,
            now(),
        )
        .unwrap_err();
        assert_eq!(err.key(), Some("form"));
        assert!(
            err.to_string().contains("was already entered by Rosa"),
            "{err}"
        );
        let err = response::enter(
            &mut db,
            &form(ben, Some("11"), vec![]),
            day("2026-05-30"),
            false,
            now(),
        )
        .unwrap_err();
        assert!(err.to_string().contains("never printed"), "{err}");
        let err = response::enter(
            &mut db,
            &form(ben, Some("4"), vec![line(church, 3), line(union, 9)]),
            day("2026-05-30"),
            false,
            now(),
        )
        .unwrap_err();
        assert_eq!(err.key(), Some("ties.1.strength"));
        let err = response::enter(
            &mut db,
            &form(ben, Some("4"), vec![line(church, 3), line(church, 4)]),
            day("2026-05-30"),
            false,
            now(),
        )
        .unwrap_err();
        assert_eq!(err.key(), Some("ties.1.organization_id"));
        assert_eq!(count(&db, "tie"), before);
        assert_eq!(count(&db, "connections_response"), 1);

        // On the laptop: no number. Taking a form back removes what it told.
        let laptop = response::enter(
            &mut db,
            &form(ben, None, vec![line(union, 4)]),
            day("2026-05-30"),
            false,
            now(),
        )
        .unwrap();
        assert_eq!(laptop.form, None);
        assert_eq!(response::recent(db.conn(), 10).unwrap().len(), 2);
        response::remove(&mut db, entered.id).unwrap();
        assert_eq!(tie::for_person(db.conn(), ana).unwrap().len(), 0);
        response::enter(
            &mut db,
            &form(ana, Some(&number), vec![line(church, 4)]),
            day("2026-05-30"),
            false,
            now(),
        )
        .unwrap();
    }
}

#[test]
fn the_same_organization_typed_twice_is_offered_as_a_pair_and_a_dismissed_pair_is_not() {
    use groundwork_core::orgs::duplicates::{find, not_the_same, OrgLikeness};
    let mut db = Database::open_in_memory().unwrap();
    let seiu = org(
        &mut db,
        "SEIU Local 32BJ",
        OrgKind::Union,
        Relationship::Ally,
    );
    let again = org(&mut db, "32BJ SEIU", OrgKind::Union, Relationship::Unknown);
    let church = org(
        &mut db,
        "Iglesia San José",
        OrgKind::Congregation,
        Relationship::Friendly,
    );
    let bigger = org(
        &mut db,
        "Iglesia Católica San José",
        OrgKind::Congregation,
        Relationship::Unknown,
    );
    org(&mut db, "Local 1199", OrgKind::Union, Relationship::Unknown);
    org(
        &mut db,
        "San Juan Tenants",
        OrgKind::TenantAssociation,
        Relationship::Unknown,
    );
    let ana = person(&mut db, "Ana", "Ruiz");
    tie_to(&mut db, ana, again, 3);

    let pairs = find(db.conn()).unwrap();
    assert_eq!(pairs.len(), 2, "{pairs:#?}");
    let union = pairs
        .iter()
        .find(|p| p.likeness == [OrgLikeness::SameWords])
        .unwrap();
    assert_eq!(
        (union.a.id, union.b.id),
        (again, seiu),
        "the record with ties first"
    );
    let parish = pairs
        .iter()
        .find(|p| p.likeness == [OrgLikeness::NameWithin])
        .unwrap();
    assert_eq!(
        (parish.a.id, parish.b.id),
        (church, bigger),
        "then the older"
    );

    let nobody = not_the_same(&mut db, church, bigger, " ", now()).unwrap_err();
    assert_eq!(nobody.key(), Some("decided_by"));
    not_the_same(&mut db, bigger, church, "Rosa", now()).unwrap();
    let left = find(db.conn()).unwrap();
    assert_eq!(left.len(), 1);
    assert_eq!(left[0].likeness, [OrgLikeness::SameWords]);
}

#[test]
fn a_merge_keeps_all_history_the_stronger_tie_and_an_undo_puts_both_back() {
    use groundwork_core::orgs::merge::{into, merge, undo};
    use groundwork_core::orgs::{detail, relationship};
    let mut db = Database::open_in_memory().unwrap();
    let kept = org(
        &mut db,
        "SEIU Local 32BJ",
        OrgKind::Union,
        Relationship::Ally,
    );
    let gone = org(&mut db, "32BJ SEIU", OrgKind::Union, Relationship::Unknown);
    let mut fields = OrgInput::named("32BJ SEIU", OrgKind::Union);
    fields.phone = Some("(212) 388-3800".into());
    fields.languages = vec!["Spanish".into()];
    groundwork_core::orgs::store::update(&mut db, gone, fields, now()).unwrap();
    relationship::change(
        &mut db,
        gone,
        Relationship::Partner,
        Some("joint action"),
        "Dee",
        now(),
    )
    .unwrap();
    let contact = ContactInput {
        kind: ContactKind::Meeting,
        happened_on: "2026-05-20".into(),
        summary: "Met the organizing director".into(),
        their_people: None,
        people: vec![],
        next_step: None,
        next_step_due: None,
        logged_by: "Dee".into(),
    };
    contact_log::log(&mut db, gone, &contact, day("2026-06-01"), now()).unwrap();
    let (ana, ben, cy) = (
        person(&mut db, "Ana", "Ruiz"),
        person(&mut db, "Ben", "Okafor"),
        person(&mut db, "Cy", "Tran"),
    );
    tie_to(&mut db, ana, kept, 2);
    tie_to(&mut db, ana, gone, 5);
    tie_to(&mut db, ben, gone, 3);
    tie_to(&mut db, cy, kept, 4);
    let before = detail::load(db.conn(), kept).unwrap();
    let gone_before = detail::load(db.conn(), gone).unwrap();

    let refused = merge(&mut db, kept, gone, " ", now()).unwrap_err();
    assert_eq!(refused.key(), Some("merged_by"));
    assert!(merge(&mut db, kept, kept, "Rosa", now()).is_err());

    let merged = merge(&mut db, kept, gone, "Rosa", now()).unwrap();
    assert_eq!(merged.fields.name, "SEIU Local 32BJ");
    assert_eq!(
        merged.fields.phone.as_deref(),
        Some("(212) 388-3800"),
        "blanks filled"
    );
    assert_eq!(merged.fields.languages, ["Spanish"]);
    let after = detail::load(db.conn(), kept).unwrap();
    assert_eq!(after.history.len(), 3, "both histories");
    assert_eq!(after.contacts.len(), 1);
    let strengths: Vec<(PersonId, u8)> = after
        .ties
        .iter()
        .map(|t| (t.person_id, t.strength))
        .collect();
    assert_eq!(after.ties.len(), 3, "one tie per member: {strengths:?}");
    assert!(strengths.contains(&(ana, 5)), "the stronger tie stays");
    assert!(
        ranking(db.conn()).unwrap().iter().all(|r| r.id != gone),
        "hidden everywhere"
    );
    let merges = into(db.conn(), kept).unwrap();
    assert_eq!(merges.len(), 1);
    assert_eq!(merges[0].merged_name, "32BJ SEIU");

    let back = undo(&mut db, merges[0].id, now()).unwrap();
    assert_eq!(back.id, gone);
    let kept_again = detail::load(db.conn(), kept).unwrap();
    let gone_again = detail::load(db.conn(), gone).unwrap();
    let shape = |d: &detail::OrgDetail| {
        let mut ties: Vec<(PersonId, u8)> =
            d.ties.iter().map(|t| (t.person_id, t.strength)).collect();
        ties.sort();
        (
            d.organization.fields.clone(),
            d.history.len(),
            d.contacts.len(),
            ties,
        )
    };
    assert_eq!(shape(&kept_again), shape(&before));
    assert_eq!(shape(&gone_again), shape(&gone_before));
    assert!(ranking(db.conn()).unwrap().iter().any(|r| r.id == gone));
    let twice = undo(&mut db, merges[0].id, now()).unwrap_err();
    assert_eq!(twice.kind(), ErrorKind::Conflict);
}
