//! A round's ledger: its budget, what its awards commit, what has been paid, and what is left
//! to award. Payments are recorded against an award and never pass it.

use chrono::{DateTime, NaiveDate, Utc};
use rusqlite::{params, Connection, Transaction};
use serde::Serialize;
use ts_rs::TS;

use super::received::{self, ReceivedStatus};
use super::rounds;
use crate::db::{timestamp, Database};
use crate::grants::money::dollars;
use crate::ids::{ApplicationId, DisbursementId, RoundId};
use crate::settings::{require, Role};
use crate::text::trimmed;
use crate::{msg, CoreError, Result};

/// In cents.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, TS)]
pub struct Ledger {
    #[ts(type = "number")]
    pub budget: i64,
    #[ts(type = "number")]
    pub committed: i64,
    #[ts(type = "number")]
    pub disbursed: i64,
    /// What is left to award: the budget less what is committed, never below zero.
    #[ts(type = "number")]
    pub remaining: i64,
}

pub fn ledger(conn: &Connection, round: RoundId) -> Result<Ledger> {
    let budget = rounds::get(conn, round)?.fields.budget_cents;
    let committed = committed(conn, round, None)?;
    let disbursed: i64 = conn
        .prepare_cached(
            "SELECT coalesce(sum(d.amount_cents), 0) FROM disbursement d
             JOIN received_application a ON a.id = d.application_id WHERE a.round_id = ?1",
        )?
        .query_row(params![round], |r| r.get(0))?;
    Ok(Ledger {
        budget,
        committed,
        disbursed,
        remaining: (budget - committed).max(0),
    })
}

/// What the round's awards commit, leaving out `except`'s (an award being changed).
pub(crate) fn committed(
    conn: &Connection,
    round: RoundId,
    except: Option<ApplicationId>,
) -> Result<i64> {
    Ok(conn
        .prepare_cached(
            "SELECT coalesce(sum(awarded_cents), 0) FROM received_application
             WHERE round_id = ?1 AND status = 'awarded' AND (?2 IS NULL OR id <> ?2)",
        )?
        .query_row(params![round, except], |r| r.get(0))?)
}

/// What has been paid on `application`.
pub(crate) fn paid(tx: &Transaction<'_>, application: ApplicationId) -> Result<i64> {
    Ok(tx
        .prepare_cached(
            "SELECT coalesce(sum(amount_cents), 0) FROM disbursement WHERE application_id = ?1",
        )?
        .query_row(params![application], |r| r.get(0))?)
}

/// Records a payment on an award; refused past what was awarded, saying what is left.
pub fn disburse(
    db: &mut Database,
    application: ApplicationId,
    amount_cents: i64,
    paid_on: NaiveDate,
    note: Option<String>,
    now: DateTime<Utc>,
) -> Result<Ledger> {
    require(db, Role::National)?;
    let found = received::get(db.conn(), application)?;
    let (ReceivedStatus::Awarded, Some(awarded)) = (found.status, found.awarded_cents) else {
        return Err(CoreError::conflict(msg!("grant-pay-not-awarded")));
    };
    if amount_cents <= 0 {
        return Err(
            CoreError::invalid(msg!("field-payment"), msg!("grant-pay-nothing")).at("amount_cents"),
        );
    }
    db.write(|tx| {
        let before = paid(tx, application)?;
        if before + amount_cents > awarded {
            return Err(CoreError::conflict(msg!(
                "grant-pay-past-award",
                amount = dollars(amount_cents),
                left = dollars(awarded - before),
                awarded = dollars(awarded)
            )));
        }
        tx.prepare_cached(
            "INSERT INTO disbursement (id, application_id, amount_cents, paid_on, note,
                 created_at)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
        )?
        .execute(params![
            DisbursementId::new(),
            application,
            amount_cents,
            paid_on,
            trimmed(&note),
            timestamp::to_text(now)
        ])?;
        Ok(())
    })?;
    ledger(db.conn(), found.round_id)
}
