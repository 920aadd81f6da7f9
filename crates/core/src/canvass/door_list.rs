//! The chapter's doors found by what is typed (a street, a number, a ZIP code), in walking
//! order, for picking the doors of a turf one by one.

use rusqlite::{params_from_iter, Connection};
use serde::Serialize;
use ts_rs::TS;

use super::doors::DOOR_LINE;
use crate::ids::DoorId;
use crate::Result;

#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct ChapterDoor {
    pub id: DoorId,
    /// As it prints: "183 Larch Ct Unit 2".
    pub address: String,
    pub zip: String,
    /// The names known behind the door, in the order they were added.
    pub residents: Vec<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct FoundDoors {
    /// The first `limit` doors found, in walking order.
    pub doors: Vec<ChapterDoor>,
    /// How many doors the words find in all.
    pub total: u32,
}

/// Doors whose number, street or ZIP code hold every word typed ("larch 60608"), street by
/// street in walking order; every door when nothing is typed.
pub fn find(conn: &Connection, typed: &str, limit: u32) -> Result<FoundDoors> {
    // Streets are matched on their key ("LARCH CT"), so "Larch Court" and "larch ct" agree.
    let words: Vec<String> = typed
        .split_whitespace()
        .map(|w| format!("%{}%", super::address::key_word(w).replace(['%', '_'], "")))
        .collect();
    let matching = words
        .iter()
        .map(|_| "(d.number || ' ' || d.street_key || ' ' || d.zip) LIKE ?")
        .collect::<Vec<_>>();
    let filter = if matching.is_empty() {
        "1".to_owned()
    } else {
        matching.join(" AND ")
    };
    let total: u32 = conn.query_row(
        &format!("SELECT count(*) FROM door d WHERE {filter}"),
        params_from_iter(words.iter()),
        |r| r.get(0),
    )?;
    let mut args = words.clone();
    args.push(limit.to_string());
    let doors = conn
        .prepare(&format!(
            "SELECT d.id,
                    {DOOR_LINE},
                    d.zip,
                    (SELECT group_concat(name, char(31)) FROM
                       (SELECT r.name FROM resident r WHERE r.door_id = d.id ORDER BY r.rowid))
             FROM door d WHERE {filter}
             ORDER BY d.zip, d.street_key, d.house, d.unit_key
             LIMIT ?"
        ))?
        .query_map(params_from_iter(args.iter()), |r| {
            let names: Option<String> = r.get(3)?;
            Ok(ChapterDoor {
                id: r.get(0)?,
                address: r.get(1)?,
                zip: r.get(2)?,
                residents: names
                    .map(|n| n.split('\u{1f}').map(str::to_owned).collect())
                    .unwrap_or_default(),
            })
        })?
        .collect::<rusqlite::Result<_>>()?;
    Ok(FoundDoors { doors, total })
}
