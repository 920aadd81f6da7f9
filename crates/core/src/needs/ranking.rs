//! What the answers say: for each need, how widely it is felt (the share of respondents who
//! name it) and how deeply (the mean and spread of its 1–5 scale), overall, by area and by
//! language, ranked.
//!
//! A respondent names a need when they pick it among their top three, or rate it 4 or 5 ("hard"
//! or "very hard") on its scale.

use std::collections::{BTreeMap, BTreeSet};

use rusqlite::{params, Connection};
use serde::Serialize;
use ts_rs::TS;

use super::assessment;
use super::survey::{Survey, TOP_THREE};
use crate::ids::AssessmentId;
use crate::Result;

/// A scale answer at or above this names the need.
const NAMED_FROM: u8 = 4;

/// The group of the forms that did not say their area (or language).
pub const NOT_GIVEN: &str = "(not given)";

#[derive(Debug, Clone, PartialEq, Serialize, TS)]
pub struct NeedRank {
    /// 1 is the need most widely felt (ties broken by how deeply).
    pub rank: u32,
    pub key: String,
    pub title: String,
    /// Respondents who named this need.
    pub respondents: u32,
    /// `respondents` as a share of every response counted (0 to 1).
    pub share: f64,
    /// Respondents who answered its 1–5 scale.
    pub rated: u32,
    pub mean_severity: Option<f64>,
    /// How many rated it 1, 2, 3, 4 and 5.
    pub distribution: [u32; 5],
}

#[derive(Debug, Clone, PartialEq, Serialize, TS)]
pub struct Ranking {
    /// Responses counted (the group's, for a breakdown).
    pub responses: u32,
    pub needs: Vec<NeedRank>,
}

/// One group of a breakdown: an area or a language, with its own ranking.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
pub struct GroupRanking {
    pub group: String,
    pub ranking: Ranking,
}

/// The answers that matter to the ranking, per response.
#[derive(Default)]
struct Tally {
    area: Option<String>,
    language: Option<String>,
    top_three: BTreeSet<String>,
    severity: BTreeMap<String, u8>,
}

fn tallies(conn: &Connection, id: AssessmentId, survey: &Survey) -> Result<Vec<Tally>> {
    // The scale question of each domain, by question key.
    let scale_of: BTreeMap<&str, &str> = survey
        .domains
        .iter()
        .filter_map(|d| Survey::severity_question(d).map(|q| (q.key.as_str(), d.key.as_str())))
        .collect();
    let mut by_response: BTreeMap<String, Tally> = BTreeMap::new();
    let mut stmt = conn.prepare_cached(
        "SELECT r.id, r.area, r.language FROM needs_response r WHERE r.assessment_id = ?1",
    )?;
    let rows = stmt.query_map(params![id], |r| {
        Ok((r.get::<_, String>(0)?, r.get(1)?, r.get(2)?))
    })?;
    for row in rows {
        let (rid, area, language) = row?;
        by_response.insert(
            rid,
            Tally {
                area,
                language,
                ..Default::default()
            },
        );
    }
    let mut stmt = conn.prepare_cached(
        "SELECT n.response_id, n.question_key, n.value FROM needs_answer n
         JOIN needs_response r ON r.id = n.response_id WHERE r.assessment_id = ?1",
    )?;
    let rows = stmt.query_map(params![id], |r| {
        Ok((
            r.get::<_, String>(0)?,
            r.get::<_, String>(1)?,
            r.get::<_, String>(2)?,
        ))
    })?;
    for row in rows {
        let (rid, question, value) = row?;
        let Some(tally) = by_response.get_mut(&rid) else {
            continue;
        };
        if question == TOP_THREE {
            tally.top_three.insert(value);
        } else if let Some(domain) = scale_of.get(question.as_str()) {
            if let Ok(n) = value.parse::<u8>() {
                tally.severity.insert((*domain).to_owned(), n);
            }
        }
    }
    Ok(by_response.into_values().collect())
}

