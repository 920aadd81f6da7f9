//! Power maps: the people and institutions that matter to a decision, placed by how far they
//! stand with the chapter (alignment, across) and how much power they have over the decision
//! (power, up), with the relationships between them. A map belongs to a campaign, or stands
//! alone until it is given one (an imported map). Nodes may stand for a person or an
//! organization the chapter has a record of; then the members' ties to that organization are
//! the chapter's paths in ([`paths`]).

pub mod connections;
pub mod edges;
pub mod model;
pub mod nodes;
pub mod paths;
pub mod store;
#[cfg(test)]
mod tests;

pub use model::{
    Direction, EdgeInput, MapEdge, MapNode, NodeInput, NodeKind, NodeMove, PowerMap, ALIGNMENT,
    POWER,
};
