//! Area needs assessment: forms numbered and entered once each, bad input refused with where
//! and why, consent honoured, and the ranking moving with the answers.

use chrono::Utc;
use groundwork_core::db::Database;
use groundwork_core::needs::assessment::{self, AreaKind, AssessmentInput, Method};
use groundwork_core::needs::ranking::{self, Breakdown};
use groundwork_core::needs::response::{self, Answer, AnswerValue, ResponseInput};
use groundwork_core::people::search::search;
use groundwork_core::people::PeopleQuery;
use groundwork_core::ErrorKind;

fn input(name: &str) -> AssessmentInput {
    AssessmentInput {
        name: name.into(),
        area_kind: AreaKind::Neighbourhoods,
        areas: vec!["Eastside".into(), "Riverbend".into()],
        starts_on: Some("2026-09-01".parse().unwrap()),
        ends_on: Some("2026-11-30".parse().unwrap()),
        methods: vec![Method::DoorToDoor, Method::Tabling],
        languages: vec!["en".into(), "es".into()],
    }
}

fn scale(question: &str, n: u8) -> Answer {
    Answer {
        question: question.into(),
        value: AnswerValue::Scale(n),
    }
}

fn top(keys: &[&str]) -> Answer {
    Answer {
        question: "top_three".into(),
        value: AnswerValue::Choices(keys.iter().map(|k| (*k).to_owned()).collect()),
    }
}

fn form(number: &str, answers: Vec<Answer>) -> ResponseInput {
    ResponseInput {
        form: number.into(),
        area: Some("Eastside".into()),
        language: Some("es".into()),
        answers,
        entered_by: "Marisol".into(),
        ..Default::default()
    }
}

fn setup() -> (Database, assessment::Assessment) {
    let mut db = Database::open_in_memory().unwrap();
    let a = assessment::create(&mut db, &input("Eastside 2026"), false, Utc::now()).unwrap();
    assert_eq!(
        assessment::number_forms(&mut db, a.id, 50, Utc::now()).unwrap(),
        (1, 50)
    );
    let a = assessment::get(db.conn(), a.id).unwrap();
    (db, a)
}

#[test]
fn forms_are_numbered_in_batches_that_never_overlap() {
    let (mut db, a) = setup();
    assert_eq!(a.forms_printed, 50);
    assert_eq!(a.code.len(), 4);
    assert_eq!(
        assessment::number_forms(&mut db, a.id, 10, Utc::now()).unwrap(),
        (51, 60)
    );
    let err = assessment::number_forms(&mut db, a.id, 0, Utc::now()).unwrap_err();
    assert!(err.to_string().contains("between 1 and 5,000"), "{err}");
    assert_eq!(assessment::list(db.conn()).unwrap()[0].forms_printed, 60);
}

#[test]
fn two_batches_printed_at_once_never_both_take_the_same_numbers() {
    let (mut db, a) = setup();
    // Two windows (or a window and the command line) both printed forms 51 to 60.
    assessment::number_printed(&mut db, a.id, 51..=60, Utc::now()).unwrap();
    let err = assessment::number_printed(&mut db, a.id, 51..=60, Utc::now()).unwrap_err();
    assert!(err.to_string().contains("print it again"), "{err}");
    assert_eq!(err.kind(), ErrorKind::Conflict);
    assert_eq!(assessment::get(db.conn(), a.id).unwrap().forms_printed, 60);
    assessment::number_printed(&mut db, a.id, 61..=70, Utc::now()).unwrap();
    assert_eq!(assessment::get(db.conn(), a.id).unwrap().forms_printed, 70);
}

