//! The application files chapters send, imported into a round. A file is opened only when its
//! signature holds ([`crate::signed_file`]). The same file imported twice is recognized and
//! changes nothing; a later revision from the same chapter replaces the current one, which
//! stays in the history; a file claiming an application another chapter sent is refused.

use chrono::{DateTime, Utc};
use ed25519_dalek::VerifyingKey;
use rusqlite::{params, Connection, OptionalExtension, Row, Transaction};
use serde::Serialize;
use ts_rs::TS;

use super::rounds;
use crate::db::codes::{column, to_code};
use crate::db::{timestamp, Database};
use crate::grants::money::dollars;
use crate::grants::rules;
use crate::grants::sent::{SentApplication, KIND};
use crate::ids::{ApplicationId, RoundId};
use crate::settings::{require, Role};
use crate::{msg, signed_file, signing, CoreError, Result};

/// What became of a file imported.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum Imported {
    /// An application new to the committee.
    New,
    /// This very revision was imported before: nothing changed.
    AlreadyImported,
    /// A later revision of an application already received; the earlier one stays in the
    /// history.
    Resubmitted,
}

/// Where a received application stands with the committee.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, serde::Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum ReceivedStatus {
    Received,
    Awarded,
    Declined,
}

#[derive(Debug, Clone, PartialEq, Serialize, TS)]
pub struct Received {
    pub id: ApplicationId,
    pub round_id: RoundId,
    pub chapter_name: String,
    /// The sending chapter's key, as people compare it.
    pub fingerprint: String,
    /// The region the committee put the chapter in, once it has.
    pub region: Option<String>,
    /// The current revision, as sent.
    pub sent: SentApplication,
    /// How many revisions were received, the current one among them.
    pub revisions: u32,
    pub status: ReceivedStatus,
    #[ts(type = "number | null")]
    pub awarded_cents: Option<i64>,
    pub decision_reason: Option<String>,
}

pub fn not_found(id: ApplicationId) -> CoreError {
    CoreError::NotFound {
        what: msg!("thing-grant-application", id = id.to_string()),
    }
}

/// Opens `bytes` as an application file and files it under `round`.
pub fn import(
    db: &mut Database,
    round: RoundId,
    bytes: &[u8],
    now: DateTime<Utc>,
) -> Result<(ApplicationId, Imported)> {
    require(db, Role::National)?;
    let opened = signed_file::open(bytes, KIND)?;
    let sent: SentApplication = serde_json::from_slice(&opened.payload)
        .map_err(|_| CoreError::invalid_file(msg!("grant-file-unreadable")))?;
    if sent.content.revision() != sent.revision {
        // Signed as it is, but not what Groundwork writes: made by hand or by a broken copy.
        return Err(CoreError::invalid_file(msg!("grant-file-unreadable")));
    }
    check_rules(&sent)?;
    rounds::get(db.conn(), round)?;
    let outcome =
        db.write(|tx| file(tx, round, &opened.public_key, &opened.payload, &sent, now))?;
    Ok((sent.application_id, outcome))
}

/// The round's rules, checked again on what arrived: a file made by another program, or by
/// an older Groundwork with other rules, is refused saying which rule it breaks.
fn check_rules(sent: &SentApplication) -> Result<()> {
    let c = &sent.content;
    let broken = rules::problems(&c.application)
        .into_iter()
        .next()
        .map(|m| m.what);
    let total: i64 = c
        .budget
        .iter()
        .map(|l| i64::from(l.quantity) * l.unit_cost_cents)
        .sum();
    let broken = broken.or_else(|| {
        (total != c.application.amount_cents).then(|| {
            msg!(
                "grant-budget-not-amount",
                total = dollars(total),
                amount = dollars(c.application.amount_cents)
            )
        })
    });
    match broken {
        None => Ok(()),
        Some(rule) => Err(CoreError::invalid_file(msg!(
            "grant-file-breaks-rules",
            rule = rule
        ))),
    }
}

