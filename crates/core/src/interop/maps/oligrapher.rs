//! LittleSis Oligrapher maps: `nodes`, `edges` and `captions` as objects keyed by id (or, in
//! some exports, as lists); nodes with a `name` and a place (`x`, `y`); edges joining
//! `node1_id` and `node2_id`, with a `label` and an `arrow` ("1->2", "2->1", "both", or none).
//! Older maps keep these under `display`, number their ids, and write `arrow: false`; the
//! whole may come wrapped as `{ "graph_data": …, "attributes": … }`, the title in the latter.
//! Captions are notes on the canvas, not people or institutions: they are left out.

use std::collections::HashMap;

use serde_json::{Map, Value};

use super::{id_of, text_of, ParsedEdge, ParsedMap, ParsedNode};
use crate::power_map::{Direction, NodeKind};
use crate::{msg, CoreError, Result};

/// An item of a collection, with the key it was written under (none in a list).
type Item = (Option<String>, Map<String, Value>);

/// The items of a collection written as an object keyed by id, or as a list.
fn items(graph: &Map<String, Value>, key: &str) -> Result<Vec<Item>> {
    let not_object = || CoreError::invalid_file(msg!("map-oligrapher-item-not-object", what = key));
    match graph.get(key) {
        None | Some(Value::Null) => Ok(Vec::new()),
        Some(Value::Object(keyed)) => keyed
            .iter()
            .map(|(id, v)| {
                Ok((
                    Some(id.clone()),
                    v.as_object().ok_or_else(not_object)?.clone(),
                ))
            })
            .collect(),
        Some(Value::Array(list)) => list
            .iter()
            .map(|v| Ok((None, v.as_object().ok_or_else(not_object)?.clone())))
            .collect(),
        Some(_) => Err(not_object()),
    }
}

/// A field of a node or an edge, or of its older `display` part.
fn field<'a>(item: &'a Map<String, Value>, name: &str) -> Option<&'a Value> {
    item.get(name)
        .filter(|v| !v.is_null())
        .or_else(|| item.get("display").and_then(|d| d.get(name)))
        .filter(|v| !v.is_null())
}

fn direction_of(arrow: Option<&Value>) -> (Direction, bool) {
    match arrow {
        Some(Value::String(a)) => match a.trim() {
            "1->2" => (Direction::Directed, false),
            "2->1" => (Direction::Directed, true),
            "both" => (Direction::Mutual, false),
            _ => (Direction::Undirected, false),
        },
        // Older maps: true for an arrow from the first node to the second.
        Some(Value::Bool(true)) => (Direction::Directed, false),
        _ => (Direction::Undirected, false),
    }
}

pub fn parse(object: &Map<String, Value>) -> Result<ParsedMap> {
    let (mut graph, attributes) = match object.get("graph_data") {
        Some(Value::Object(inner)) => (inner, object.get("attributes")),
        Some(_) => return Err(CoreError::invalid_file(msg!("map-file-not-a-map"))),
        None => (object, None),
    };
    if let Some(Value::Object(display)) = graph.get("display") {
        if !graph.contains_key("nodes") {
            graph = display;
        }
    }
    let mut nodes = Vec::new();
    let mut by_id = HashMap::new();
    for (key, node) in items(graph, "nodes")? {
        let id = id_of(node.get("id")).or(key);
        let Some(label) = text_of(field(&node, "name")) else {
            return Err(CoreError::invalid_file(msg!(
                "map-oligrapher-node-no-name",
                id = id.unwrap_or_default()
            )));
        };
        let x = field(&node, "x").and_then(Value::as_f64);
        let y = field(&node, "y").and_then(Value::as_f64);
        if let Some(id) = id {
            by_id.insert(id, nodes.len());
        }
        nodes.push(ParsedNode {
            label,
            kind: NodeKind::Other,
            notes: text_of(field(&node, "description")),
            at: x.zip(y),
        });
    }
    if nodes.is_empty() {
        return Err(CoreError::invalid_file(msg!("map-file-no-nodes")));
    }
    let mut edges = Vec::new();
    for (key, edge) in items(graph, "edges")? {
        let id = id_of(edge.get("id")).or(key).unwrap_or_default();
        let end = |name: &str| -> Result<usize> {
            let node = id_of(field(&edge, name)).unwrap_or_default();
            by_id.get(&node).copied().ok_or_else(|| {
                CoreError::invalid_file(msg!(
                    "map-oligrapher-edge-end-missing",
                    id = id.as_str(),
                    node = node.as_str()
                ))
            })
        };
        let (first, second) = (end("node1_id")?, end("node2_id")?);
        if first == second {
            continue;
        }
        let (direction, backwards) = direction_of(field(&edge, "arrow"));
        let (from, to) = if backwards {
            (second, first)
        } else {
            (first, second)
        };
        edges.push(ParsedEdge {
            from,
            to,
            label: text_of(field(&edge, "label")),
            direction,
        });
    }
    let title = attributes
        .and_then(|a| a.get("title"))
        .or_else(|| graph.get("title"))
        .or_else(|| object.get("title"));
    Ok(ParsedMap {
        name: text_of(title),
        source: "oligrapher",
        nodes,
        edges,
    })
}

