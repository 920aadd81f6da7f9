//! How a canvass went, turf by turf and in all: doors on the walk, doors knocked (a result
//! entered), conversations, the contact rate (conversations of doors knocked), and each result's
//! count.

use rusqlite::{params, Connection};
use serde::Serialize;
use ts_rs::TS;

use super::results::DoorResult;
use super::{canvasses, results};
use crate::ids::{CanvassId, TurfId};
use crate::Result;

#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, TS)]
pub struct Tally {
    pub doors: u32,
    /// Doors with a result entered.
    pub knocked: u32,
    /// Doors where someone talked with us.
    pub conversations: u32,
    /// Each result and how many doors had it, in the order of [`DoorResult::ALL`].
    pub results: Vec<(DoorResult, u32)>,
    /// Conversations of doors knocked, in whole percent; `null` before any door is knocked.
    pub contact_rate: Option<u32>,
}

impl Tally {
    fn add(&mut self, result: Option<DoorResult>) {
        self.doors += 1;
        let Some(result) = result else { return };
        self.knocked += 1;
        if result == DoorResult::Talked {
            self.conversations += 1;
        }
        match self.results.iter_mut().find(|(r, _)| *r == result) {
            Some((_, n)) => *n += 1,
            None => self.results.push((result, 1)),
        }
    }

    fn finish(&mut self) {
        self.results
            .sort_by_key(|(r, _)| DoorResult::ALL.iter().position(|a| a == r));
        self.contact_rate = (self.knocked > 0)
            .then(|| (100 * self.conversations + self.knocked / 2) / self.knocked);
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct TurfTally {
    pub turf_id: TurfId,
    pub position: u32,
    pub name: String,
    pub tally: Tally,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct CanvassSummary {
    pub turfs: Vec<TurfTally>,
    pub all: Tally,
    /// People the chapter did not know before, met at the doors of this canvass.
    pub new_contacts: u32,
    /// Doors where someone wants to get involved.
    pub wants_involved: u32,
    /// Doors whose answers became needs-assessment forms.
    pub forms: u32,
    /// Each need named at the doors (the survey's choice key) and how many doors named it,
    /// most first.
    pub needs: Vec<(String, u32)>,
}

pub fn of(conn: &Connection, canvass: CanvassId) -> Result<CanvassSummary> {
    canvasses::get(conn, canvass)?;
    let doors = results::list(conn, canvass)?;
    let mut turfs: Vec<TurfTally> = super::turfs::list(conn, canvass)?
        .into_iter()
        .map(|t| TurfTally {
            turf_id: t.id,
            position: t.position,
            name: t.name,
            tally: Tally::default(),
        })
        .collect();
    let mut all = Tally::default();
    for door in &doors {
        all.add(door.result);
        if let Some(t) = turfs.iter_mut().find(|t| t.turf_id == door.turf_id) {
            t.tally.add(door.result);
        }
    }
    all.finish();
    for t in &mut turfs {
        t.tally.finish();
    }
    let new_contacts: u32 = conn
        .prepare_cached(
            "SELECT count(DISTINCT p.id) FROM door_result d
             JOIN resident r ON r.id = d.resident_id
             JOIN person p ON p.id = r.person_id
             WHERE d.canvass_id = ?1 AND p.source = 'canvass'",
        )?
        .query_row(params![canvass], |r| r.get(0))?;
    let forms: u32 = conn
        .prepare_cached("SELECT count(*) FROM needs_response WHERE canvass_id = ?1")?
        .query_row(params![canvass], |r| r.get(0))?;
    Ok(CanvassSummary {
        turfs,
        all,
        new_contacts,
        wants_involved: doors.iter().filter(|d| d.wants_involved).count() as u32,
        forms,
        needs: super::door_survey::tally(conn, canvass)?,
    })
}
