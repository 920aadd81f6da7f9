//! Service programs as entry points: the catalogue (built-in and the chapter's own), how each
//! scores for one assessment on the criteria organizers use, the ranked shortlist, and turning
//! a shortlisted program into a base-building project.
//!
//! "Widely felt" and "deeply felt" are suggested from the answers (the best share and the worst
//! mean severity among the needs the program answers); organizers may change any score.

use chrono::{DateTime, Utc};
use rusqlite::{params, Connection, OptionalExtension};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use super::ranking::{self, Ranking};
use crate::db::{timestamp, Database};
use crate::ids::{AssessmentId, ProjectId};
use crate::msg;
use crate::projects::{self, NewProject, Project};
use crate::{CoreError, Result};

#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct ServiceProgram {
    pub id: String,
    pub name: String,
    pub description: String,
    /// Survey domain keys of the needs it answers.
    pub needs: Vec<String>,
    pub is_builtin: bool,
}

#[derive(Debug, Clone, PartialEq, Eq, Deserialize, TS)]
pub struct ProgramInput {
    pub name: String,
    pub description: String,
    pub needs: Vec<String>,
}

/// The six criteria, each 1 (weak) to 5 (strong); `None` until scored. `resources` is 5 when
/// the program needs few.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize, TS)]
pub struct Scores {
    pub widely_felt: Option<u8>,
    pub deeply_felt: Option<u8>,
    pub winnable: Option<u8>,
    pub builds_base: Option<u8>,
    pub resources: Option<u8>,
    pub partners: Option<u8>,
}

impl Scores {
    fn all(&self) -> [Option<u8>; 6] {
        [
            self.widely_felt,
            self.deeply_felt,
            self.winnable,
            self.builds_base,
            self.resources,
            self.partners,
        ]
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, TS)]
pub struct Candidate {
    /// 1 is the strongest entry point.
    pub rank: u32,
    pub program: ServiceProgram,
    /// What organizers scored.
    pub scores: Scores,
    /// Widely and deeply felt as the answers suggest them.
    pub suggested: Scores,
    /// The sum of the scores, taking the suggestion where a felt score was not given (6 to 30).
    pub total: u32,
    /// Criteria still without a score.
    pub unscored: u32,
    pub notes: Option<String>,
    pub shortlisted: bool,
    /// The project made from it, if any.
    pub project_id: Option<ProjectId>,
}

#[derive(Debug, Clone, PartialEq, Eq, Deserialize, TS)]
pub struct CandidateInput {
    pub program_id: String,
    pub scores: Scores,
    pub notes: Option<String>,
    pub shortlisted: bool,
}

fn decode_needs(text: String) -> Vec<String> {
    serde_json::from_str(&text).unwrap_or_default()
}

