//! What happened at each door of a canvass, entered from the walk sheets in their order: per
//! door (who answered need not be named), "not home" for a whole building in one entry.

use chrono::{DateTime, Utc};
use rusqlite::{params, Connection};
use serde::Serialize;
use ts_rs::TS;

use super::canvasses;
pub use super::door_result::{DoorResult, ResultInput};
use super::doors::{DOOR_LINE, NOBODY_KNOCKS};
use crate::db::codes::column;
use crate::db::{timestamp, Database};
use crate::ids::{CanvassId, DoorId, ResidentId, TurfId};
use crate::needs::survey::TOP_THREE;
use crate::text::trimmed;
use crate::{msg, CoreError, Result};

/// A door of a canvass, as its walk sheet lists it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct CanvassDoor {
    pub door: DoorId,
    pub turf_id: TurfId,
    /// The turf's name, as the sheet prints it.
    pub turf: String,
    /// Its place in the turf's walk, from 1.
    pub order: u32,
    /// As it prints: "183 Larch Ct Unit 2".
    pub address: String,
    pub result: Option<DoorResult>,
    pub resident: Option<ResidentId>,
    pub notes: Option<String>,
    /// "Wants to get involved" ticked on the sheet.
    pub wants_involved: bool,
    /// The needs named at the door (the survey's choice keys), when the canvass carries one.
    pub needs: Vec<String>,
}

/// Every door of the canvass, turf by turf, in walking order.
pub fn list(conn: &Connection, canvass: CanvassId) -> Result<Vec<CanvassDoor>> {
    canvasses::get(conn, canvass)?;
    Ok(conn
        .prepare_cached(&format!(
            "SELECT d.id, t.id, t.name, td.walk_order,
                    {DOOR_LINE},
                    r.result, r.resident_id, r.notes, coalesce(r.wants_involved, 0),
                    (SELECT group_concat(a.value, ' ') FROM needs_answer a
                     JOIN needs_response n ON n.id = a.response_id
                     WHERE n.canvass_id = td.canvass_id AND n.door_id = d.id
                       AND a.question_key = '{TOP_THREE}')
             FROM turf_door td
             JOIN turf t ON t.id = td.turf_id
             JOIN door d ON d.id = td.door_id
             LEFT JOIN door_result r ON r.canvass_id = td.canvass_id AND r.door_id = d.id
             WHERE td.canvass_id = ?1
             ORDER BY t.position, td.walk_order"
        ))?
        .query_map(params![canvass], |r| {
            let result: Option<String> = r.get(5)?;
            Ok(CanvassDoor {
                door: r.get(0)?,
                turf_id: r.get(1)?,
                turf: r.get(2)?,
                order: r.get(3)?,
                address: r.get(4)?,
                result: result.map(column).transpose()?,
                resident: r.get(6)?,
                notes: r.get(7)?,
                wants_involved: r.get(8)?,
                needs: r
                    .get::<_, Option<String>>(9)?
                    .map(|n| n.split(' ').map(str::to_owned).collect())
                    .unwrap_or_default(),
            })
        })?
        .collect::<rusqlite::Result<_>>()?)
}

/// Writes what happened at a door of the canvass (again: replaces what was entered).
pub fn record(
    db: &mut Database,
    canvass: CanvassId,
    door: DoorId,
    input: &ResultInput,
    now: DateTime<Utc>,
) -> Result<()> {
    on_walk(db.conn(), canvass, door)?;
    let checked = super::door_survey::check(db.conn(), canvass, input)?;
    let at = timestamp::to_text(now);
    db.write(|tx| write_result(tx, canvass, door, input, checked.as_ref(), &at))
}

fn write_result(
    tx: &rusqlite::Transaction<'_>,
    canvass: CanvassId,
    door: DoorId,
    input: &ResultInput,
    checked: Option<&super::door_survey::CheckedNeeds>,
    at: &str,
) -> Result<()> {
    tx.prepare_cached(
        "INSERT INTO door_result (canvass_id, door_id, result, resident_id, notes, entered_at,
           wants_involved)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)
         ON CONFLICT (canvass_id, door_id) DO UPDATE SET result = excluded.result,
           resident_id = excluded.resident_id, notes = excluded.notes,
           entered_at = excluded.entered_at, wants_involved = excluded.wants_involved",
    )?
    .execute(params![
        canvass,
        door,
        crate::db::codes::to_code(&input.result),
        input.resident,
        trimmed(&input.notes),
        at,
        input.wants_involved
    ])?;
    super::door_survey::write(tx, canvass, door, input, checked, at)
}

/// Which doors around one "not home" marks at once.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Around {
    /// The door's building: the same street and house number, every unit.
    Building,
    /// The door's block on its sheet: the same street and hundred ("the 100 block of Larch
    /// Ct"), both sides.
    Block,
}

/// "Not home" at every door of the building `door` is in that has nothing entered yet, in
/// one entry; answers how many doors it marked. A door nobody knocks at (everyone there asked
/// not to be contacted) stays empty, here and for a block.
pub fn not_home_building(
    db: &mut Database,
    canvass: CanvassId,
    door: DoorId,
    now: DateTime<Utc>,
) -> Result<u32> {
    not_home_around(db, canvass, door, Around::Building, now)
}

/// "Not home" at every door of the block `door` is on, on the same sheet, still without a
/// result, in one entry, for a block where nobody came to the door. Answers how many doors it
/// marked.
pub fn not_home_block(
    db: &mut Database,
    canvass: CanvassId,
    door: DoorId,
    now: DateTime<Utc>,
) -> Result<u32> {
    not_home_around(db, canvass, door, Around::Block, now)
}

