//! "Add this one's connections": in one step, what the chapter's records know around a node
//! comes onto the map. Around a person: the organizations they are tied to. Around an
//! organization: the people who lead it or work there (members are the chapter's paths in,
//! shown on the node already, not nodes of their own). Each arrives linked to its record, in
//! a ring around the node it came from, with a relationship saying how they are joined; a
//! node already on the map is not added twice, only joined. An organization the chapter has
//! a relationship with starts where that relationship puts it; anything else waits to be
//! judged.

use chrono::{DateTime, Utc};
use rusqlite::{params, OptionalExtension, Transaction};
use serde::Serialize;
use ts_rs::TS;

use super::model::{Direction, EdgeInput, NodeInput, NodeKind, ALIGNMENT, POWER};
use super::store::{self, map_of_node, touch};
use super::{edges, nodes};
use crate::connections::tie::{self, Tie, TieRole};
use crate::db::{timestamp, Database};
use crate::ids::{EdgeId, MapId, NodeId, OrganizationId, PersonId};
use crate::orgs::{OrgKind, Relationship};
use crate::Result;

/// What one "add connections" brought: how many, and which, so that the window can take the
/// step back with Undo.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, TS)]
pub struct Added {
    pub nodes: u32,
    pub edges: u32,
    pub node_ids: Vec<NodeId>,
    pub edge_ids: Vec<EdgeId>,
}

/// The record at the other end of a connection, and how it is joined to the node.
struct Other {
    label: String,
    kind: NodeKind,
    person: Option<PersonId>,
    organization: Option<OrganizationId>,
    /// Where the chapter's relationship puts it, if it has one.
    alignment: Option<f64>,
    /// The relationship's words ("leader at"), from the person to the organization.
    how: &'static str,
    /// The person is the node brought (the edge runs from the new node to the old).
    from_other: bool,
}

fn role_words(role: TieRole) -> &'static str {
    match role {
        TieRole::Member => "member of",
        TieRole::Active => "active in",
        TieRole::Leader => "leader at",
        TieRole::Staff => "works at",
    }
}

fn kind_of(kind: OrgKind) -> NodeKind {
    match kind {
        OrgKind::Business | OrgKind::Workplace => NodeKind::Business,
        OrgKind::Government | OrgKind::ElectedOffice => NodeKind::Government,
        _ => NodeKind::Organization,
    }
}

fn alignment_of(relationship: Relationship) -> Option<f64> {
    match relationship {
        Relationship::Partner => Some(2.0),
        Relationship::Ally => Some(1.5),
        Relationship::Friendly => Some(0.8),
        Relationship::Neutral => Some(0.0),
        Relationship::Opposed => Some(-1.5),
        Relationship::Unknown => None,
    }
}

fn others(tx: &Transaction<'_>, node: &super::MapNode) -> Result<Vec<Other>> {
    let f = &node.fields;
    let from_ties = |ties: Vec<Tie>, around_person: bool| -> Result<Vec<Other>> {
        let mut found = Vec::new();
        for t in ties {
            if around_person {
                let relationship: String = tx
                    .prepare_cached("SELECT relationship FROM organization WHERE id = ?1")?
                    .query_row(params![t.organization_id], |r| r.get(0))?;
                let relationship: Relationship =
                    crate::db::codes::from_code("relationship", &relationship)?;
                found.push(Other {
                    label: t.organization_name.clone(),
                    kind: kind_of(t.organization_kind),
                    person: None,
                    organization: Some(t.organization_id),
                    alignment: alignment_of(relationship),
                    how: role_words(t.role),
                    from_other: false,
                });
            } else if matches!(t.role, TieRole::Leader | TieRole::Staff) {
                found.push(Other {
                    label: t.person_name.clone(),
                    kind: NodeKind::Person,
                    person: Some(t.person_id),
                    organization: None,
                    alignment: None,
                    how: role_words(t.role),
                    from_other: true,
                });
            }
        }
        Ok(found)
    };
    match (f.person_id, f.organization_id) {
        (Some(person), _) => from_ties(tie::for_person(tx, person)?, true),
        (None, Some(org)) => from_ties(tie::for_org(tx, org)?, false),
        (None, None) => Ok(Vec::new()),
    }
}

/// The map's node that stands for this record, if there is one.
fn node_for(tx: &Transaction<'_>, map: MapId, other: &Other) -> Result<Option<NodeId>> {
    Ok(tx
        .prepare_cached(
            "SELECT id FROM map_node WHERE map_id = ?1
               AND (person_id = ?2 OR organization_id = ?3) LIMIT 1",
        )?
        .query_row(params![map, other.person, other.organization], |r| r.get(0))
        .optional()?)
}

fn joined(tx: &Transaction<'_>, a: NodeId, b: NodeId) -> Result<bool> {
    Ok(tx
        .prepare_cached(
            "SELECT 1 FROM map_edge WHERE (from_id = ?1 AND to_id = ?2)
                                       OR (from_id = ?2 AND to_id = ?1) LIMIT 1",
        )?
        .query_row(params![a, b], |_| Ok(()))
        .optional()?
        .is_some())
}

/// Adds the connections the records know around `node`, in one transaction.
pub fn add_around(db: &mut Database, node: NodeId, now: DateTime<Utc>) -> Result<Added> {
    db.write(|tx| {
        let map = map_of_node(tx, node)?;
        let read = store::get(tx, map)?;
        let Some(centre) = read.nodes.iter().find(|n| n.id == node).cloned() else {
            return Ok(Added::default());
        };
        let at = timestamp::to_text(now);
        let found = others(tx, &centre)?;
        let mut added = Added::default();
        let count = found.len().max(1) as f64;
        for (i, other) in found.iter().enumerate() {
            let other_node = match node_for(tx, map, other)? {
                Some(existing) => existing,
                None => {
                    let angle = std::f64::consts::TAU * i as f64 / count;
                    let near_power = (centre.fields.power + 0.6 * angle.sin())
                        .clamp(*POWER.start(), *POWER.end());
                    let near_alignment = (centre.fields.alignment + 0.6 * angle.cos())
                        .clamp(*ALIGNMENT.start(), *ALIGNMENT.end());
                    let input = NodeInput {
                        person_id: other.person,
                        organization_id: other.organization,
                        alignment: other.alignment.unwrap_or(near_alignment),
                        power: near_power,
                        judged: other.alignment.is_some(),
                        ..NodeInput::named(&other.label, other.kind)
                    };
                    let input = nodes::checked(tx, input)?;
                    let id = nodes::insert(tx, map, &input, &at)?;
                    added.nodes += 1;
                    added.node_ids.push(id);
                    id
                }
            };
            if other_node == node || joined(tx, node, other_node)? {
                continue;
            }
            let (from, to) = if other.from_other {
                (other_node, node)
            } else {
                (node, other_node)
            };
            let edge = EdgeInput {
                from,
                to,
                label: Some(other.how.to_owned()),
                strength: None,
                direction: Direction::Directed,
            };
            let edge = edges::checked(tx, map, edge)?;
            let id = edges::insert(tx, map, &edge, &at)?;
            added.edges += 1;
            added.edge_ids.push(id);
        }
        touch(tx, map, &at)?;
        Ok(added)
    })
}
