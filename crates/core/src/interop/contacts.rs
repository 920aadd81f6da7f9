//! Contacts from campaign tools (Action Network, Spoke, VAN): people found by the tool's own
//! key, then enriched, never overwritten.
//!
//! A match gains what it lacked (a phone, an email, tags, an empty address field, the tool's
//! custom fields) and any opt-out the tool recorded; nothing an organizer entered is replaced.
//! Everyone new is created with the tool as their source.

use chrono::{DateTime, Utc};
use rusqlite::{params, OptionalExtension, Transaction};

use super::report::{ImportReport, ListFormat};
use crate::db::{timestamp, Database};
use crate::ids::PersonId;
use crate::msg;
use crate::people::model::PersonInput;
use crate::people::phone::to_e164;
use crate::people::store::{self, as_input, Origin};
use crate::people::validate;
use crate::progress::Job;
use crate::{Message, Result};

/// One person as a tool's file has them, validated.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Contact {
    /// Where in the file: "line 7".
    pub at: Message,
    pub input: PersonInput,
    pub van_id: Option<String>,
    /// Columns the tool carries that Groundwork keeps as they are: (name, value).
    pub fields: Vec<(String, String)>,
}

/// A tool's file, read and checked, ready to merge.
#[derive(Debug, Clone, Default)]
pub struct ParsedContacts {
    pub format: ListFormat,
    pub read_as: Message,
    pub contacts: Vec<Contact>,
    pub unknown_columns: Vec<String>,
    pub skipped: Vec<Message>,
    pub folded: u32,
}

/// Who in the chapter a contact already is, by the keys its tool trusts, strongest first.
fn existing(tx: &Transaction<'_>, format: ListFormat, c: &Contact) -> Result<Option<PersonId>> {
    if let Some(van_id) = &c.van_id {
        let found = tx
            .prepare_cached(
                "SELECT id FROM person WHERE van_id = ?1
                 UNION ALL SELECT kept_id FROM person_merge WHERE van_id = ?1 LIMIT 1",
            )?
            .query_row(params![van_id], |r| r.get(0))
            .optional()?;
        if found.is_some() {
            return Ok(found);
        }
    }
    let by_email = |tx: &Transaction<'_>| -> Result<Option<PersonId>> {
        match c.input.emails.first() {
            Some(email) => store::by_email(tx, email),
            None => Ok(None),
        }
    };
    let by_phone = |tx: &Transaction<'_>| -> Result<Option<PersonId>> {
        match c.input.phones.first().and_then(|p| to_e164(&p.number)) {
            Some(e164) => store::by_phone(tx, &e164),
            None => Ok(None),
        }
    };
    match format {
        // Spoke's key is the mobile number.
        ListFormat::Spoke => by_phone(tx),
        // Action Network's key is the email; VAN's is its id, then what it knows.
        ListFormat::ActionNetwork => by_email(tx),
        // VAN's own id was tried above; the national list never comes this way.
        ListFormat::Van | ListFormat::NationalList => match by_email(tx)? {
            Some(id) => Ok(Some(id)),
            None => by_phone(tx),
        },
    }
}

/// What a known person looks like after taking in what the tool knows and they lack.
pub fn enriched(before: &PersonInput, from: &PersonInput) -> PersonInput {
    let mut merged = before.clone();
    let fill = |mine: &mut Option<String>, theirs: &Option<String>| {
        if mine.as_deref().is_none_or(|m| m.trim().is_empty()) && theirs.is_some() {
            mine.clone_from(theirs);
        }
    };
    if merged.first_name.trim().is_empty() && merged.last_name.trim().is_empty() {
        merged.first_name.clone_from(&from.first_name);
        merged.last_name.clone_from(&from.last_name);
    }
    merged.join_contacts(from);
    // An address is taken whole or not at all: a street from one file and a ZIP from another
    // would describe nowhere.
    let has_address = merged.address.street.is_some() || merged.address.zip.is_some();
    if !has_address {
        merged.address = from.address.clone();
    } else {
        fill(&mut merged.address.zip, &from.address.zip);
    }
    merged.do_not_call |= from.do_not_call;
    merged.do_not_text |= from.do_not_text;
    merged.do_not_email |= from.do_not_email;
    merged
}

