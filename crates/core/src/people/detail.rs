//! Everything the person screen shows at once.

use chrono::{DateTime, Utc};
use rusqlite::Connection;
use serde::Serialize;
use ts_rs::TS;

use super::ladder::{self, LadderChange, LadderSuggestion};
use super::model::Person;
use super::one_on_one::{self, OneOnOne};
use super::store;
use crate::ids::PersonId;
use crate::Result;

#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct PersonDetail {
    pub person: Person,
    pub one_on_ones: Vec<OneOnOne>,
    pub ladder_history: Vec<LadderChange>,
    /// A move up that attendance supports; an organizer decides.
    pub suggestion: Option<LadderSuggestion>,
    /// Meetings they signed in at, newest first.
    pub attendance: Vec<crate::meetings::AttendedMeeting>,
    /// Other records that look like the same person.
    pub possible_duplicates: Vec<super::duplicates::DuplicatePair>,
    /// Records merged into this one, newest first.
    pub merged_records: Vec<super::merge::MergedRecord>,
}

pub fn load(
    conn: &Connection,
    id: PersonId,
    now: DateTime<Utc>,
    zone: chrono_tz::Tz,
) -> Result<PersonDetail> {
    let person = store::get(conn, id)?;
    let suggestion = super::suggestion::suggest(conn, id, &person.ladder_level, now)?;
    Ok(PersonDetail {
        one_on_ones: one_on_one::for_person(conn, id)?,
        ladder_history: ladder::history(conn, id)?,
        suggestion,
        attendance: crate::meetings::attendance::for_person(conn, id, zone)?,
        possible_duplicates: super::duplicates::find(conn, Some(id))?,
        merged_records: super::merge::merged_into(conn, id)?,
        person,
    })
}
