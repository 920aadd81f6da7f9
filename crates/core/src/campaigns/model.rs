//! A campaign as the chapter names it.

use serde::{Deserialize, Serialize};
use ts_rs::TS;

use super::chart::StrategyItem;
use crate::ids::{CampaignId, MapId, ProjectId};

/// What an organizer types to start or rename a campaign.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct CampaignInput {
    pub name: String,
    /// The issue it takes up, in the chapter's words ("the landlord at 2400 Cermak will not
    /// fix the heat").
    pub issue: Option<String>,
    /// The base-building project it grew out of, if any.
    pub project_id: Option<ProjectId>,
}

/// A map of the campaign, as lists show it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct MapSummary {
    pub id: MapId,
    pub name: String,
    pub nodes: u32,
    pub edges: u32,
}

#[derive(Debug, Clone, PartialEq, Serialize, TS)]
pub struct Campaign {
    pub id: CampaignId,
    pub fields: CampaignInput,
    /// The strategy chart's items, column by column, each section in its order.
    pub chart: Vec<StrategyItem>,
    pub maps: Vec<MapSummary>,
    pub is_sample: bool,
    pub created_at: String,
    pub updated_at: String,
}
