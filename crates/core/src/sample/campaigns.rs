//! The sample chapter's campaign: repairs at a landlord's Eastside buildings (the needs
//! assessment's top need there), with its strategy chart filled in and a power map of about
//! twenty-five people and institutions. Nodes that stand for organizations in the sample
//! directory show the members tied to them as paths in.

use chrono::{DateTime, Utc};
use rusqlite::{params, OptionalExtension};

use crate::campaigns::{store as campaigns, CampaignInput, ChartItemInput, ChartSection};
use crate::db::Database;
use crate::ids::OrganizationId;
use crate::power_map::store::{self as maps, NewEdge, NewMap};
use crate::power_map::{Direction, NodeInput, NodeKind};
use crate::Result;

use ChartSection::*;

const CHART: &[(ChartSection, &str, Option<u32>)] = &[
    (
        LongTermGoal,
        "Every Eastside tenant lives in a safe, repaired home, with a tenants' union to keep it so",
        None,
    ),
    (
        IntermediateGoal,
        "Premier signs a repair agreement with Eastside Tenants United",
        None,
    ),
    (
        IntermediateGoal,
        "The city inspects every Premier building this winter",
        None,
    ),
    (
        ShortTermGoal,
        "Heat restored in all six buildings by January 15",
        None,
    ),
    (ShortTermGoal, "100 tenants sign the repair petition", None),
    (Resources, "40 members, 12 of them Premier tenants", None),
    (
        Resources,
        "Eastside Tenants United's building committees",
        None,
    ),
    (Resources, "The Legal Aid Clinic's housing lawyers", None),
    (Gains, "Two new building committees", None),
    (Gains, "Five new leaders who can chair a meeting", None),
    (
        Gains,
        "Spanish-speaking tenants in the chapter's leadership",
        None,
    ),
    (
        InternalProblems,
        "Few members can meet on weekday evenings",
        None,
    ),
    (InternalProblems, "No childcare at actions yet", None),
    (
        Constituents,
        "Premier tenants, most of them Spanish-speaking families",
        None,
    ),
    (
        Constituents,
        "Home care workers who rent from Premier",
        None,
    ),
    (Allies, "Iglesia San José Obrero", None),
    (Allies, "Riverside Legal Aid Clinic", None),
    (Allies, "Lincoln Elementary Parent Council", None),
    (Opponents, "Premier Property Management", None),
    (Opponents, "The Riverside landlords' association", None),
    (
        PrimaryTarget,
        "Alderperson Rivera, 25th Ward: can call for inspections and hold a hearing",
        None,
    ),
    (
        SecondaryTarget,
        "Commissioner Adams, Department of Buildings",
        None,
    ),
    (
        SecondaryTarget,
        "Riverside Savings Bank, Premier's lender",
        None,
    ),
    (
        Tactic,
        "Deliver the petition at the ward office, with tenants telling their stories",
        Some(20),
    ),
    (
        Tactic,
        "A tenants' hearing, with the commissioner invited",
        Some(21),
    ),
    (
        Tactic,
        "Ask the bank's community board to meet Premier's tenants",
        Some(22),
    ),
];

/// A node: its label, kind, the sample organization it stands for (by name), its alignment and
/// power, and whether it is a target.
type SampleNode = (&'static str, NodeKind, Option<&'static str>, f64, f64, bool);

const NODES: &[SampleNode] = &[
    ("Alderperson Rivera", NodeKind::Person, None, 0.4, 3.9, true),
    (
        "Office of the 25th Ward Alderperson",
        NodeKind::Government,
        Some("Office of the 25th Ward Alderperson"),
        0.2,
        2.9,
        false,
    ),
    (
        "Department of Buildings",
        NodeKind::Government,
        None,
        -0.8,
        3.3,
        false,
    ),
    (
        "Commissioner Adams",
        NodeKind::Person,
        None,
        -1.1,
        2.5,
        true,
    ),
    (
        "Premier Property Management",
        NodeKind::Business,
        Some("Premier Property Management"),
        -2.0,
        3.7,
        false,
    ),
    (
        "Riverside Savings Bank",
        NodeKind::Business,
        None,
        -1.5,
        3.0,
        true,
    ),
    (
        "Riverside landlords' association",
        NodeKind::Organization,
        None,
        -1.9,
        1.9,
        false,
    ),
    (
        "Mayor's Office",
        NodeKind::Government,
        None,
        -0.6,
        4.0,
        false,
    ),
    (
        "City Council Housing Committee",
        NodeKind::Government,
        None,
        -0.2,
        2.2,
        false,
    ),
    (
        "Housing court",
        NodeKind::Government,
        None,
        -0.6,
        1.5,
        false,
    ),
    (
        "State Representative Okafor",
        NodeKind::Person,
        None,
        1.2,
        3.4,
        false,
    ),
    ("Riverside Gazette", NodeKind::Media, None, 0.0, 1.0, false),
    ("Radio Latina 1450", NodeKind::Media, None, 0.7, 1.4, false),
    (
        "Eastside Tenants United",
        NodeKind::Organization,
        Some("Eastside Tenants United"),
        2.0,
        1.9,
        false,
    ),
    (
        "Iglesia San José Obrero",
        NodeKind::Organization,
        Some("Iglesia San José Obrero"),
        1.4,
        2.5,
        false,
    ),
    (
        "Rev. Martín Ocampo",
        NodeKind::Person,
        None,
        2.0,
        3.0,
        false,
    ),
    (
        "Riverside Legal Aid Clinic",
        NodeKind::Organization,
        Some("Riverside Legal Aid Clinic"),
        1.3,
        1.3,
        false,
    ),
    (
        "Lincoln Elementary Parent Council",
        NodeKind::Organization,
        Some("Lincoln Elementary Parent Council"),
        1.0,
        0.5,
        false,
    ),
    (
        "Home Care Workers Union",
        NodeKind::Organization,
        Some("Riverside Home Care Workers Union"),
        0.7,
        2.2,
        false,
    ),
    (
        "Cooperativa La Esperanza",
        NodeKind::Organization,
        Some("Cooperativa de Limpieza La Esperanza"),
        1.9,
        0.9,
        false,
    ),
    (
        "Riverbend Block Club",
        NodeKind::Organization,
        Some("Riverbend Block Club"),
        -0.9,
        0.6,
        false,
    ),
    (
        "Premier's building managers",
        NodeKind::Person,
        None,
        -1.6,
        1.1,
        false,
    ),
    (
        "Tenants of 2400 Elm",
        NodeKind::Other,
        None,
        2.0,
        0.2,
        false,
    ),
    (
        "Health Care Justice Campaign",
        NodeKind::Organization,
        Some("Southside Health Care Justice Campaign"),
        0.3,
        0.3,
        false,
    ),
];

