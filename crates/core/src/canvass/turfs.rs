//! Turfs: a canvass's doors cut into walks of about N doors, each in the order people walk it.
//! Street by street; up one side of a street (odd numbers, rising) and back down the other
//! (even numbers, falling), so a pair ends near where it began; a building's apartments
//! together, in the order of their numbers. A building is never split between two turfs, and
//! a turf at least half full ends at the end of its street rather than take a few doors of
//! the next.

use chrono::{DateTime, Utc};
use rusqlite::{params, Connection};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use super::canvasses;
use crate::db::{timestamp, Database};
use crate::ids::{CanvassId, DoorId, TurfId};
use crate::{msg, CoreError, Result};

/// Which doors to cut, and how many to a turf.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct CutInput {
    pub doors_per_turf: u32,
    /// Only doors in this ZIP code.
    pub zip: Option<String>,
    /// Only doors on this street (as typed: "Larch Ct" finds "LARCH COURT").
    pub street: Option<String>,
    /// Only these doors, picked one by one (with the ZIP and street, when given, as well).
    #[serde(default)]
    pub doors: Vec<DoorId>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct Turf {
    pub id: TurfId,
    /// From 1, in the canvass.
    pub position: u32,
    pub name: String,
    pub doors: u32,
    pub canvassers: Option<String>,
    pub shift: Option<String>,
}

/// The fewest and most doors a turf may be cut to.
pub const DOORS_PER_TURF: std::ops::RangeInclusive<u32> = 5..=500;

/// A door as walking order sees it.
#[derive(Debug, Clone)]
pub struct Walkable {
    pub id: DoorId,
    pub zip: String,
    pub street_key: String,
    pub street: String,
    pub house: u32,
    pub number: String,
    pub unit_key: String,
}

/// The unit's place in its building: numbers in numeric order, then letters.
fn unit_order(unit: &str) -> (u32, String) {
    let digits: String = unit.chars().take_while(char::is_ascii_digit).collect();
    (digits.parse().unwrap_or(u32::MAX), unit.to_owned())
}

/// Sorts doors into walking order (see the module's comment).
pub fn walking_order(doors: &mut [Walkable]) {
    doors.sort_by(|a, b| {
        let side = |d: &Walkable| d.house.is_multiple_of(2);
        // Odd side rising, even side falling.
        let along = |d: &Walkable| {
            if side(d) {
                u32::MAX - d.house
            } else {
                d.house
            }
        };
        (
            &a.zip,
            &a.street_key,
            side(a),
            along(a),
            &a.number,
            unit_order(&a.unit_key),
        )
            .cmp(&(
                &b.zip,
                &b.street_key,
                side(b),
                along(b),
                &b.number,
                unit_order(&b.unit_key),
            ))
    });
}

/// Doors in walking order cut into turfs of about `per` doors: buildings whole; a turf that
/// has half its doors ends where its street does.
pub fn cut_walk(doors: &[Walkable], per: usize) -> Vec<std::ops::Range<usize>> {
    let mut turfs = Vec::new();
    let mut start = 0;
    fn building(d: &Walkable) -> (&str, &str, &str) {
        (&d.zip, &d.street_key, &d.number)
    }
    let mut i = 0;
    while i < doors.len() {
        // The building starting at i.
        let mut end = i + 1;
        while end < doors.len() && building(&doors[end]) == building(&doors[i]) {
            end += 1;
        }
        let size = i - start;
        let new_street = i > start
            && (&doors[i].zip, &doors[i].street_key)
                != (&doors[i - 1].zip, &doors[i - 1].street_key);
        if size > 0 && (size + (end - i) > per && size >= per / 2 || new_street && size * 2 >= per)
        {
            turfs.push(start..i);
            start = i;
        }
        i = end;
    }
    if start < doors.len() {
        turfs.push(start..doors.len());
    }
    turfs
}

fn street_key_of(typed: &str) -> String {
    super::address::parse(&format!("1 {typed}"), None)
        .map(|a| a.street_key)
        .unwrap_or_else(|| typed.trim().to_uppercase())
}

