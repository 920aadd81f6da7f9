//! Doors from a list: a VAN export (tab-delimited) or a voter file (CSV), its columns found by
//! name. Each row is a person at an address; rows at one address make one door and one
//! household. A row without a street address is left out and said; a list with no address
//! column at all is refused whole.

use std::collections::HashSet;
use std::path::Path;

use chrono::{DateTime, Utc};
use serde::Serialize;
use ts_rs::TS;

use super::address::{self, Address};
use super::doors::{self, NewResident, Place};
use super::people_at::PeopleAt;
use crate::db::{timestamp, Database};
use crate::ids::DoorId;
use crate::interop::table::Table;
use crate::interop::values::zip;
use crate::{msg, CoreError, Message, Result};

const VANID: &[&str] = &[
    "voterfilevanid",
    "vanid",
    "myvoterfilevanid",
    "voterid",
    "statefileid",
];
const NAME: &[&str] = &["name", "fullname"];
const FIRST: &[&str] = &["firstname", "first"];
const MIDDLE: &[&str] = &["middlename", "middle"];
const LAST: &[&str] = &["lastname", "last"];
const STREET: &[&str] = &[
    "address",
    "addressline1",
    "streetaddress",
    "address1",
    "residentialaddress",
];
const NUMBER: &[&str] = &[
    "streetnumber",
    "housenumber",
    "streetno",
    "houseno",
    "stnum",
];
const STREET_NAME: &[&str] = &["streetname", "stname", "street"];
const UNIT: &[&str] = &[
    "addressline2",
    "address2",
    "apt",
    "unit",
    "aptnumber",
    "unitnumber",
];
const CITY: &[&str] = &["city", "residentialcity"];
const STATE: &[&str] = &["state", "residentialstate"];
const ZIP: &[&str] = &["zip5", "zip", "zipcode", "postalcode", "residentialzip"];
const LANGUAGE: &[&str] = &[
    "language",
    "languagepreference",
    "preferredlanguage",
    "primarylanguage",
];

/// What a list made.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, TS)]
pub struct DoorsImported {
    /// Doors new to the chapter.
    pub doors: u32,
    /// Doors the list named that the chapter had already.
    pub doors_known: u32,
    /// Doors with people behind them in the list: its households.
    pub households: u32,
    /// People new to their door.
    pub residents: u32,
    /// Rows left out, each with where it is and why.
    pub left_out: Vec<Message>,
}

struct Columns {
    van: Option<usize>,
    name: Option<usize>,
    first: Option<usize>,
    middle: Option<usize>,
    last: Option<usize>,
    street: Option<usize>,
    number: Option<usize>,
    street_name: Option<usize>,
    unit: Option<usize>,
    city: Option<usize>,
    state: Option<usize>,
    zip: Option<usize>,
    language: Option<usize>,
}

/// Reads the list at `path` into doors and residents, in one transaction.
pub fn import(db: &mut Database, path: &Path, now: DateTime<Utc>) -> Result<DoorsImported> {
    let table = Table::read(path)?;
    import_table(db, &table, now)
}

pub fn import_table(db: &mut Database, table: &Table, now: DateTime<Utc>) -> Result<DoorsImported> {
    let c = Columns {
        van: table.column(VANID),
        name: table.column(NAME),
        first: table.column(FIRST),
        middle: table.column(MIDDLE),
        last: table.column(LAST),
        street: table.column(STREET),
        number: table.column(NUMBER),
        street_name: table.column(STREET_NAME),
        unit: table.column(UNIT),
        city: table.column(CITY),
        state: table.column(STATE),
        zip: table.column(ZIP),
        language: table.column(LANGUAGE),
    };
    if c.street.is_none() && (c.number.is_none() || c.street_name.is_none()) {
        return Err(CoreError::invalid_file(msg!(
            "canvass-doors-no-address",
            columns = table.headers.join(", ")
        )));
    }
    let at = timestamp::to_text(now);
    let people = PeopleAt::load(db.conn())?;
    db.write(|tx| {
        let mut out = DoorsImported::default();
        let mut seen: HashSet<DoorId> = HashSet::new();
        let mut households: HashSet<DoorId> = HashSet::new();
        for row in &table.rows {
            let cell = |col: Option<usize>| {
                let text = row.cell(col).trim();
                (!text.is_empty()).then_some(text)
            };
            let line = match (cell(c.street), cell(c.number), cell(c.street_name)) {
                (Some(line), _, _) => line.to_owned(),
                (None, Some(number), Some(street)) => format!("{number} {street}"),
                _ => {
                    out.left_out.push(msg!(
                        "canvass-doors-row-no-address",
                        place = table.place(row.at)
                    ));
                    continue;
                }
            };
            let Some(address): Option<Address> = address::parse(&line, cell(c.unit)) else {
                out.left_out.push(msg!(
                    "canvass-doors-row-unreadable",
                    place = table.place(row.at),
                    address = line
                ));
                continue;
            };
            let place = Place {
                city: cell(c.city).map(str::to_owned),
                state: cell(c.state).map(str::to_owned),
                zip: cell(c.zip).and_then(zip).unwrap_or_default(),
            };
            let (door, new) = doors::upsert(tx, &address, &place, false, &at)?;
            if seen.insert(door) {
                if new {
                    out.doors += 1;
                } else {
                    out.doors_known += 1;
                }
            }
            let name = match cell(c.name) {
                Some(name) => name.to_owned(),
                None => [cell(c.first), cell(c.middle), cell(c.last)]
                    .into_iter()
                    .flatten()
                    .collect::<Vec<_>>()
                    .join(" "),
            };
            if name.trim().is_empty() {
                continue;
            }
            let person = people.find(&name, &address, &place.zip);
            let added = doors::add_resident(
                tx,
                door,
                &NewResident {
                    name: &name,
                    person,
                    van_id: cell(c.van),
                    language: cell(c.language),
                },
                &at,
            )?;
            if added {
                out.residents += 1;
            }
            households.insert(door);
        }
        out.households = households.len() as u32;
        Ok(out)
    })
}
