//! The printed documents: each workflow reads what its document needs from the chapter, lays
//! it out (the chapter's database free meanwhile), and saves the PDF whole ([`saved`]).

pub mod connections_forms;
pub mod grant_application;
pub mod grant_report;
pub mod national_grants;
pub mod needs_forms;
pub mod needs_report;
pub mod power_map;
pub mod saved;
pub mod sign_in;
pub mod starting_points;
pub mod strategy_chart;
pub mod training;
pub mod walk_sheets;

pub use saved::{PrintedFile, SaveTo};
