//! Power maps end to end in the core: nodes and edges written and refused, nodes dragged,
//! paths in read from ties, a map imported and exported, and maps following merged records.

use chrono::{DateTime, Utc};

use super::store::{self, NewEdge, NewMap};
use super::{edges, nodes, paths, Direction, EdgeInput, NodeInput, NodeKind, NodeMove};
use crate::connections::tie::{self, TieInput, TieRole};
use crate::db::Database;
use crate::interop::maps;
use crate::orgs::store::{create as create_org, NewOrg};
use crate::orgs::{OrgInput, OrgKind, Relationship};
use crate::people::model::{Origin, PersonInput};
use crate::people::store::create as create_person;

fn now() -> DateTime<Utc> {
    "2026-12-06T18:00:00Z".parse().unwrap()
}

fn empty_map(db: &mut Database) -> super::PowerMap {
    store::create(
        db,
        NewMap {
            campaign: None,
            name: "Who decides on the heat",
            source: "groundwork",
            nodes: vec![],
            edges: vec![],
            is_sample: false,
        },
        now(),
    )
    .unwrap()
}

fn person(db: &mut Database, first: &str, last: &str) -> crate::ids::PersonId {
    let input = PersonInput {
        first_name: first.into(),
        last_name: last.into(),
        ..Default::default()
    };
    let origin = Origin {
        source: "test",
        is_sample: false,
    };
    create_person(db, input, origin, now()).unwrap().id
}

fn org(db: &mut Database, name: &str) -> crate::ids::OrganizationId {
    create_org(
        db,
        NewOrg {
            input: OrgInput::named(name, OrgKind::Business),
            relationship: Relationship::Opposed,
            added_by: "Rosa",
            is_sample: false,
        },
        now(),
    )
    .unwrap()
    .id
}

#[test]
fn nodes_and_edges_are_drawn_moved_and_taken_away() {
    let mut db = Database::open_in_memory().unwrap();
    let map = empty_map(&mut db);
    let mayor = nodes::add(
        &mut db,
        map.id,
        NodeInput::named(" Mayor Lee ", NodeKind::Person),
        now(),
    )
    .unwrap();
    let acme = nodes::add(
        &mut db,
        map.id,
        NodeInput::named("Acme Realty", NodeKind::Business),
        now(),
    )
    .unwrap();
    assert_eq!(mayor.fields.label, "Mayor Lee");
    let donor = edges::add(
        &mut db,
        map.id,
        EdgeInput {
            from: acme.id,
            to: mayor.id,
            label: Some("donor".into()),
            strength: Some(4),
            direction: Direction::Directed,
        },
        now(),
    )
    .unwrap();
    // Dragged past the grid's edge: kept inside it.
    nodes::move_to(
        &mut db,
        &[NodeMove {
            id: mayor.id,
            alignment: -1.5,
            power: 9.0,
        }],
        now(),
    )
    .unwrap();
    let read = store::get(db.conn(), map.id).unwrap();
    assert_eq!(
        (read.nodes[0].fields.alignment, read.nodes[0].fields.power),
        (-1.5, 4.0)
    );
    assert_eq!(read.edges, vec![donor]);

    nodes::remove(&mut db, acme.id, now()).unwrap();
    let read = store::get(db.conn(), map.id).unwrap();
    assert_eq!(read.nodes.len(), 1);
    assert!(read.edges.is_empty(), "the edge went with its node");
}

#[test]
fn bad_nodes_and_edges_are_refused_beside_what_is_wrong() {
    let mut db = Database::open_in_memory().unwrap();
    let map = empty_map(&mut db);
    let other = empty_map(&mut db);
    let blank = nodes::add(
        &mut db,
        map.id,
        NodeInput::named("  ", NodeKind::Person),
        now(),
    );
    assert_eq!(blank.unwrap_err().key(), Some("label"));
    let mut far = NodeInput::named("Far", NodeKind::Person);
    far.alignment = 3.0;
    assert_eq!(
        nodes::add(&mut db, map.id, far, now()).unwrap_err().key(),
        Some("alignment")
    );

    let a = nodes::add(
        &mut db,
        map.id,
        NodeInput::named("A", NodeKind::Person),
        now(),
    )
    .unwrap();
    let elsewhere = nodes::add(
        &mut db,
        other.id,
        NodeInput::named("B", NodeKind::Person),
        now(),
    )
    .unwrap();
    let edge = |to, strength| EdgeInput {
        from: a.id,
        to,
        label: None,
        strength,
        direction: Direction::Undirected,
    };
    assert_eq!(
        edges::add(&mut db, map.id, edge(elsewhere.id, None), now())
            .unwrap_err()
            .key(),
        Some("to")
    );
    assert_eq!(
        edges::add(&mut db, map.id, edge(a.id, None), now())
            .unwrap_err()
            .key(),
        Some("to")
    );
    let b = nodes::add(
        &mut db,
        map.id,
        NodeInput::named("B", NodeKind::Person),
        now(),
    )
    .unwrap();
    assert_eq!(
        edges::add(&mut db, map.id, edge(b.id, Some(6)), now())
            .unwrap_err()
            .key(),
        Some("strength")
    );
    assert!(store::get(db.conn(), map.id).unwrap().edges.is_empty());
}

