//! Grant applications in the database: started for a project, changed while they are drafts,
//! their budget and milestones saved line by line or whole, and read back with what they
//! still need.

use chrono::{DateTime, NaiveDate, Utc};
use rusqlite::{params, Connection, OptionalExtension, Row, Transaction};

use super::initiative;
use super::model::{
    Application, ApplicationInput, ApplicationStatus, BudgetLine, BudgetLineInput, Milestone,
    MilestoneInput,
};
use super::money::dollars;
use super::rules;
use crate::db::codes::{column, to_code};
use crate::db::{timestamp, Database};
use crate::ids::{ApplicationId, BudgetLineId, MilestoneId, ProjectId};
use crate::projects;
use crate::text::trimmed;
use crate::{msg, CoreError, Result};

/// The most lines a budget or a timeline holds: an application is a few pages.
pub const MOST_LINES: usize = 40;

pub fn not_found(id: ApplicationId) -> CoreError {
    CoreError::NotFound {
        what: msg!("thing-grant-application", id = id.to_string()),
    }
}

/// The input as kept, or the rule it breaks.
fn checked(input: &ApplicationInput) -> Result<ApplicationInput> {
    rules::check_amount(input.amount_cents)?;
    rules::check_span(input.starts_on, input.ends_on)?;
    Ok(ApplicationInput {
        base_building: trimmed(&input.base_building),
        sustaining: trimmed(&input.sustaining),
        ..input.clone()
    })
}

/// Starts an application for `project`'s initiative, as a draft.
pub fn create(
    db: &mut Database,
    project: ProjectId,
    input: &ApplicationInput,
    is_sample: bool,
    now: DateTime<Utc>,
) -> Result<Application> {
    let input = checked(input)?;
    let id = ApplicationId::new();
    db.write(|tx| {
        projects::store::get(tx, project)?;
        tx.prepare_cached(
            "INSERT INTO grant_application (id, project_id, amount_cents, starts_on, ends_on,
                 base_building, sustaining, status, is_sample, created_at, updated_at)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, 'draft', ?8, ?9, ?9)",
        )?
        .execute(params![
            id,
            project,
            input.amount_cents,
            input.starts_on,
            input.ends_on,
            input.base_building,
            input.sustaining,
            is_sample,
            timestamp::to_text(now)
        ])?;
        Ok(())
    })?;
    get(db.conn(), id)
}

/// Only a draft is changed: what was sent to national stays as it was sent.
fn check_draft(tx: &Transaction<'_>, id: ApplicationId) -> Result<()> {
    let status: Option<String> = tx
        .prepare_cached("SELECT status FROM grant_application WHERE id = ?1")?
        .query_row(params![id], |r| r.get(0))
        .optional()?;
    match status.as_deref() {
        None => Err(not_found(id)),
        Some("draft") => Ok(()),
        Some(_) => Err(CoreError::Conflict {
            reason: msg!("grant-not-a-draft"),
        }),
    }
}

fn touch(tx: &Transaction<'_>, id: ApplicationId, now: DateTime<Utc>) -> Result<()> {
    tx.prepare_cached("UPDATE grant_application SET updated_at = ?2 WHERE id = ?1")?
        .execute(params![id, timestamp::to_text(now)])?;
    Ok(())
}

pub fn update(
    db: &mut Database,
    id: ApplicationId,
    input: &ApplicationInput,
    now: DateTime<Utc>,
) -> Result<Application> {
    let input = checked(input)?;
    db.write(|tx| {
        check_draft(tx, id)?;
        tx.prepare_cached(
            "UPDATE grant_application SET amount_cents = ?2, starts_on = ?3, ends_on = ?4,
                 base_building = ?5, sustaining = ?6, updated_at = ?7
             WHERE id = ?1",
        )?
        .execute(params![
            id,
            input.amount_cents,
            input.starts_on,
            input.ends_on,
            input.base_building,
            input.sustaining,
            timestamp::to_text(now)
        ])?;
        Ok(())
    })?;
    get(db.conn(), id)
}

