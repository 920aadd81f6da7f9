//! The training toolkit on a real database: the library, a chapter's own modules, sessions
//! held as meetings, and who has learned what.

use chrono::{DateTime, Utc};

use super::module_file::ModuleText;
use super::sessions::{self, Feedback};
use super::store::{self, LangText, NewModule};
use super::{builtin, skills};
use crate::db::Database;
use crate::ids::{ModuleId, PersonId};
use crate::people::ladder::{set_level, LevelChange};
use crate::people::model::{Origin, PersonInput, PhoneInput};
use crate::people::store::create as create_person;
use crate::settings::Lang;
use crate::CoreError;

fn now() -> DateTime<Utc> {
    "2026-12-07T18:00:00Z".parse().unwrap()
}

const ZONE: chrono_tz::Tz = chrono_tz::America::Chicago;

fn person(
    db: &mut Database,
    first: &str,
    level: &str,
    f: impl FnOnce(&mut PersonInput),
) -> PersonId {
    let mut input = PersonInput {
        first_name: first.into(),
        last_name: "Reyes".into(),
        phones: vec![PhoneInput {
            number: "(312) 555-0142".into(),
            label: None,
        }],
        ..Default::default()
    };
    f(&mut input);
    let origin = Origin {
        source: "test",
        is_sample: false,
    };
    let id = create_person(db, input, origin, now()).unwrap().id;
    if level != "contact" {
        set_level(
            db,
            &LevelChange {
                person: id,
                to_level: level,
                changed_by: "Rosa",
                reason: None,
            },
            now(),
        )
        .unwrap();
    }
    id
}

fn one_on_ones() -> ModuleId {
    builtin::by_key("one-on-ones").unwrap().id()
}

fn session(db: &mut Database, module: ModuleId, day: &str) -> crate::ids::MeetingId {
    let title = store::get(db.conn(), module)
        .unwrap()
        .title_in(&[Lang::En])
        .to_owned();
    sessions::create(
        db,
        module,
        &sessions::meeting_on(&title, day.parse().unwrap()),
        Some("Rosa".into()),
        ZONE,
        false,
        now(),
    )
    .unwrap()
}

#[test]
fn the_library_lists_every_built_in_in_both_languages_and_keeps_them_as_they_are() {
    let mut db = Database::open_in_memory().unwrap();
    let listed = store::list(db.conn(), &[Lang::Es]).unwrap();
    assert_eq!(listed.len(), builtin::ALL.len());
    assert!(listed
        .iter()
        .all(|m| m.built_in && m.languages == vec![Lang::En, Lang::Es]));
    let module = store::get(db.conn(), one_on_ones()).unwrap();
    assert_eq!(listed[1].title, module.text(Lang::Es).title);

    let refused = store::save(
        &mut db,
        one_on_ones(),
        Lang::En,
        &module.texts[0].text,
        now(),
    );
    assert!(
        matches!(refused, Err(CoreError::Conflict { .. })),
        "{refused:?}"
    );
    assert!(store::delete(&mut db, one_on_ones()).is_err());
}

#[test]
fn a_copy_is_the_chapters_own_to_change_and_the_built_in_stays() {
    let mut db = Database::open_in_memory().unwrap();
    let copy = store::copy(&mut db, one_on_ones(), now()).unwrap();
    let mut text = store::get(db.conn(), copy).unwrap().text(Lang::En).clone();
    text.title = "One-on-ones on the Eastside".into();
    text.handout.push_str("\n\nAsk about the buildings.");
    let saved = store::save(&mut db, copy, Lang::En, &text, now()).unwrap();
    assert_eq!(saved.copied_from.as_deref(), Some("one-on-ones"));
    assert!(saved
        .text(Lang::En)
        .handout
        .ends_with("Ask about the buildings."));
    let built_in = store::get(db.conn(), one_on_ones()).unwrap();
    assert!(!built_in
        .text(Lang::En)
        .handout
        .contains("Ask about the buildings."));

    // A title is needed, and a refusal changes nothing.
    let untitled = ModuleText {
        title: "  ".into(),
        ..text.clone()
    };
    let refused = store::save(&mut db, copy, Lang::En, &untitled, now()).unwrap_err();
    assert!(refused.to_string().contains("title"), "{refused}");
    assert_eq!(
        store::get(db.conn(), copy).unwrap().text(Lang::En).title,
        "One-on-ones on the Eastside"
    );

    let listed = store::list(db.conn(), &[Lang::En]).unwrap();
    assert_eq!(listed.last().unwrap().title, "One-on-ones on the Eastside");
}