fn not_home_around(
    db: &mut Database,
    canvass: CanvassId,
    door: DoorId,
    around: Around,
    now: DateTime<Utc>,
) -> Result<u32> {
    on_walk(db.conn(), canvass, door)?;
    let near = match around {
        Around::Building => "d.number = b.number",
        Around::Block => {
            "d.house / 100 = b.house / 100
             AND td.turf_id = (SELECT turf_id FROM turf_door WHERE canvass_id = ?1 AND door_id = ?2)"
        }
    };
    let at = timestamp::to_text(now);
    db.write(|tx| {
        Ok(tx
            .prepare_cached(&format!(
                "INSERT INTO door_result (canvass_id, door_id, result, entered_at)
                 SELECT td.canvass_id, d.id, 'not_home', ?3
                 FROM turf_door td JOIN door d ON d.id = td.door_id
                 JOIN door b ON b.id = ?2
                 WHERE td.canvass_id = ?1 AND d.zip = b.zip AND d.street_key = b.street_key
                   AND {near}
                   AND NOT {NOBODY_KNOCKS}
                   AND NOT EXISTS (SELECT 1 FROM door_result r
                                   WHERE r.canvass_id = ?1 AND r.door_id = d.id)"
            ))?
            .execute(params![canvass, door, at])? as u32)
    })
}

/// Refuses a door that is on none of the canvass's turfs.
fn on_walk(conn: &Connection, canvass: CanvassId, door: DoorId) -> Result<()> {
    let on_walk: bool = conn.query_row(
        "SELECT EXISTS (SELECT 1 FROM turf_door WHERE canvass_id = ?1 AND door_id = ?2)",
        params![canvass, door],
        |r| r.get(0),
    )?;
    if !on_walk {
        return Err(
            CoreError::invalid(msg!("field-door"), msg!("canvass-door-not-on-walk")).at("door"),
        );
    }
    Ok(())
}

/// Someone the chapter did not know, met at a door: a person with just a name (their address
/// the door's), a resident of the door, and the door's result naming them, in one
/// transaction. Answers the new person's id.
pub fn new_person_at(
    db: &mut Database,
    canvass: CanvassId,
    door: DoorId,
    name: &str,
    input: &ResultInput,
    now: DateTime<Utc>,
) -> Result<crate::ids::PersonId> {
    let name = name.trim();
    if name.is_empty() {
        return Err(
            CoreError::invalid(msg!("field-name"), msg!("canvass-new-person-nameless")).at("name"),
        );
    }
    let (number, street, unit, city, state, zip): (
        String,
        String,
        String,
        Option<String>,
        Option<String>,
        String,
    ) = db.conn().query_row(
        "SELECT number, street, unit, city, state, zip FROM door WHERE id = ?1",
        params![door],
        |r| {
            Ok((
                r.get(0)?,
                r.get(1)?,
                r.get(2)?,
                r.get(3)?,
                r.get(4)?,
                r.get(5)?,
            ))
        },
    )?;
    let (first, last) = match name.rsplit_once(' ') {
        Some((first, last)) => (first.to_owned(), last.to_owned()),
        None => (name.to_owned(), String::new()),
    };
    let input_person = crate::people::validate::person_input(crate::people::model::PersonInput {
        first_name: first,
        last_name: last,
        address: crate::people::model::Address {
            street: Some(format!("{number} {street}")),
            unit: (!unit.is_empty()).then_some(unit),
            city,
            state,
            zip: (!zip.is_empty()).then_some(zip),
        },
        ..Default::default()
    })?;
    on_walk(db.conn(), canvass, door)?;
    let checked = super::door_survey::check(db.conn(), canvass, input)?;
    let at = timestamp::to_text(now);
    db.write(|tx| {
        let person = crate::people::store::insert(
            tx,
            &input_person,
            crate::people::model::Origin {
                source: "canvass",
                is_sample: false,
            },
            now,
        )?;
        super::doors::add_resident(
            tx,
            door,
            &super::doors::NewResident {
                name,
                person: Some(person),
                van_id: None,
                language: None,
            },
            &at,
        )?;
        let resident: ResidentId = tx.query_row(
            "SELECT id FROM resident WHERE door_id = ?1 AND name = ?2",
            params![door, name],
            |r| r.get(0),
        )?;
        write_result(
            tx,
            canvass,
            door,
            &ResultInput {
                resident: Some(resident),
                ..input.clone()
            },
            checked.as_ref(),
            &at,
        )?;
        Ok(person)
    })
}

/// What a person was told and said at the doors: their canvass results, newest first, for
/// their record's contact history.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct DoorContact {
    pub canvass: String,
    pub held_on: String,
    pub address: String,
    pub result: DoorResult,
    pub notes: Option<String>,
}

pub fn of_person(conn: &Connection, person: crate::ids::PersonId) -> Result<Vec<DoorContact>> {
    Ok(conn
        .prepare_cached(&format!(
            "SELECT c.name, c.held_on,
                    {DOOR_LINE},
                    x.result, x.notes
             FROM door_result x
             JOIN canvass c ON c.id = x.canvass_id
             JOIN door d ON d.id = x.door_id
             JOIN resident r ON r.id = x.resident_id
             WHERE r.person_id = ?1
             ORDER BY c.held_on DESC"
        ))?
        .query_map(params![person], |r| {
            Ok(DoorContact {
                canvass: r.get(0)?,
                held_on: r.get(1)?,
                address: r.get(2)?,
                result: column(r.get(3)?)?,
                notes: r.get(4)?,
            })
        })?
        .collect::<rusqlite::Result<_>>()?)
}