#[test]
fn entering_forms_moves_the_ranking() {
    let (mut db, a) = setup();
    let first = response::enter(
        &mut db,
        a.id,
        &form(
            &format!("{}-0001", a.code),
            vec![scale("housing_hard", 5), top(&["housing", "food"])],
        ),
        Utc::now(),
    )
    .unwrap();
    assert_eq!(first.form, format!("{}-0001", a.code));
    let r = ranking::overall(db.conn(), a.id, "en").unwrap();
    assert_eq!(r.responses, 1);
    assert_eq!(r.needs[0].key, "housing");
    assert_eq!(r.needs[0].mean_severity, Some(5.0));
    assert_eq!(r.needs[1].key, "food");

    // Two more forms, typed short, name food and rate it very hard: food now leads.
    for n in ["2", "3"] {
        response::enter(
            &mut db,
            a.id,
            &form(n, vec![scale("food_hard", 5), top(&["food"])]),
            Utc::now(),
        )
        .unwrap();
    }
    let r = ranking::overall(db.conn(), a.id, "es").unwrap();
    assert_eq!(r.responses, 3);
    assert_eq!(r.needs[0].key, "food");
    assert_eq!(r.needs[0].respondents, 3);
    assert!((r.needs[0].share - 1.0).abs() < 1e-9);
    assert_eq!(r.needs[0].distribution, [0, 0, 0, 0, 2]);
    assert_eq!(r.needs[1].key, "housing");
    assert!((r.needs[1].share - 1.0 / 3.0).abs() < 1e-9);
    assert_eq!(r.needs[0].title, "Alimentación");

    let by_area = ranking::by(db.conn(), a.id, "en", Breakdown::Area).unwrap();
    assert_eq!(by_area.len(), 1);
    assert_eq!(by_area[0].group, "Eastside");
    assert_eq!(by_area[0].ranking.responses, 3);
}

#[test]
fn bad_forms_are_refused_with_what_and_where_and_nothing_is_kept() {
    let (mut db, a) = setup();
    let other = assessment::create(&mut db, &input("Westside 2026"), false, Utc::now()).unwrap();
    response::enter(
        &mut db,
        a.id,
        &form("7", vec![scale("housing_hard", 3)]),
        Utc::now(),
    )
    .unwrap();

    let refused = |db: &mut Database, input: ResponseInput| {
        response::enter(db, a.id, &input, Utc::now())
            .unwrap_err()
            .to_string()
    };
    let err = refused(&mut db, form("7", vec![]));
    assert!(
        err.contains(&format!(
            "form {}-0007 was already entered by Marisol",
            a.code
        )),
        "{err}"
    );
    let err = refused(&mut db, form(&format!("{}-0008", other.code), vec![]));
    assert!(
        err.contains("belongs to the assessment 'Westside 2026', not 'Eastside 2026'"),
        "{err}"
    );
    let err = refused(&mut db, form("51", vec![]));
    assert!(
        err.contains("never printed for this assessment (forms 1 to 50 were printed)"),
        "{err}"
    );
    let err = refused(&mut db, form("8", vec![scale("housing_hard", 7)]));
    assert!(
        err.contains("housing_hard") && err.contains("7 is not on the 1 to 5 scale"),
        "{err}"
    );
    let err = refused(
        &mut db,
        form("8", vec![top(&["housing", "food", "health", "work"])]),
    );
    assert!(err.contains("pick at most three"), "{err}");
    let err = refused(&mut db, form("8", vec![top(&["parking"])]));
    assert!(err.contains("'parking' is not one of its choices"), "{err}");
    let mut no_consent = form("8", vec![]);
    no_consent.contact_phone = Some("312-555-0190".into());
    let err = refused(&mut db, no_consent);
    assert!(err.contains("no consent"), "{err}");
    let mut wrong_area = form("8", vec![]);
    wrong_area.area = Some("Uptown".into());
    let err = refused(&mut db, wrong_area);
    assert!(
        err.contains("'Uptown' is not one of this assessment's areas"),
        "{err}"
    );

    let r = ranking::overall(db.conn(), a.id, "en").unwrap();
    assert_eq!(r.responses, 1);
    assert_eq!(assessment::get(db.conn(), a.id).unwrap().responses, 1);
}