/// A budget line as kept, or why it cannot be one (`key`: where it sits in the form).
fn checked_line(line: &BudgetLineInput, key: &str) -> Result<BudgetLineInput> {
    let item = line.item.trim();
    let refuse = |field, reason, at: &str| Err(CoreError::invalid(field, reason).at(at));
    if item.is_empty() {
        return refuse(
            msg!("field-budget-item"),
            msg!("grant-budget-item-missing"),
            &format!("{key}.item"),
        );
    }
    if line.quantity == 0 {
        return refuse(
            msg!("field-budget-quantity"),
            msg!("grant-budget-quantity-zero"),
            &format!("{key}.quantity"),
        );
    }
    if !(0..=rules::MOST_CENTS).contains(&line.unit_cost_cents) {
        return refuse(
            msg!("field-budget-unit-cost"),
            msg!(
                "grant-budget-unit-cost-range",
                most = super::money::dollars(rules::MOST_CENTS)
            ),
            &format!("{key}.unit_cost_cents"),
        );
    }
    Ok(BudgetLineInput {
        item: item.to_owned(),
        ..line.clone()
    })
}

fn checked_milestone(m: &MilestoneInput, key: &str) -> Result<MilestoneInput> {
    let what = m.what.trim();
    if what.is_empty() {
        return Err(
            CoreError::invalid(msg!("field-milestone"), msg!("grant-milestone-missing"))
                .at(format!("{key}.what")),
        );
    }
    Ok(MilestoneInput {
        what: what.to_owned(),
        ..m.clone()
    })
}

fn too_many(key: &str) -> CoreError {
    CoreError::invalid(
        msg!("field-grant-lines"),
        msg!("grant-too-many-lines", most = MOST_LINES),
    )
    .at(key)
}

fn write_lines(
    tx: &Transaction<'_>,
    id: ApplicationId,
    lines: &[BudgetLineInput],
    at: &str,
) -> Result<()> {
    tx.prepare_cached("DELETE FROM grant_budget_line WHERE application_id = ?1")?
        .execute(params![id])?;
    let mut insert = tx.prepare_cached(
        "INSERT INTO grant_budget_line (id, application_id, position, item, quantity,
             unit_cost_cents, created_at, updated_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?7)",
    )?;
    for (position, line) in lines.iter().enumerate() {
        insert.execute(params![
            BudgetLineId::new(),
            id,
            position as i64,
            line.item,
            line.quantity,
            line.unit_cost_cents,
            at
        ])?;
    }
    Ok(())
}

/// Saves the budget whole: every line checked first (a refusal names the line), then all of
/// them written in place of the old, or none.
pub fn save_budget(
    db: &mut Database,
    id: ApplicationId,
    lines: &[BudgetLineInput],
    now: DateTime<Utc>,
) -> Result<Application> {
    if lines.len() > MOST_LINES {
        return Err(too_many("budget"));
    }
    let lines = lines
        .iter()
        .enumerate()
        .map(|(i, l)| checked_line(l, &format!("budget.{i}")))
        .collect::<Result<Vec<_>>>()?;
    db.write(|tx| {
        check_draft(tx, id)?;
        write_lines(tx, id, &lines, &timestamp::to_text(now))?;
        touch(tx, id, now)
    })?;
    get(db.conn(), id)
}

/// Adds one line at the end of the budget.
pub fn add_budget_line(
    db: &mut Database,
    id: ApplicationId,
    line: &BudgetLineInput,
    now: DateTime<Utc>,
) -> Result<Application> {
    let line = checked_line(line, "budget.new")?;
    let mut lines: Vec<BudgetLineInput> = get(db.conn(), id)?
        .budget
        .into_iter()
        .map(|l| l.fields)
        .collect();
    lines.push(line);
    save_budget(db, id, &lines, now)
}

