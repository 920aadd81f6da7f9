//! Who came to a meeting: marked from a filled sign-in sheet, undone with one call.

use chrono::{DateTime, Utc};
use rusqlite::{params, Connection, OptionalExtension};

use super::model::{Attendance, AttendedMeeting, NewAttendee, SignInSummary};
use crate::db::{timestamp, Database};
use crate::ids::{AttendanceId, MeetingId, PersonId};
use crate::msg;
use crate::people::model::{display_name, Address, PersonInput, PhoneInput};
use crate::people::search;
use crate::people::store::{self, Origin};
use crate::{CoreError, Result};

fn meeting_starts(conn: &Connection, meeting: MeetingId) -> Result<String> {
    conn.prepare_cached("SELECT starts_at FROM meeting WHERE id = ?1")?
        .query_row(params![meeting], |r| r.get(0))
        .optional()?
        .ok_or_else(|| CoreError::NotFound {
            what: msg!("thing-meeting", id = meeting.to_string()),
        })
}

/// Marks a known person present. Their first time if they had signed in at no earlier meeting.
/// Marking someone twice changes nothing.
pub fn record(
    db: &mut Database,
    meeting: MeetingId,
    person: PersonId,
    now: DateTime<Utc>,
) -> Result<()> {
    let starts = meeting_starts(db.conn(), meeting)?;
    let at = timestamp::to_text(now);
    db.write(|tx| {
        let known: Option<bool> = tx
            .prepare_cached("SELECT needs_childcare FROM person WHERE id = ?1")?
            .query_row(params![person], |r| r.get(0))
            .optional()?;
        let Some(needs_childcare) = known else {
            return Err(CoreError::NotFound { what: msg!("thing-person", id = person.to_string()) });
        };
        let earlier: i64 = tx
            .prepare_cached(
                "SELECT count(*) FROM attendance a JOIN meeting m ON m.id = a.meeting_id
                 WHERE a.person_id = ?1 AND m.starts_at < ?2",
            )?
            .query_row(params![person, starts], |r| r.get(0))?;
        tx.prepare_cached(
            "INSERT INTO attendance (id, meeting_id, person_id, first_time, wants_childcare, recorded_at, created_at, updated_at)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?6, ?6)
             ON CONFLICT (meeting_id, person_id) DO NOTHING",
        )?
        .execute(params![AttendanceId::new(), meeting, person, earlier == 0, needs_childcare, at])?;
        Ok(())
    })
}

/// Someone the chapter did not know: becomes a person (source "sign-in") and is marked
/// present, first time, in one transaction.
pub fn add_new(
    db: &mut Database,
    meeting: MeetingId,
    who: &NewAttendee,
    is_sample: bool,
    now: DateTime<Utc>,
) -> Result<PersonId> {
    meeting_starts(db.conn(), meeting)?;
    let mut input = PersonInput {
        first_name: who.first_name.clone(),
        last_name: who.last_name.clone(),
        phones: who
            .phone
            .iter()
            .map(|p| PhoneInput {
                number: p.clone(),
                label: None,
            })
            .collect(),
        emails: who.email.iter().cloned().collect(),
        address: Address {
            zip: who.zip.clone(),
            ..Default::default()
        },
        preferred_language: who.preferred_language.clone(),
        tags: vec![],
        ..Default::default()
    };
    input.responsibilities.needs_childcare = who.wants_childcare;
    // A refusal names the new attendee's own fields, which are flat (`zip`, not `address.zip`).
    let input = crate::people::validate::person_input(input).map_err(|e| {
        let flat = match e.key() {
            Some("address.zip") => Some("zip"),
            Some(key) if key.starts_with("phones.") => Some("phone"),
            Some(key) if key.starts_with("emails.") => Some("email"),
            Some(key) => Some(key),
            None => None,
        }
        .map(str::to_owned);
        match flat {
            Some(key) => e.at(key),
            None => e,
        }
    })?;
    let at = timestamp::to_text(now);
    db.write(|tx| {
        let person = store::insert(tx, &input, Origin { source: "sign-in", is_sample }, now)?;
        tx.prepare_cached(
            "INSERT INTO attendance (id, meeting_id, person_id, first_time, wants_childcare, recorded_at, created_at, updated_at)
             VALUES (?1, ?2, ?3, 1, ?4, ?5, ?5, ?5)",
        )?
        .execute(params![AttendanceId::new(), meeting, person, who.wants_childcare, at])?;
        Ok(person)
    })
}

