//! Meetings and sign-ins: what makes a meeting one people can come to (childcare,
//! interpretation, food, step-free access), and who came.
//!
//! Times are entered and shown in the chapter's time zone and stored in UTC.

pub mod attendance;
pub mod matching;
pub mod model;
pub mod store;
pub(crate) mod time;

pub use model::*;