/// Sets a person's custom fields from a tool (the tool owns them, so its newer value wins).
fn write_fields(
    tx: &Transaction<'_>,
    id: PersonId,
    fields: &[(String, String)],
    source: &str,
    at: &str,
) -> Result<bool> {
    let mut changed = false;
    for (name, value) in fields {
        let current: Option<String> = tx
            .prepare_cached(
                "SELECT value FROM person_field WHERE person_id = ?1 AND name = ?2 COLLATE NOCASE",
            )?
            .query_row(params![id, name], |r| r.get(0))
            .optional()?;
        if current.as_deref() == Some(value.as_str()) {
            continue;
        }
        tx.prepare_cached(
            "INSERT INTO person_field (id, person_id, name, value, source, created_at, updated_at)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?6)
             ON CONFLICT (person_id, name) DO UPDATE SET value = excluded.value,
                 source = excluded.source, updated_at = excluded.updated_at",
        )?
        .execute(params![
            uuid::Uuid::now_v7().to_string(),
            id,
            name,
            value,
            source,
            at
        ])?;
        changed = true;
    }
    Ok(changed)
}

fn set_van_id(tx: &Transaction<'_>, id: PersonId, van_id: &str, at: &str) -> Result<bool> {
    Ok(tx
        .prepare_cached(
            "UPDATE person SET van_id = ?2, updated_at = ?3 WHERE id = ?1 AND van_id IS NULL
             AND NOT EXISTS (SELECT 1 FROM person WHERE van_id = ?2)",
        )?
        .execute(params![id, van_id, at])?
        > 0)
}

/// Merges the contacts in one transaction; a cancel leaves the chapter as it was.
pub fn import(
    db: &mut Database,
    parsed: &ParsedContacts,
    job: &Job<'_>,
    now: DateTime<Utc>,
) -> Result<ImportReport> {
    let mut report = ImportReport {
        format: parsed.format,
        read_as: parsed.read_as.clone(),
        rows: (parsed.contacts.len() + parsed.skipped.len()) as u32 + parsed.folded,
        folded: parsed.folded,
        skipped: parsed.skipped.clone(),
        unknown_columns: parsed.unknown_columns.clone(),
        ..Default::default()
    };
    let source = parsed.format.label();
    let origin = Origin {
        source: parsed.format.source(),
        is_sample: false,
    };
    let total = parsed.contacts.len() as u64;
    let at = timestamp::to_text(now);
    db.write(|tx| {
        for (done, c) in parsed.contacts.iter().enumerate() {
            if done % 250 == 0 {
                job.cancel.check()?;
                job.report(done as u64, total, "rows");
            }
            let Some(id) = existing(tx, parsed.format, c)? else {
                let id = store::insert(tx, &c.input, origin, now)?;
                if let Some(van_id) = &c.van_id {
                    set_van_id(tx, id, van_id, &at)?;
                }
                write_fields(tx, id, &c.fields, source, &at)?;
                report.created += 1;
                continue;
            };
            let before = as_input(&store::get(tx, id)?);
            let merged = enriched(&before, &c.input);
            let mut changed = merged != before;
            if changed {
                store::write_fields(tx, id, &validate::person_input(merged)?, &at)?;
            }
            if let Some(van_id) = &c.van_id {
                changed |= set_van_id(tx, id, van_id, &at)?;
            }
            changed |= write_fields(tx, id, &c.fields, source, &at)?;
            if changed {
                report.updated += 1;
            } else {
                report.unchanged += 1;
            }
        }
        job.cancel.check()?;
        job.report(total, total, "rows");
        Ok(())
    })?;
    Ok(report)
}

/// Checks one contact as the person it would become; a problem names the row.
pub fn checked(at: Message, input: PersonInput) -> Result<Contact> {
    let input = validate::person_input(input).map_err(|e| match e {
        crate::CoreError::InvalidInput { field, reason, .. } => crate::CoreError::invalid(
            at.clone(),
            msg!("error-field-reason", field = field, reason = reason),
        ),
        other => other,
    })?;
    Ok(Contact {
        at,
        input,
        van_id: None,
        fields: Vec::new(),
    })
}