/// Undoes a mark. A person created at this sign-in stays: they were on the sheet.
pub fn remove(db: &mut Database, meeting: MeetingId, person: PersonId) -> Result<()> {
    db.write(|tx| {
        tx.prepare_cached("DELETE FROM attendance WHERE meeting_id = ?1 AND person_id = ?2")?
            .execute(params![meeting, person])?;
        Ok(())
    })
}

/// Who came, most recently marked first.
pub fn list(conn: &Connection, meeting: MeetingId) -> Result<Vec<Attendance>> {
    Ok(conn
        .prepare_cached(
            "SELECT a.person_id, p.preferred_name, p.first_name, p.last_name, a.first_time,
                    (a.wants_childcare OR p.needs_childcare), a.recorded_at
             FROM attendance a JOIN person p ON p.id = a.person_id
             WHERE a.meeting_id = ?1 ORDER BY a.recorded_at DESC, a.id DESC",
        )?
        .query_map(params![meeting], |r| {
            let preferred: Option<String> = r.get(1)?;
            let first: String = r.get(2)?;
            let last: String = r.get(3)?;
            Ok(Attendance {
                person_id: r.get(0)?,
                display_name: display_name(preferred.as_deref(), &first, &last),
                first_time: r.get(4)?,
                needs_childcare: r.get(5)?,
                recorded_at: r.get(6)?,
            })
        })?
        .collect::<rusqlite::Result<_>>()?)
}

/// How many came, how many were new, and the new people to follow up with.
pub fn summary(conn: &Connection, meeting: MeetingId) -> Result<SignInSummary> {
    let attendees = list(conn, meeting)?;
    let follow_up = attendees
        .iter()
        .filter(|a| a.first_time)
        .map(|a| search::summary(conn, a.person_id))
        .collect::<Result<Vec<_>>>()?;
    Ok(SignInSummary {
        attended: attendees.len() as u32,
        new_people: attendees.iter().filter(|a| a.first_time).count() as u32,
        follow_up,
    })
}

/// People expected at a meeting: everyone who signed in at a meeting in the 90 days before it,
/// by name, for pre-printed rows to tick.
pub fn expected_names(conn: &Connection, meeting: MeetingId) -> Result<Vec<String>> {
    let starts = meeting_starts(conn, meeting)?;
    let from = chrono::DateTime::parse_from_rfc3339(&starts)
        .map(|t| timestamp::to_text((t - chrono::Duration::days(90)).with_timezone(&Utc)))
        .unwrap_or_default();
    let mut stmt = conn.prepare_cached(
        "SELECT DISTINCT p.preferred_name, p.first_name, p.last_name
         FROM attendance a JOIN meeting m ON m.id = a.meeting_id JOIN person p ON p.id = a.person_id
         WHERE m.id != ?1 AND m.starts_at < ?2 AND m.starts_at >= ?3
         ORDER BY p.last_name COLLATE NOCASE, p.first_name COLLATE NOCASE",
    )?;
    let names = stmt
        .query_map(params![meeting, starts, from], |r| {
            let preferred: Option<String> = r.get(0)?;
            Ok(display_name(
                preferred.as_deref(),
                &r.get::<_, String>(1)?,
                &r.get::<_, String>(2)?,
            ))
        })?
        .collect::<rusqlite::Result<_>>()?;
    Ok(names)
}

/// The meetings a person signed in at, newest first, with times in the chapter's zone.
pub fn for_person(
    conn: &Connection,
    person: PersonId,
    zone: chrono_tz::Tz,
) -> Result<Vec<AttendedMeeting>> {
    Ok(conn
        .prepare_cached(
            "SELECT m.id, m.title, m.starts_at, a.first_time
             FROM attendance a JOIN meeting m ON m.id = a.meeting_id
             WHERE a.person_id = ?1 ORDER BY m.starts_at DESC",
        )?
        .query_map(params![person], |r| {
            let starts: String = r.get(2)?;
            Ok(AttendedMeeting {
                meeting_id: r.get(0)?,
                title: r.get(1)?,
                starts_at: super::time::utc_text_to_local(&starts, zone),
                first_time: r.get(3)?,
            })
        })?
        .collect::<rusqlite::Result<_>>()?)
}
