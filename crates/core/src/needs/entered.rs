//! Forms already entered: the latest ones (to check what was just typed, and take one back),
//! and the respondents who asked to be contacted, until someone has followed up.

use chrono::{DateTime, Utc};
use rusqlite::{params, Connection};
use serde::Serialize;
use ts_rs::TS;

use super::assessment;
use super::survey::TOP_THREE;
use crate::db::{timestamp, Database};
use crate::ids::{AssessmentId, PersonId, ResponseId};
use crate::msg;
use crate::numbered::form_number;
use crate::people::search::summary;
use crate::people::PersonSummary;
use crate::{CoreError, Result};

#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct EnteredForm {
    pub id: ResponseId,
    /// "K7QF-0042"
    pub form: String,
    pub area: Option<String>,
    pub language: Option<String>,
    /// Questions answered on it.
    pub answers: u32,
    pub person: Option<PersonId>,
    pub entered_by: String,
    pub entered_at: String,
}

/// A respondent who asked to be contacted, with the needs they named first.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct RespondentFollowUp {
    pub response: ResponseId,
    pub form: String,
    pub person: PersonSummary,
    /// Domain keys of their top three.
    pub needs: Vec<String>,
    pub entered_at: String,
}

/// The `limit` forms entered last, newest first.
pub fn recent(conn: &Connection, id: AssessmentId, limit: u32) -> Result<Vec<EnteredForm>> {
    let code = assessment::get(conn, id)?.code;
    let mut stmt = conn.prepare_cached(
        "SELECT r.id, r.serial, r.area, r.language,
                (SELECT count(DISTINCT question_key) FROM needs_answer n WHERE n.response_id = r.id),
                r.person_id, r.entered_by, r.created_at
         FROM needs_response r WHERE r.assessment_id = ?1
         ORDER BY r.created_at DESC, r.id DESC LIMIT ?2",
    )?;
    let rows = stmt.query_map(params![id, limit], |r| {
        Ok(EnteredForm {
            id: r.get(0)?,
            form: form_number(&code, r.get(1)?),
            area: r.get(2)?,
            language: r.get(3)?,
            answers: r.get(4)?,
            person: r.get(5)?,
            entered_by: r.get(6)?,
            entered_at: r.get(7)?,
        })
    })?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

/// Takes back a form entered by mistake (its answers go with it), so it can be entered again.
/// A person it created stays: they may already have been called.
pub fn remove(db: &mut Database, response: ResponseId) -> Result<()> {
    db.write(|tx| {
        let removed = tx
            .prepare_cached("DELETE FROM needs_response WHERE id = ?1")?
            .execute(params![response])?;
        if removed == 0 {
            return Err(CoreError::NotFound {
                what: msg!("thing-entered-form", id = response.to_string()),
            });
        }
        Ok(())
    })
}

/// Respondents who asked to be contacted and have not been followed up yet, oldest first.
pub fn follow_ups(conn: &Connection, id: AssessmentId) -> Result<Vec<RespondentFollowUp>> {
    let code = assessment::get(conn, id)?.code;
    let mut stmt = conn.prepare_cached(
        "SELECT r.id, r.serial, r.person_id, r.created_at,
                (SELECT group_concat(value, ' ') FROM needs_answer n
                 WHERE n.response_id = r.id AND n.question_key = ?2)
         FROM needs_response r
         WHERE r.assessment_id = ?1 AND r.wants_contact = 1 AND r.person_id IS NOT NULL
               AND r.followed_up_at IS NULL
         ORDER BY r.created_at, r.serial",
    )?;
    let rows = stmt.query_map(params![id, TOP_THREE], |r| {
        Ok((
            r.get::<_, ResponseId>(0)?,
            r.get::<_, u32>(1)?,
            r.get::<_, PersonId>(2)?,
            r.get::<_, String>(3)?,
            r.get::<_, Option<String>>(4)?,
        ))
    })?;
    let mut out = Vec::new();
    for row in rows {
        let (response, serial, person, entered_at, needs) = row?;
        out.push(RespondentFollowUp {
            response,
            form: form_number(&code, serial),
            person: summary(conn, person)?,
            needs: needs
                .map(|n| n.split(' ').map(str::to_owned).collect())
                .unwrap_or_default(),
            entered_at,
        });
    }
    Ok(out)
}

/// Someone followed up with this respondent: they leave the list.
pub fn mark_followed_up(db: &mut Database, response: ResponseId, now: DateTime<Utc>) -> Result<()> {
    let at = timestamp::to_text(now);
    db.write(|tx| {
        let changed = tx
            .prepare_cached(
                "UPDATE needs_response SET followed_up_at = ?2, updated_at = ?2 WHERE id = ?1",
            )?
            .execute(params![response, at])?;
        if changed == 0 {
            return Err(CoreError::NotFound {
                what: msg!("thing-entered-form", id = response.to_string()),
            });
        }
        Ok(())
    })
}
