//! What the connections assessment shows a chapter meeting: the organizations it can start
//! from (the most and strongest ties, and who would introduce the chapter there), the members
//! who are bridges into several communities, and the kinds of community in its area where it
//! has no ties at all yet.

use std::collections::{BTreeMap, BTreeSet, HashSet};

use rusqlite::Connection;
use serde::Serialize;
use ts_rs::TS;

use super::ranking::{ranking, RankedOrg};
use crate::db::codes::column;
use crate::ids::PersonId;
use crate::orgs::OrgKind;
use crate::people::model::display_name;
use crate::Result;

/// Organizations and bridges shown: what a meeting can talk through.
pub const SHOWN: usize = 10;

#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct StartingOrg {
    pub org: RankedOrg,
    /// Who would introduce the chapter there, strongest tie first.
    pub introducers: Vec<String>,
}

/// A member tied to several organizations: a bridge into each.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct Bridge {
    pub person_id: PersonId,
    pub name: String,
    pub strength: u32,
    /// The organizations, strongest tie first.
    pub organizations: Vec<String>,
}

/// Kinds of community with no tie in an area (`None`: anywhere).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct Gap {
    pub area: Option<String>,
    pub kinds: Vec<OrgKind>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct StartingPoints {
    /// Members with at least one tie.
    pub people_tied: u32,
    pub ties: u32,
    pub organizations_tied: u32,
    pub top: Vec<StartingOrg>,
    pub bridges: Vec<Bridge>,
    pub gaps: Vec<Gap>,
    /// Ties by kind of organization, the most first: the chart for a slide.
    pub by_kind: Vec<KindTies>,
}

/// How many ties members have to one kind of organization, and how many members.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct KindTies {
    pub kind: OrgKind,
    pub ties: u32,
    pub members: u32,
}

fn by_kind(all: &[TieRow]) -> Vec<KindTies> {
    let mut counted: std::collections::HashMap<OrgKind, (u32, BTreeSet<PersonId>)> =
        std::collections::HashMap::new();
    for t in all {
        let entry = counted.entry(t.kind).or_default();
        entry.0 += 1;
        entry.1.insert(t.person);
    }
    let mut kinds: Vec<KindTies> = counted
        .into_iter()
        .map(|(kind, (ties, members))| KindTies {
            kind,
            ties,
            members: u32::try_from(members.len()).unwrap_or(u32::MAX),
        })
        .collect();
    let place = |k: OrgKind| OrgKind::ALL.iter().position(|x| *x == k);
    kinds.sort_by(|a, b| {
        (b.ties, b.members)
            .cmp(&(a.ties, a.members))
            .then_with(|| place(a.kind).cmp(&place(b.kind)))
    });
    kinds
}

/// One tie as read for the report.
struct TieRow {
    person: PersonId,
    name: String,
    org: String,
    org_id: String,
    kind: OrgKind,
    area: Option<String>,
    strength: u32,
    introduces: bool,
}

fn ties(conn: &Connection) -> Result<Vec<TieRow>> {
    Ok(conn
        .prepare_cached(
            "SELECT t.person_id, p.preferred_name, p.first_name, p.last_name, o.name, o.id,
                    o.kind, o.area, t.strength, t.would_introduce
             FROM tie t JOIN person p ON p.id = t.person_id
             JOIN organization o ON o.id = t.organization_id
             WHERE o.merged_into IS NULL
             ORDER BY t.strength DESC, p.last_name COLLATE NOCASE, p.first_name COLLATE NOCASE",
        )?
        .query_map([], |r| {
            let preferred: Option<String> = r.get(1)?;
            let first: String = r.get(2)?;
            let last: String = r.get(3)?;
            Ok(TieRow {
                person: r.get(0)?,
                name: display_name(preferred.as_deref(), &first, &last),
                org: r.get(4)?,
                org_id: r.get(5)?,
                kind: column(r.get(6)?)?,
                area: r.get(7)?,
                strength: r.get(8)?,
                introduces: r.get(9)?,
            })
        })?
        .collect::<rusqlite::Result<_>>()?)
}

