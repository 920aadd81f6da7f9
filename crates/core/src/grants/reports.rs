//! Progress reports on an award, the chapter's side: one halfway through the initiative and
//! one at its end, against the goals the application set. A report starts filled from the
//! chapter's own records for its months (one-on-ones held, people who joined, members who
//! became leaders, sign-ins at meetings); the chapter corrects what it knows better, adds
//! people reached, what was spent, the story and the difficulties, and sends it as a signed
//! file the way the application went.

use std::path::{Path, PathBuf};

use chrono::{DateTime, NaiveDate, Utc};
use rusqlite::{params, Connection, OptionalExtension, Row};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use super::model::ApplicationStatus;
use super::sent::revision_of;
use super::{rules, store};
use crate::db::codes::{column, to_code};
use crate::db::{timestamp, Database};
use crate::ids::{ApplicationId, ReportId};
use crate::text::trimmed;
use crate::{files, msg, signed_file, signing, CoreError, Result};

/// The signed file's kind.
pub const KIND: &str = "groundwork/grant-report";

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum ReportKind {
    Midpoint,
    Final,
}

/// What the chapter says in a report; numbers `None` while not given.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct ReportInput {
    pub reached: Option<u32>,
    pub one_on_ones: Option<u32>,
    pub new_members: Option<u32>,
    pub new_leaders: Option<u32>,
    /// Sign-ins at the chapter's meetings in the report's months.
    pub sign_ins: Option<u32>,
    #[ts(type = "number | null")]
    pub spent_cents: Option<i64>,
    pub story: Option<String>,
    pub challenges: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct Report {
    pub id: ReportId,
    pub application_id: ApplicationId,
    pub kind: ReportKind,
    pub period_from: NaiveDate,
    pub period_to: NaiveDate,
    pub fields: ReportInput,
    /// When its file was last made.
    pub sent_at: Option<String>,
}

/// What national reads of a report.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct SentReport {
    pub application_id: ApplicationId,
    pub kind: ReportKind,
    pub period_from: NaiveDate,
    pub period_to: NaiveDate,
    pub fields: ReportInput,
    /// Names the content: the same words and figures give the same revision.
    pub revision: String,
    pub sent_at: String,
}

pub fn not_found(id: ReportId) -> CoreError {
    CoreError::NotFound {
        what: msg!("thing-grant-report", id = id.to_string()),
    }
}

/// The months a report covers: from the first day to halfway (midpoint), or the whole span.
pub fn period(
    starts_on: NaiveDate,
    ends_on: NaiveDate,
    kind: ReportKind,
) -> (NaiveDate, NaiveDate) {
    match kind {
        ReportKind::Midpoint => (starts_on, rules::report_days(starts_on, ends_on).0),
        ReportKind::Final => (starts_on, ends_on),
    }
}

/// What the chapter's records say of `from` to `to` (both days counted).
pub fn from_records(conn: &Connection, from: NaiveDate, to: NaiveDate) -> Result<ReportInput> {
    let count = |sql: &str| -> Result<u32> {
        Ok(conn
            .prepare_cached(sql)?
            .query_row(params![from, to], |r| r.get(0))?)
    };
    Ok(ReportInput {
        reached: None,
        one_on_ones: Some(count(
            "SELECT count(*) FROM one_on_one WHERE held_on BETWEEN ?1 AND ?2",
        )?),
        new_members: Some(count(
            "SELECT count(*) FROM person WHERE join_date BETWEEN ?1 AND ?2",
        )?),
        new_leaders: Some(count(
            "SELECT count(DISTINCT person_id) FROM ladder_change
             WHERE to_level IN ('leader', 'organizer') AND substr(changed_at, 1, 10) BETWEEN ?1 AND ?2",
        )?),
        sign_ins: Some(count(
            "SELECT count(*) FROM attendance a JOIN meeting m ON m.id = a.meeting_id
             WHERE substr(m.starts_at, 1, 10) BETWEEN ?1 AND ?2",
        )?),
        spent_cents: None,
        story: None,
        challenges: None,
    })
}

/// Starts the report of `kind` on an award, filled from the chapter's records (the same one,
/// as it stands, when it was started before).
pub fn start(
    db: &mut Database,
    application: ApplicationId,
    kind: ReportKind,
    now: DateTime<Utc>,
) -> Result<Report> {
    let a = store::get(db.conn(), application)?;
    if a.status != ApplicationStatus::Awarded {
        return Err(CoreError::conflict(msg!("grant-report-not-awarded")));
    }
    if let Some(existing) = of_kind(db.conn(), application, kind)? {
        return Ok(existing);
    }
    let (from, to) = period(a.fields.starts_on, a.fields.ends_on, kind);
    let filled = from_records(db.conn(), from, to)?;
    let id = ReportId::new();
    db.write(|tx| {
        tx.prepare_cached(
            "INSERT INTO grant_report (id, application_id, kind, period_from, period_to,
                 one_on_ones, new_members, new_leaders, sign_ins, created_at, updated_at)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?10)",
        )?
        .execute(params![
            id,
            application,
            to_code(&kind),
            from,
            to,
            filled.one_on_ones,
            filled.new_members,
            filled.new_leaders,
            filled.sign_ins,
            timestamp::to_text(now)
        ])?;
        Ok(())
    })?;
    get(db.conn(), id)
}

