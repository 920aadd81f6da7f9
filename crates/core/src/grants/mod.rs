//! Small grants for base-building initiatives, the chapter's side: the initiative a project
//! becomes (what it does, its goals in numbers, who answers for it), and the application for
//! it (the amount, its months, a budget line by line, milestones), checked against the
//! round's rules with messages that say them. Money is whole cents ([`money`]).

pub mod evidence;
pub mod export;
pub mod initiative;
pub mod model;
pub mod money;
pub mod national;
pub mod partners;
pub mod reports;
pub mod rules;
pub mod sent;
pub mod store;
#[cfg(test)]
mod tests;

pub use evidence::NeedEvidence;
pub use initiative::{Initiative, InitiativeInput};
pub use model::{
    Application, ApplicationInput, ApplicationStatus, BudgetLine, BudgetLineInput, Milestone,
    MilestoneInput, Missing,
};
pub use partners::Partner;
