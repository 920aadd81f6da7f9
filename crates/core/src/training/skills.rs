//! Who has learned what: a person's skills (the modules of the sessions they came to, from the
//! first day they learned each), a module's learners, and the people who still need it, to
//! invite in a way that honours how each asked to be reached. Being trained is also evidence
//! for a move up the ladder, which the app suggests and an organizer decides.

use chrono_tz::Tz;
use rusqlite::{params, Connection};
use serde::Serialize;
use ts_rs::TS;

use super::store;
use crate::ids::{ModuleId, PersonId};
use crate::meetings::time::utc_text_to_local;
use crate::people::ladder::LadderSuggestion;
use crate::people::model::display_name;
use crate::settings::Lang;
use crate::{msg, Result};

/// Trained in this many modules, someone who takes part may be ready for the next step.
pub const TRAINED_FOR_NEXT_STEP: u32 = 2;

/// A module someone learned at the chapter's sessions.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct Skill {
    pub module: ModuleId,
    pub title: String,
    /// The local day of the first session they came to on it, "YYYY-MM-DD".
    pub learned_on: String,
    pub sessions: u32,
}

fn day_of(utc: &str, zone: Tz) -> String {
    utc_text_to_local(utc, zone).chars().take(10).collect()
}

/// Everything `person` has learned, in the order they learned it.
pub fn of_person(
    conn: &Connection,
    person: PersonId,
    zone: Tz,
    langs: &[Lang],
) -> Result<Vec<Skill>> {
    let rows: Vec<(ModuleId, String, u32)> = conn
        .prepare_cached(
            "SELECT s.module_id, min(m.starts_at), count(*)
             FROM attendance a
             JOIN training_session s ON s.meeting_id = a.meeting_id
             JOIN meeting m ON m.id = s.meeting_id
             WHERE a.person_id = ?1
             GROUP BY s.module_id ORDER BY min(m.starts_at)",
        )?
        .query_map(params![person], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))?
        .collect::<rusqlite::Result<_>>()?;
    rows.into_iter()
        .map(|(module, first, sessions)| {
            Ok(Skill {
                module,
                title: store::get(conn, module)?.title_in(langs).to_owned(),
                learned_on: day_of(&first, zone),
                sessions,
            })
        })
        .collect()
}

/// Someone who learned a module.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct Learner {
    pub person_id: PersonId,
    pub name: String,
    pub learned_on: String,
}

pub fn learners(conn: &Connection, module: ModuleId, zone: Tz) -> Result<Vec<Learner>> {
    store::get(conn, module)?;
    let rows: Vec<(PersonId, Option<String>, String, String, String)> = conn
        .prepare_cached(
            "SELECT p.id, p.preferred_name, p.first_name, p.last_name, min(m.starts_at)
             FROM attendance a
             JOIN training_session s ON s.meeting_id = a.meeting_id
             JOIN meeting m ON m.id = s.meeting_id
             JOIN person p ON p.id = a.person_id
             WHERE s.module_id = ?1
             GROUP BY p.id ORDER BY p.last_name, p.first_name",
        )?
        .query_map(params![module], |r| {
            Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?, r.get(4)?))
        })?
        .collect::<rusqlite::Result<_>>()?;
    Ok(rows
        .into_iter()
        .map(|(person_id, preferred, first, last, at)| Learner {
            person_id,
            name: display_name(preferred.as_deref(), &first, &last),
            learned_on: day_of(&at, zone),
        })
        .collect())
}

/// Someone to invite to a session on a module they have not learned.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct Invitee {
    pub person_id: PersonId,
    pub name: String,
    /// Their first phone number, as they gave it.
    pub phone: Option<String>,
    /// Their ladder level's key.
    pub level: String,
    /// They asked not to be called, but may be texted.
    pub text_only: bool,
}

/// The people who still need a module, and how many were left off the list because they
/// asked not to be called or texted.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct Invitations {
    pub invite: Vec<Invitee>,
    pub left_out: u32,
}

/// Everyone who has come to the chapter (an attendee or further up the ladder) and has not
/// learned `module`, furthest up the ladder first.
pub fn who_needs(conn: &Connection, module: ModuleId) -> Result<Invitations> {
    store::get(conn, module)?;
    let rows: Vec<(Invitee, bool)> = conn
        .prepare_cached(
            "SELECT p.id, p.preferred_name, p.first_name, p.last_name,
                    (SELECT number FROM person_phone ph WHERE ph.person_id = p.id
                     ORDER BY ph.position LIMIT 1),
                    p.ladder_level, p.do_not_call, p.do_not_text
             FROM person p JOIN ladder_level l ON l.key = p.ladder_level
             WHERE l.rank >= (SELECT rank FROM ladder_level WHERE key = 'attendee')
               AND NOT EXISTS (
                 SELECT 1 FROM attendance a JOIN training_session s ON s.meeting_id = a.meeting_id
                 WHERE a.person_id = p.id AND s.module_id = ?1)
             ORDER BY l.rank DESC, p.last_name, p.first_name",
        )?
        .query_map(params![module], |r| {
            let preferred: Option<String> = r.get(1)?;
            let first: String = r.get(2)?;
            let last: String = r.get(3)?;
            let do_not_call: bool = r.get(6)?;
            let do_not_text: bool = r.get(7)?;
            Ok((
                Invitee {
                    person_id: r.get(0)?,
                    name: display_name(preferred.as_deref(), &first, &last),
                    phone: r.get(4)?,
                    level: r.get(5)?,
                    text_only: do_not_call,
                },
                do_not_call && do_not_text,
            ))
        })?
        .collect::<rusqlite::Result<_>>()?;
    let left_out = rows.iter().filter(|(_, out)| *out).count() as u32;
    Ok(Invitations {
        invite: rows
            .into_iter()
            .filter(|(_, out)| !out)
            .map(|(i, _)| i)
            .collect(),
        left_out,
    })
}

/// Someone who takes part (or volunteers) and has learned [`TRAINED_FOR_NEXT_STEP`] modules may
/// be ready for the next step of the ladder.
pub fn suggestion(
    conn: &Connection,
    person: PersonId,
    level: &str,
) -> Result<Option<LadderSuggestion>> {
    let next = match level {
        "participant" => "volunteer",
        "volunteer" => "leader",
        _ => return Ok(None),
    };
    let learned: u32 = conn
        .prepare_cached(
            "SELECT count(DISTINCT s.module_id) FROM attendance a
             JOIN training_session s ON s.meeting_id = a.meeting_id WHERE a.person_id = ?1",
        )?
        .query_row(params![person], |r| r.get(0))?;
    if learned < TRAINED_FOR_NEXT_STEP {
        return Ok(None);
    }
    Ok(Some(LadderSuggestion {
        person_id: person,
        to_level: next.to_owned(),
        evidence: msg!("ladder-evidence-trained", count = i64::from(learned)),
    }))
}