#[test]
fn a_whole_new_map_is_refused_at_its_bad_edge_and_nothing_is_kept() {
    let mut db = Database::open_in_memory().unwrap();
    let err = store::create(
        &mut db,
        NewMap {
            campaign: None,
            name: "Broken",
            source: "kumu",
            nodes: vec![
                NodeInput::named("A", NodeKind::Person),
                NodeInput::named("B", NodeKind::Other),
            ],
            edges: vec![
                NewEdge {
                    from: 0,
                    to: 1,
                    label: None,
                    strength: None,
                    direction: Direction::Directed,
                },
                NewEdge {
                    from: 1,
                    to: 1,
                    label: None,
                    strength: None,
                    direction: Direction::Directed,
                },
            ],
            is_sample: false,
        },
        now(),
    )
    .unwrap_err();
    assert_eq!(err.key(), Some("edges.1.to"));
    let maps: i64 = db
        .conn()
        .query_row("SELECT count(*) FROM power_map", [], |r| r.get(0))
        .unwrap();
    assert_eq!(maps, 0);
}

#[test]
fn members_tied_to_an_organization_on_the_map_are_its_paths_in() {
    let mut db = Database::open_in_memory().unwrap();
    let map = empty_map(&mut db);
    let acme = org(&mut db, "Acme Realty");
    let ana = person(&mut db, "Ana", "Ruiz");
    let bo = person(&mut db, "Bo", "Tran");
    for (who, strength) in [(ana, 2), (bo, 5)] {
        tie::set(
            &mut db,
            &TieInput {
                person_id: who,
                organization_id: acme,
                role: TieRole::Staff,
                title: None,
                strength,
                would_introduce: true,
            },
            now().date_naive(),
            now(),
        )
        .unwrap();
    }
    let mut node = NodeInput::named("Acme Realty", NodeKind::Business);
    node.organization_id = Some(acme);
    let on_map = nodes::add(&mut db, map.id, node, now()).unwrap();
    let found = paths::of_map(db.conn(), map.id).unwrap();
    let who: Vec<_> = found
        .iter()
        .map(|p| (p.node_id, p.person_name.as_str(), p.strength))
        .collect();
    assert_eq!(who, [(on_map.id, "Bo Tran", 5), (on_map.id, "Ana Ruiz", 2)]);
}

#[test]
fn a_map_exported_for_kumu_comes_back_as_the_same_map() {
    let mut db = Database::open_in_memory().unwrap();
    let map = empty_map(&mut db);
    let mayor = nodes::add(
        &mut db,
        map.id,
        NodeInput::named("Mayor Lee", NodeKind::Person),
        now(),
    )
    .unwrap();
    let acme = nodes::add(
        &mut db,
        map.id,
        NodeInput::named("Acme Realty", NodeKind::Business),
        now(),
    )
    .unwrap();
    let council = nodes::add(
        &mut db,
        map.id,
        NodeInput::named("City Council", NodeKind::Government),
        now(),
    )
    .unwrap();
    for (from, to, direction) in [
        (acme.id, mayor.id, Direction::Directed),
        (mayor.id, council.id, Direction::Mutual),
    ] {
        let input = EdgeInput {
            from,
            to,
            label: Some("funds".into()),
            strength: None,
            direction,
        };
        edges::add(&mut db, map.id, input, now()).unwrap();
    }
    let written = maps::export::to_kumu(&store::get(db.conn(), map.id).unwrap()).to_string();
    let file = tempfile::NamedTempFile::new().unwrap();
    std::fs::write(file.path(), written).unwrap();
    let back = maps::import(&mut db, file.path(), None, false, now()).unwrap();
    assert_eq!(back.source, "kumu");
    assert_eq!(back.name, "Who decides on the heat");
    let nodes: Vec<_> = back
        .nodes
        .iter()
        .map(|n| (n.fields.label.as_str(), n.fields.kind, n.fields.judged))
        .collect();
    assert_eq!(
        nodes,
        [
            ("Mayor Lee", NodeKind::Person, false),
            ("Acme Realty", NodeKind::Business, false),
            ("City Council", NodeKind::Government, false)
        ]
    );
    let label = |id| {
        back.nodes
            .iter()
            .find(|n| n.id == id)
            .map(|n| n.fields.label.clone())
            .unwrap()
    };
    let edges: Vec<_> = back
        .edges
        .iter()
        .map(|e| (label(e.fields.from), label(e.fields.to), e.fields.direction))
        .collect();
    assert_eq!(
        edges,
        [
            (
                "Acme Realty".to_owned(),
                "Mayor Lee".to_owned(),
                Direction::Directed
            ),
            (
                "Mayor Lee".to_owned(),
                "City Council".to_owned(),
                Direction::Mutual
            )
        ]
    );
}

