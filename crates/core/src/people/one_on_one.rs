//! One-on-ones: the conversations organizing is built from, and the follow-ups they promise.

use chrono::{DateTime, NaiveDate, Utc};
use rusqlite::{params, Connection, OptionalExtension, Row};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use super::model::display_name;
use crate::db::{timestamp, Database};
use crate::ids::{OneOnOneId, PersonId};
use crate::msg;
use crate::text::trimmed;
use crate::{CoreError, Message, Result};

/// What an organizer writes down after a one-on-one.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize, TS)]
pub struct OneOnOneInput {
    pub person_id: PersonId,
    /// YYYY-MM-DD
    pub held_on: String,
    /// The organizer who held it.
    pub held_by: String,
    /// Their story.
    pub story: Option<String>,
    /// What they care about, and why.
    pub cares_about: Option<String>,
    /// What they agreed to do.
    pub agreed_to: Option<String>,
    pub next_step: Option<String>,
    /// YYYY-MM-DD
    pub follow_up_on: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct OneOnOne {
    pub id: OneOnOneId,
    #[serde(flatten)]
    #[ts(flatten)]
    pub fields: OneOnOneInput,
    pub follow_up_done: bool,
    pub created_at: String,
}

/// A follow-up that is still open.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct FollowUp {
    pub one_on_one_id: OneOnOneId,
    pub person_id: PersonId,
    pub person_name: String,
    pub held_by: String,
    pub next_step: Option<String>,
    pub follow_up_on: String,
    /// The day has come: today or earlier. Only these count as "due"; the others are coming up.
    pub due: bool,
    /// The date has passed.
    pub overdue: bool,
}

/// A date typed into the field with this label and key.
pub(crate) fn date(field: Message, key: &str, text: &str) -> Result<NaiveDate> {
    NaiveDate::parse_from_str(text.trim(), "%Y-%m-%d")
        .map_err(|_| CoreError::invalid(field, msg!("date-invalid-ymd", text = text)).at(key))
}

/// Records a conversation. `today` bounds the date: a one-on-one cannot be held in the future.
pub fn log(
    db: &mut Database,
    input: &OneOnOneInput,
    today: NaiveDate,
    now: DateTime<Utc>,
) -> Result<OneOnOne> {
    let held_on = date(msg!("field-date"), "held_on", &input.held_on)?;
    if held_on > today {
        return Err(
            CoreError::invalid(msg!("field-date"), msg!("one-on-one-in-future")).at("held_on"),
        );
    }
    let held_by = input.held_by.trim();
    if held_by.is_empty() {
        return Err(
            CoreError::invalid(msg!("field-held-by"), msg!("one-on-one-held-by-missing"))
                .at("held_by"),
        );
    }
    let follow_up_on = match trimmed(&input.follow_up_on) {
        Some(text) => {
            let d = date(msg!("field-follow-up-date"), "follow_up_on", &text)?;
            if d < held_on {
                return Err(CoreError::invalid(
                    msg!("field-follow-up-date"),
                    msg!("one-on-one-follow-up-before"),
                )
                .at("follow_up_on"));
            }
            Some(d.to_string())
        }
        None => None,
    };
    let id = OneOnOneId::new();
    let at = timestamp::to_text(now);
    db.write(|tx| {
        crate::people::store::check_exists(tx, input.person_id)?;
        tx.prepare_cached(
            "INSERT INTO one_on_one (id, person_id, held_on, held_by, story, cares_about, agreed_to,
               next_step, follow_up_on, created_at, updated_at)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?10)",
        )?
        .execute(params![
            id,
            input.person_id,
            held_on.to_string(),
            held_by,
            trimmed(&input.story),
            trimmed(&input.cares_about),
            trimmed(&input.agreed_to),
            trimmed(&input.next_step),
            follow_up_on,
            at
        ])?;
        Ok(())
    })?;
    get(db.conn(), id)
}

