//! A power map, its nodes and its edges.

use std::ops::RangeInclusive;

use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::ids::{CampaignId, EdgeId, MapId, NodeId, OrganizationId, PersonId};

/// Across: -2 strongly opposed, -1 opposed, 0 neutral, 1 allied, 2 strongly allied. Nodes sit
/// anywhere in between; the steps are where the grid's lines fall.
pub const ALIGNMENT: RangeInclusive<f64> = -2.0..=2.0;
/// Up: 0 little power over the decision … 4 decisive.
pub const POWER: RangeInclusive<f64> = 0.0..=4.0;

/// What a node is; its shape on the map says so. Stored and sent as the snake_case code.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum NodeKind {
    Person,
    /// A union, congregation, association, nonprofit: an institution of civil society.
    Organization,
    /// An office, agency, council or elected body.
    Government,
    Business,
    Media,
    Other,
}

impl NodeKind {
    pub const ALL: [NodeKind; 6] = [
        NodeKind::Person,
        NodeKind::Organization,
        NodeKind::Government,
        NodeKind::Business,
        NodeKind::Media,
        NodeKind::Other,
    ];
}

/// Which way a relationship runs.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum Direction {
    /// From the first to the second ("funds", "appoints").
    #[default]
    Directed,
    Undirected,
    /// Both ways ("allies with").
    Mutual,
}

/// A node as an organizer makes or edits it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
pub struct NodeInput {
    pub label: String,
    pub kind: NodeKind,
    pub person_id: Option<PersonId>,
    pub organization_id: Option<OrganizationId>,
    pub alignment: f64,
    pub power: f64,
    /// Whether the chapter has judged where it stands (an imported node has not).
    pub judged: bool,
    /// A target of the campaign: the one who can give what is asked, or one with power over them.
    pub is_target: bool,
    pub notes: Option<String>,
}

impl NodeInput {
    /// A node at the map's middle, judged, with nothing else said.
    pub fn named(label: &str, kind: NodeKind) -> NodeInput {
        NodeInput {
            label: label.to_owned(),
            kind,
            person_id: None,
            organization_id: None,
            alignment: 0.0,
            power: 2.0,
            judged: true,
            is_target: false,
            notes: None,
        }
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, TS)]
pub struct MapNode {
    pub id: NodeId,
    pub fields: NodeInput,
}

/// A node dragged to a new place (several at once when several are selected).
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize, TS)]
pub struct NodeMove {
    pub id: NodeId,
    pub alignment: f64,
    pub power: f64,
}

/// A relationship as an organizer draws or edits it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct EdgeInput {
    pub from: NodeId,
    pub to: NodeId,
    /// "donor", "appoints", "member of".
    pub label: Option<String>,
    /// 1 (weak) to 5 (strong), when known.
    pub strength: Option<u8>,
    pub direction: Direction,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct MapEdge {
    pub id: EdgeId,
    pub fields: EdgeInput,
}

#[derive(Debug, Clone, PartialEq, Serialize, TS)]
pub struct PowerMap {
    pub id: MapId,
    pub campaign_id: Option<CampaignId>,
    pub name: String,
    /// "groundwork", "kumu" or "oligrapher": where the map was first made.
    pub source: String,
    pub nodes: Vec<MapNode>,
    pub edges: Vec<MapEdge>,
    pub is_sample: bool,
    pub created_at: String,
    pub updated_at: String,
}
