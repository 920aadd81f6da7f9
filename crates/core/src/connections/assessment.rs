//! The chapter's connections assessment: one per chapter, made on first use with the built-in
//! survey and a code of its own for the numbers on its forms.

use std::ops::RangeInclusive;

use chrono::{DateTime, Utc};
use rusqlite::{params, Connection, OptionalExtension, Transaction};
use serde::Serialize;
use ts_rs::TS;

use super::survey::ConnectionsSurvey;
use crate::db::{timestamp, Database};
use crate::ids::ConnectionsId;
use crate::message::Message;
use crate::numbered::{self, Counter};
use crate::{msg, CoreError, Result};

#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct ConnectionsAssessment {
    pub id: ConnectionsId,
    /// Printed before each serial: "K7QF-0042".
    pub code: String,
    pub survey: ConnectionsSurvey,
    pub forms_printed: u32,
    /// Forms entered, on paper and on the laptop.
    pub responses: u32,
    /// Members who have answered (each counted once however many forms they filled).
    pub members_answered: u32,
    pub is_sample: bool,
}

fn what(id: String) -> Message {
    msg!("thing-connections-form", id = id)
}

pub const COUNTER: Counter = Counter {
    table: "connections_assessment",
    column: "forms_printed",
    what,
};

fn read(conn: &Connection) -> Result<Option<ConnectionsAssessment>> {
    let row: Option<(ConnectionsId, String, String, u32, bool)> = conn
        .prepare_cached(
            "SELECT id, code, survey, forms_printed, is_sample FROM connections_assessment LIMIT 1",
        )?
        .query_row([], |r| {
            Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?, r.get(4)?))
        })
        .optional()?;
    let Some((id, code, survey, forms_printed, is_sample)) = row else {
        return Ok(None);
    };
    let survey: ConnectionsSurvey = serde_json::from_str(&survey).map_err(|e| {
        CoreError::invalid(
            msg!("field-survey"),
            msg!("survey-unreadable", problem = e.to_string()),
        )
    })?;
    let (responses, members_answered): (u32, u32) = conn
        .prepare_cached(
            "SELECT count(*), count(DISTINCT person_id) FROM connections_response
             WHERE assessment_id = ?1",
        )?
        .query_row(params![id], |r| Ok((r.get(0)?, r.get(1)?)))?;
    Ok(Some(ConnectionsAssessment {
        id,
        code,
        survey,
        forms_printed,
        responses,
        members_answered,
        is_sample,
    }))
}

/// The chapter's assessment, or, before it has one, what it would start with (not kept: the
/// first print, entry or edit keeps it).
pub fn current(conn: &Connection) -> Result<ConnectionsAssessment> {
    Ok(read(conn)?.unwrap_or_else(|| ConnectionsAssessment {
        id: ConnectionsId::new(),
        code: String::new(),
        survey: ConnectionsSurvey::template(),
        forms_printed: 0,
        responses: 0,
        members_answered: 0,
        is_sample: false,
    }))
}

/// The chapter's assessment, made with the built-in survey if it has none yet, inside the
/// caller's transaction.
pub(crate) fn ensure(
    tx: &Transaction<'_>,
    is_sample: bool,
    now: DateTime<Utc>,
) -> Result<ConnectionsAssessment> {
    if let Some(found) = read(tx)? {
        return Ok(found);
    }
    let code = loop {
        let code = numbered::new_code();
        let taken: Option<i64> = tx
            .prepare_cached(
                "SELECT 1 FROM assessment WHERE code = ?1
                 UNION ALL SELECT 1 FROM connections_assessment WHERE code = ?1",
            )?
            .query_row(params![code], |r| r.get(0))
            .optional()?;
        if taken.is_none() {
            break code;
        }
    };
    let survey = serde_json::to_string(&ConnectionsSurvey::template())
        .map_err(|e| CoreError::invalid_file(Message::plain(e.to_string())))?;
    tx.prepare_cached(
        "INSERT INTO connections_assessment (id, code, survey, is_sample, created_at, updated_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?5)",
    )?
    .execute(params![
        ConnectionsId::new(),
        code,
        survey,
        is_sample,
        timestamp::to_text(now)
    ])?;
    read(tx)?.ok_or_else(|| CoreError::NotFound { what: what(code) })
}

/// The chapter's assessment, made now if it has none.
pub fn get_or_make(
    db: &mut Database,
    is_sample: bool,
    now: DateTime<Utc>,
) -> Result<ConnectionsAssessment> {
    db.write(|tx| ensure(tx, is_sample, now))
}

/// Keeps an edited survey (checked first).
pub fn save_survey(
    db: &mut Database,
    survey: ConnectionsSurvey,
    now: DateTime<Utc>,
) -> Result<ConnectionsAssessment> {
    let survey = survey.checked()?;
    let text = serde_json::to_string(&survey)
        .map_err(|e| CoreError::invalid_file(Message::plain(e.to_string())))?;
    db.write(|tx| {
        let found = ensure(tx, false, now)?;
        tx.prepare_cached(
            "UPDATE connections_assessment SET survey = ?2, updated_at = ?3 WHERE id = ?1",
        )?
        .execute(params![found.id, text, timestamp::to_text(now)])?;
        Ok(())
    })?;
    current(db.conn())
}

/// Records a batch of forms as printed (see [`numbered::claim_printed`]).
pub fn number_printed(
    db: &mut Database,
    id: ConnectionsId,
    serials: RangeInclusive<u32>,
    now: DateTime<Utc>,
) -> Result<()> {
    numbered::claim_printed(db, COUNTER, &id, serials, now)
}
