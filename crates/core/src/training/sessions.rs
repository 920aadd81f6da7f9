//! Training sessions: a meeting given over to a module. The meeting holds the day, the place,
//! what makes it one people can come to, its sign-in sheet and who came; the session adds the
//! module, the trainers, and short feedback afterwards.

use chrono::{DateTime, NaiveDate, Utc};
use chrono_tz::Tz;
use rusqlite::{params, Connection, OptionalExtension};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use super::store;
use crate::db::{timestamp, Database};
use crate::ids::{MeetingId, ModuleId, PersonId};
use crate::meetings::model::{Meeting, MeetingInput};
use crate::meetings::{attendance, store as meetings};
use crate::settings::Lang;
use crate::text::trimmed;
use crate::{msg, CoreError, Result};

/// When a session is given only a day, it starts at this hour, as evening meetings do.
pub const DEFAULT_START: &str = "18:00";

#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct Session {
    /// The session's id is its meeting's.
    pub id: MeetingId,
    pub module_id: ModuleId,
    /// In the first of the chapter's languages the module is written in.
    pub module_title: String,
    pub meeting: Meeting,
    pub trainers: Option<String>,
    pub worked: Option<String>,
    pub to_change: Option<String>,
}

/// The feedback a session is given afterwards, and who trained.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize, TS)]
pub struct Feedback {
    pub trainers: Option<String>,
    pub worked: Option<String>,
    pub to_change: Option<String>,
}

pub fn not_found(id: MeetingId) -> CoreError {
    CoreError::NotFound {
        what: msg!("thing-training-session", id = id.to_string()),
    }
}

/// A meeting for `module` on `day`: its title is the module's, it starts at
/// [`DEFAULT_START`], nothing else said yet.
pub fn meeting_on(title: &str, day: NaiveDate) -> MeetingInput {
    MeetingInput {
        title: title.to_owned(),
        starts_at: format!("{}T{DEFAULT_START}", day.format("%Y-%m-%d")),
        ends_at: None,
        place: None,
        childcare: false,
        interpretation: Vec::new(),
        food: false,
        step_free: false,
        notes: None,
    }
}

/// A new session on `module`: its meeting and itself, in one transaction.
pub fn create(
    db: &mut Database,
    module: ModuleId,
    meeting: &MeetingInput,
    trainers: Option<String>,
    zone: Tz,
    is_sample: bool,
    now: DateTime<Utc>,
) -> Result<MeetingId> {
    store::get(db.conn(), module)?;
    let at = timestamp::to_text(now);
    db.write(|tx| {
        let id = meetings::insert(tx, meeting, zone, is_sample, &at)?;
        tx.prepare_cached(
            "INSERT INTO training_session (meeting_id, module_id, trainers, created_at, updated_at)
             VALUES (?1, ?2, ?3, ?4, ?4)",
        )?
        .execute(params![id, module, trimmed(&trainers), at])?;
        Ok(id)
    })
}

struct Row {
    module_id: ModuleId,
    feedback: Feedback,
}

fn row(conn: &Connection, id: MeetingId) -> Result<Option<Row>> {
    Ok(conn
        .prepare_cached(
            "SELECT module_id, trainers, worked, to_change FROM training_session
             WHERE meeting_id = ?1",
        )?
        .query_row(params![id], |r| {
            Ok(Row {
                module_id: r.get(0)?,
                feedback: Feedback {
                    trainers: r.get(1)?,
                    worked: r.get(2)?,
                    to_change: r.get(3)?,
                },
            })
        })
        .optional()?)
}

pub fn get(conn: &Connection, id: MeetingId, zone: Tz, langs: &[Lang]) -> Result<Session> {
    let row = row(conn, id)?.ok_or_else(|| not_found(id))?;
    let module = store::get(conn, row.module_id)?;
    Ok(Session {
        id,
        module_id: row.module_id,
        module_title: module.title_in(langs).to_owned(),
        meeting: meetings::get(conn, id, zone)?,
        trainers: row.feedback.trainers,
        worked: row.feedback.worked,
        to_change: row.feedback.to_change,
    })
}

/// Every session, or a module's, newest first.
pub fn list(
    conn: &Connection,
    module: Option<ModuleId>,
    zone: Tz,
    langs: &[Lang],
) -> Result<Vec<Session>> {
    let ids: Vec<MeetingId> = conn
        .prepare_cached(
            "SELECT s.meeting_id FROM training_session s JOIN meeting m ON m.id = s.meeting_id
             WHERE ?1 IS NULL OR s.module_id = ?1 ORDER BY m.starts_at DESC",
        )?
        .query_map(params![module], |r| r.get(0))?
        .collect::<rusqlite::Result<_>>()?;
    ids.into_iter()
        .map(|id| get(conn, id, zone, langs))
        .collect()
}

/// Whether a meeting is a training session (its sign-in sheet says so).
pub fn is_session(conn: &Connection, id: MeetingId) -> Result<bool> {
    Ok(row(conn, id)?.is_some())
}

/// Who trained, and what worked and what to change.
pub fn save_feedback(
    db: &mut Database,
    id: MeetingId,
    feedback: &Feedback,
    now: DateTime<Utc>,
) -> Result<()> {
    let at = timestamp::to_text(now);
    let changed = db.write(|tx| {
        Ok(tx
            .prepare_cached(
                "UPDATE training_session SET trainers = ?2, worked = ?3, to_change = ?4,
                   updated_at = ?5 WHERE meeting_id = ?1",
            )?
            .execute(params![
                id,
                trimmed(&feedback.trainers),
                trimmed(&feedback.worked),
                trimmed(&feedback.to_change),
                at
            ])?)
    })?;
    if changed == 0 {
        return Err(not_found(id));
    }
    Ok(())
}

/// Marks someone present at a session, as a sign-in does (twice changes nothing).
pub fn attend(
    db: &mut Database,
    id: MeetingId,
    person: PersonId,
    now: DateTime<Utc>,
) -> Result<()> {
    if !is_session(db.conn(), id)? {
        return Err(not_found(id));
    }
    attendance::record(db, id, person, now)
}
