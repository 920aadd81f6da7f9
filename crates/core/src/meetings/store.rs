//! Reading and writing meetings.

use chrono::{DateTime, Utc};
use chrono_tz::Tz;
use rusqlite::{params, Connection, OptionalExtension, Row, Transaction};

use super::model::{Meeting, MeetingDetail, MeetingInput};
use super::time::{local_to_utc, utc_text_to_local};
use crate::db::{timestamp, Database};
use crate::ids::MeetingId;
use crate::msg;
use crate::text::trimmed;
use crate::{CoreError, Result};

/// The row as stored: times in UTC, interpretation as JSON.
struct Stored {
    title: String,
    starts_at: String,
    ends_at: Option<String>,
    place: Option<String>,
    interpretation: String,
    notes: Option<String>,
}

fn checked(input: &MeetingInput, zone: Tz) -> Result<Stored> {
    let title = input.title.trim().to_owned();
    if title.is_empty() {
        return Err(
            CoreError::invalid(msg!("field-title"), msg!("meeting-title-missing")).at("title"),
        );
    }
    let starts =
        local_to_utc(msg!("field-start"), &input.starts_at, zone).map_err(|e| e.at("starts_at"))?;
    let ends = match trimmed(&input.ends_at) {
        Some(text) => {
            let ends = local_to_utc(msg!("field-end"), &text, zone).map_err(|e| e.at("ends_at"))?;
            if ends < starts {
                return Err(CoreError::invalid(
                    msg!("field-end"),
                    msg!("meeting-ends-before-start"),
                )
                .at("ends_at"));
            }
            Some(timestamp::to_text(ends))
        }
        None => None,
    };
    let mut languages: Vec<String> = Vec::new();
    for language in &input.interpretation {
        let language = language.trim();
        if !language.is_empty() && !languages.iter().any(|l| l.eq_ignore_ascii_case(language)) {
            languages.push(language.to_owned());
        }
    }
    Ok(Stored {
        title,
        starts_at: timestamp::to_text(starts),
        ends_at: ends,
        place: trimmed(&input.place),
        interpretation: serde_json::to_string(&languages).unwrap_or_else(|_| "[]".into()),
        notes: trimmed(&input.notes),
    })
}

pub fn create(
    db: &mut Database,
    input: &MeetingInput,
    zone: Tz,
    is_sample: bool,
    now: DateTime<Utc>,
) -> Result<MeetingId> {
    let at = timestamp::to_text(now);
    db.write(|tx| insert(tx, input, zone, is_sample, &at))
}

/// Writes a new meeting inside a transaction the caller holds (a training session makes its
/// meeting and itself together).
pub(crate) fn insert(
    tx: &Transaction<'_>,
    input: &MeetingInput,
    zone: Tz,
    is_sample: bool,
    at: &str,
) -> Result<MeetingId> {
    let s = checked(input, zone)?;
    let id = MeetingId::new();
    tx.prepare_cached(
        "INSERT INTO meeting (id, title, starts_at, ends_at, place, childcare, interpretation, food,
           step_free, notes, is_sample, created_at, updated_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?12)",
    )?
    .execute(params![
        id, s.title, s.starts_at, s.ends_at, s.place, input.childcare, s.interpretation, input.food,
        input.step_free, s.notes, is_sample, at
    ])?;
    Ok(id)
}

pub fn update(
    db: &mut Database,
    id: MeetingId,
    input: &MeetingInput,
    zone: Tz,
    now: DateTime<Utc>,
) -> Result<()> {
    let s = checked(input, zone)?;
    let changed = db.write(|tx| {
        Ok(tx
            .prepare_cached(
                "UPDATE meeting SET title = ?2, starts_at = ?3, ends_at = ?4, place = ?5, childcare = ?6,
                   interpretation = ?7, food = ?8, step_free = ?9, notes = ?10, updated_at = ?11
                 WHERE id = ?1",
            )?
            .execute(params![
                id, s.title, s.starts_at, s.ends_at, s.place, input.childcare, s.interpretation, input.food,
                input.step_free, s.notes, timestamp::to_text(now)
            ])?)
    })?;
    if changed == 0 {
        return Err(CoreError::NotFound {
            what: msg!("thing-meeting", id = id.to_string()),
        });
    }
    Ok(())
}

const COLUMNS: &str =
    "m.id, m.title, m.starts_at, m.ends_at, m.place, m.childcare, m.interpretation, m.food,
    m.step_free, m.notes, m.created_at,
    (SELECT count(*) FROM attendance a WHERE a.meeting_id = m.id)";

fn from_row(r: &Row<'_>, zone: Tz) -> rusqlite::Result<Meeting> {
    let starts: String = r.get(2)?;
    let ends: Option<String> = r.get(3)?;
    let interpretation: String = r.get(6)?;
    Ok(Meeting {
        id: r.get(0)?,
        title: r.get(1)?,
        starts_at: utc_text_to_local(&starts, zone),
        ends_at: ends.map(|e| utc_text_to_local(&e, zone)),
        place: r.get(4)?,
        childcare: r.get(5)?,
        interpretation: serde_json::from_str(&interpretation).unwrap_or_default(),
        food: r.get(7)?,
        step_free: r.get(8)?,
        notes: r.get(9)?,
        created_at: r.get(10)?,
        attended: r.get(11)?,
    })
}

pub fn get(conn: &Connection, id: MeetingId, zone: Tz) -> Result<Meeting> {
    conn.prepare_cached(&format!("SELECT {COLUMNS} FROM meeting m WHERE m.id = ?1"))?
        .query_row(params![id], |r| from_row(r, zone))
        .optional()?
        .ok_or_else(|| CoreError::NotFound {
            what: msg!("thing-meeting", id = id.to_string()),
        })
}

/// Every meeting, newest first.
pub fn list(conn: &Connection, zone: Tz) -> Result<Vec<Meeting>> {
    Ok(conn
        .prepare_cached(&format!(
            "SELECT {COLUMNS} FROM meeting m ORDER BY m.starts_at DESC"
        ))?
        .query_map([], |r| from_row(r, zone))?
        .collect::<rusqlite::Result<_>>()?)
}

pub fn detail(conn: &Connection, id: MeetingId, zone: Tz) -> Result<MeetingDetail> {
    Ok(MeetingDetail {
        meeting: get(conn, id, zone)?,
        attendees: super::attendance::list(conn, id)?,
    })
}
