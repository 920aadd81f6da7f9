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

/// The summary of an assessment, with the needs' titles in `lang`. The answers are read once
/// and ranked every way from memory.
pub fn load(conn: &Connection, id: AssessmentId, lang: &str) -> Result<Summary> {
    let answers = ranking::answers(conn, id)?;
    let overall = answers.overall(lang);
    let by_area = answers.by(lang, Breakdown::Area);
    let by_language = answers.by(lang, Breakdown::Language);
    Ok(Summary {
        assessment: assessment::get(conn, id)?,
        candidates: programs::candidates_from(conn, id, &overall)?,
        survey: answers.into_survey(),
        overall,
        by_area,
        by_language,
    })
}