#[test]
fn a_respondent_who_asks_to_be_contacted_becomes_a_person_with_their_needs() {
    let (mut db, a) = setup();
    let mut filled = form(
        "12",
        vec![top(&["utilities", "food"]), scale("utilities_hard", 5)],
    );
    filled.consent = true;
    filled.wants_contact = true;
    filled.contact_name = Some("Dolores Huerta-Ramos".into());
    filled.contact_phone = Some("(312) 555-0177".into());
    let entered = response::enter(&mut db, a.id, &filled, Utc::now()).unwrap();
    let person = entered.person.expect("a person");
    let found = search(
        db.conn(),
        &PeopleQuery {
            text: "5550177".into(),
            ..Default::default()
        },
    )
    .unwrap();
    assert_eq!(found.people.len(), 1);
    assert_eq!(found.people[0].id, person);
    let detail = groundwork_core::people::store::get(db.conn(), person).unwrap();
    assert_eq!(detail.fields.first_name, "Dolores");
    assert_eq!(detail.source, "needs assessment: Eastside 2026");
    assert!(
        detail
            .fields
            .tags
            .iter()
            .any(|t| t == "need: utilities and shut-offs" || t.starts_with("need: utilities")),
        "{:?}",
        detail.fields.tags
    );

    // The same phone on a later form leads to the same person, not a second record.
    let mut again = form("13", vec![]);
    again.consent = true;
    again.wants_contact = true;
    again.contact_phone = Some("312.555.0177".into());
    let entered = response::enter(&mut db, a.id, &again, Utc::now()).unwrap();
    assert_eq!(entered.person, Some(person));

    // Without consent, answers are kept and nothing personal.
    let entered = response::enter(
        &mut db,
        a.id,
        &form("14", vec![scale("food_hard", 2)]),
        Utc::now(),
    )
    .unwrap();
    assert_eq!(entered.person, None);
}

#[test]
fn merging_a_respondent_into_another_record_keeps_their_forms() {
    use groundwork_core::people::merge::{self, MergeRequest};
    use groundwork_core::people::model::PersonInput;
    use groundwork_core::people::store::{create, Origin};

    let (mut db, a) = setup();
    let mut filled = form("12", vec![top(&["utilities", "food"])]);
    filled.consent = true;
    filled.wants_contact = true;
    filled.contact_name = Some("Dolores Huerta".into());
    filled.contact_phone = Some("(312) 555-0177".into());
    let respondent = response::enter(&mut db, a.id, &filled, Utc::now())
        .unwrap()
        .person
        .unwrap();
    let known = create(
        &mut db,
        PersonInput {
            first_name: "Dolores".into(),
            last_name: "Huerta".into(),
            ..Default::default()
        },
        Origin::ENTERED,
        Utc::now(),
    )
    .unwrap()
    .id;
    merge::merge(
        &mut db,
        &MergeRequest {
            keep: known,
            merge: respondent,
            take_from_merged: vec![],
            merged_by: "Marisol".into(),
        },
        Utc::now(),
    )
    .unwrap();
    let owner: Option<String> = db
        .conn()
        .query_row(
            "SELECT person_id FROM needs_response WHERE serial = 12",
            [],
            |r| r.get(0),
        )
        .unwrap();
    assert_eq!(
        owner,
        Some(known.to_string()),
        "the form follows the person"
    );
}

#[test]
fn a_form_taken_back_can_be_entered_again_and_follow_ups_leave_the_list() {
    use groundwork_core::needs::entered;
    let (mut db, a) = setup();
    let first = response::enter(
        &mut db,
        a.id,
        &form("5", vec![scale("food_hard", 4)]),
        Utc::now(),
    )
    .unwrap();
    let recent = entered::recent(db.conn(), a.id, 10).unwrap();
    assert_eq!(recent.len(), 1);
    assert_eq!(recent[0].form, format!("{}-0005", a.code));
    assert_eq!(recent[0].answers, 1);
    entered::remove(&mut db, first.id).unwrap();
    assert!(entered::recent(db.conn(), a.id, 10).unwrap().is_empty());
    response::enter(
        &mut db,
        a.id,
        &form("5", vec![scale("food_hard", 2)]),
        Utc::now(),
    )
    .unwrap();

    let mut asks = form("6", vec![top(&["housing", "care"])]);
    asks.consent = true;
    asks.wants_contact = true;
    asks.contact_name = Some("Ifeoma Okafor".into());
    asks.contact_email = Some("ifeoma@example.org".into());
    let entered_form = response::enter(&mut db, a.id, &asks, Utc::now()).unwrap();
    let due = entered::follow_ups(db.conn(), a.id).unwrap();
    assert_eq!(due.len(), 1);
    assert_eq!(due[0].person.display_name, "Ifeoma Okafor");
    assert_eq!(due[0].needs, ["care", "housing"]);
    entered::mark_followed_up(&mut db, entered_form.id, Utc::now()).unwrap();
    assert!(entered::follow_ups(db.conn(), a.id).unwrap().is_empty());
}

