//! Invented training for the sample chapter: sessions on built-in modules with sign-ins from
//! the sample people (some have learned two modules, so the ladder has a suggestion to make),
//! and one module of the chapter's own, copied from a built-in and changed.

use chrono::{DateTime, Duration, Utc};

use crate::db::Database;
use crate::people::search::search;
use crate::people::PeopleQuery;
use crate::settings::Lang;
use crate::training::store::{self, LangText, NewModule};
use crate::training::{builtin, sessions};
use crate::Result;

/// (built-in module, days ago, the first sample person to come, how many came)
const SESSIONS: &[(&str, i64, usize, usize)] = &[
    ("one-on-ones", 42, 0, 12),
    ("power-mapping", 20, 6, 9),
    ("canvassing", 3, 10, 7),
];

pub fn add(db: &mut Database, zone: chrono_tz::Tz, now: DateTime<Utc>) -> Result<()> {
    let people = search(
        db.conn(),
        &PeopleQuery {
            limit: Some(100),
            ..Default::default()
        },
    )?
    .people;
    let today = now.with_timezone(&zone).date_naive();
    for (index, (key, days_ago, first, came)) in SESSIONS.iter().enumerate() {
        let Some(module) = builtin::by_key(key) else {
            continue;
        };
        let title = format!("{} (sample)", module.text(Lang::En).title);
        let mut meeting = sessions::meeting_on(&title, today - Duration::days(*days_ago));
        meeting.place =
            Some(["Cermak library, room B", "St. Pius church basement"][index % 2].into());
        meeting.childcare = true;
        meeting.interpretation = vec!["Spanish".into()];
        meeting.food = true;
        meeting.step_free = true;
        let session = sessions::create(
            db,
            module.id(),
            &meeting,
            Some(["Rosa Martínez", "Tom Okafor, Ana Reyes"][index % 2].into()),
            zone,
            true,
            now,
        )?;
        for person in people.iter().skip(*first).take(*came) {
            sessions::attend(db, session, person.id, now)?;
        }
        if index == 0 {
            sessions::save_feedback(
                db,
                session,
                &sessions::Feedback {
                    trainers: Some("Rosa Martínez".into()),
                    worked: Some("Practising in threes, with one person watching.".into()),
                    to_change: Some("Leave more time for the ask; people rushed it.".into()),
                },
                now,
            )?;
        }
    }
    own_module(db, now)
}

/// The chapter's own version of the one-on-ones handout, for the buildings it organizes.
fn own_module(db: &mut Database, now: DateTime<Utc>) -> Result<()> {
    let Some(one_on_ones) = builtin::by_key("one-on-ones") else {
        return Ok(());
    };
    let texts: Vec<LangText> = Lang::ALL
        .iter()
        .map(|lang| {
            let mut text = one_on_ones.text(*lang);
            let (title, extra) = match lang {
                Lang::En => (
                    "One-on-ones in the Larch Street buildings (sample)",
                    "## In our buildings\n\nStart with the repairs: ask how long the heat has been out, and who else on the floor has the same problem.\n\n- [ ] Ask about the repairs\n- [ ] Ask who else on the floor to talk to\n\nWho else to visit: ___\n",
                ),
                Lang::Es => (
                    "Conversaciones uno a uno en los edificios de Larch Street (muestra)",
                    "## En nuestros edificios\n\nEmpiecen por las reparaciones: pregunten desde cuándo no hay calefacción y quién más en el piso tiene el mismo problema.\n\n- [ ] Preguntar por las reparaciones\n- [ ] Preguntar con quién más del piso hablar\n\nA quién más visitar: ___\n",
                ),
            };
            text.title = title.into();
            text.handout = format!("{}\n\n{extra}", text.handout);
            LangText { lang: *lang, text }
        })
        .collect();
    store::create(
        db,
        NewModule {
            texts: &texts,
            copied_from: Some(one_on_ones.key.into()),
            shared_hash: None,
            is_sample: true,
        },
        now,
    )?;
    Ok(())
}
