//! Everything the person screen shows at once.

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
    /// A move up the evidence supports. Attendance is the evidence, so this stays empty until
    /// meetings and sign-ins are recorded.
    pub suggestion: Option<LadderSuggestion>,
}

pub fn load(conn: &Connection, id: PersonId) -> Result<PersonDetail> {
    Ok(PersonDetail {
        person: store::get(conn, id)?,
        one_on_ones: one_on_one::for_person(conn, id)?,
        ladder_history: ladder::history(conn, id)?,
        suggestion: None,
    })
}
