//! The base: the people a chapter organizes with, remembered as whole people (their languages,
//! their schedules, whether they need childcare to come to a meeting).
//!
//! `model` holds the types, `store` reads and writes them (`new_rows` writes many new people
//! at once, `columns` names the person table's columns), `search` finds anyone as you type,
//! `phone` keeps numbers as typed plus their E.164 form, `search_index` keeps the full-text
//! index in step with every write.

mod columns;
pub mod detail;
pub mod duplicates;
pub mod identify;
mod joining;
pub mod ladder;
pub mod merge;
pub mod model;
pub mod new_rows;
pub mod one_on_one;
pub mod phone;
pub mod search;
pub mod search_index;
pub mod store;
pub mod suggestion;
pub(crate) mod validate;

pub use model::*;