/// Saves the timeline whole, in the order of the days.
pub fn save_milestones(
    db: &mut Database,
    id: ApplicationId,
    milestones: &[MilestoneInput],
    now: DateTime<Utc>,
) -> Result<Application> {
    if milestones.len() > MOST_LINES {
        return Err(too_many("milestones"));
    }
    let mut milestones = milestones
        .iter()
        .enumerate()
        .map(|(i, m)| checked_milestone(m, &format!("milestones.{i}")))
        .collect::<Result<Vec<_>>>()?;
    milestones.sort_by_key(|m| m.due_on);
    db.write(|tx| {
        check_draft(tx, id)?;
        tx.prepare_cached("DELETE FROM grant_milestone WHERE application_id = ?1")?
            .execute(params![id])?;
        let at = timestamp::to_text(now);
        let mut insert = tx.prepare_cached(
            "INSERT INTO grant_milestone (id, application_id, position, due_on, what,
                 created_at, updated_at)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?6)",
        )?;
        for (position, m) in milestones.iter().enumerate() {
            insert.execute(params![
                MilestoneId::new(),
                id,
                position as i64,
                m.due_on,
                m.what,
                at
            ])?;
        }
        touch(tx, id, now)
    })?;
    get(db.conn(), id)
}

const COLUMNS: &str = "a.id, a.project_id, p.name, a.amount_cents, a.starts_on, a.ends_on,
     a.base_building, a.sustaining, a.status, a.is_sample, a.created_at, a.updated_at,
     a.awarded_cents";

fn from_row(r: &Row<'_>) -> rusqlite::Result<Application> {
    Ok(Application {
        id: r.get(0)?,
        project_id: r.get(1)?,
        project_title: r.get(2)?,
        fields: ApplicationInput {
            amount_cents: r.get(3)?,
            starts_on: r.get::<_, NaiveDate>(4)?,
            ends_on: r.get::<_, NaiveDate>(5)?,
            base_building: r.get(6)?,
            sustaining: r.get(7)?,
        },
        budget: Vec::new(),
        budget_total_cents: 0,
        milestones: Vec::new(),
        status: column::<ApplicationStatus>(r.get(8)?)?,
        awarded_cents: r.get(12)?,
        missing: Vec::new(),
        is_sample: r.get(9)?,
        created_at: r.get(10)?,
        updated_at: r.get(11)?,
    })
}

/// Fills in what an application's row does not hold: its lines, its total, what it needs.
fn completed(conn: &Connection, mut a: Application) -> Result<Application> {
    a.budget = conn
        .prepare_cached(
            "SELECT id, item, quantity, unit_cost_cents FROM grant_budget_line
             WHERE application_id = ?1 ORDER BY position",
        )?
        .query_map(params![a.id], |r| {
            let fields = BudgetLineInput {
                item: r.get(1)?,
                quantity: r.get(2)?,
                unit_cost_cents: r.get(3)?,
            };
            Ok(BudgetLine {
                id: r.get(0)?,
                total_cents: i64::from(fields.quantity).saturating_mul(fields.unit_cost_cents),
                fields,
            })
        })?
        .collect::<rusqlite::Result<_>>()?;
    a.budget_total_cents = a
        .budget
        .iter()
        .fold(0i64, |sum, l| sum.saturating_add(l.total_cents));
    a.milestones = conn
        .prepare_cached(
            "SELECT id, due_on, what FROM grant_milestone
             WHERE application_id = ?1 ORDER BY position",
        )?
        .query_map(params![a.id], |r| {
            Ok(Milestone {
                id: r.get(0)?,
                fields: MilestoneInput {
                    due_on: r.get(1)?,
                    what: r.get(2)?,
                },
            })
        })?
        .collect::<rusqlite::Result<_>>()?;
    let initiative = initiative::get(conn, a.project_id)?;
    a.missing = rules::missing(&a, &initiative);
    Ok(a)
}

pub fn get(conn: &Connection, id: ApplicationId) -> Result<Application> {
    let found = conn
        .prepare_cached(&format!(
            "SELECT {COLUMNS} FROM grant_application a JOIN project p ON p.id = a.project_id
             WHERE a.id = ?1"
        ))?
        .query_row(params![id], from_row)
        .optional()?
        .ok_or_else(|| not_found(id))?;
    completed(conn, found)
}

