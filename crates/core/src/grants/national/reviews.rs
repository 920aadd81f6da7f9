//! Reviewers' scores on an application, criterion by criterion (1 to 5), with notes; the
//! weighted score each gives, and their mean. A reviewer who declares a conflict of interest
//! with an application holds no scores on it and is refused the sight of the others'.

use chrono::{DateTime, Utc};
use rusqlite::{params, Connection, OptionalExtension};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use super::received;
use super::reviewers::{self, Reviewer};
use super::rubric::{self, Criterion};
use crate::db::{timestamp, Database};
use crate::ids::{ApplicationId, CriterionId, ReviewerId};
use crate::settings::{require, Role};
use crate::text::trimmed;
use crate::{msg, CoreError, Result};

pub const SCORES: std::ops::RangeInclusive<u32> = 1..=5;

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct ScoreInput {
    pub criterion: CriterionId,
    pub score: u32,
}

/// One reviewer's review as the others may see it.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
pub struct ReviewView {
    pub reviewer: Reviewer,
    /// In the rubric's order: the criterion and its score.
    pub scores: Vec<(Criterion, u32)>,
    /// The scores weighted by the rubric, on the same 1 to 5 scale.
    pub weighted: f64,
    pub notes: Option<String>,
}

/// An application's reviews, as one reviewer (or the committee as a whole) sees them.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
pub struct ReviewSheet {
    pub application: ApplicationId,
    pub reviews: Vec<ReviewView>,
    /// The reviewers who declared a conflict of interest.
    pub recused: Vec<Reviewer>,
    /// The mean of the weighted scores, once anyone has scored.
    pub mean: Option<f64>,
}

fn recused(conn: &Connection, application: ApplicationId, reviewer: ReviewerId) -> Result<bool> {
    Ok(conn
        .prepare_cached(
            "SELECT recused FROM review WHERE application_id = ?1 AND reviewer_id = ?2",
        )?
        .query_row(params![application, reviewer], |r| r.get(0))
        .optional()?
        .unwrap_or(false))
}

/// Saves `reviewer`'s scores on every criterion of the round's rubric, with notes.
pub fn score(
    db: &mut Database,
    application: ApplicationId,
    reviewer: ReviewerId,
    scores: &[ScoreInput],
    notes: Option<String>,
    now: DateTime<Utc>,
) -> Result<ReviewSheet> {
    require(db, Role::National)?;
    let found = received::get(db.conn(), application)?;
    let who = reviewers::get(db.conn(), reviewer)?;
    let rubric = rubric::get(db.conn(), found.round_id)?;
    for (i, s) in scores.iter().enumerate() {
        let at = format!("scores.{i}");
        if !rubric.iter().any(|c| c.id == s.criterion) {
            return Err(CoreError::invalid(
                msg!("field-criterion"),
                msg!("review-criterion-not-in-rubric"),
            )
            .at(at));
        }
        if !SCORES.contains(&s.score) {
            return Err(CoreError::invalid(
                msg!("field-score"),
                msg!(
                    "review-score-range",
                    least = *SCORES.start(),
                    most = *SCORES.end()
                ),
            )
            .at(at));
        }
    }
    let unscored: Vec<&Criterion> = rubric
        .iter()
        .filter(|c| !scores.iter().any(|s| s.criterion == c.id))
        .collect();
    if let Some(first) = unscored.first() {
        return Err(CoreError::invalid(
            msg!("field-score"),
            msg!("review-criterion-unscored", name = first.name.clone()),
        )
        .at("scores"));
    }
    db.write(|tx| {
        if recused(tx, application, reviewer)? {
            return Err(CoreError::conflict(msg!(
                "review-recused",
                name = who.name.clone()
            )));
        }
        tx.prepare_cached(
            "INSERT INTO review (application_id, reviewer_id, recused, notes, updated_at)
             VALUES (?1, ?2, 0, ?3, ?4)
             ON CONFLICT (application_id, reviewer_id) DO UPDATE SET notes = excluded.notes,
                 updated_at = excluded.updated_at",
        )?
        .execute(params![
            application,
            reviewer,
            trimmed(&notes),
            timestamp::to_text(now)
        ])?;
        tx.prepare_cached(
            "DELETE FROM review_score WHERE application_id = ?1 AND reviewer_id = ?2",
        )?
        .execute(params![application, reviewer])?;
        let mut insert = tx.prepare_cached(
            "INSERT INTO review_score (application_id, reviewer_id, criterion_id, score)
             VALUES (?1, ?2, ?3, ?4)",
        )?;
        for s in scores {
            insert.execute(params![application, reviewer, s.criterion, s.score])?;
        }
        Ok(())
    })?;
    sheet(db.conn(), application, Some(reviewer))
}