pub fn catalogue(conn: &Connection) -> Result<Vec<ServiceProgram>> {
    let mut stmt = conn.prepare_cached(
        "SELECT id, name, description, needs, is_builtin FROM service_program
         ORDER BY is_builtin DESC, name COLLATE NOCASE",
    )?;
    let rows = stmt.query_map([], |r| {
        Ok(ServiceProgram {
            id: r.get(0)?,
            name: r.get(1)?,
            description: r.get(2)?,
            needs: decode_needs(r.get(3)?),
            is_builtin: r.get(4)?,
        })
    })?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

/// Adds the chapter's own program to the catalogue.
pub fn add_program(
    db: &mut Database,
    input: &ProgramInput,
    now: DateTime<Utc>,
) -> Result<ServiceProgram> {
    let name = input.name.trim().to_owned();
    if name.is_empty() {
        return Err(
            CoreError::invalid(msg!("field-name"), msg!("program-name-missing")).at("name"),
        );
    }
    if input.needs.is_empty() {
        return Err(
            CoreError::invalid(msg!("field-needs"), msg!("program-needs-missing")).at("needs"),
        );
    }
    let id = uuid::Uuid::now_v7().to_string();
    let at = timestamp::to_text(now);
    db.write(|tx| {
        let taken: Option<i64> = tx
            .prepare_cached("SELECT 1 FROM service_program WHERE name = ?1 COLLATE NOCASE")?
            .query_row(params![name], |r| r.get(0))
            .optional()?;
        if taken.is_some() {
            return Err(
                CoreError::invalid(
                    msg!("field-name"),
                    msg!("program-name-taken", name = name.as_str()),
                )
                .at("name"),
            );
        }
        tx.prepare_cached(
            "INSERT INTO service_program (id, name, description, needs, is_builtin, created_at, updated_at)
             VALUES (?1, ?2, ?3, ?4, 0, ?5, ?5)",
        )?
        .execute(params![
            id,
            name,
            input.description.trim(),
            serde_json::to_string(&input.needs).expect("strings serialize"),
            at
        ])?;
        Ok(())
    })?;
    catalogue(db.conn())?
        .into_iter()
        .find(|p| p.id == id)
        .ok_or_else(|| CoreError::NotFound {
            what: msg!("thing-program", id = id.to_string()),
        })
}

/// 1–5 from a share of respondents: every fifth of them is a point.
fn widely_from_share(share: f64) -> u8 {
    ((share * 5.0).ceil() as u8).clamp(1, 5)
}

/// Every program in the catalogue as a candidate for this assessment, strongest first.
pub fn candidates(conn: &Connection, id: AssessmentId) -> Result<Vec<Candidate>> {
    candidates_from(conn, id, &ranking::overall(conn, id, "en")?)
}

/// The candidates, from the assessment's overall ranking already worked out (in any language:
/// only shares and severities count here).
pub fn candidates_from(
    conn: &Connection,
    id: AssessmentId,
    ranking: &Ranking,
) -> Result<Vec<Candidate>> {
    let mut stored = std::collections::BTreeMap::new();
    {
        let mut stmt = conn.prepare_cached(
            "SELECT program_id, widely_felt, deeply_felt, winnable, builds_base, resources, partners,
                    notes, shortlisted, project_id
             FROM program_candidate WHERE assessment_id = ?1",
        )?;
        let rows = stmt.query_map(params![id], |r| {
            Ok((
                r.get::<_, String>(0)?,
                Scores {
                    widely_felt: r.get(1)?,
                    deeply_felt: r.get(2)?,
                    winnable: r.get(3)?,
                    builds_base: r.get(4)?,
                    resources: r.get(5)?,
                    partners: r.get(6)?,
                },
                r.get::<_, Option<String>>(7)?,
                r.get::<_, bool>(8)?,
                r.get::<_, Option<ProjectId>>(9)?,
            ))
        })?;
        for row in rows {
            let (program, scores, notes, shortlisted, project) = row?;
            stored.insert(program, (scores, notes, shortlisted, project));
        }
    }
    let mut out: Vec<Candidate> = catalogue(conn)?
        .into_iter()
        .map(|program| {
            let answered: Vec<_> = ranking
                .needs
                .iter()
                .filter(|n| program.needs.contains(&n.key))
                .collect();
            let suggested = Scores {
                widely_felt: (ranking.responses > 0)
                    .then(|| answered.iter().map(|n| n.share).fold(0.0, f64::max))
                    .map(widely_from_share),
                deeply_felt: answered
                    .iter()
                    .filter_map(|n| n.mean_severity)
                    .fold(None, |best: Option<f64>, m| {
                        Some(best.map_or(m, |b| b.max(m)))
                    })
                    .map(|m| (m.round() as u8).clamp(1, 5)),
                ..Scores::default()
            };
            let (scores, notes, shortlisted, project_id) =
                stored.remove(&program.id).unwrap_or_default();
            let counted = Scores {
                widely_felt: scores.widely_felt.or(suggested.widely_felt),
                deeply_felt: scores.deeply_felt.or(suggested.deeply_felt),
                ..scores
            };
            let total = counted.all().iter().flatten().map(|&s| u32::from(s)).sum();
            let unscored = counted.all().iter().filter(|s| s.is_none()).count() as u32;
            Candidate {
                rank: 0,
                program,
                scores,
                suggested,
                total,
                unscored,
                notes,
                shortlisted,
                project_id,
            }
        })
        .collect();
    out.sort_by(|a, b| {
        b.shortlisted
            .cmp(&a.shortlisted)
            .then(b.total.cmp(&a.total))
            .then(a.unscored.cmp(&b.unscored))
            .then_with(|| {
                a.program
                    .name
                    .to_lowercase()
                    .cmp(&b.program.name.to_lowercase())
            })
    });
    for (n, c) in (1..).zip(out.iter_mut()) {
        c.rank = n;
    }
    Ok(out)
}

/// Records how a program scores for this assessment (and whether it is shortlisted).
pub fn score(
    db: &mut Database,
    id: AssessmentId,
    input: &CandidateInput,
    now: DateTime<Utc>,
) -> Result<()> {
    for (name, key, value) in [
        (
            msg!("field-widely-felt"),
            "widely_felt",
            input.scores.widely_felt,
        ),
        (
            msg!("field-deeply-felt"),
            "deeply_felt",
            input.scores.deeply_felt,
        ),
        (msg!("field-winnable"), "winnable", input.scores.winnable),
        (
            msg!("field-builds-base"),
            "builds_base",
            input.scores.builds_base,
        ),
        (msg!("field-resources"), "resources", input.scores.resources),
        (msg!("field-partners"), "partners", input.scores.partners),
    ] {
        if let Some(v) = value.filter(|v| !(1..=5).contains(v)) {
            return Err(
                CoreError::invalid(name, msg!("program-score-range", score = v))
                    .at(format!("scores.{key}")),
            );
        }
    }
    let at = timestamp::to_text(now);
    let s = input.scores;
    let notes = input
        .notes
        .as_deref()
        .map(str::trim)
        .filter(|n| !n.is_empty());
    db.write(|tx| {
        let known: Option<i64> = tx
            .prepare_cached("SELECT 1 FROM service_program WHERE id = ?1")?
            .query_row(params![input.program_id], |r| r.get(0))
            .optional()?;
        if known.is_none() {
            return Err(CoreError::NotFound { what: msg!("thing-program", id = input.program_id.to_string()) });
        }
        tx.prepare_cached(
            "INSERT INTO program_candidate (id, assessment_id, program_id, widely_felt, deeply_felt,
                 winnable, builds_base, resources, partners, notes, shortlisted, created_at, updated_at)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?12)
             ON CONFLICT (assessment_id, program_id) DO UPDATE SET
                 widely_felt = excluded.widely_felt, deeply_felt = excluded.deeply_felt,
                 winnable = excluded.winnable, builds_base = excluded.builds_base,
                 resources = excluded.resources, partners = excluded.partners,
                 notes = excluded.notes, shortlisted = excluded.shortlisted,
                 updated_at = excluded.updated_at",
        )?
        .execute(params![
            uuid::Uuid::now_v7().to_string(),
            id,
            input.program_id,
            s.widely_felt,
            s.deeply_felt,
            s.winnable,
            s.builds_base,
            s.resources,
            s.partners,
            notes,
            input.shortlisted,
            at
        ])?;
        Ok(())
    })
}

