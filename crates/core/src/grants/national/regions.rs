//! Where the money goes: the region the committee puts each sending chapter in, and a round's
//! applications and awards counted by region for its summary. A region belongs to the chapter,
//! not to one application, so it is set once and holds for the chapter's later rounds.

use chrono::{DateTime, Utc};
use rusqlite::{params, Connection};
use serde::Serialize;
use ts_rs::TS;

use super::received::{self, Received, ReceivedStatus};
use crate::db::{timestamp, Database};
use crate::ids::ApplicationId;
use crate::settings::{require, Role};
use crate::text::trimmed;
use crate::{msg, CoreError, Result};

/// Longer than any region's name; a longer one is a paste gone wrong.
const MAX_REGION: usize = 80;

/// Puts the chapter that sent `application` in `region`, or in none (an empty name clears
/// it). Every application from that chapter shows the region at once.
pub fn set(
    db: &mut Database,
    application: ApplicationId,
    region: &Option<String>,
    now: DateTime<Utc>,
) -> Result<Received> {
    require(db, Role::National)?;
    received::get(db.conn(), application)?;
    let region = trimmed(region);
    if region
        .as_ref()
        .is_some_and(|r| r.chars().count() > MAX_REGION)
    {
        return Err(CoreError::invalid(
            msg!("field-region"),
            msg!("grant-region-too-long", most = MAX_REGION as i64),
        )
        .at("region"));
    }
    let at = timestamp::to_text(now);
    db.write(|tx| {
        tx.prepare_cached(
            "UPDATE sending_chapter SET region = ?2, last_seen_at = max(last_seen_at, ?3)
             WHERE public_key = (SELECT chapter_key FROM received_application WHERE id = ?1)",
        )?
        .execute(params![application, region, at])?;
        Ok(())
    })?;
    received::get(db.conn(), application)
}

/// The regions the committee has named so far, in order: offered as it types one.
pub fn known(conn: &Connection) -> Result<Vec<String>> {
    Ok(conn
        .prepare_cached(
            "SELECT DISTINCT region FROM sending_chapter WHERE region IS NOT NULL
             ORDER BY region COLLATE NOCASE",
        )?
        .query_map([], |r| r.get(0))?
        .collect::<rusqlite::Result<_>>()?)
}

/// A region's line in a round's summary.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct RegionTotal {
    /// `None`: chapters the committee has not put in a region yet.
    pub region: Option<String>,
    pub applications: u32,
    pub awarded: u32,
    #[ts(type = "number")]
    pub awarded_cents: i64,
}

/// A round's applications counted by region, the regions in order and those without one
/// last.
pub fn totals(applications: &[Received]) -> Vec<RegionTotal> {
    let mut totals: Vec<RegionTotal> = Vec::new();
    for a in applications {
        let at = match totals.iter().position(|t| t.region == a.region) {
            Some(at) => at,
            None => {
                totals.push(RegionTotal {
                    region: a.region.clone(),
                    applications: 0,
                    awarded: 0,
                    awarded_cents: 0,
                });
                totals.len() - 1
            }
        };
        let total = &mut totals[at];
        total.applications += 1;
        if a.status == ReceivedStatus::Awarded {
            total.awarded += 1;
            total.awarded_cents += a.awarded_cents.unwrap_or(0);
        }
    }
    totals.sort_by(|a, b| match (&a.region, &b.region) {
        (Some(a), Some(b)) => a.to_lowercase().cmp(&b.to_lowercase()),
        (Some(_), None) => std::cmp::Ordering::Less,
        (None, Some(_)) => std::cmp::Ordering::Greater,
        (None, None) => std::cmp::Ordering::Equal,
    });
    totals
}