fn walkable(conn: &Connection, input: &CutInput) -> Result<Vec<Walkable>> {
    let street = input.street.as_deref().map(street_key_of);
    let mut doors: Vec<Walkable> = conn
        .prepare_cached(
            "SELECT id, zip, street_key, street, house, number, unit_key FROM door
             WHERE (?1 IS NULL OR zip = ?1) AND (?2 IS NULL OR street_key = ?2)",
        )?
        .query_map(params![input.zip.as_deref().map(str::trim), street], |r| {
            Ok(Walkable {
                id: r.get(0)?,
                zip: r.get(1)?,
                street_key: r.get(2)?,
                street: r.get(3)?,
                house: r.get(4)?,
                number: r.get(5)?,
                unit_key: r.get(6)?,
            })
        })?
        .collect::<rusqlite::Result<_>>()?;
    if !input.doors.is_empty() {
        let picked: std::collections::HashSet<&DoorId> = input.doors.iter().collect();
        doors.retain(|d| picked.contains(&d.id));
    }
    Ok(doors)
}

/// A turf's name: the streets it walks ("Larch Ct, Elm St +2"); its number goes before it on
/// paper and screen, in their language.
fn name(doors: &[Walkable]) -> String {
    let mut streets: Vec<&str> = Vec::new();
    for d in doors {
        if !streets.contains(&d.street.as_str()) {
            streets.push(&d.street);
        }
    }
    let shown = streets
        .iter()
        .take(2)
        .copied()
        .collect::<Vec<_>>()
        .join(", ");
    let more = streets.len().saturating_sub(2);
    if more > 0 {
        format!("{shown} +{more}")
    } else {
        shown
    }
}

/// Cuts the canvass's doors (those `input` chooses) into turfs, replacing the turfs it had;
/// refused once results are entered, so the paper and the entry never disagree.
pub fn cut(
    db: &mut Database,
    canvass: CanvassId,
    input: &CutInput,
    now: DateTime<Utc>,
) -> Result<Vec<Turf>> {
    canvasses::get(db.conn(), canvass)?;
    if !DOORS_PER_TURF.contains(&input.doors_per_turf) {
        return Err(CoreError::invalid(
            msg!("field-doors-per-turf"),
            msg!(
                "canvass-doors-per-turf-range",
                least = i64::from(*DOORS_PER_TURF.start()),
                most = i64::from(*DOORS_PER_TURF.end())
            ),
        )
        .at("doors_per_turf"));
    }
    let entered: u32 = db.conn().query_row(
        "SELECT count(*) FROM door_result WHERE canvass_id = ?1",
        params![canvass],
        |r| r.get(0),
    )?;
    if entered > 0 {
        return Err(CoreError::conflict(msg!(
            "canvass-turfs-have-results",
            count = i64::from(entered)
        )));
    }
    let mut doors = walkable(db.conn(), input)?;
    if doors.is_empty() {
        return Err(CoreError::invalid(msg!("field-doors"), msg!("canvass-no-doors")).at("zip"));
    }
    walking_order(&mut doors);
    let cuts = cut_walk(&doors, input.doors_per_turf as usize);
    let at = timestamp::to_text(now);
    db.write(|tx| {
        tx.prepare_cached("UPDATE canvass SET updated_at = ?2 WHERE id = ?1")?
            .execute(params![canvass, at])?;
        tx.prepare_cached("DELETE FROM turf WHERE canvass_id = ?1")?
            .execute(params![canvass])?;
        let mut turf_insert = tx.prepare_cached(
            "INSERT INTO turf (id, canvass_id, position, name) VALUES (?1, ?2, ?3, ?4)",
        )?;
        let mut door_insert = tx.prepare_cached(
            "INSERT INTO turf_door (turf_id, canvass_id, door_id, walk_order) VALUES (?1, ?2, ?3, ?4)",
        )?;
        for (n, range) in cuts.iter().enumerate() {
            let id = TurfId::new();
            let walk = &doors[range.clone()];
            turf_insert.execute(params![id, canvass, n as u32 + 1, name(walk)])?;
            for (order, door) in walk.iter().enumerate() {
                door_insert.execute(params![id, canvass, door.id, order as u32 + 1])?;
            }
        }
        Ok(())
    })?;
    list(db.conn(), canvass)
}

