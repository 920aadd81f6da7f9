//! The committee's decision on an application: an award (the amount asked, or less), or a
//! decline with its reasons. An award that would commit more than the round has left is
//! refused, saying by how much; a decision is changed only down to what was already paid.

use chrono::{DateTime, Utc};
use rusqlite::params;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use super::ledger::{committed, paid};
use super::received::{self, Received, ReceivedStatus};
use super::rounds;
use crate::db::codes::to_code;
use crate::db::{timestamp, Database};
use crate::grants::money::dollars;
use crate::ids::ApplicationId;
use crate::settings::{require, Role};
use crate::text::trimmed;
use crate::{msg, CoreError, Result};

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum Decision {
    /// In cents: the amount asked, or a reduced amount.
    Award {
        #[ts(type = "number")]
        cents: i64,
        reason: Option<String>,
    },
    Decline {
        reason: String,
    },
}

pub fn decide(
    db: &mut Database,
    id: ApplicationId,
    decision: &Decision,
    now: DateTime<Utc>,
) -> Result<Received> {
    require(db, Role::National)?;
    let found = received::get(db.conn(), id)?;
    let asked = found.sent.content.application.amount_cents;
    let (status, awarded, reason) = match decision {
        Decision::Award { cents, reason } => {
            if !(1..=asked).contains(cents) {
                return Err(CoreError::invalid(
                    msg!("field-award"),
                    msg!(
                        "grant-award-out-of-range",
                        award = dollars(*cents),
                        asked = dollars(asked)
                    ),
                )
                .at("award"));
            }
            (ReceivedStatus::Awarded, Some(*cents), trimmed(reason))
        }
        Decision::Decline { reason } => {
            let Some(reason) = trimmed(&Some(reason.clone())) else {
                return Err(CoreError::invalid(
                    msg!("field-decline-reason"),
                    msg!("grant-decline-needs-reason"),
                )
                .at("reason"));
            };
            (ReceivedStatus::Declined, None, Some(reason))
        }
    };
    let round = rounds::get(db.conn(), found.round_id)?;
    db.write(|tx| {
        let already_paid = paid(tx, id)?;
        if already_paid > awarded.unwrap_or(0) {
            return Err(CoreError::conflict(msg!(
                "grant-decision-below-paid",
                paid = dollars(already_paid)
            )));
        }
        if let Some(award) = awarded {
            let others = committed(tx, round.id, Some(id))?;
            let left = (round.fields.budget_cents - others).max(0);
            if award > left {
                return Err(CoreError::conflict(msg!(
                    "grant-award-over-commits",
                    award = dollars(award),
                    left = dollars(left),
                    short = dollars(award - left)
                )));
            }
        }
        tx.prepare_cached(
            "UPDATE received_application SET status = ?2, awarded_cents = ?3,
                 decision_reason = ?4, decided_at = ?5, updated_at = ?5
             WHERE id = ?1",
        )?
        .execute(params![
            id,
            to_code(&status),
            awarded,
            reason,
            timestamp::to_text(now)
        ])?;
        Ok(())
    })?;
    received::get(db.conn(), id)
}