/// A shortlisted program becomes a base-building project (in planning), marked on the
/// program's row for this assessment in the same write.
pub fn make_project(
    db: &mut Database,
    id: AssessmentId,
    program_id: &str,
    name: &str,
    is_sample: bool,
    now: DateTime<Utc>,
) -> Result<Project> {
    let name = projects::store::checked_name(name)?;
    let program = catalogue(db.conn())?
        .into_iter()
        .find(|p| p.id == program_id)
        .ok_or_else(|| CoreError::NotFound {
            what: msg!("thing-program", id = program_id.to_string()),
        })?;
    let at = timestamp::to_text(now);
    db.write(|tx| {
        let candidate: Option<(bool, Option<ProjectId>)> = tx
            .prepare_cached(
                "SELECT shortlisted, project_id FROM program_candidate
                 WHERE assessment_id = ?1 AND program_id = ?2",
            )?
            .query_row(params![id, program_id], |r| Ok((r.get(0)?, r.get(1)?)))
            .optional()?;
        match candidate {
            Some((true, None)) => {}
            Some((true, Some(_))) => {
                return Err(CoreError::conflict(msg!(
                    "program-already-project",
                    program = program.name.as_str()
                )))
            }
            _ => {
                return Err(CoreError::invalid(
                    msg!("field-program"),
                    msg!("program-shortlist-first", program = program.name.as_str()),
                ))
            }
        }
        let new = NewProject {
            name: name.to_owned(),
            program_id: Some(program.id.clone()),
            assessment_id: Some(id),
            needs: program.needs.clone(),
            is_sample,
        };
        let project = projects::store::insert(tx, &new, now)?;
        tx.prepare_cached(
            "UPDATE program_candidate SET project_id = ?3, updated_at = ?4
             WHERE assessment_id = ?1 AND program_id = ?2",
        )?
        .execute(params![id, program_id, project.id, at])?;
        Ok(project)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_share_becomes_a_point_per_fifth() {
        assert_eq!(widely_from_share(0.0), 1);
        assert_eq!(widely_from_share(0.19), 1);
        assert_eq!(widely_from_share(0.21), 2);
        assert_eq!(widely_from_share(0.56), 3);
        assert_eq!(widely_from_share(1.0), 5);
    }
}
