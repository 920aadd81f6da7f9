//! The doors a canvass has to go back to: those marked "come back" and those where someone
//! wants to get involved, in the order of the sheets, until someone has gone back.

use chrono::{DateTime, Utc};
use rusqlite::{params, Connection};
use serde::Serialize;
use ts_rs::TS;

use super::canvasses;
use super::doors::DOOR_LINE;
use crate::db::{timestamp, Database};
use crate::ids::{CanvassId, DoorId, PersonId};
use crate::{msg, CoreError, Result};

#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct GoBack {
    pub door: DoorId,
    /// The sheet's number ("T3" prints from 3) and the door's place on it.
    pub sheet: u32,
    pub order: u32,
    pub address: String,
    pub come_back: bool,
    pub wants_involved: bool,
    /// Who answered, when the sheet says, and the person they are.
    pub who: Option<String>,
    pub person: Option<PersonId>,
    pub notes: Option<String>,
}

pub fn of(conn: &Connection, canvass: CanvassId) -> Result<Vec<GoBack>> {
    canvasses::get(conn, canvass)?;
    Ok(conn
        .prepare_cached(&format!(
            "SELECT d.id, t.position, td.walk_order,
                    {DOOR_LINE},
                    x.result = 'come_back', x.wants_involved, s.name, s.person_id, x.notes
             FROM door_result x
             JOIN turf_door td ON td.canvass_id = x.canvass_id AND td.door_id = x.door_id
             JOIN turf t ON t.id = td.turf_id
             JOIN door d ON d.id = x.door_id
             LEFT JOIN resident s ON s.id = x.resident_id
             WHERE x.canvass_id = ?1 AND x.gone_back_at IS NULL
               AND (x.result = 'come_back' OR x.wants_involved = 1)
             ORDER BY t.position, td.walk_order"
        ))?
        .query_map(params![canvass], |r| {
            Ok(GoBack {
                door: r.get(0)?,
                sheet: r.get(1)?,
                order: r.get(2)?,
                address: r.get(3)?,
                come_back: r.get(4)?,
                wants_involved: r.get(5)?,
                who: r.get(6)?,
                person: r.get(7)?,
                notes: r.get(8)?,
            })
        })?
        .collect::<rusqlite::Result<_>>()?)
}

/// Someone went back to the door: it leaves the list (its result stays as entered).
pub fn gone_back(
    db: &mut Database,
    canvass: CanvassId,
    door: DoorId,
    now: DateTime<Utc>,
) -> Result<()> {
    let changed = db.write(|tx| {
        Ok(tx
            .prepare_cached(
                "UPDATE door_result SET gone_back_at = ?3
                 WHERE canvass_id = ?1 AND door_id = ?2 AND gone_back_at IS NULL
                   AND (result = 'come_back' OR wants_involved = 1)",
            )?
            .execute(params![canvass, door, timestamp::to_text(now)])?)
    })?;
    if changed == 0 {
        return Err(
            CoreError::invalid(msg!("field-door"), msg!("canvass-nothing-to-go-back-to"))
                .at("door"),
        );
    }
    Ok(())
}