/// Relationships, between nodes by their places above.
const EDGES: &[(usize, usize, &str, Direction)] = &[
    (5, 4, "lends to", Direction::Directed),
    (4, 0, "campaign donor", Direction::Directed),
    (6, 0, "campaign donor", Direction::Directed),
    (4, 6, "member of", Direction::Directed),
    (0, 1, "runs the office", Direction::Directed),
    (0, 2, "can call for inspections", Direction::Directed),
    (7, 2, "appoints the commissioner", Direction::Directed),
    (3, 2, "heads the department", Direction::Directed),
    (0, 8, "sits on", Direction::Directed),
    (14, 0, "parishioners vote in the ward", Direction::Directed),
    (15, 14, "pastor", Direction::Directed),
    (13, 14, "allies with", Direction::Mutual),
    (16, 9, "represents tenants", Direction::Directed),
    (11, 0, "writes about", Direction::Directed),
    (12, 14, "announces events", Direction::Mutual),
    (18, 10, "endorsed in the election", Direction::Directed),
    (10, 7, "allies with", Direction::Mutual),
    (4, 21, "employs them", Direction::Directed),
    (22, 13, "member of", Direction::Directed),
    (17, 0, "meets monthly", Direction::Directed),
    (23, 13, "allies with", Direction::Undirected),
];

fn org_named(db: &Database, name: &str) -> Result<Option<OrganizationId>> {
    Ok(db
        .conn()
        .prepare_cached("SELECT id FROM organization WHERE name = ?1 AND merged_into IS NULL")?
        .query_row(params![name], |r| r.get(0))
        .optional()?)
}

pub fn add(db: &mut Database, now: DateTime<Utc>) -> Result<()> {
    let campaign = campaigns::create(
        db,
        CampaignInput {
            name: "Repairs now at Premier's Eastside buildings".into(),
            issue: Some(
                "Tenants in Premier Property's six Eastside buildings have gone without heat and \
                 repairs; the city inspects only when pushed."
                    .into(),
            ),
            project_id: crate::projects::store::list(db.conn())?
                .into_iter()
                .find(|p| p.name == "Eastside tenant union")
                .map(|p| p.id),
        },
        true,
        now,
    )?;
    let chart: Vec<ChartItemInput> = CHART
        .iter()
        .map(|(section, text, target)| ChartItemInput {
            id: None,
            section: *section,
            text: (*text).into(),
            target: *target,
        })
        .collect();
    campaigns::save_chart(db, campaign.id, &chart, now)?;

    let mut nodes = Vec::with_capacity(NODES.len());
    for (label, kind, org, alignment, power, target) in NODES {
        let organization_id = match org {
            Some(name) => org_named(db, name)?,
            None => None,
        };
        nodes.push(NodeInput {
            organization_id,
            alignment: *alignment,
            power: *power,
            is_target: *target,
            ..NodeInput::named(label, *kind)
        });
    }
    let edges = EDGES
        .iter()
        .map(|(from, to, label, direction)| NewEdge {
            from: *from,
            to: *to,
            label: Some((*label).into()),
            strength: None,
            direction: *direction,
        })
        .collect();
    maps::create(
        db,
        NewMap {
            campaign: Some(campaign.id),
            name: "Who decides on the repairs",
            source: "groundwork",
            nodes,
            edges,
            is_sample: true,
        },
        now,
    )?;
    Ok(())
}
