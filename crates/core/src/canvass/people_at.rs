//! The chapter's people by the door they live at: a voter file's name at a door is linked to
//! the person of that name at that door, and the people records give doors of their own.

use std::collections::HashMap;

use chrono::{DateTime, Utc};
use rusqlite::Connection;
use serde::Serialize;
use ts_rs::TS;

use super::address::{self, Address};
use super::doors::{self, NewResident, Place};
use crate::db::{timestamp, Database};
use crate::folding::fold;
use crate::ids::PersonId;
use crate::people::model::display_name;
use crate::Result;

/// A door's identity: what two spellings of it share.
type DoorKey = (String, String, String, String);

fn key(address: &Address, zip: &str) -> DoorKey {
    (
        zip.to_owned(),
        address.street_key.clone(),
        address.number.clone(),
        address.unit_key.clone(),
    )
}

/// A person with a street address, as a door would hold them.
struct Living {
    id: PersonId,
    names: Vec<String>,
    name: String,
    language: Option<String>,
    address: Address,
    place: Place,
}

fn living(conn: &Connection) -> Result<Vec<Living>> {
    let mut stmt = conn.prepare(
        "SELECT id, first_name, last_name, preferred_name, street, unit, city, state, zip,
                preferred_language
         FROM person WHERE street IS NOT NULL AND trim(street) <> ''",
    )?;
    let rows = stmt.query_map([], |r| {
        Ok((
            r.get::<_, PersonId>(0)?,
            r.get::<_, String>(1)?,
            r.get::<_, String>(2)?,
            r.get::<_, Option<String>>(3)?,
            r.get::<_, String>(4)?,
            r.get::<_, Option<String>>(5)?,
            r.get::<_, Option<String>>(6)?,
            r.get::<_, Option<String>>(7)?,
            r.get::<_, Option<String>>(8)?,
            r.get::<_, Option<String>>(9)?,
        ))
    })?;
    let mut out = Vec::new();
    for row in rows {
        let (id, first, last, preferred, street, unit, city, state, zip, language) = row?;
        let Some(address) = address::parse(&street, unit.as_deref()) else {
            continue;
        };
        let full = format!("{first} {last}");
        let name = display_name(preferred.as_deref(), &first, &last);
        out.push(Living {
            id,
            names: vec![fold(&full), fold(&name)],
            name,
            language,
            address,
            place: Place {
                city,
                state,
                zip: zip.unwrap_or_default(),
            },
        });
    }
    Ok(out)
}

/// The chapter's people by door, to link a list's names to.
pub struct PeopleAt {
    by_door: HashMap<DoorKey, Vec<(Vec<String>, PersonId)>>,
}

impl PeopleAt {
    pub fn load(conn: &Connection) -> Result<PeopleAt> {
        let mut by_door: HashMap<DoorKey, Vec<(Vec<String>, PersonId)>> = HashMap::new();
        for p in living(conn)? {
            by_door
                .entry(key(&p.address, &p.place.zip))
                .or_default()
                .push((p.names, p.id));
        }
        Ok(PeopleAt { by_door })
    }

    /// The person called `name` at the door of `address`, if the chapter knows them there.
    pub fn find(&self, name: &str, address: &Address, zip: &str) -> Option<PersonId> {
        let folded = fold(name);
        self.by_door
            .get(&key(address, zip))?
            .iter()
            .find(|(names, _)| names.contains(&folded))
            .map(|(_, id)| *id)
    }
}

/// Doors from the people records: everyone with a street address is a resident of their door.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, TS)]
pub struct DoorsFromPeople {
    pub doors: u32,
    pub residents: u32,
}

pub fn doors_from_people(db: &mut Database, now: DateTime<Utc>) -> Result<DoorsFromPeople> {
    let people = living(db.conn())?;
    let at = timestamp::to_text(now);
    db.write(|tx| {
        let mut out = DoorsFromPeople::default();
        for p in &people {
            let (door, new) = doors::upsert(tx, &p.address, &p.place, false, &at)?;
            if new {
                out.doors += 1;
            }
            let added = doors::add_resident(
                tx,
                door,
                &NewResident {
                    name: &p.name,
                    person: Some(p.id),
                    van_id: None,
                    language: p.language.as_deref(),
                },
                &at,
            )?;
            if added {
                out.residents += 1;
            }
        }
        Ok(out)
    })
}