/// The areas the chapter works in: its needs assessments' and the directory's, each once.
fn areas(conn: &Connection) -> Result<Vec<String>> {
    let mut found: BTreeMap<String, String> = BTreeMap::new();
    for assessment in crate::needs::assessment::list(conn)? {
        for area in assessment.areas {
            found.entry(area.to_lowercase()).or_insert(area);
        }
    }
    for area in crate::orgs::store::areas(conn)? {
        found.entry(area.to_lowercase()).or_insert(area);
    }
    Ok(found.into_values().collect())
}

pub fn starting_points(conn: &Connection) -> Result<StartingPoints> {
    let all = ties(conn)?;
    let top = ranking(conn)?
        .into_iter()
        .filter(|o| o.members > 0)
        .take(SHOWN)
        .map(|org| {
            let id = org.id.to_string();
            let introducers = all
                .iter()
                .filter(|t| t.org_id == id && t.introduces)
                .map(|t| t.name.clone())
                .collect();
            StartingOrg { org, introducers }
        })
        .collect();
    let mut by_person: BTreeMap<PersonId, Bridge> = BTreeMap::new();
    for t in &all {
        let bridge = by_person.entry(t.person).or_insert_with(|| Bridge {
            person_id: t.person,
            name: t.name.clone(),
            strength: 0,
            organizations: Vec::new(),
        });
        bridge.strength += t.strength;
        bridge.organizations.push(t.org.clone());
    }
    let people_tied = u32::try_from(by_person.len()).unwrap_or(u32::MAX);
    let mut bridges: Vec<Bridge> = by_person
        .into_values()
        .filter(|b| b.organizations.len() >= 2)
        .collect();
    bridges.sort_by(|a, b| {
        (b.organizations.len(), b.strength)
            .cmp(&(a.organizations.len(), a.strength))
            .then_with(|| a.name.to_lowercase().cmp(&b.name.to_lowercase()))
    });
    bridges.truncate(SHOWN);
    let community: Vec<OrgKind> = OrgKind::ALL
        .into_iter()
        .filter(|k| k.is_community())
        .collect();
    let tied_kinds = |area: Option<&str>| -> HashSet<OrgKind> {
        all.iter()
            .filter(|t| {
                area.is_none_or(|a| {
                    t.area
                        .as_deref()
                        .is_some_and(|ta| ta.eq_ignore_ascii_case(a))
                })
            })
            .map(|t| t.kind)
            .collect()
    };
    let missing = |area: Option<&str>| -> Vec<OrgKind> {
        let tied = tied_kinds(area);
        community
            .iter()
            .copied()
            .filter(|k| !tied.contains(k))
            .collect()
    };
    let mut gaps = vec![Gap {
        area: None,
        kinds: missing(None),
    }];
    for area in areas(conn)? {
        gaps.push(Gap {
            kinds: missing(Some(&area)),
            area: Some(area),
        });
    }
    let organizations_tied = all.iter().map(|t| &t.org_id).collect::<BTreeSet<_>>().len();
    Ok(StartingPoints {
        people_tied,
        ties: u32::try_from(all.len()).unwrap_or(u32::MAX),
        organizations_tied: u32::try_from(organizations_tied).unwrap_or(u32::MAX),
        top,
        bridges,
        gaps,
        by_kind: by_kind(&all),
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::db::Database;

    #[test]
    fn the_sample_shows_where_to_start_who_bridges_and_where_no_one_is_tied() {
        let mut db = Database::open_in_memory().unwrap();
        crate::sample::create(&mut db, chrono::Utc::now()).unwrap();
        let points = starting_points(db.conn()).unwrap();
        assert_eq!(points.top[0].org.rank, 1);
        assert!(!points.top[0].introducers.is_empty());
        assert!(points.bridges.iter().all(|b| b.organizations.len() >= 2));
        assert!(!points.bridges.is_empty());
        // No member is tied to a union in Mill Hill, say; everywhere has some gap.
        let mill_hill = points
            .gaps
            .iter()
            .find(|g| g.area.as_deref() == Some("Mill Hill"))
            .unwrap();
        assert!(mill_hill.kinds.contains(&OrgKind::Union), "{mill_hill:?}");
        assert!(points.gaps[0].area.is_none());
        assert!(points.people_tied >= 30);
        let kinds_total: u32 = points.by_kind.iter().map(|k| k.ties).sum();
        assert_eq!(
            kinds_total, points.ties,
            "every tie counted under its kind once"
        );
        assert!(points.by_kind.windows(2).all(|w| w[0].ties >= w[1].ties));
    }
}
