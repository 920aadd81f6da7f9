//! The progress reports chapters send on their awards, the committee's side: imported with
//! their signature checked against the key that sent the application, and what is due when
//! (halfway through, and a month after the end), with who is overdue.

use chrono::{DateTime, NaiveDate, Utc};
use ed25519_dalek::VerifyingKey;
use rusqlite::{params, Connection, OptionalExtension};
use serde::Serialize;
use ts_rs::TS;

use super::received::{self, Imported, ReceivedStatus};
use crate::db::codes::to_code;
use crate::db::{timestamp, Database};
use crate::grants::reports::{ReportKind, SentReport, KIND};
use crate::grants::rules::report_days;
use crate::ids::{ApplicationId, RoundId};
use crate::settings::{require, Role};
use crate::{msg, signed_file, CoreError, Result};

/// A report due on an award, and whether it came.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct ReportDue {
    pub application: ApplicationId,
    pub chapter: String,
    pub initiative: String,
    pub kind: ReportKind,
    pub due_on: NaiveDate,
    pub received: bool,
    /// Past its day and not received.
    pub overdue: bool,
}

/// Opens a report file and files it with its application; the same report twice changes
/// nothing, a corrected one replaces it.
pub fn import(
    db: &mut Database,
    bytes: &[u8],
    now: DateTime<Utc>,
) -> Result<(ApplicationId, ReportKind, Imported)> {
    require(db, Role::National)?;
    let opened = signed_file::open(bytes, KIND)?;
    let sent: SentReport = serde_json::from_slice(&opened.payload)
        .map_err(|_| CoreError::invalid_file(msg!("grant-file-unreadable")))?;
    let application = received::get(db.conn(), sent.application_id)?;
    let key: [u8; 32] = db
        .conn()
        .prepare_cached("SELECT chapter_key FROM received_application WHERE id = ?1")?
        .query_row(params![sent.application_id], |r| r.get(0))?;
    if VerifyingKey::from_bytes(&key).ok() != Some(opened.public_key) {
        return Err(CoreError::conflict(msg!("grant-import-other-chapter")));
    }
    if application.status != ReceivedStatus::Awarded {
        return Err(CoreError::conflict(msg!("grant-report-on-no-award")));
    }
    let payload = std::str::from_utf8(&opened.payload)
        .map_err(|_| CoreError::invalid_file(msg!("grant-file-unreadable")))?;
    let kind = to_code(&sent.kind);
    let outcome = db.write(|tx| {
        let held: Option<String> = tx
            .prepare_cached(
                "SELECT revision FROM received_report WHERE application_id = ?1 AND kind = ?2",
            )?
            .query_row(params![sent.application_id, kind], |r| r.get(0))
            .optional()?;
        if held.as_deref() == Some(sent.revision.as_str()) {
            return Ok(Imported::AlreadyImported);
        }
        tx.prepare_cached(
            "INSERT INTO received_report (application_id, kind, revision, payload, received_at)
             VALUES (?1, ?2, ?3, ?4, ?5)
             ON CONFLICT (application_id, kind) DO UPDATE SET revision = excluded.revision,
                 payload = excluded.payload, received_at = excluded.received_at",
        )?
        .execute(params![
            sent.application_id,
            kind,
            sent.revision,
            payload,
            timestamp::to_text(now)
        ])?;
        Ok(if held.is_some() {
            Imported::Resubmitted
        } else {
            Imported::New
        })
    })?;
    Ok((sent.application_id, sent.kind, outcome))
}

/// What the report of `kind` on `application` said, if it came.
pub fn received_report(
    conn: &Connection,
    application: ApplicationId,
    kind: ReportKind,
) -> Result<Option<SentReport>> {
    let payload: Option<String> = conn
        .prepare_cached(
            "SELECT payload FROM received_report WHERE application_id = ?1 AND kind = ?2",
        )?
        .query_row(params![application, to_code(&kind)], |r| r.get(0))
        .optional()?;
    payload
        .map(|p| {
            serde_json::from_str(&p)
                .map_err(|_| CoreError::invalid_file(msg!("grant-file-unreadable")))
        })
        .transpose()
}

/// Every report due on the round's awards, the earliest first, with who is overdue on `today`.
pub fn due(conn: &Connection, round: RoundId, today: NaiveDate) -> Result<Vec<ReportDue>> {
    let mut all = Vec::new();
    for a in received::list(conn, round)? {
        if a.status != ReceivedStatus::Awarded {
            continue;
        }
        let c = &a.sent.content;
        let (midpoint, end) = report_days(c.application.starts_on, c.application.ends_on);
        for (kind, due_on) in [(ReportKind::Midpoint, midpoint), (ReportKind::Final, end)] {
            let received = received_report(conn, a.id, kind)?.is_some();
            all.push(ReportDue {
                application: a.id,
                chapter: a.chapter_name.clone(),
                initiative: c.initiative.title.clone(),
                kind,
                due_on,
                received,
                overdue: !received && due_on < today,
            });
        }
    }
    all.sort_by_key(|d| (d.due_on, d.chapter.clone()));
    Ok(all)
}
