//! What the needs-assessment screens and commands read together: an assessment with its
//! survey, and the ranking of needs overall and by area and language.

use groundwork_core::ids::AssessmentId;
use groundwork_core::needs::assessment::{self, Assessment};
use groundwork_core::needs::ranking::{self, Breakdown, GroupRanking, Ranking};
use groundwork_core::needs::survey::{Survey, Untranslated};
use groundwork_core::Result;
use rusqlite::Connection;
use serde::Serialize;
use ts_rs::TS;

#[derive(Debug, Clone, Serialize, TS)]
pub struct AssessmentDetail {
    pub assessment: Assessment,
    pub survey: Survey,
    /// What is still untranslated, language by language.
    pub untranslated: Vec<Untranslated>,
}

pub fn detail(conn: &Connection, id: AssessmentId) -> Result<AssessmentDetail> {
    let survey = assessment::survey(conn, id)?;
    Ok(AssessmentDetail {
        assessment: assessment::get(conn, id)?,
        untranslated: survey.untranslated_by_language(),
        survey,
    })
}

#[derive(Debug, Clone, Serialize, TS)]
pub struct NeedsRanking {
    pub overall: Ranking,
    pub by_area: Vec<GroupRanking>,
    pub by_language: Vec<GroupRanking>,
}

/// The needs ranked, with need titles in `lang`, from one read of the answers.
pub fn needs_ranking(conn: &Connection, id: AssessmentId, lang: &str) -> Result<NeedsRanking> {
    let answers = ranking::answers(conn, id)?;
    Ok(NeedsRanking {
        overall: answers.overall(lang),
        by_area: answers.by(lang, Breakdown::Area),
        by_language: answers.by(lang, Breakdown::Language),
    })
}
