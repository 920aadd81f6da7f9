//! Maps going out: Groundwork's own JSON (what the CLI's `export map --format json` writes,
//! every node with its place on both axes) and a Kumu blueprint, which Kumu imports and which
//! comes back into Groundwork as the same nodes and relationships.

use serde_json::{json, Value};

use crate::db::codes::to_code;
use crate::power_map::{Direction, NodeKind, PowerMap};

/// The map as Groundwork's JSON: `nodes` (each with `id`, `label`, `kind`, `power`,
/// `alignment`, whether it is `judged` and a `target`, the records it stands for) and `edges`
/// (`from`, `to`, `label`, `direction`, `strength`).
pub fn to_json(map: &PowerMap) -> Value {
    json!({
        "id": map.id,
        "name": map.name,
        "campaign_id": map.campaign_id,
        "nodes": map.nodes.iter().map(|n| {
            let f = &n.fields;
            json!({
                "id": n.id,
                "label": f.label,
                "kind": to_code(&f.kind),
                "power": f.power,
                "alignment": f.alignment,
                "judged": f.judged,
                "target": f.is_target,
                "person_id": f.person_id,
                "organization_id": f.organization_id,
                "notes": f.notes,
            })
        }).collect::<Vec<_>>(),
        "edges": map.edges.iter().map(|e| {
            let f = &e.fields;
            json!({
                "id": e.id,
                "from": f.from,
                "to": f.to,
                "label": f.label,
                "direction": to_code(&f.direction),
                "strength": f.strength,
            })
        }).collect::<Vec<_>>(),
    })
}

/// The element type Kumu shows for a kind (read back by [`super::kind_from_type`]).
fn kumu_type(kind: NodeKind) -> &'static str {
    match kind {
        NodeKind::Person => "Person",
        NodeKind::Organization => "Organization",
        NodeKind::Government => "Government",
        NodeKind::Business => "Business",
        NodeKind::Media => "Media",
        NodeKind::Other => "Other",
    }
}

/// The map as a Kumu JSON blueprint. Where a node stands goes with it as tags ("target",
/// "not yet placed") and in its description, since Kumu has no axes to put it on.
pub fn to_kumu(map: &PowerMap) -> Value {
    json!({
        "name": map.name,
        "elements": map.nodes.iter().map(|n| {
            let f = &n.fields;
            let mut tags = Vec::new();
            if f.is_target {
                tags.push("target");
            }
            if !f.judged {
                tags.push("not yet placed");
            }
            json!({
                "id": n.id,
                "label": f.label,
                "type": kumu_type(f.kind),
                "description": f.notes.clone().unwrap_or_default(),
                "tags": tags,
                "alignment": f.alignment,
                "power": f.power,
            })
        }).collect::<Vec<_>>(),
        "connections": map.edges.iter().map(|e| {
            let f = &e.fields;
            json!({
                "from": f.from,
                "to": f.to,
                "type": f.label.clone().unwrap_or_default(),
                "direction": match f.direction {
                    Direction::Directed => "directed",
                    Direction::Undirected => "undirected",
                    Direction::Mutual => "mutual",
                },
            })
        }).collect::<Vec<_>>(),
    })
}