#[test]
fn programs_are_scored_ranked_shortlisted_and_become_projects() {
    use groundwork_core::needs::programs::{self, CandidateInput, ProgramInput, Scores};
    let (mut db, a) = setup();
    for n in 1..=4 {
        let answers = vec![scale("housing_hard", 5), top(&["housing"])];
        response::enter(&mut db, a.id, &form(&n.to_string(), answers), Utc::now()).unwrap();
    }
    let list = programs::candidates(db.conn(), a.id).unwrap();
    assert_eq!(list.len(), 8, "the built-in catalogue");
    let tenants = list
        .iter()
        .find(|c| c.program.name == "Tenant union")
        .unwrap();
    assert_eq!(tenants.suggested.widely_felt, Some(5));
    assert_eq!(tenants.suggested.deeply_felt, Some(5));
    assert_eq!(
        list[0].program.name, "Tenant union",
        "the felt need leads before any scoring"
    );

    // Organizers score the wage-theft clinic high on everything and shortlist it.
    let clinic = list
        .iter()
        .find(|c| c.program.name == "Wage-theft clinic")
        .unwrap();
    let all = |n| Scores {
        widely_felt: Some(n),
        deeply_felt: Some(n),
        winnable: Some(n),
        builds_base: Some(n),
        resources: Some(n),
        partners: Some(n),
    };
    let input = CandidateInput {
        program_id: clinic.program.id.clone(),
        scores: all(5),
        notes: Some("The carpenters' local will help".into()),
        shortlisted: true,
    };
    programs::score(&mut db, a.id, &input, Utc::now()).unwrap();
    let list = programs::candidates(db.conn(), a.id).unwrap();
    assert_eq!(list[0].program.name, "Wage-theft clinic");
    assert_eq!((list[0].total, list[0].unscored), (30, 0));
    assert!(list[0].shortlisted);

    let err = programs::score(
        &mut db,
        a.id,
        &CandidateInput {
            scores: all(6),
            ..input.clone()
        },
        Utc::now(),
    )
    .unwrap_err()
    .to_string();
    assert!(err.contains("6 is not between 1 and 5"), "{err}");

    let tenant_id = list
        .iter()
        .find(|c| c.program.name == "Tenant union")
        .unwrap()
        .program
        .id
        .clone();
    let err = programs::make_project(
        &mut db,
        a.id,
        &tenant_id,
        "Eastside tenants",
        false,
        Utc::now(),
    )
    .unwrap_err()
    .to_string();
    assert!(err.contains("shortlist 'Tenant union' before"), "{err}");
    let project = programs::make_project(
        &mut db,
        a.id,
        &clinic.program.id,
        "Wage-theft clinic at St. Pius",
        false,
        Utc::now(),
    )
    .unwrap();
    assert_eq!(project.needs, ["work"]);
    let again = programs::make_project(
        &mut db,
        a.id,
        &clinic.program.id,
        "Again",
        false,
        Utc::now(),
    );
    let again = again.unwrap_err();
    assert!(again.to_string().contains("already a project"), "{again}");
    assert_eq!(again.kind(), ErrorKind::Conflict);

    let own = programs::add_program(
        &mut db,
        &ProgramInput {
            name: "Bus-pass exchange".into(),
            description: String::new(),
            needs: vec!["transport".into()],
        },
        Utc::now(),
    )
    .unwrap();
    assert!(!own.is_builtin);
    assert_eq!(programs::candidates(db.conn(), a.id).unwrap().len(), 9);
    let err = programs::add_program(
        &mut db,
        &ProgramInput {
            name: "tenant UNION".into(),
            description: String::new(),
            needs: vec!["housing".into()],
        },
        Utc::now(),
    )
    .unwrap_err()
    .to_string();
    assert!(err.contains("already has"), "{err}");
}