const COLUMNS: &str = "id, person_id, held_on, held_by, story, cares_about, agreed_to, next_step,
    follow_up_on, follow_up_done, created_at";

fn from_row(r: &Row<'_>) -> rusqlite::Result<OneOnOne> {
    Ok(OneOnOne {
        id: r.get(0)?,
        fields: OneOnOneInput {
            person_id: r.get(1)?,
            held_on: r.get(2)?,
            held_by: r.get(3)?,
            story: r.get(4)?,
            cares_about: r.get(5)?,
            agreed_to: r.get(6)?,
            next_step: r.get(7)?,
            follow_up_on: r.get(8)?,
        },
        follow_up_done: r.get(9)?,
        created_at: r.get(10)?,
    })
}

pub fn get(conn: &Connection, id: OneOnOneId) -> Result<OneOnOne> {
    conn.prepare_cached(&format!("SELECT {COLUMNS} FROM one_on_one WHERE id = ?1"))?
        .query_row(params![id], from_row)
        .optional()?
        .ok_or_else(|| CoreError::NotFound {
            what: msg!("thing-one-on-one", id = id.to_string()),
        })
}

/// A person's one-on-ones, newest first.
pub fn for_person(conn: &Connection, person: PersonId) -> Result<Vec<OneOnOne>> {
    Ok(conn
        .prepare_cached(&format!(
            "SELECT {COLUMNS} FROM one_on_one WHERE person_id = ?1 ORDER BY held_on DESC, created_at DESC"
        ))?
        .query_map(params![person], from_row)?
        .collect::<rusqlite::Result<_>>()?)
}

