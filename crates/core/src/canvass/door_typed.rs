//! A door typed in by hand, for the doors no list has (a new building, a street the voter
//! file misses): its street address and ZIP code, and who is known to live there, if anyone.
//! It is the same door however it is spelled, so typing a known one adds only its names.

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use super::address;
use super::doors::{self, NewResident, Place};
use crate::db::{timestamp, Database};
use crate::ids::DoorId;
use crate::{msg, CoreError, Result};

#[derive(Debug, Clone, PartialEq, Eq, Default, Deserialize, TS)]
pub struct TypedDoor {
    /// "183 Larch Ct Apt 2", as it would be written on an envelope.
    pub address: String,
    /// Five digits.
    pub zip: String,
    /// Names of the people known to live there, one each; may be empty.
    #[serde(default)]
    pub residents: Vec<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct DoorAdded {
    pub door: DoorId,
    /// As it prints: "183 Larch Ct Apt 2".
    pub address: String,
    /// False: the chapter had this door already (spelled some way), and only names were added.
    pub new: bool,
    pub residents_added: u32,
}

pub fn add(db: &mut Database, typed: &TypedDoor, now: DateTime<Utc>) -> Result<DoorAdded> {
    let line = typed.address.trim();
    let parsed = address::parse(line, None).ok_or_else(|| {
        CoreError::invalid(
            msg!("field-address"),
            msg!("canvass-door-typed-unreadable", address = line),
        )
        .at("address")
    })?;
    let zip = typed.zip.trim();
    if !(zip.len() == 5 && zip.chars().all(|c| c.is_ascii_digit())) {
        return Err(CoreError::invalid(
            msg!("field-zip"),
            msg!("canvass-door-typed-zip", zip = zip),
        )
        .at("zip"));
    }
    let place = Place {
        zip: zip.to_owned(),
        ..Place::default()
    };
    let at = timestamp::to_text(now);
    db.write(|tx| {
        let (door, new) = doors::upsert(tx, &parsed, &place, false, &at)?;
        let mut residents_added = 0;
        for name in typed
            .residents
            .iter()
            .map(|n| n.trim())
            .filter(|n| !n.is_empty())
        {
            let resident = NewResident {
                name,
                person: None,
                van_id: None,
                language: None,
            };
            if doors::add_resident(tx, door, &resident, &at)? {
                residents_added += 1;
            }
        }
        Ok(DoorAdded {
            door,
            address: parsed.line(),
            new,
            residents_added,
        })
    })
}
