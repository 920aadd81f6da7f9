//! A grant application as the chapter writes it: the amount, the months, what the money is
//! for line by line, the milestones, and the two questions every application answers.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::ids::{ApplicationId, BudgetLineId, MilestoneId, ProjectId};
use crate::message::Message;

/// What the chapter types to start or change an application (its budget and milestones are
/// saved line by line).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct ApplicationInput {
    /// The amount asked, in cents.
    #[ts(type = "number")]
    pub amount_cents: i64,
    /// The initiative's first and last days.
    pub starts_on: NaiveDate,
    pub ends_on: NaiveDate,
    /// How the initiative builds a base among poor and working people.
    pub base_building: Option<String>,
    /// How the work goes on after the grant.
    pub sustaining: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct BudgetLineInput {
    pub item: String,
    pub quantity: u32,
    #[ts(type = "number")]
    pub unit_cost_cents: i64,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct BudgetLine {
    pub id: BudgetLineId,
    pub fields: BudgetLineInput,
    /// Quantity times unit cost.
    #[ts(type = "number")]
    pub total_cents: i64,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct MilestoneInput {
    pub due_on: NaiveDate,
    pub what: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct Milestone {
    pub id: MilestoneId,
    pub fields: MilestoneInput,
}

/// Where an application is: written, sent to national, and what national decided.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS, Default)]
#[serde(rename_all = "snake_case")]
pub enum ApplicationStatus {
    #[default]
    Draft,
    Submitted,
    Awarded,
    Declined,
}

/// Something an application still needs before it can be sent: which part (the form's key)
/// and what it needs, said as a message.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct Missing {
    pub key: String,
    pub what: Message,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct Application {
    pub id: ApplicationId,
    pub project_id: ProjectId,
    /// The initiative's name (its project's).
    pub project_title: String,
    pub fields: ApplicationInput,
    pub budget: Vec<BudgetLine>,
    #[ts(type = "number")]
    pub budget_total_cents: i64,
    pub milestones: Vec<Milestone>,
    pub status: ApplicationStatus,
    /// What national awarded, once the chapter has written its decision down.
    #[ts(type = "number | null")]
    pub awarded_cents: Option<i64>,
    /// What it still needs before it can be sent; empty when it is complete.
    pub missing: Vec<Missing>,
    pub is_sample: bool,
    pub created_at: String,
    pub updated_at: String,
}

impl Application {
    /// Whether it could be sent to national as it is.
    pub fn complete(&self) -> bool {
        self.missing.is_empty()
    }
}
