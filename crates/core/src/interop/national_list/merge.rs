//! Merging one member of the list into the chapter's people.

use std::collections::BTreeMap;

use chrono::{DateTime, Utc};
use rusqlite::Transaction;

use super::matching;
use super::member::ListMember;
use super::{ImportReport, ListFormat};
use crate::db::timestamp;
use crate::interop::table::place_in;
use crate::msg;
use crate::people::model::{Membership, MembershipStatus, PersonInput, PhoneInput};
use crate::people::new_rows;
use crate::people::store::{self, Origin};
use crate::{CoreError, Result};

/// The fields both the list and organizers write, with the list's value of each.
fn list_values(m: &ListMember) -> BTreeMap<&'static str, Option<String>> {
    BTreeMap::from([
        ("first_name", Some(m.first_name.clone())),
        ("last_name", Some(m.last_name.clone())),
        ("street", m.address.street.clone()),
        ("unit", m.address.unit.clone()),
        ("city", m.address.city.clone()),
        ("state", m.address.state.clone()),
        ("zip", m.address.zip.clone()),
        ("union_name", m.union_name.clone()),
        ("union_local", m.union_local.clone()),
        ("access_needs", m.accommodations.clone()),
        // Not merged field by field, but part of what the list said: if none of it changed,
        // the row needs no work at all.
        (
            "phones",
            Some(
                m.phones
                    .iter()
                    .map(|(n, l)| format!("{n}|{l}"))
                    .collect::<Vec<_>>()
                    .join(";"),
            ),
        ),
        ("email", m.email.clone()),
        (
            "flags",
            Some(format!(
                "{}{}{}",
                m.do_not_call, m.do_not_text, m.is_student
            )),
        ),
    ])
}

fn field<'a>(input: &'a mut PersonInput, name: &str) -> Option<&'a mut Option<String>> {
    Some(match name {
        "street" => &mut input.address.street,
        "unit" => &mut input.address.unit,
        "city" => &mut input.address.city,
        "state" => &mut input.address.state,
        "zip" => &mut input.address.zip,
        "union_name" => &mut input.union_name,
        "union_local" => &mut input.union_local,
        "access_needs" => &mut input.access_needs,
        _ => return None,
    })
}

/// Three-way merge of one field: take the list's new value when the person still holds what
/// the list said last time (no organizer changed it), or holds nothing.
fn merged(
    current: Option<String>,
    last_list: Option<&Option<String>>,
    new: Option<String>,
) -> Option<String> {
    let untouched = match last_list {
        Some(last) => current == *last,
        None => current.as_deref().is_none_or(str::is_empty),
    };
    if untouched && new.is_some() {
        new
    } else {
        current
    }
}

fn add_contacts(input: &mut PersonInput, m: &ListMember) {
    for (number, label) in &m.phones {
        input.add_phone(PhoneInput {
            number: number.clone(),
            label: Some((*label).to_owned()),
        });
    }
    if let Some(email) = &m.email {
        input.add_email(email);
    }
    input.do_not_call |= m.do_not_call;
    input.do_not_text |= m.do_not_text;
    input.is_student |= m.is_student;
}

/// What can be worked out for a member before looking at the chapter (no database): what the
/// list says of them, and the person they would become if they are new. Made on a second
/// thread while the first writes the members before them.
pub struct Prepared {
    values: BTreeMap<&'static str, Option<String>>,
    values_json: String,
    membership: Membership,
    /// The new person, or why the member's values cannot make one.
    new_person: std::result::Result<new_rows::NewPerson, crate::Message>,
}

impl Prepared {
    /// The new person, or why the member cannot be one (placed on its line by [`members`]).
    fn new_person(&self) -> Result<&new_rows::NewPerson> {
        self.new_person
            .as_ref()
            .map_err(|reason| CoreError::invalid(msg!("field-member"), reason.clone()))
    }
}

/// Where a person made from the list came from.
fn list_origin() -> Origin<'static> {
    Origin {
        source: ListFormat::NationalList.source(),
        is_sample: false,
    }
}

pub fn prepare(m: &ListMember) -> Prepared {
    let values = list_values(m);
    let values_json = serde_json::to_string(&values).unwrap_or_else(|_| "{}".into());
    let mut membership = m.membership.clone();
    membership.actionkit_id = Some(m.actionkit_id.clone());
    let mut input = PersonInput {
        first_name: m.first_name.clone(),
        last_name: m.last_name.clone(),
        ..Default::default()
    };
    for (name, value) in &values {
        if let Some(slot) = field(&mut input, name) {
            *slot = value.clone();
        }
    }
    add_contacts(&mut input, m);
    let new_person = crate::people::validate::person_input(input)
        .map(new_rows::NewPerson::new)
        .map_err(|e| match e {
            CoreError::InvalidInput { reason, .. } => *reason,
            other => other.message(),
        });
    Prepared {
        values,
        values_json,
        membership,
        new_person,
    }
}

