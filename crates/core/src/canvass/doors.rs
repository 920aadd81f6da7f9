//! Doors and who lives behind them. A door is written once however its address was spelled
//! (its keys decide); its residents are the chapter's people or names from a voter file, each
//! once per door. People at one door are a household.

use rusqlite::{params, Connection, OptionalExtension, Transaction};
use serde::Serialize;
use ts_rs::TS;

use super::address::Address;
use crate::ids::{DoorId, PersonId, ResidentId};
use crate::Result;

/// A door's address as it prints ("183 Larch Ct Unit 2"), in SQL over a `door` aliased `d`;
/// [`super::address::Address::line`] says it the same way in Rust.
pub(crate) const DOOR_LINE: &str =
    "d.number || ' ' || d.street || CASE WHEN d.unit = '' THEN '' ELSE ' ' || d.unit END";

/// In SQL: the person `p` (a resident's, or NULL for a resident the chapter does not know)
/// asked not to be called, texted or emailed, so nobody knocks for them.
macro_rules! do_not_contact_sql {
    () => {
        "coalesce(p.do_not_call AND p.do_not_text AND p.do_not_email, 0)"
    };
}

/// In SQL over a `door` aliased `d`: nobody knocks at it, because it has residents and every
/// one of them asked not to be contacted. The walk sheets grey such a door out
/// (`do_not_knock` in print), so an entry for a whole building or block leaves it empty.
pub(crate) const NOBODY_KNOCKS: &str = concat!(
    "(EXISTS (SELECT 1 FROM resident r WHERE r.door_id = d.id)
      AND NOT EXISTS (SELECT 1 FROM resident r LEFT JOIN person p ON p.id = r.person_id
                      WHERE r.door_id = d.id AND NOT ",
    do_not_contact_sql!(),
    "))"
);

/// Where a door is, beyond its street address.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Place {
    pub city: Option<String>,
    pub state: Option<String>,
    /// Five digits, or empty when the list had none.
    pub zip: String,
}

/// Finds the door at `address`, or makes it. Answers its id and whether it is new.
pub(crate) fn upsert(
    tx: &Transaction<'_>,
    address: &Address,
    place: &Place,
    is_sample: bool,
    at: &str,
) -> Result<(DoorId, bool)> {
    let found: Option<DoorId> = tx
        .prepare_cached(
            "SELECT id FROM door WHERE zip = ?1 AND street_key = ?2 AND number = ?3 AND unit_key = ?4",
        )?
        .query_row(
            params![place.zip, address.street_key, address.number, address.unit_key],
            |r| r.get(0),
        )
        .optional()?;
    if let Some(id) = found {
        return Ok((id, false));
    }
    let id = DoorId::new();
    tx.prepare_cached(
        "INSERT INTO door (id, number, street, unit, street_key, unit_key, house, city, state, zip,
           is_sample, created_at, updated_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?12)",
    )?
    .execute(params![
        id,
        address.number,
        address.street,
        address.unit,
        address.street_key,
        address.unit_key,
        address.house(),
        place.city,
        place.state,
        place.zip,
        is_sample,
        at
    ])?;
    Ok((id, true))
}

/// Someone living at a door, as a list names them.
pub(crate) struct NewResident<'a> {
    pub name: &'a str,
    pub person: Option<PersonId>,
    pub van_id: Option<&'a str>,
    pub language: Option<&'a str>,
}

/// Adds a resident to a door unless one of that name is there; a person found later links
/// the name to their record. Answers whether the resident is new.
pub(crate) fn add_resident(
    tx: &Transaction<'_>,
    door: DoorId,
    resident: &NewResident<'_>,
    at: &str,
) -> Result<bool> {
    let name = resident.name.trim();
    let known: Option<ResidentId> = tx
        .prepare_cached("SELECT id FROM resident WHERE door_id = ?1 AND name = ?2")?
        .query_row(params![door, name], |r| r.get(0))
        .optional()?;
    if let Some(id) = known {
        tx.prepare_cached(
            "UPDATE resident SET person_id = coalesce(person_id, ?2),
               van_id = coalesce(van_id, ?3), language = coalesce(language, ?4), updated_at = ?5
             WHERE id = ?1",
        )?
        .execute(params![
            id,
            resident.person,
            resident.van_id,
            resident.language,
            at
        ])?;
        return Ok(false);
    }
    tx.prepare_cached(
        "INSERT INTO resident (id, door_id, person_id, name, van_id, language, created_at, updated_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?7)",
    )?
    .execute(params![
        ResidentId::new(),
        door,
        resident.person,
        name,
        resident.van_id,
        resident.language,
        at
    ])?;
    Ok(true)
}

/// Someone at a door, with what the walk sheet says of them.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct Resident {
    pub id: ResidentId,
    pub name: String,
    pub person_id: Option<PersonId>,
    pub language: Option<String>,
    /// One of the chapter's members (in good standing or not lapsed).
    pub member: bool,
    /// The last time the chapter talked with them (a one-on-one), "YYYY-MM-DD".
    pub last_contact: Option<String>,
    /// They asked not to be called, texted or emailed: nobody knocks for them.
    pub do_not_contact: bool,
}

/// The residents of each of `doors`, in the order given.
pub fn residents(conn: &Connection, doors: &[DoorId]) -> Result<Vec<Vec<Resident>>> {
    let mut stmt = conn.prepare_cached(
        concat!(
            "SELECT r.id, r.name, r.person_id, coalesce(r.language, p.preferred_language),
                    coalesce(p.membership_status IN ('good_standing', 'member'), 0),
                    (SELECT max(substr(o.held_on, 1, 10)) FROM one_on_one o WHERE o.person_id = p.id), ",
            do_not_contact_sql!(),
            " FROM resident r LEFT JOIN person p ON p.id = r.person_id
             WHERE r.door_id = ?1 ORDER BY r.name"
        ),
    )?;
    doors
        .iter()
        .map(|door| {
            Ok(stmt
                .query_map(params![door], |r| {
                    Ok(Resident {
                        id: r.get(0)?,
                        name: r.get(1)?,
                        person_id: r.get(2)?,
                        language: r.get(3)?,
                        member: r.get(4)?,
                        last_contact: r.get(5)?,
                        do_not_contact: r.get(6)?,
                    })
                })?
                .collect::<rusqlite::Result<_>>()?)
        })
        .collect()
}
