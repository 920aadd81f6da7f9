//! What the chapter's own needs assessment says of the needs an initiative answers, for the
//! application to carry: how many residents named each need, and where it ranked. An
//! initiative made from a shortlisted service program has this at hand; one typed in on its
//! own has none.

use rusqlite::Connection;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::ids::ProjectId;
use crate::needs::{assessment, ranking};
use crate::settings::Lang;
use crate::{projects, Result};

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
pub struct NeedEvidence {
    /// The assessment's code for the need ("housing").
    pub key: String,
    /// Its title in each language, English first.
    pub titles: Vec<(Lang, String)>,
    /// 1 is the need most widely felt.
    pub rank: u32,
    /// How many needs were ranked.
    pub needs_ranked: u32,
    /// Residents who named it, of the responses counted.
    pub respondents: u32,
    pub responses: u32,
    /// The assessment's name ("Eastside 2026").
    pub assessment: String,
}

impl NeedEvidence {
    /// Its title in `lang`, else the first one known.
    pub fn title(&self, lang: Lang) -> &str {
        self.titles
            .iter()
            .find(|(l, _)| *l == lang)
            .or(self.titles.first())
            .map_or(self.key.as_str(), |(_, t)| t.as_str())
    }
}

/// The evidence for each need `project` answers, in the project's order; empty when it was not
/// made from a needs assessment, or the assessment has no forms yet.
pub fn of(conn: &Connection, project: ProjectId) -> Result<Vec<NeedEvidence>> {
    let project = projects::store::get(conn, project)?;
    let Some(assessment_id) = project.assessment_id else {
        return Ok(Vec::new());
    };
    if project.needs.is_empty() {
        return Ok(Vec::new());
    }
    let name = assessment::get(conn, assessment_id)?.name;
    let answers = ranking::answers(conn, assessment_id)?;
    let rankings: Vec<(Lang, ranking::Ranking)> = Lang::ALL
        .iter()
        .map(|l| (*l, answers.overall(l.code())))
        .collect();
    let Some((_, first)) = rankings.first() else {
        return Ok(Vec::new());
    };
    if first.responses == 0 {
        return Ok(Vec::new());
    }
    Ok(project
        .needs
        .iter()
        .filter_map(|key| {
            let need = first.needs.iter().find(|n| &n.key == key)?;
            let titles = rankings
                .iter()
                .filter_map(|(lang, r)| {
                    r.needs
                        .iter()
                        .find(|n| &n.key == key)
                        .map(|n| (*lang, n.title.clone()))
                })
                .collect();
            Some(NeedEvidence {
                key: key.clone(),
                titles,
                rank: need.rank,
                needs_ranked: first.needs.len() as u32,
                respondents: need.respondents,
                responses: first.responses,
                assessment: name.clone(),
            })
        })
        .collect())
}
