//! Suggesting a move up the ladder from evidence: attendance at meetings, and training
//! sessions. An organizer decides.

use chrono::{DateTime, Duration, Utc};
use rusqlite::{params, Connection};

use super::ladder::LadderSuggestion;
use crate::db::timestamp;
use crate::ids::PersonId;
use crate::msg;
use crate::{Message, Result};

/// Meetings within this many days count as "regular".
pub const WINDOW_DAYS: i64 = 60;
/// This many meetings within the window suggests regular participation.
pub const REGULAR: u32 = 3;

fn attended(conn: &Connection, person: PersonId, since: Option<&str>) -> Result<u32> {
    Ok(conn
        .prepare_cached(
            "SELECT count(*) FROM attendance a JOIN meeting m ON m.id = a.meeting_id
             WHERE a.person_id = ?1 AND (?2 IS NULL OR m.starts_at >= ?2)",
        )?
        .query_row(params![person, since], |r| r.get(0))?)
}

/// A contact who has come to a meeting could be an attendee; anyone at either level who came
/// to [`REGULAR`] meetings in [`WINDOW_DAYS`] days could be a participant. The highest level the
/// attendance supports is the one suggested: suggesting "attendee" to a regular would, once
/// taken, suggest "participant" at once from the very same meetings.
pub fn suggest(
    conn: &Connection,
    person: PersonId,
    level: &str,
    now: DateTime<Utc>,
) -> Result<Option<LadderSuggestion>> {
    let suggestion = |to: &str, evidence: Message| -> Result<Option<LadderSuggestion>> {
        Ok(Some(LadderSuggestion {
            person_id: person,
            to_level: to.to_owned(),
            evidence,
        }))
    };
    if !matches!(level, "contact" | "attendee") {
        // Further up, being trained is the evidence.
        return crate::training::skills::suggestion(conn, person, level);
    }
    let since = timestamp::to_text(now - Duration::days(WINDOW_DAYS));
    let recent = attended(conn, person, Some(&since))?;
    if recent >= REGULAR {
        return suggestion(
            "participant",
            msg!("ladder-evidence-regular", count = recent),
        );
    }
    if level == "contact" {
        let ever = attended(conn, person, None)?;
        if ever > 0 {
            return suggestion("attendee", msg!("ladder-evidence-signed-in", count = ever));
        }
    }
    Ok(None)
}