#[cfg(test)]
mod tests {
    use crate::interop::maps::parse;
    use crate::power_map::Direction;

    #[test]
    fn reads_a_current_map_wrapped_with_its_title() {
        let map = parse(
            r#"{"graph_data": {
                  "nodes": {"a1": {"id": "a1", "name": "Mayor Lee", "x": 10, "y": -40, "scale": 1},
                            "b2": {"id": "b2", "name": "Acme Realty", "x": 200, "y": 80}},
                  "edges": {"e1": {"id": "e1", "node1_id": "b2", "node2_id": "a1",
                                   "label": "donor", "arrow": "1->2"},
                            "e2": {"id": "e2", "node1_id": "b2", "node2_id": "a1", "arrow": "2->1"},
                            "e3": {"id": "e3", "node1_id": "a1", "node2_id": "b2", "arrow": null}},
                  "captions": {"c1": {"id": "c1", "text": "Who funds the mayor"}}},
                "attributes": {"title": "Cermak landlords"}}"#,
        )
        .unwrap();
        assert_eq!(map.name.as_deref(), Some("Cermak landlords"));
        assert_eq!(map.nodes.len(), 2, "the caption is not a node");
        assert_eq!(map.nodes[0].at, Some((10.0, -40.0)));
        let edges: Vec<_> = map
            .edges
            .iter()
            .map(|e| (e.from, e.to, e.direction))
            .collect();
        assert_eq!(
            edges,
            [
                (1, 0, Direction::Directed),
                (0, 1, Direction::Directed),
                (0, 1, Direction::Undirected)
            ]
        );
        assert_eq!(map.edges[0].label.as_deref(), Some("donor"));
    }

    #[test]
    fn reads_an_older_map_under_display_with_numbered_ids() {
        let map = parse(
            r#"{"display": {
                  "nodes": {"1": {"id": 1, "display": {"name": "Alderman Ruiz", "x": 0, "y": 0}},
                            "2": {"id": 2, "display": {"name": "Ward office", "x": 50, "y": 50}}},
                  "edges": {"7": {"id": 7, "node1_id": 1, "node2_id": 2,
                                  "display": {"label": "runs", "arrow": false}}}}}"#,
        )
        .unwrap();
        assert_eq!(map.nodes[0].label, "Alderman Ruiz");
        assert_eq!(map.edges.len(), 1);
        assert_eq!(map.edges[0].direction, Direction::Undirected);
        assert_eq!(map.edges[0].label.as_deref(), Some("runs"));
    }

    #[test]
    fn an_edge_to_a_missing_node_is_refused_naming_both() {
        let err = parse(
            r#"{"nodes": {"1": {"id": 1, "name": "A"}},
                "edges": {"9": {"id": 9, "node1_id": 1, "node2_id": 4}}}"#,
        )
        .unwrap_err();
        let text = err.message().to_string();
        assert!(text.contains('9') && text.contains('4'), "{text}");
    }
}