fn rank(survey: &Survey, lang: &str, tallies: &[&Tally]) -> Ranking {
    let responses = tallies.len() as u32;
    let mut needs: Vec<NeedRank> = survey
        .domains
        .iter()
        .map(|d| {
            let mut distribution = [0u32; 5];
            let mut respondents = 0;
            for t in tallies {
                let severity = t.severity.get(&d.key).copied();
                if let Some(n @ 1..=5) = severity {
                    distribution[usize::from(n - 1)] += 1;
                }
                let named =
                    t.top_three.contains(&d.key) || severity.is_some_and(|n| n >= NAMED_FROM);
                respondents += u32::from(named);
            }
            let rated: u32 = distribution.iter().sum();
            let total: u32 = distribution
                .iter()
                .zip(1u32..)
                .map(|(count, score)| count * score)
                .sum();
            NeedRank {
                rank: 0,
                key: d.key.clone(),
                title: d
                    .title
                    .get(lang)
                    .or_else(|| d.title.get("en"))
                    .cloned()
                    .unwrap_or_else(|| d.key.clone()),
                respondents,
                share: if responses == 0 {
                    0.0
                } else {
                    f64::from(respondents) / f64::from(responses)
                },
                rated,
                mean_severity: (rated > 0).then(|| f64::from(total) / f64::from(rated)),
                distribution,
            }
        })
        .collect();
    needs.sort_by(|a, b| {
        b.respondents
            .cmp(&a.respondents)
            .then_with(|| {
                b.mean_severity
                    .unwrap_or(0.0)
                    .total_cmp(&a.mean_severity.unwrap_or(0.0))
            })
            .then_with(|| a.key.cmp(&b.key))
    });
    for (n, need) in (1..).zip(needs.iter_mut()) {
        need.rank = n;
    }
    Ranking { responses, needs }
}

/// An assessment's survey and what every form answered, read once: rankings are worked out
/// from it in memory, as many ways as a screen or a printed summary asks for.
pub struct Answers {
    survey: Survey,
    tallies: Vec<Tally>,
}

/// Reads the survey and every form's answers of an assessment.
pub fn answers(conn: &Connection, id: AssessmentId) -> Result<Answers> {
    let survey = assessment::survey(conn, id)?;
    let tallies = tallies(conn, id, &survey)?;
    Ok(Answers { survey, tallies })
}

impl Answers {
    pub fn survey(&self) -> &Survey {
        &self.survey
    }

    pub fn into_survey(self) -> Survey {
        self.survey
    }

    /// Every need, ranked over all the responses; titles in `lang` (English where a title is
    /// missing).
    pub fn overall(&self, lang: &str) -> Ranking {
        rank(&self.survey, lang, &self.tallies.iter().collect::<Vec<_>>())
    }

    /// A ranking per area (or per language), in name order; forms without one are
    /// [`NOT_GIVEN`].
    pub fn by(&self, lang: &str, by: Breakdown) -> Vec<GroupRanking> {
        let mut groups: BTreeMap<String, Vec<&Tally>> = BTreeMap::new();
        for t in &self.tallies {
            let group = match by {
                Breakdown::Area => t.area.clone(),
                Breakdown::Language => t.language.clone(),
            };
            groups
                .entry(group.unwrap_or_else(|| NOT_GIVEN.to_owned()))
                .or_default()
                .push(t);
        }
        groups
            .into_iter()
            .map(|(group, members)| GroupRanking {
                group,
                ranking: rank(&self.survey, lang, &members),
            })
            .collect()
    }
}

/// Every need, ranked over all the assessment's responses (see [`Answers::overall`]).
pub fn overall(conn: &Connection, id: AssessmentId, lang: &str) -> Result<Ranking> {
    Ok(answers(conn, id)?.overall(lang))
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Breakdown {
    Area,
    Language,
}

/// A ranking per area (or per language) (see [`Answers::by`]).
pub fn by(
    conn: &Connection,
    id: AssessmentId,
    lang: &str,
    by: Breakdown,
) -> Result<Vec<GroupRanking>> {
    Ok(answers(conn, id)?.by(lang, by))
}