#[test]
fn a_session_is_a_meeting_and_who_came_has_learned_the_module() {
    let mut db = Database::open_in_memory().unwrap();
    let ana = person(&mut db, "Ana", "volunteer", |_| {});
    let luis = person(&mut db, "Luis", "participant", |_| {});
    let dee = person(&mut db, "Dee", "attendee", |p| {
        p.do_not_call = true;
        p.do_not_text = true;
    });
    let tom = person(&mut db, "Tom", "leader", |p| p.do_not_call = true);
    assert_ne!(tom, ana);
    let _never = person(&mut db, "Quiet", "contact", |_| {});

    let first = session(&mut db, one_on_ones(), "2026-11-14");
    sessions::attend(&mut db, first, ana, now()).unwrap();
    sessions::attend(&mut db, first, ana, now()).unwrap();
    let later = session(&mut db, one_on_ones(), "2026-12-05");
    sessions::attend(&mut db, later, ana, now()).unwrap();
    sessions::attend(&mut db, later, luis, now()).unwrap();

    let skills = skills::of_person(db.conn(), ana, ZONE, &[Lang::En]).unwrap();
    assert_eq!(skills.len(), 1);
    assert_eq!(skills[0].module, one_on_ones());
    assert_eq!(skills[0].learned_on, "2026-11-14");
    assert_eq!(skills[0].sessions, 2);

    // The session is a meeting: it has the module's title, its day, and its sign-ins.
    let s = sessions::get(db.conn(), later, ZONE, &[Lang::En]).unwrap();
    assert_eq!(s.meeting.starts_at, "2026-12-05T18:00");
    assert_eq!(s.meeting.attended, 2);
    assert_eq!(s.trainers.as_deref(), Some("Rosa"));
    sessions::save_feedback(
        &mut db,
        later,
        &Feedback {
            trainers: Some("Rosa, Tom".into()),
            worked: Some("The role play in threes".into()),
            to_change: Some(" ".into()),
        },
        now(),
    )
    .unwrap();
    let s = sessions::get(db.conn(), later, ZONE, &[Lang::En]).unwrap();
    assert_eq!(s.worked.as_deref(), Some("The role play in threes"));
    assert_eq!(s.to_change, None);
    assert_eq!(
        sessions::list(db.conn(), Some(one_on_ones()), ZONE, &[Lang::En])
            .unwrap()
            .len(),
        2
    );

    // Who still needs it: those who have come to the chapter, furthest up first; Dee asked
    // for no calls and no texts and is left off; Tom may be texted only.
    let needs = skills::who_needs(db.conn(), one_on_ones()).unwrap();
    let names: Vec<_> = needs.invite.iter().map(|i| i.name.as_str()).collect();
    assert_eq!(names, vec!["Tom Reyes"]);
    assert!(needs.invite[0].text_only);
    assert_eq!(needs.left_out, 1);
    assert!(!needs.invite.iter().any(|i| i.person_id == dee));
    let learners = skills::learners(db.conn(), one_on_ones(), ZONE).unwrap();
    assert_eq!(learners.len(), 2);

    // A module sessions were held on stays.
    let copy = store::copy(&mut db, one_on_ones(), now()).unwrap();
    let held = session(&mut db, copy, "2026-12-06");
    let refused = store::delete(&mut db, copy).unwrap_err();
    assert!(
        refused.to_string().contains("1 training session"),
        "{refused}"
    );
    // Only a session's own attendance goes through `attend`.
    let plain = crate::meetings::store::create(
        &mut db,
        &sessions::meeting_on("Chapter meeting", "2026-12-06".parse().unwrap()),
        ZONE,
        false,
        now(),
    )
    .unwrap();
    assert!(sessions::attend(&mut db, plain, ana, now()).is_err());
    let _ = held;
}

#[test]
fn two_modules_learned_suggest_the_next_step_and_an_organizer_decides() {
    let mut db = Database::open_in_memory().unwrap();
    let ana = person(&mut db, "Ana", "volunteer", |_| {});
    let power = builtin::by_key("power-mapping").unwrap().id();
    let first = session(&mut db, one_on_ones(), "2026-11-14");
    sessions::attend(&mut db, first, ana, now()).unwrap();
    let none = crate::people::detail::load(db.conn(), ana, now(), ZONE).unwrap();
    assert!(none.suggestion.is_none());
    let second = session(&mut db, power, "2026-11-21");
    sessions::attend(&mut db, second, ana, now()).unwrap();
    let detail = crate::people::detail::load(db.conn(), ana, now(), ZONE).unwrap();
    let suggested = detail.suggestion.expect("a suggestion");
    assert_eq!(suggested.to_level, "leader");
    assert_eq!(
        suggested.evidence.id.as_deref(),
        Some("ladder-evidence-trained")
    );
}

#[test]
fn a_module_of_the_chapters_own_needs_words_in_one_language_at_least() {
    let mut db = Database::open_in_memory().unwrap();
    let refused = store::create(
        &mut db,
        NewModule {
            texts: &[],
            copied_from: None,
            shared_hash: None,
            is_sample: false,
        },
        now(),
    );
    assert!(refused.is_err());
    let id = store::create(
        &mut db,
        NewModule {
            texts: &[LangText {
                lang: Lang::Es,
                text: ModuleText {
                    title: "Nuestra asamblea".into(),
                    handout: "Nombre: ___".into(),
                    ..ModuleText::default()
                },
            }],
            copied_from: None,
            shared_hash: None,
            is_sample: false,
        },
        now(),
    )
    .unwrap();
    let module = store::get(db.conn(), id).unwrap();
    // Asked for in English, it reads in the language it has.
    assert_eq!(module.title_in(&[Lang::En]), "Nuestra asamblea");
    store::delete(&mut db, id).unwrap();
    assert!(store::get(db.conn(), id).is_err());
}
