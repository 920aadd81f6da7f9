//! Other tools' map files. A chapter may already have mapped its city in Kumu, or found the
//! powerful on LittleSis and drawn them in Oligrapher: those maps come in as Groundwork maps,
//! keeping their layout (scaled into the grid) but not yet judged, since neither tool has an
//! axis of alignment or of power. Maps go out as Kumu JSON, as Groundwork's own JSON, and
//! (from the print crate) as SVG.
//!
//! Only the parts the issue of a map needs are read: names, kinds, descriptions and tags,
//! relationships with their labels and directions, positions. Everything else in the file
//! (colours, images, styles) is left behind.

pub mod export;
pub mod kumu;
pub mod layout;
pub mod oligrapher;

use std::path::Path;

use chrono::{DateTime, Utc};
use serde_json::Value;

use crate::db::Database;
use crate::ids::CampaignId;
use crate::power_map::store::{self, NewEdge, NewMap};
use crate::power_map::{Direction, NodeInput, NodeKind, PowerMap};
use crate::{msg, CoreError, Result};

/// A map file larger than this is not a map anyone drew by hand.
const LARGEST: u64 = 32 * 1024 * 1024;

/// A map as read from a file, before it is placed on the grid.
#[derive(Debug, Clone, PartialEq)]
pub struct ParsedMap {
    pub name: Option<String>,
    /// "kumu" or "oligrapher".
    pub source: &'static str,
    pub nodes: Vec<ParsedNode>,
    pub edges: Vec<ParsedEdge>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct ParsedNode {
    pub label: String,
    pub kind: NodeKind,
    pub notes: Option<String>,
    /// Where the other tool drew it (x right, y down), if it says.
    pub at: Option<(f64, f64)>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ParsedEdge {
    /// Places in [`ParsedMap::nodes`].
    pub from: usize,
    pub to: usize,
    pub label: Option<String>,
    pub direction: Direction,
}

/// Reads a map from JSON text, whichever of the two tools made it.
pub fn parse(text: &str) -> Result<ParsedMap> {
    let value: Value = serde_json::from_str(text).map_err(|e| {
        CoreError::invalid_file(msg!(
            "map-file-not-json",
            line = e.line(),
            problem = e.to_string()
        ))
    })?;
    let Some(object) = value.as_object() else {
        return Err(CoreError::invalid_file(msg!("map-file-not-a-map")));
    };
    if object.contains_key("elements") || object.contains_key("connections") {
        kumu::parse(object)
    } else if ["graph_data", "nodes", "display"]
        .iter()
        .any(|k| object.contains_key(*k))
    {
        oligrapher::parse(object)
    } else {
        Err(CoreError::invalid_file(msg!("map-file-not-a-map")))
    }
}

/// The file's name without its folder and extension, for a map that names itself nothing.
fn file_stem(path: &Path) -> String {
    path.file_stem()
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_else(|| "Imported map".to_owned())
}

/// Imports the map in the file at `path` as a new map (of `campaign`, if given): all of it,
/// or nothing when anything in it is wrong.
pub fn import(
    db: &mut Database,
    path: &Path,
    campaign: Option<CampaignId>,
    is_sample: bool,
    now: DateTime<Utc>,
) -> Result<PowerMap> {
    let size = std::fs::metadata(path)
        .map_err(|e| CoreError::io("read", path, e))?
        .len();
    if size > LARGEST {
        return Err(CoreError::invalid_file(msg!(
            "map-file-too-large",
            megabytes = size / (1024 * 1024)
        )));
    }
    let text = std::fs::read_to_string(path).map_err(|e| CoreError::io("read", path, e))?;
    let parsed = parse(&text)?;
    let name = parsed.name.clone().unwrap_or_else(|| file_stem(path));
    let places = layout::on_the_grid(&parsed.nodes);
    let nodes = parsed
        .nodes
        .iter()
        .zip(places)
        .map(|(node, (alignment, power))| NodeInput {
            label: node.label.clone(),
            kind: node.kind,
            person_id: None,
            organization_id: None,
            alignment,
            power,
            judged: false,
            is_target: false,
            notes: node.notes.clone(),
        })
        .collect();
    let edges = parsed
        .edges
        .iter()
        .map(|e| NewEdge {
            from: e.from,
            to: e.to,
            label: e.label.clone(),
            strength: None,
            direction: e.direction,
        })
        .collect();
    store::create(
        db,
        NewMap {
            campaign,
            name: &name,
            source: parsed.source,
            nodes,
            edges,
            is_sample,
        },
        now,
    )
}

/// Text for a label: trimmed, `None` when empty or not text.
fn text_of(value: Option<&Value>) -> Option<String> {
    let text = match value? {
        Value::String(s) => s.trim().to_owned(),
        Value::Number(n) => n.to_string(),
        _ => return None,
    };
    (!text.is_empty()).then_some(text)
}

/// An id as text, whether the file wrote it as text or as a number.
fn id_of(value: Option<&Value>) -> Option<String> {
    match value? {
        Value::String(s) if !s.trim().is_empty() => Some(s.trim().to_owned()),
        Value::Number(n) => Some(n.to_string()),
        _ => None,
    }
}

/// The kind a type written in another tool most likely means ("Person", "Company", "City
/// Council"); anything else is "other", for the chapter to say.
fn kind_from_type(kind: &str) -> NodeKind {
    let kind = crate::folding::fold(kind);
    let has = |words: &[&str]| words.iter().any(|w| kind.contains(w));
    if has(&[
        "person",
        "people",
        "individual",
        "official",
        "politician",
        "leader",
    ]) {
        NodeKind::Person
    } else if has(&[
        "government",
        "agency",
        "council",
        "department",
        "city",
        "county",
        "state",
        "office",
        "board",
        "gobierno",
    ]) {
        NodeKind::Government
    } else if has(&[
        "business",
        "company",
        "corporation",
        "firm",
        "landlord",
        "developer",
        "empresa",
    ]) {
        NodeKind::Business
    } else if has(&["media", "press", "newspaper", "radio", "tv", "news"]) {
        NodeKind::Media
    } else if has(&[
        "organization",
        "organisation",
        "nonprofit",
        "union",
        "group",
        "church",
        "congregation",
        "association",
        "coalition",
        "community",
        "school",
        "organizacion",
    ]) {
        NodeKind::Organization
    } else {
        NodeKind::Other
    }
}