/// Saves what the chapter says in the report, whole.
pub fn save(
    db: &mut Database,
    id: ReportId,
    input: &ReportInput,
    now: DateTime<Utc>,
) -> Result<Report> {
    get(db.conn(), id)?;
    db.write(|tx| {
        tx.prepare_cached(
            "UPDATE grant_report SET reached = ?2, one_on_ones = ?3, new_members = ?4,
                 new_leaders = ?5, sign_ins = ?6, spent_cents = ?7, story = ?8, challenges = ?9,
                 updated_at = ?10
             WHERE id = ?1",
        )?
        .execute(params![
            id,
            input.reached,
            input.one_on_ones,
            input.new_members,
            input.new_leaders,
            input.sign_ins,
            input.spent_cents,
            trimmed(&input.story),
            trimmed(&input.challenges),
            timestamp::to_text(now)
        ])?;
        Ok(())
    })?;
    get(db.conn(), id)
}

const COLUMNS: &str = "id, application_id, kind, period_from, period_to, reached, one_on_ones,
     new_members, new_leaders, sign_ins, spent_cents, story, challenges, sent_at";

fn from_row(r: &Row<'_>) -> rusqlite::Result<Report> {
    Ok(Report {
        id: r.get(0)?,
        application_id: r.get(1)?,
        kind: column(r.get(2)?)?,
        period_from: r.get(3)?,
        period_to: r.get(4)?,
        fields: ReportInput {
            reached: r.get(5)?,
            one_on_ones: r.get(6)?,
            new_members: r.get(7)?,
            new_leaders: r.get(8)?,
            sign_ins: r.get(9)?,
            spent_cents: r.get(10)?,
            story: r.get(11)?,
            challenges: r.get(12)?,
        },
        sent_at: r.get(13)?,
    })
}

pub fn get(conn: &Connection, id: ReportId) -> Result<Report> {
    conn.prepare_cached(&format!("SELECT {COLUMNS} FROM grant_report WHERE id = ?1"))?
        .query_row(params![id], from_row)
        .optional()?
        .ok_or_else(|| not_found(id))
}

fn of_kind(
    conn: &Connection,
    application: ApplicationId,
    kind: ReportKind,
) -> Result<Option<Report>> {
    Ok(conn
        .prepare_cached(&format!(
            "SELECT {COLUMNS} FROM grant_report WHERE application_id = ?1 AND kind = ?2"
        ))?
        .query_row(params![application, to_code(&kind)], from_row)
        .optional()?)
}

/// An application's reports, the midpoint's first.
pub fn of(conn: &Connection, application: ApplicationId) -> Result<Vec<Report>> {
    Ok(conn
        .prepare_cached(&format!(
            "SELECT {COLUMNS} FROM grant_report WHERE application_id = ?1 ORDER BY period_to"
        ))?
        .query_map(params![application], from_row)?
        .collect::<rusqlite::Result<_>>()?)
}

/// The file for national: refused until the story is written; otherwise signed with the
/// chapter's key and written whole.
pub fn export(db: &mut Database, id: ReportId, out: &Path, now: DateTime<Utc>) -> Result<PathBuf> {
    let report = get(db.conn(), id)?;
    if report.fields.story.is_none() {
        return Err(CoreError::invalid(
            msg!("field-report-story"),
            msg!("grant-report-needs-story"),
        )
        .at("story"));
    }
    let revision = revision_of(&(
        report.application_id,
        report.kind,
        report.period_from,
        report.period_to,
        &report.fields,
    ));
    let sent = SentReport {
        application_id: report.application_id,
        kind: report.kind,
        period_from: report.period_from,
        period_to: report.period_to,
        fields: report.fields.clone(),
        revision,
        sent_at: timestamp::to_text(now),
    };
    let key = signing::chapter_key(db, now)?;
    let payload = serde_json::to_vec(&sent).expect("a report is plain data");
    files::write_whole(out, &signed_file::seal(KIND, &payload, &key))?;
    db.write(|tx| {
        tx.prepare_cached("UPDATE grant_report SET sent_at = ?2, updated_at = ?2 WHERE id = ?1")?
            .execute(params![id, timestamp::to_text(now)])?;
        Ok(())
    })?;
    Ok(out.to_owned())
}