/// Who walks a turf of the canvass (a pair, by name) and in which shift; blank clears. A turf
/// of another canvass is not found, so a stale screen never changes the wrong sheet.
pub fn assign(
    db: &mut Database,
    canvass: CanvassId,
    turf: TurfId,
    canvassers: &Option<String>,
    shift: &Option<String>,
) -> Result<()> {
    let changed = db.write(|tx| {
        Ok(tx
            .prepare_cached(
                "UPDATE turf SET canvassers = ?3, shift = ?4 WHERE id = ?1 AND canvass_id = ?2",
            )?
            .execute(params![
                turf,
                canvass,
                crate::text::trimmed(canvassers),
                crate::text::trimmed(shift)
            ])?)
    })?;
    if changed == 0 {
        return Err(CoreError::NotFound {
            what: msg!("thing-turf", id = turf.to_string()),
        });
    }
    Ok(())
}

pub fn list(conn: &Connection, canvass: CanvassId) -> Result<Vec<Turf>> {
    Ok(conn
        .prepare_cached(
            "SELECT t.id, t.position, t.name, t.canvassers, t.shift,
                    (SELECT count(*) FROM turf_door d WHERE d.turf_id = t.id)
             FROM turf t WHERE t.canvass_id = ?1 ORDER BY t.position",
        )?
        .query_map(params![canvass], |r| {
            Ok(Turf {
                id: r.get(0)?,
                position: r.get(1)?,
                name: r.get(2)?,
                canvassers: r.get(3)?,
                shift: r.get(4)?,
                doors: r.get(5)?,
            })
        })?
        .collect::<rusqlite::Result<_>>()?)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn door(street: &str, house: u32, unit: &str) -> Walkable {
        Walkable {
            id: DoorId::new(),
            zip: "60608".into(),
            street_key: street.to_uppercase(),
            street: street.into(),
            house,
            number: house.to_string(),
            unit_key: unit.into(),
        }
    }

    #[test]
    fn a_street_is_walked_up_the_odd_side_and_back_down_the_even() {
        let mut doors = vec![
            door("Elm St", 4, ""),
            door("Elm St", 1, ""),
            door("Elm St", 2, ""),
            door("Elm St", 3, "10"),
            door("Elm St", 3, "2"),
            door("Ash Ave", 7, ""),
        ];
        walking_order(&mut doors);
        let walk: Vec<(String, u32, String)> = doors
            .iter()
            .map(|d| (d.street.clone(), d.house, d.unit_key.clone()))
            .collect();
        assert_eq!(
            walk,
            vec![
                ("Ash Ave".into(), 7, "".into()),
                ("Elm St".into(), 1, "".into()),
                ("Elm St".into(), 3, "2".into()),
                ("Elm St".into(), 3, "10".into()),
                ("Elm St".into(), 4, "".into()),
                ("Elm St".into(), 2, "".into()),
            ]
        );
    }

    #[test]
    fn turfs_keep_buildings_whole_and_end_with_their_street_when_nearly_full() {
        // A building of 6 apartments, then houses.
        let mut doors: Vec<Walkable> = (1..=6).map(|u| door("Elm St", 1, &u.to_string())).collect();
        doors.extend((0..8).map(|n| door("Elm St", 3 + 2 * n, "")));
        doors.extend((0..10).map(|n| door("Oak St", 1 + 2 * n, "")));
        walking_order(&mut doors);
        let cuts = cut_walk(&doors, 5);
        // The building is one turf of 6, not cut at 5.
        assert_eq!(cuts[0], 0..6);
        let sizes: Vec<usize> = cuts.iter().map(std::ops::Range::len).collect();
        assert_eq!(sizes.iter().sum::<usize>(), doors.len());
        assert!(sizes.iter().all(|s| (1..=6).contains(s)), "{sizes:?}");
        // No turf mixes the end of Elm with a door or two of Oak.
        for c in &cuts {
            let streets: std::collections::HashSet<_> =
                doors[c.clone()].iter().map(|d| &d.street).collect();
            assert_eq!(streets.len(), 1, "{c:?}");
        }
    }
}