/// Open follow-ups, oldest date first, for one organizer or for everyone.
pub fn follow_ups(
    conn: &Connection,
    held_by: Option<&str>,
    today: NaiveDate,
) -> Result<Vec<FollowUp>> {
    let held_by = held_by.map(str::trim).filter(|h| !h.is_empty());
    let mut stmt = conn.prepare_cached(
        "SELECT o.id, o.person_id, p.preferred_name, p.first_name, p.last_name, o.held_by, o.next_step, o.follow_up_on
         FROM one_on_one o JOIN person p ON p.id = o.person_id
         WHERE o.follow_up_done = 0 AND o.follow_up_on IS NOT NULL
           AND (?1 IS NULL OR o.held_by = ?1 COLLATE NOCASE)
         ORDER BY o.follow_up_on, p.last_name COLLATE NOCASE",
    )?;
    let today = today.to_string();
    let rows = stmt.query_map(params![held_by], |r| {
        let preferred: Option<String> = r.get(2)?;
        let first: String = r.get(3)?;
        let last: String = r.get(4)?;
        let follow_up_on: String = r.get(7)?;
        Ok(FollowUp {
            one_on_one_id: r.get(0)?,
            person_id: r.get(1)?,
            person_name: display_name(preferred.as_deref(), &first, &last),
            held_by: r.get(5)?,
            next_step: r.get(6)?,
            due: follow_up_on <= today,
            overdue: follow_up_on < today,
            follow_up_on,
        })
    })?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

/// Marks a follow-up as done; it leaves the list but stays on the record.
pub fn complete_follow_up(db: &mut Database, id: OneOnOneId, now: DateTime<Utc>) -> Result<()> {
    let changed = db.write(|tx| {
        Ok(tx
            .prepare_cached(
                "UPDATE one_on_one SET follow_up_done = 1, updated_at = ?2 WHERE id = ?1",
            )?
            .execute(params![id, timestamp::to_text(now)])?)
    })?;
    if changed == 0 {
        return Err(CoreError::NotFound {
            what: msg!("thing-one-on-one", id = id.to_string()),
        });
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::people::model::PersonInput;
    use crate::people::store::{create, Origin};

    fn day(text: &str) -> NaiveDate {
        NaiveDate::parse_from_str(text, "%Y-%m-%d").unwrap()
    }

    fn setup() -> (Database, PersonId) {
        let mut db = Database::open_in_memory().unwrap();
        let input = PersonInput {
            first_name: "Keisha".into(),
            last_name: "Brown".into(),
            ..Default::default()
        };
        let id = create(&mut db, input, Origin::ENTERED, Utc::now())
            .unwrap()
            .id;
        (db, id)
    }

    fn talk(person: PersonId, held_on: &str, by: &str, follow_up: Option<&str>) -> OneOnOneInput {
        OneOnOneInput {
            person_id: person,
            held_on: held_on.into(),
            held_by: by.into(),
            story: Some("Works nights at the hospital laundry; two kids.".into()),
            cares_about: Some("Rent went up 30% and repairs never come".into()),
            agreed_to: Some("Come to the tenant meeting".into()),
            next_step: Some("Call Thursday about the meeting".into()),
            follow_up_on: follow_up.map(Into::into),
        }
    }

    #[test]
    fn logged_conversations_come_back_newest_first() {
        let (mut db, id) = setup();
        let today = day("2026-11-25");
        log(
            &mut db,
            &talk(id, "2026-10-01", "Rosa", None),
            today,
            Utc::now(),
        )
        .unwrap();
        let second = log(
            &mut db,
            &talk(id, "2026-11-20", "Rosa", Some("2026-11-27")),
            today,
            Utc::now(),
        )
        .unwrap();
        let all = for_person(db.conn(), id).unwrap();
        assert_eq!(all.len(), 2);
        assert_eq!(all[0], second);
        assert_eq!(
            all[0].fields.cares_about.as_deref(),
            Some("Rent went up 30% and repairs never come")
        );
    }

    #[test]
    fn follow_ups_are_per_organizer_and_marked_overdue() {
        let (mut db, id) = setup();
        let today = day("2026-11-25");
        log(
            &mut db,
            &talk(id, "2026-11-01", "Rosa", Some("2026-11-10")),
            today,
            Utc::now(),
        )
        .unwrap();
        let later = log(
            &mut db,
            &talk(id, "2026-11-20", "Tomás", Some("2026-12-01")),
            today,
            Utc::now(),
        )
        .unwrap();
        let all = follow_ups(db.conn(), None, today).unwrap();
        assert_eq!(all.len(), 2);
        assert!(all[0].overdue && !all[1].overdue);
        assert!(
            all[0].due && !all[1].due,
            "one set for six days ahead is not due yet"
        );
        let on_the_day = follow_ups(db.conn(), None, day("2026-12-01")).unwrap();
        assert!(on_the_day[1].due && !on_the_day[1].overdue);
        assert_eq!(all[0].person_name, "Keisha Brown");
        let tomas = follow_ups(db.conn(), Some("tomás"), today).unwrap();
        assert_eq!(tomas.len(), 1);
        complete_follow_up(&mut db, later.id, Utc::now()).unwrap();
        assert!(follow_ups(db.conn(), Some("Tomás"), today)
            .unwrap()
            .is_empty());
        assert!(get(db.conn(), later.id).unwrap().follow_up_done);
    }

    #[test]
    fn bad_dates_and_missing_organizers_are_refused() {
        let (mut db, id) = setup();
        let today = day("2026-11-25");
        let cases = [
            (talk(id, "yesterday", "Rosa", None), "date"),
            (talk(id, "2026-12-25", "Rosa", None), "before it happens"),
            (talk(id, "2026-11-20", "  ", None), "held by"),
            (
                talk(id, "2026-11-20", "Rosa", Some("2026-11-01")),
                "follow-up",
            ),
            (
                talk(PersonId::new(), "2026-11-20", "Rosa", None),
                "not found",
            ),
        ];
        for (input, words) in cases {
            let err = log(&mut db, &input, today, Utc::now())
                .unwrap_err()
                .to_string();
            assert!(err.contains(words), "{err} should mention {words}");
        }
        assert!(for_person(db.conn(), id).unwrap().is_empty());
    }
}
