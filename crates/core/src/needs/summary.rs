//! Everything the printed summary of an assessment says, read in one place for the CLI and the
//! window alike.

use rusqlite::Connection;

use super::assessment::{self, Assessment};
use super::programs::{self, Candidate};
use super::ranking::{self, Breakdown, GroupRanking, Ranking};
use super::survey::Survey;
use crate::ids::AssessmentId;
use crate::Result;

pub struct Summary {
    pub assessment: Assessment,
    pub survey: Survey,
    pub overall: Ranking,
    pub by_area: Vec<GroupRanking>,
    pub by_language: Vec<GroupRanking>,
    /// The service programs as ranked for this assessment.
    pub candidates: Vec<Candidate>,
}

/// The summary of an assessment, with the needs' titles in `lang`.
pub fn load(conn: &Connection, id: AssessmentId, lang: &str) -> Result<Summary> {
    Ok(Summary {
        assessment: assessment::get(conn, id)?,
        survey: assessment::survey(conn, id)?,
        overall: ranking::overall(conn, id, lang)?,
        by_area: ranking::by(conn, id, lang, Breakdown::Area)?,
        by_language: ranking::by(conn, id, lang, Breakdown::Language)?,
        candidates: programs::candidates(conn, id)?,
    })
}
