//! Organizations ranked by the chapter's ties to them: where it can start through people who
//! are already trusted there. The summed strength of the ties decides, then how many people
//! are tied; organizations equal on both share a rank.

use rusqlite::Connection;
use serde::Serialize;
use ts_rs::TS;

use crate::db::codes::column;
use crate::ids::OrganizationId;
use crate::orgs::{OrgKind, Relationship};
use crate::Result;

#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct RankedOrg {
    pub id: OrganizationId,
    pub name: String,
    pub kind: OrgKind,
    pub relationship: Relationship,
    pub area: Option<String>,
    /// People tied to it.
    pub members: u32,
    /// Their ties' strengths, summed.
    pub strength: u32,
    /// Of them, how many would introduce the chapter.
    pub would_introduce: u32,
    /// Leaders, officers and staff among them.
    pub leaders: u32,
    /// 1 is best; equal organizations share a rank (1, 2, 2, 4).
    pub rank: u32,
    pub is_sample: bool,
}

/// Every organization in the directory, best first; those nobody is tied to come last, with
/// no members and no strength.
pub fn ranking(conn: &Connection) -> Result<Vec<RankedOrg>> {
    let mut ranked: Vec<RankedOrg> = conn
        .prepare_cached(
            "SELECT o.id, o.name, o.kind, o.relationship, o.area,
                    count(t.id), coalesce(sum(t.strength), 0),
                    coalesce(sum(t.would_introduce), 0),
                    coalesce(sum(t.role IN ('leader', 'staff')), 0), o.is_sample
             FROM organization o LEFT JOIN tie t ON t.organization_id = o.id
             WHERE o.merged_into IS NULL
             GROUP BY o.id
             ORDER BY 7 DESC, 6 DESC, o.name COLLATE NOCASE",
        )?
        .query_map([], |r| {
            Ok(RankedOrg {
                id: r.get(0)?,
                name: r.get(1)?,
                kind: column(r.get(2)?)?,
                relationship: column(r.get(3)?)?,
                area: r.get(4)?,
                members: r.get(5)?,
                strength: r.get(6)?,
                would_introduce: r.get(7)?,
                leaders: r.get(8)?,
                rank: 0,
                is_sample: r.get(9)?,
            })
        })?
        .collect::<rusqlite::Result<_>>()?;
    let mut previous: Option<(u32, u32, u32)> = None;
    for (i, org) in ranked.iter_mut().enumerate() {
        let place = u32::try_from(i + 1).unwrap_or(u32::MAX);
        org.rank = match previous {
            Some((strength, members, rank))
                if strength == org.strength && members == org.members =>
            {
                rank
            }
            _ => place,
        };
        previous = Some((org.strength, org.members, org.rank));
    }
    Ok(ranked)
}
