//! Small grants, the national committee's side: grant rounds with a budget and a deadline, the
//! application files chapters send (checked, and kept with every revision), the committee's
//! decisions, and the round's ledger of what is committed, paid and left. All of it lives in a
//! committee's database ([`crate::settings::Role::National`]).

pub mod decisions;
pub mod ledger;
pub mod received;
pub mod regions;
pub mod reports;
pub mod reviewers;
pub mod reviews;
pub mod rounds;
pub mod rubric;
#[cfg(test)]
mod tests;

pub use decisions::Decision;
pub use ledger::Ledger;
pub use received::{Imported, Received, ReceivedStatus};
pub use regions::RegionTotal;
pub use reports::ReportDue;
pub use reviewers::Reviewer;
pub use reviews::{ReviewSheet, ReviewView, ScoreInput};
pub use rounds::{Round, RoundInput};
pub use rubric::{Criterion, CriterionInput};
