//! Organizations in the chapter's area: the directory (union locals, congregations, schools,
//! tenant associations, other base-building organizations, ...), the chapter's relationship with
//! each and how it changed, a log of contacts with next steps, and what needs tending. The ties
//! members have to them are in [`crate::connections`].

pub mod contact_log;
pub mod detail;
pub mod duplicates;
mod history;
pub mod merge;
pub mod model;
pub mod relationship;
pub mod search;
pub mod store;
pub mod tending;
pub mod transfer;
pub(crate) mod validate;

pub use model::{OrgInput, OrgKind, OrgPage, OrgQuery, OrgSummary, Organization, Relationship};