#[test]
fn nodes_follow_merged_people_and_organizations_and_an_undone_merge() {
    let mut db = Database::open_in_memory().unwrap();
    let map = empty_map(&mut db);
    let ana = person(&mut db, "Ana", "Ruiz");
    let ana_again = person(&mut db, "Ana", "Ruiz");
    let acme = org(&mut db, "Acme Realty");
    let acme_again = org(&mut db, "Acme Realty LLC");
    let mut her = NodeInput::named("Ana Ruiz", NodeKind::Person);
    her.person_id = Some(ana_again);
    let her = nodes::add(&mut db, map.id, her, now()).unwrap();
    let mut it = NodeInput::named("Acme", NodeKind::Business);
    it.organization_id = Some(acme_again);
    let it = nodes::add(&mut db, map.id, it, now()).unwrap();

    crate::people::merge::merge(
        &mut db,
        &crate::people::merge::MergeRequest {
            keep: ana,
            merge: ana_again,
            take_from_merged: vec![],
            merged_by: "Rosa".into(),
        },
        now(),
    )
    .unwrap();
    crate::orgs::merge::merge(&mut db, acme, acme_again, "Rosa", now()).unwrap();
    let read = store::get(db.conn(), map.id).unwrap();
    let node = |id| {
        read.nodes
            .iter()
            .find(|n| n.id == id)
            .unwrap()
            .fields
            .clone()
    };
    assert_eq!(node(her.id).person_id, Some(ana));
    assert_eq!(node(it.id).organization_id, Some(acme));

    let merge = crate::orgs::merge::into(db.conn(), acme).unwrap()[0].id;
    crate::orgs::merge::undo(&mut db, merge, now()).unwrap();
    let read = store::get(db.conn(), map.id).unwrap();
    let back = read.nodes.iter().find(|n| n.id == it.id).unwrap();
    assert_eq!(back.fields.organization_id, Some(acme_again));
}

#[test]
fn a_persons_connections_come_onto_the_map_once() {
    let mut db = Database::open_in_memory().unwrap();
    let map = empty_map(&mut db);
    let acme = org(&mut db, "Acme Realty");
    let church = org(&mut db, "Iglesia San José");
    let ana = person(&mut db, "Ana", "Ruiz");
    for (organization_id, role) in [(acme, TieRole::Staff), (church, TieRole::Leader)] {
        tie::set(
            &mut db,
            &TieInput {
                person_id: ana,
                organization_id,
                role,
                title: None,
                strength: 4,
                would_introduce: true,
            },
            now().date_naive(),
            now(),
        )
        .unwrap();
    }
    let mut her = NodeInput::named("Ana Ruiz", NodeKind::Person);
    her.person_id = Some(ana);
    let her = nodes::add(&mut db, map.id, her, now()).unwrap();
    let added = super::connections::add_around(&mut db, her.id, now()).unwrap();
    assert_eq!((added.nodes, added.edges), (2, 2));
    let read = store::get(db.conn(), map.id).unwrap();
    // The ids named are the ones now on the map, so Undo can take exactly them away.
    for id in &added.node_ids {
        assert!(read.nodes.iter().any(|n| n.id == *id && *id != her.id));
    }
    for id in &added.edge_ids {
        assert!(read.edges.iter().any(|e| e.id == *id));
    }
    assert_eq!((added.node_ids.len(), added.edge_ids.len()), (2, 2));
    let acme_node = read
        .nodes
        .iter()
        .find(|n| n.fields.organization_id == Some(acme))
        .unwrap();
    // The chapter's relationship with Acme (opposed) places it; it is a business.
    assert_eq!(acme_node.fields.kind, NodeKind::Business);
    assert!(acme_node.fields.judged && acme_node.fields.alignment < 0.0);
    let works_at = read
        .edges
        .iter()
        .find(|e| e.fields.to == acme_node.id)
        .unwrap();
    assert_eq!(works_at.fields.from, her.id);
    assert_eq!(works_at.fields.label.as_deref(), Some("works at"));

    // Again: nothing new. From the organization's side: Ana is already there, and joined.
    let again = super::connections::add_around(&mut db, her.id, now()).unwrap();
    assert_eq!((again.nodes, again.edges), (0, 0));
    let from_org = super::connections::add_around(&mut db, acme_node.id, now()).unwrap();
    assert_eq!((from_org.nodes, from_org.edges), (0, 0));
}
