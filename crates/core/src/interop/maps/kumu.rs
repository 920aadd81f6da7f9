//! Kumu's JSON blueprints: `elements` (each with an `id`, a `label`, a `type`, a `description`
//! and `tags`, written either at the top of the element or under its `attributes`, as Kumu's
//! own exports do) and `connections` (`from` and `to`, naming elements by id or by label, a
//! `type`, and a direction: `direction` as directed, undirected or mutual, or a boolean
//! `directed`). Positions, when the blueprint carries a map's layout, come from
//! `maps[0].elements[].position`.

use std::collections::HashMap;

use serde_json::{Map, Value};

use super::{id_of, kind_from_type, text_of, ParsedEdge, ParsedMap, ParsedNode};
use crate::folding::fold;
use crate::power_map::Direction;
use crate::{msg, CoreError, Result};

/// A field of an element or a connection: at its top, or under its `attributes`.
fn field<'a>(item: &'a Map<String, Value>, names: &[&str]) -> Option<&'a Value> {
    let attributes = item.get("attributes").and_then(Value::as_object);
    names.iter().find_map(|name| {
        item.get(*name)
            .or_else(|| attributes.and_then(|a| a.get(*name)))
            .filter(|v| !v.is_null())
    })
}

fn list<'a>(object: &'a Map<String, Value>, key: &str) -> Result<&'a [Value]> {
    match object.get(key) {
        None | Some(Value::Null) => Ok(&[]),
        Some(Value::Array(items)) => Ok(items),
        Some(_) => Err(CoreError::invalid_file(msg!(
            "map-kumu-not-a-list",
            key = key
        ))),
    }
}

fn tags_of(value: Option<&Value>) -> Vec<String> {
    match value {
        Some(Value::Array(tags)) => tags.iter().filter_map(|t| text_of(Some(t))).collect(),
        Some(Value::String(tags)) => tags
            .split(['|', ','])
            .map(str::trim)
            .filter(|t| !t.is_empty())
            .map(str::to_owned)
            .collect(),
        _ => Vec::new(),
    }
}

fn direction_of(connection: &Map<String, Value>) -> Direction {
    match field(connection, &["direction"]) {
        Some(Value::String(d)) => match fold(d).trim() {
            "undirected" => Direction::Undirected,
            "mutual" => Direction::Mutual,
            _ => Direction::Directed,
        },
        _ => match field(connection, &["directed"]) {
            Some(Value::Bool(false)) => Direction::Undirected,
            _ => Direction::Directed,
        },
    }
}

/// Where the blueprint's first map drew each element, by element id.
fn positions(object: &Map<String, Value>) -> HashMap<String, (f64, f64)> {
    let mut found = HashMap::new();
    let first = object
        .get("maps")
        .and_then(Value::as_array)
        .and_then(|maps| maps.first());
    let placed = first
        .and_then(|m| m.get("elements"))
        .and_then(Value::as_array);
    for entry in placed.into_iter().flatten() {
        let id = id_of(entry.get("element"));
        let position = entry.get("position");
        let x = position.and_then(|p| p.get("x")).and_then(Value::as_f64);
        let y = position.and_then(|p| p.get("y")).and_then(Value::as_f64);
        if let (Some(id), Some(x), Some(y)) = (id, x, y) {
            found.insert(id, (x, y));
        }
    }
    found
}

