//! Campaigns: what a chapter chooses to fight for, laid out on a strategy chart (in the style
//! the Midwest Academy made popular: goals, organizational considerations, constituents and
//! opponents, targets, tactics), with the power maps that show who decides and who can reach
//! them ([`crate::power_map`]).

pub mod chart;
pub mod model;
pub mod store;

pub use chart::{ChartColumn, ChartItemInput, ChartSection, StrategyItem};
pub use model::{Campaign, CampaignInput};