fn file(
    tx: &Transaction<'_>,
    round: RoundId,
    key: &VerifyingKey,
    payload: &[u8],
    sent: &SentApplication,
    now: DateTime<Utc>,
) -> Result<Imported> {
    let at = timestamp::to_text(now);
    let key_bytes = key.to_bytes();
    let languages: Vec<&str> = sent
        .content
        .chapter
        .languages
        .iter()
        .map(|l| l.code())
        .collect();
    tx.prepare_cached(
        "INSERT INTO sending_chapter (public_key, name, languages, first_seen_at, last_seen_at)
         VALUES (?1, ?2, ?3, ?4, ?4)
         ON CONFLICT (public_key) DO UPDATE SET name = excluded.name,
             languages = excluded.languages, last_seen_at = excluded.last_seen_at",
    )?
    .execute(params![
        key_bytes.as_slice(),
        sent.content.chapter.name,
        serde_json::to_string(&languages).expect("codes are plain text"),
        at
    ])?;
    let existing: Option<(RoundId, [u8; 32], String, String)> = tx
        .prepare_cached(
            "SELECT round_id, chapter_key, revision, status FROM received_application
             WHERE id = ?1",
        )?
        .query_row(params![sent.application_id], |r| {
            Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?))
        })
        .optional()?;
    let id = sent.application_id;
    let payload = std::str::from_utf8(payload)
        .map_err(|_| CoreError::invalid_file(msg!("grant-file-unreadable")))?;
    let keep_revision = |tx: &Transaction<'_>| -> Result<()> {
        tx.prepare_cached(
            "INSERT INTO received_revision (application_id, revision, payload, sent_at,
                 received_at)
             VALUES (?1, ?2, ?3, ?4, ?5)",
        )?
        .execute(params![id, sent.revision, payload, sent.sent_at, at])?;
        Ok(())
    };
    let Some((filed_round, filed_key, current, status)) = existing else {
        keep_revision(tx)?;
        tx.prepare_cached(
            "INSERT INTO received_application (id, round_id, chapter_key, revision, status,
                 received_at, updated_at)
             VALUES (?1, ?2, ?3, ?4, 'received', ?5, ?5)",
        )?
        .execute(params![id, round, key_bytes.as_slice(), sent.revision, at])?;
        return Ok(Imported::New);
    };
    if filed_key != key_bytes {
        return Err(CoreError::conflict(msg!("grant-import-other-chapter")));
    }
    if filed_round != round {
        let name = rounds::get(tx, filed_round)?.fields.name;
        return Err(CoreError::conflict(msg!(
            "grant-import-other-round",
            round = name
        )));
    }
    if current == sent.revision {
        return Ok(Imported::AlreadyImported);
    }
    let earlier: bool = tx
        .prepare_cached(
            "SELECT EXISTS (SELECT 1 FROM received_revision
                            WHERE application_id = ?1 AND revision = ?2)",
        )?
        .query_row(params![id, sent.revision], |r| r.get(0))?;
    if earlier {
        return Err(CoreError::conflict(msg!("grant-import-earlier-revision")));
    }
    if status != to_code(&ReceivedStatus::Received) {
        return Err(CoreError::conflict(msg!("grant-import-decided")));
    }
    keep_revision(tx)?;
    tx.prepare_cached(
        "UPDATE received_application SET revision = ?2, updated_at = ?3 WHERE id = ?1",
    )?
    .execute(params![id, sent.revision, at])?;
    Ok(Imported::Resubmitted)
}

const COLUMNS: &str = "a.id, a.round_id, c.name, a.chapter_key, r.payload,
    (SELECT count(*) FROM received_revision h WHERE h.application_id = a.id),
    a.status, a.awarded_cents, a.decision_reason, c.region";

const FROM: &str = "received_application a
    JOIN sending_chapter c ON c.public_key = a.chapter_key
    JOIN received_revision r ON r.application_id = a.id AND r.revision = a.revision";

fn from_row(r: &Row<'_>) -> rusqlite::Result<Received> {
    let key: [u8; 32] = r.get(3)?;
    let payload: String = r.get(4)?;
    let sent: SentApplication = serde_json::from_str(&payload).map_err(|e| {
        rusqlite::Error::FromSqlConversionFailure(4, rusqlite::types::Type::Text, Box::new(e))
    })?;
    let fingerprint = VerifyingKey::from_bytes(&key)
        .map(|k| signing::fingerprint(&k))
        .unwrap_or_default();
    Ok(Received {
        id: r.get(0)?,
        round_id: r.get(1)?,
        chapter_name: r.get(2)?,
        fingerprint,
        region: r.get(9)?,
        sent,
        revisions: r.get(5)?,
        status: column(r.get(6)?)?,
        awarded_cents: r.get(7)?,
        decision_reason: r.get(8)?,
    })
}

pub fn get(conn: &Connection, id: ApplicationId) -> Result<Received> {
    conn.prepare_cached(&format!("SELECT {COLUMNS} FROM {FROM} WHERE a.id = ?1"))?
        .query_row(params![id], from_row)
        .optional()?
        .ok_or_else(|| not_found(id))
}

/// A round's applications, in the order they were received.
pub fn list(conn: &Connection, round: RoundId) -> Result<Vec<Received>> {
    rounds::get(conn, round)?;
    Ok(conn
        .prepare_cached(&format!(
            "SELECT {COLUMNS} FROM {FROM} WHERE a.round_id = ?1 ORDER BY a.received_at, a.id"
        ))?
        .query_map(params![round], from_row)?
        .collect::<rusqlite::Result<_>>()?)
}