pub fn parse(object: &Map<String, Value>) -> Result<ParsedMap> {
    let placed = positions(object);
    let mut nodes = Vec::new();
    let mut by_id = HashMap::new();
    let mut by_label = HashMap::new();
    for (i, element) in list(object, "elements")?.iter().enumerate() {
        let n = i + 1;
        let Some(element) = element.as_object() else {
            return Err(CoreError::invalid_file(msg!(
                "map-kumu-element-not-object",
                n = n
            )));
        };
        let Some(label) = text_of(field(element, &["label", "name"])) else {
            return Err(CoreError::invalid_file(msg!(
                "map-kumu-element-no-label",
                n = n
            )));
        };
        let kind = text_of(field(element, &["type", "element type"]))
            .map_or(crate::power_map::NodeKind::Other, |t| kind_from_type(&t));
        let description = text_of(field(element, &["description"]));
        let tags = tags_of(field(element, &["tags"]));
        let notes = match (description, tags.is_empty()) {
            (Some(d), true) => Some(d),
            (Some(d), false) => Some(format!("{d}\n#{}", tags.join(" #"))),
            (None, false) => Some(format!("#{}", tags.join(" #"))),
            (None, true) => None,
        };
        let id = id_of(field(element, &["id", "_id"]));
        let at = id.as_ref().and_then(|id| placed.get(id).copied());
        if let Some(id) = id {
            by_id.insert(id, nodes.len());
        }
        by_label.entry(fold(&label)).or_insert(nodes.len());
        nodes.push(ParsedNode {
            label,
            kind,
            notes,
            at,
        });
    }
    if nodes.is_empty() {
        return Err(CoreError::invalid_file(msg!("map-file-no-nodes")));
    }
    let mut edges = Vec::new();
    for (i, connection) in list(object, "connections")?.iter().enumerate() {
        let n = i + 1;
        let Some(connection) = connection.as_object() else {
            return Err(CoreError::invalid_file(msg!(
                "map-kumu-connection-not-object",
                n = n
            )));
        };
        let end = |key: &str| -> Result<usize> {
            let named = id_of(field(connection, &[key])).unwrap_or_default();
            by_id
                .get(&named)
                .or_else(|| by_label.get(&fold(&named)))
                .copied()
                .ok_or_else(|| {
                    CoreError::invalid_file(msg!(
                        "map-kumu-connection-end-missing",
                        n = n,
                        end = key,
                        name = named.as_str()
                    ))
                })
        };
        let (from, to) = (end("from")?, end("to")?);
        if from == to {
            continue;
        }
        edges.push(ParsedEdge {
            from,
            to,
            label: text_of(field(connection, &["label", "type", "connection type"])),
            direction: direction_of(connection),
        });
    }
    Ok(ParsedMap {
        name: text_of(object.get("name")).or_else(|| text_of(object.get("title"))),
        source: "kumu",
        nodes,
        edges,
    })
}

#[cfg(test)]
mod tests {
    use crate::interop::maps::parse;
    use crate::power_map::{Direction, NodeKind};

    #[test]
    fn reads_elements_and_connections_flat_or_under_attributes() {
        let map = parse(
            r#"{
              "elements": [
                {"id": "mayor", "label": "Mayor Lee", "type": "Person", "tags": ["city hall"]},
                {"_id": "e2", "attributes": {"label": "Acme Realty", "element type": "Company",
                  "description": "Owns 2400 Cermak"}},
                {"id": "council", "label": "City Council", "type": "Government"}
              ],
              "connections": [
                {"from": "e2", "to": "mayor", "type": "donor", "direction": "directed"},
                {"from": "Mayor Lee", "to": "council", "directed": false},
                {"from": "council", "to": "mayor", "attributes": {"direction": "mutual"}}
              ]
            }"#,
        )
        .unwrap();
        assert_eq!(map.source, "kumu");
        let kinds: Vec<_> = map.nodes.iter().map(|n| n.kind).collect();
        assert_eq!(
            kinds,
            [NodeKind::Person, NodeKind::Business, NodeKind::Government]
        );
        assert_eq!(map.nodes[0].notes.as_deref(), Some("#city hall"));
        assert_eq!(map.nodes[1].notes.as_deref(), Some("Owns 2400 Cermak"));
        let edges: Vec<_> = map
            .edges
            .iter()
            .map(|e| (e.from, e.to, e.label.clone(), e.direction))
            .collect();
        assert_eq!(
            edges,
            [
                (1, 0, Some("donor".into()), Direction::Directed),
                (0, 2, None, Direction::Undirected),
                (2, 0, None, Direction::Mutual)
            ]
        );
    }

    #[test]
    fn a_connection_to_an_element_not_in_the_map_is_refused_with_where() {
        let err = parse(
            r#"{"elements": [{"id": "a", "label": "A"}],
                "connections": [{"from": "a", "to": "a"}, {"from": "a", "to": "zz"}]}"#,
        )
        .unwrap_err();
        let text = err.message().to_string();
        assert!(
            text.contains("connection 2") && text.contains("zz"),
            "{text}"
        );
    }

    #[test]
    fn what_is_not_a_map_is_refused() {
        for text in [
            "[1, 2]",
            r#"{"people": []}"#,
            r#"{"elements": []}"#,
            "{not json",
            r#"{"elements": [{"id": "a"}]}"#,
        ] {
            assert!(parse(text).is_err(), "{text} was read as a map");
        }
    }
}
