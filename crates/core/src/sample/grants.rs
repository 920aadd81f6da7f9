//! The sample chapter's grant application: the tenant-union project as an initiative, and an
//! application for it that is complete (its budget adds up to the amount), ready to send.

use chrono::{DateTime, Datelike, Months, NaiveDate, Utc};
use rusqlite::{params, OptionalExtension};

use crate::db::Database;
use crate::grants::{
    initiative, store, ApplicationInput, BudgetLineInput, InitiativeInput, MilestoneInput,
};
use crate::Result;

const BUDGET: &[(&str, u32, i64)] = &[
    ("Childcare at ten building meetings", 10, 4_000),
    ("Flyers and door hangers, printed", 1, 15_000),
    ("Food for five house meetings", 5, 5_000),
];

pub fn add(db: &mut Database, now: DateTime<Utc>, today: NaiveDate) -> Result<()> {
    let Some(project) = crate::projects::store::list(db.conn())?
        .into_iter()
        .find(|p| p.name == "Eastside tenant union")
    else {
        return Ok(());
    };
    let rosa = db
        .conn()
        .query_row(
            "SELECT id FROM person WHERE first_name = 'Rosa' LIMIT 1",
            params![],
            |r| r.get(0),
        )
        .optional()?;
    initiative::save(
        db,
        project.id,
        &InitiativeInput {
            description: Some(
                "Tenants in Premier Property's six Eastside buildings meet building by building, \
                 log every repair that is owed, and take them to the landlord and the city \
                 together."
                    .into(),
            ),
            coalition: false,
            goal_reached: Some(300),
            goal_one_on_ones: Some(60),
            goal_new_members: Some(25),
            goal_new_leaders: Some(5),
            responsible_id: rosa,
        },
        now,
    )?;
    // Five months from the first of next month.
    let starts = NaiveDate::from_ymd_opt(today.year(), today.month(), 1)
        .and_then(|d| d.checked_add_months(Months::new(1)))
        .unwrap_or(today);
    let ends = starts
        .checked_add_months(Months::new(5))
        .and_then(|d| d.pred_opt())
        .unwrap_or(starts);
    let application = store::create(
        db,
        project.id,
        &ApplicationInput {
            amount_cents: 80_000,
            starts_on: starts,
            ends_on: ends,
            base_building: Some(
                "Door by door, tenants meet the neighbours they share a landlord with; every \
                 building meeting ends with who will talk to whom before the next one, so the \
                 union grows by one-on-ones, not flyers alone."
                    .into(),
            ),
            sustaining: Some(
                "Members pay dues of $2 a month from the third month; the buildings' leaders \
                 run the meetings, with childcare shared between families."
                    .into(),
            ),
        },
        true,
        now,
    )?;
    let lines: Vec<BudgetLineInput> = BUDGET
        .iter()
        .map(|(item, quantity, unit)| BudgetLineInput {
            item: (*item).into(),
            quantity: *quantity,
            unit_cost_cents: *unit,
        })
        .collect();
    store::save_budget(db, application.id, &lines, now)?;
    let milestone = |months: u32, what: &str| MilestoneInput {
        due_on: starts
            .checked_add_months(Months::new(months))
            .unwrap_or(starts),
        what: what.into(),
    };
    store::save_milestones(
        db,
        application.id,
        &[
            milestone(1, "Doors knocked in all six buildings; a contact in each"),
            milestone(3, "Three buildings meeting monthly, repairs logged"),
            milestone(
                5,
                "The union's first general meeting; dues and leaders chosen",
            ),
        ],
        now,
    )?;
    Ok(())
}