/// A member the chapter did not know: a new person with the list's values.
fn create(
    tx: &Transaction<'_>,
    prepared: &Prepared,
    report: &mut ImportReport,
    now: DateTime<Utc>,
) -> Result<()> {
    new_rows::insert_new(
        tx,
        prepared.new_person()?,
        list_origin(),
        Some((&prepared.membership, &prepared.values_json)),
        now,
    )?;
    report.created += 1;
    Ok(())
}

/// Merges members, made ready by [`prepare`] in the same order, into the chapter. With `bulk`,
/// the chapter had no one before this import, so every member is new (nobody can hold their id
/// or email, no merge can have claimed an id): the lookups are skipped and the members written
/// together. An error names the member's line (`unit`: "line" or "row").
pub fn members(
    tx: &Transaction<'_>,
    members: &[ListMember],
    batch: &[Prepared],
    bulk: Option<&mut new_rows::Bulk<'_>>,
    unit: &str,
    report: &mut ImportReport,
    now: DateTime<Utc>,
) -> Result<()> {
    let placed = |m: &ListMember, e: CoreError| match e {
        CoreError::InvalidInput { reason, .. } => {
            CoreError::invalid(place_in(unit, m.line), reason)
        }
        other => other,
    };
    match bulk {
        Some(bulk) => {
            let rows = members
                .iter()
                .zip(batch.iter())
                .map(|(m, p)| {
                    Ok(new_rows::NewRow {
                        new: p.new_person().map_err(|e| placed(m, e))?,
                        origin: list_origin(),
                        membership: Some((&p.membership, &p.values_json)),
                    })
                })
                .collect::<Result<Vec<_>>>()?;
            bulk.insert(tx, &rows, now)?;
            report.created += rows.len() as u32;
        }
        None => {
            for (m, prepared) in members.iter().zip(batch.iter()) {
                member(tx, m, prepared, report, now).map_err(|e| placed(m, e))?;
            }
        }
    }
    Ok(())
}

/// Merges one member, made ready by [`prepare`], into a chapter that may know them.
fn member(
    tx: &Transaction<'_>,
    m: &ListMember,
    prepared: &Prepared,
    report: &mut ImportReport,
    now: DateTime<Utc>,
) -> Result<()> {
    let at = timestamp::to_text(now);
    let link = match matching::find_for_list(tx, &m.actionkit_id, m.email.as_deref())? {
        matching::ListMatch::Linked(link) => link,
        // A second national record of someone an organizer merged: the person is already
        // here under their other id.
        matching::ListMatch::MergedInto(kept) => {
            let name = crate::people::search::summary(tx, kept)?.display_name;
            report.skipped.push(msg!(
                "import-list-merged-away",
                id = m.actionkit_id.as_str(),
                name = name
            ));
            return Ok(());
        }
        matching::ListMatch::New => return create(tx, prepared, report, now),
    };
    let Prepared {
        values,
        values_json,
        membership,
        ..
    } = prepared;

    if link.list_values.as_deref() == Some(values_json.as_str()) && link.membership == *membership {
        report.unchanged += 1;
        return Ok(());
    }
    let id = link.id;
    let before = store::get(tx, id)?;
    let last: BTreeMap<String, Option<String>> = link
        .list_values
        .as_deref()
        .and_then(|j| serde_json::from_str(j).ok())
        .unwrap_or_default();
    let old_input = store::as_input(&before);
    let mut input = old_input.clone();
    input.first_name = merged(
        Some(input.first_name.clone()),
        last.get("first_name"),
        Some(m.first_name.clone()),
    )
    .unwrap_or_default();
    input.last_name = merged(
        Some(input.last_name.clone()),
        last.get("last_name"),
        Some(m.last_name.clone()),
    )
    .unwrap_or_default();
    for (name, value) in values {
        if let Some(slot) = field(&mut input, name) {
            *slot = merged(slot.clone(), last.get(*name), value.clone());
        }
    }
    add_contacts(&mut input, m);
    let input = crate::people::validate::person_input(input)?;
    let same_fields = input == old_input;
    let same_membership = before.membership == *membership;
    let same_values =
        last.len() == values.len() && values.iter().all(|(k, v)| last.get(*k) == Some(v));
    if same_fields && same_membership && same_values {
        report.unchanged += 1;
        return Ok(());
    }
    if !same_fields {
        store::write_fields(tx, id, &input, &at)?;
    }
    matching::write_membership(tx, id, membership, values_json, &at)?;
    let name = before.display_name();
    match (before.membership.status, membership.status) {
        (Some(old), Some(MembershipStatus::Lapsed)) if old != MembershipStatus::Lapsed => {
            report.lapsed.push(name)
        }
        (Some(MembershipStatus::Lapsed), Some(new)) if new != MembershipStatus::Lapsed => {
            report.renewed.push(name)
        }
        _ => {}
    }
    report.updated += 1;
    Ok(())
}
