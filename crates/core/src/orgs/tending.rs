//! Relationships to tend: partners and allies nobody has been in touch with for a while, and
//! next steps from the contact log whose day has come (or comes within the week).

use chrono::{Days, NaiveDate};
use rusqlite::{params, Connection};
use serde::Serialize;
use ts_rs::TS;

use super::contact_log::ContactKind;
use super::model::Relationship;
use crate::db::codes::column;
use crate::ids::{OrgContactId, OrganizationId};
use crate::Result;

/// A partner or ally with no contact logged in the weeks asked about.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct QuietRelationship {
    pub organization_id: OrganizationId,
    pub name: String,
    pub relationship: Relationship,
    /// The day of the last logged contact; `None` when there has never been one.
    pub last_contact: Option<String>,
    pub is_sample: bool,
}

/// A next step not yet done, due within the coming week or overdue.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct DueStep {
    pub contact_id: OrgContactId,
    pub organization_id: OrganizationId,
    pub name: String,
    pub kind: ContactKind,
    pub next_step: String,
    pub due: String,
    /// The day has passed.
    pub overdue: bool,
    pub is_sample: bool,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct ToTend {
    pub weeks: u32,
    /// Longest quiet first (never contacted at the top).
    pub quiet: Vec<QuietRelationship>,
    /// Soonest first.
    pub due: Vec<DueStep>,
}

/// What to tend as of `today`, counting a relationship as quiet after `weeks` weeks.
pub fn to_tend(conn: &Connection, weeks: u32, today: NaiveDate) -> Result<ToTend> {
    let since = today
        .checked_sub_days(Days::new(u64::from(weeks) * 7))
        .unwrap_or(NaiveDate::MIN)
        .to_string();
    let quiet = conn
        .prepare_cached(
            "SELECT o.id, o.name, o.relationship, max(c.happened_on) AS last, o.is_sample
             FROM organization o LEFT JOIN organization_contact c ON c.organization_id = o.id
             WHERE o.merged_into IS NULL AND o.relationship IN ('partner', 'ally')
             GROUP BY o.id
             HAVING last IS NULL OR last < ?1
             ORDER BY last IS NOT NULL, last, o.name COLLATE NOCASE",
        )?
        .query_map(params![since], |r| {
            Ok(QuietRelationship {
                organization_id: r.get(0)?,
                name: r.get(1)?,
                relationship: column(r.get(2)?)?,
                last_contact: r.get(3)?,
                is_sample: r.get(4)?,
            })
        })?
        .collect::<rusqlite::Result<_>>()?;
    let today_text = today.to_string();
    let week_ahead = today
        .checked_add_days(Days::new(7))
        .unwrap_or(NaiveDate::MAX)
        .to_string();
    let due = conn
        .prepare_cached(
            "SELECT c.id, o.id, o.name, c.kind, c.next_step, c.next_step_due, c.is_sample
             FROM organization_contact c JOIN organization o ON o.id = c.organization_id
             WHERE c.next_step_due IS NOT NULL AND c.next_step_done_on IS NULL
               AND c.next_step_due <= ?1 AND o.merged_into IS NULL
             ORDER BY c.next_step_due, o.name COLLATE NOCASE",
        )?
        .query_map(params![week_ahead], |r| {
            let due: String = r.get(5)?;
            Ok(DueStep {
                contact_id: r.get(0)?,
                organization_id: r.get(1)?,
                name: r.get(2)?,
                kind: column(r.get(3)?)?,
                next_step: r.get(4)?,
                overdue: due < today_text,
                due,
                is_sample: r.get(6)?,
            })
        })?
        .collect::<rusqlite::Result<_>>()?;
    Ok(ToTend { weeks, quiet, due })
}
