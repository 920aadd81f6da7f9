//! Our paths in: which members of the chapter can reach a node of the map. A node that stands
//! for an organization is reached by every member tied to it (from the connections
//! assessment, or told since). Read from the ties each time, so a tie entered today shows on
//! every map at once.

use rusqlite::{params, Connection};
use serde::Serialize;
use ts_rs::TS;

use crate::connections::tie::TieRole;
use crate::db::codes::column;
use crate::ids::{MapId, NodeId, PersonId};
use crate::people::model::display_name;
use crate::Result;

/// A member who can reach a node, and how.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct PathIn {
    pub node_id: NodeId,
    pub person_id: PersonId,
    /// The member's name as the chapter uses it.
    pub person_name: String,
    pub role: TieRole,
    /// 1 to 5, as the member said.
    pub strength: u8,
    pub would_introduce: bool,
}

/// Every path in to the map's nodes: strongest first for each node.
pub fn of_map(conn: &Connection, map: MapId) -> Result<Vec<PathIn>> {
    Ok(conn
        .prepare_cached(
            "SELECT n.id, p.id, p.preferred_name, p.first_name, p.last_name, t.role, t.strength,
                    t.would_introduce
             FROM map_node n
             JOIN tie t ON t.organization_id = n.organization_id
             JOIN person p ON p.id = t.person_id
             WHERE n.map_id = ?1
             ORDER BY n.created_at, n.id, t.strength DESC, p.last_name, p.first_name",
        )?
        .query_map(params![map], |r| {
            let preferred: Option<String> = r.get(2)?;
            let first: String = r.get(3)?;
            let last: String = r.get(4)?;
            Ok(PathIn {
                node_id: r.get(0)?,
                person_id: r.get(1)?,
                person_name: display_name(preferred.as_deref(), &first, &last),
                role: column(r.get(5)?)?,
                strength: r.get(6)?,
                would_introduce: r.get(7)?,
            })
        })?
        .collect::<rusqlite::Result<_>>()?)
}
