//! The organizational connections assessment: which communities and organizations the chapter's
//! members belong to, in what role and how strongly. Ties are stored as person-to-organization
//! links ([`tie`]), not as survey text, so the ranking here and the power map read the same
//! facts however they were told.

pub mod ranking;
pub mod tie;

pub use ranking::{ranking, RankedOrg};
pub use tie::{Tie, TieInput, TieRole};
