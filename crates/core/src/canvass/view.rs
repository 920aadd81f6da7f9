//! A canvass as it is worked on in the window: its turfs, every door in walking order with the
//! people known behind it, and the summary so far.

use rusqlite::Connection;
use serde::Serialize;
use ts_rs::TS;

use super::door_survey::{self, DoorQuestions};
use super::doors::{self, Resident};
use super::going_back::{self, GoBack};
use super::results::{self, CanvassDoor};
use super::summary::{self, CanvassSummary};
use super::{canvasses, turfs, Canvass, Turf};
use crate::ids::{CanvassId, DoorId};
use crate::Result;

/// A door of the canvass with the people known behind it, as its row on the sheet.
#[derive(Debug, Clone, Serialize, TS)]
pub struct WalkDoor {
    pub door: CanvassDoor,
    pub residents: Vec<Resident>,
}

#[derive(Debug, Clone, Serialize, TS)]
pub struct CanvassView {
    pub canvass: Canvass,
    pub turfs: Vec<Turf>,
    pub doors: Vec<WalkDoor>,
    pub summary: CanvassSummary,
    /// What is asked at the doors, when the canvass carries a needs survey.
    pub survey: Option<DoorQuestions>,
    /// Doors to go back to: "come back", and someone wants to get involved.
    pub go_back: Vec<GoBack>,
}

pub fn of(conn: &Connection, id: CanvassId) -> Result<CanvassView> {
    let walk = results::list(conn, id)?;
    let ids: Vec<DoorId> = walk.iter().map(|d| d.door).collect();
    let residents = doors::residents(conn, &ids)?;
    Ok(CanvassView {
        canvass: canvasses::get(conn, id)?,
        turfs: turfs::list(conn, id)?,
        doors: walk
            .into_iter()
            .zip(residents)
            .map(|(door, residents)| WalkDoor { door, residents })
            .collect(),
        summary: summary::of(conn, id)?,
        survey: door_survey::of(conn, id)?,
        go_back: going_back::of(conn, id)?,
    })
}

/// How many doors the chapter has to knock.
pub fn door_count(conn: &Connection) -> Result<u32> {
    Ok(conn.query_row("SELECT count(*) FROM door", [], |r| r.get(0))?)
}
