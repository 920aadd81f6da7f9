//! The organizational connections assessment: which communities and organizations the chapter's
//! members belong to, in what role and how strongly. Ties are stored as person-to-organization
//! links ([`tie`]), not as survey text, so the ranking here and the power map read the same
//! facts however they were told: typed on a record, entered from a numbered paper form, or
//! filled in by the member on a laptop passed around ([`response`]).

pub mod assessment;
pub mod laptop;
pub mod ranking;
pub mod response;
pub mod starting_points;
pub mod survey;
pub mod tie;

pub use ranking::{ranking, RankedOrg};
pub use tie::{Tie, TieInput, TieRole};