/// Every application, newest first.
pub fn list(conn: &Connection) -> Result<Vec<Application>> {
    let rows: Vec<Application> = conn
        .prepare_cached(&format!(
            "SELECT {COLUMNS} FROM grant_application a JOIN project p ON p.id = a.project_id
             ORDER BY a.created_at DESC, a.id DESC"
        ))?
        .query_map([], from_row)?
        .collect::<rusqlite::Result<_>>()?;
    rows.into_iter().map(|a| completed(conn, a)).collect()
}

/// Refused, saying what is missing first and how much in all, unless `application` could be
/// sent as it is.
pub fn check_complete(application: &Application) -> Result<()> {
    match application.missing.first() {
        None => Ok(()),
        Some(first) => Err(CoreError::invalid(
            msg!("field-grant-application"),
            msg!(
                "grant-incomplete",
                count = application.missing.len(),
                first = first.what.clone()
            ),
        )
        .at(first.key.clone())),
    }
}

/// Writes down that the application went to national (its file was made), which ends its
/// time as a draft. Refused with what it still needs unless it is complete.
pub fn mark_submitted(
    db: &mut Database,
    id: ApplicationId,
    now: DateTime<Utc>,
) -> Result<Application> {
    check_complete(&get(db.conn(), id)?)?;
    db.write(|tx| {
        tx.prepare_cached(
            "UPDATE grant_application SET status = ?2, submitted_at = ?3, updated_at = ?3
             WHERE id = ?1",
        )?
        .execute(params![
            id,
            to_code(&ApplicationStatus::Submitted),
            timestamp::to_text(now)
        ])?;
        Ok(())
    })?;
    get(db.conn(), id)
}

/// Writes down national's decision on a sent application, as its letter gave it: an award of
/// `awarded_cents` (the amount asked, or less), or a decline (`None`). Refused on a draft.
pub fn record_decision(
    db: &mut Database,
    id: ApplicationId,
    awarded_cents: Option<i64>,
    now: DateTime<Utc>,
) -> Result<Application> {
    let application = get(db.conn(), id)?;
    if application.status == ApplicationStatus::Draft {
        return Err(CoreError::conflict(msg!("grant-decision-on-draft")));
    }
    if let Some(cents) = awarded_cents {
        if !(1..=application.fields.amount_cents).contains(&cents) {
            return Err(CoreError::invalid(
                msg!("field-award"),
                msg!(
                    "grant-award-out-of-range",
                    award = dollars(cents),
                    asked = dollars(application.fields.amount_cents)
                ),
            )
            .at("awarded_cents"));
        }
    }
    let status = match awarded_cents {
        Some(_) => ApplicationStatus::Awarded,
        None => ApplicationStatus::Declined,
    };
    db.write(|tx| {
        tx.prepare_cached(
            "UPDATE grant_application SET status = ?2, awarded_cents = ?3, updated_at = ?4
             WHERE id = ?1",
        )?
        .execute(params![
            id,
            to_code(&status),
            awarded_cents,
            timestamp::to_text(now)
        ])?;
        Ok(())
    })?;
    get(db.conn(), id)
}

/// Opens a sent application again to correct it, before national has decided: it is a draft
/// again, and the corrected file, sent the same way, replaces the one national holds (which
/// national keeps in its history). Refused once national's decision is written down.
pub fn reopen(db: &mut Database, id: ApplicationId, now: DateTime<Utc>) -> Result<Application> {
    let application = get(db.conn(), id)?;
    match application.status {
        ApplicationStatus::Draft => return Ok(application),
        ApplicationStatus::Submitted => {}
        ApplicationStatus::Awarded | ApplicationStatus::Declined => {
            return Err(CoreError::conflict(msg!("grant-reopen-decided")));
        }
    }
    db.write(|tx| {
        tx.prepare_cached(
            "UPDATE grant_application SET status = ?2, updated_at = ?3 WHERE id = ?1",
        )?
        .execute(params![
            id,
            to_code(&ApplicationStatus::Draft),
            timestamp::to_text(now)
        ])?;
        Ok(())
    })?;
    get(db.conn(), id)
}