/// `reviewer` declares a conflict of interest with the application: any scores they gave on
/// it are taken back, and they can no longer score it or see the others' scores.
pub fn recuse(
    db: &mut Database,
    application: ApplicationId,
    reviewer: ReviewerId,
    reason: Option<String>,
    now: DateTime<Utc>,
) -> Result<()> {
    require(db, Role::National)?;
    received::get(db.conn(), application)?;
    reviewers::get(db.conn(), reviewer)?;
    db.write(|tx| {
        tx.prepare_cached(
            "INSERT INTO review (application_id, reviewer_id, recused, recusal_reason, notes,
                 updated_at)
             VALUES (?1, ?2, 1, ?3, NULL, ?4)
             ON CONFLICT (application_id, reviewer_id) DO UPDATE SET recused = 1,
                 recusal_reason = excluded.recusal_reason, notes = NULL,
                 updated_at = excluded.updated_at",
        )?
        .execute(params![
            application,
            reviewer,
            trimmed(&reason),
            timestamp::to_text(now)
        ])?;
        tx.prepare_cached(
            "DELETE FROM review_score WHERE application_id = ?1 AND reviewer_id = ?2",
        )?
        .execute(params![application, reviewer])?;
        Ok(())
    })
}

/// The application's reviews as `viewer` sees them (`None`: the committee as a whole). A
/// reviewer who declared a conflict of interest with it is refused.
pub fn sheet(
    conn: &Connection,
    application: ApplicationId,
    viewer: Option<ReviewerId>,
) -> Result<ReviewSheet> {
    let found = received::get(conn, application)?;
    if let Some(viewer) = viewer {
        let who = reviewers::get(conn, viewer)?;
        if recused(conn, application, viewer)? {
            return Err(CoreError::conflict(msg!(
                "review-recused-cannot-see",
                name = who.name
            )));
        }
    }
    let rubric = rubric::get(conn, found.round_id)?;
    let rows: Vec<(ReviewerId, bool, Option<String>)> = conn
        .prepare_cached(
            "SELECT v.reviewer_id, v.recused, v.notes FROM review v
             JOIN reviewer r ON r.id = v.reviewer_id
             WHERE v.application_id = ?1 ORDER BY lower(r.name), r.id",
        )?
        .query_map(params![application], |r| {
            Ok((r.get(0)?, r.get(1)?, r.get(2)?))
        })?
        .collect::<rusqlite::Result<_>>()?;
    let mut reviews = Vec::new();
    let mut recused_ones = Vec::new();
    for (reviewer, is_recused, notes) in rows {
        let who = reviewers::get(conn, reviewer)?;
        if is_recused {
            recused_ones.push(who);
            continue;
        }
        let given: Vec<(CriterionId, u32)> = conn
            .prepare_cached(
                "SELECT criterion_id, score FROM review_score
                 WHERE application_id = ?1 AND reviewer_id = ?2",
            )?
            .query_map(params![application, reviewer], |r| {
                Ok((r.get(0)?, r.get(1)?))
            })?
            .collect::<rusqlite::Result<_>>()?;
        let scores: Vec<(Criterion, u32)> = rubric
            .iter()
            .filter_map(|c| {
                given
                    .iter()
                    .find(|(id, _)| *id == c.id)
                    .map(|(_, s)| (c.clone(), *s))
            })
            .collect();
        let weights: u32 = scores.iter().map(|(c, _)| c.weight).sum();
        let weighted = if weights == 0 {
            0.0
        } else {
            f64::from(scores.iter().map(|(c, s)| c.weight * s).sum::<u32>()) / f64::from(weights)
        };
        reviews.push(ReviewView {
            reviewer: who,
            scores,
            weighted,
            notes,
        });
    }
    let scored: Vec<f64> = reviews
        .iter()
        .filter(|r| !r.scores.is_empty())
        .map(|r| r.weighted)
        .collect();
    let mean = (!scored.is_empty()).then(|| scored.iter().sum::<f64>() / scored.len() as f64);
    Ok(ReviewSheet {
        application,
        reviews,
        recused: recused_ones,
        mean,
    })
}
