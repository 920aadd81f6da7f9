//! Action Network activist exports: `first_name`, `last_name`, `email`, `zip_code`,
//! `can2_phone`, other `can2_*` columns, tags joined with ", ".
//!
//! People are matched by email (Action Network's own key); a match gains the phone and tags it
//! lacked and nothing an organizer entered is overwritten. Unsubscribes become opt-outs.

use std::io::Read;

use chrono::{DateTime, Utc};
use rusqlite::{params, OptionalExtension};

use super::national_list::ImportReport;
use super::values::{text, zip};
use crate::db::Database;
use crate::ids::PersonId;
use crate::people::model::{Address, PersonInput, PhoneInput};
use crate::people::store::{self, as_input, Origin};
use crate::people::validate;
use crate::progress::Job;
use crate::{CoreError, Result};

/// Whether a header row looks like an Action Network export.
pub fn recognizes(headers: &[String]) -> bool {
    headers
        .iter()
        .any(|h| h.trim().to_ascii_lowercase().starts_with("can2_"))
}

#[derive(Debug, Clone)]
pub struct Activist {
    pub line: u64,
    pub input: PersonInput,
}

const KNOWN: &[&str] = &[
    "first_name",
    "last_name",
    "email",
    "zip_code",
    "can2_phone",
    "can2_user_tags",
    "can2_sms_status",
    "can2_subscription_status",
];

/// Reads and checks the whole file; errors name the line.
pub fn parse(input: impl Read) -> Result<(Vec<Activist>, Vec<String>)> {
    let mut reader = csv::ReaderBuilder::new().flexible(true).from_reader(input);
    let headers: Vec<String> = reader
        .headers()
        .map_err(|e| CoreError::invalid("line 1", format!("the header row cannot be read: {e}")))?
        .iter()
        .map(|h| h.trim().trim_start_matches('\u{feff}').to_ascii_lowercase())
        .collect();
    if !headers.iter().any(|h| h == "email") {
        return Err(CoreError::invalid(
            "line 1",
            "no email column: is this an Action Network export?",
        ));
    }
    let unknown = headers
        .iter()
        .filter(|h| !KNOWN.contains(&h.as_str()) && !h.starts_with("can2_"))
        .cloned()
        .collect();
    let col = |name: &str| headers.iter().position(|h| h == name);
    let (first, last, email, zip_col, phone, tags, sms, subscription) = (
        col("first_name"),
        col("last_name"),
        col("email"),
        col("zip_code"),
        col("can2_phone"),
        col("can2_user_tags"),
        col("can2_sms_status"),
        col("can2_subscription_status"),
    );
    let mut activists = Vec::new();
    for record in reader.records() {
        let record = record.map_err(|e| CoreError::invalid("file", e.to_string()))?;
        let line = record.position().map(|p| p.line() + 1).unwrap_or(0);
        if record.len() != headers.len() {
            return Err(CoreError::invalid(
                format!("line {line}"),
                format!("expected {} fields, found {}", headers.len(), record.len()),
            ));
        }
        let cell = |i: Option<usize>| i.and_then(|i| record.get(i)).unwrap_or("");
        let unsubscribed = |i: Option<usize>| cell(i).trim().eq_ignore_ascii_case("unsubscribed");
        let input = PersonInput {
            first_name: cell(first).trim().to_owned(),
            last_name: cell(last).trim().to_owned(),
            emails: text(cell(email))
                .into_iter()
                .map(|e| e.to_lowercase())
                .collect(),
            phones: text(cell(phone))
                .map(|number| PhoneInput {
                    number,
                    label: None,
                })
                .into_iter()
                .collect(),
            address: Address {
                zip: zip(cell(zip_col)),
                ..Default::default()
            },
            tags: cell(tags)
                .split(", ")
                .map(str::trim)
                .filter(|t| !t.is_empty())
                .map(str::to_owned)
                .collect(),
            do_not_text: unsubscribed(sms),
            do_not_email: unsubscribed(subscription),
            ..Default::default()
        };
        let input = validate::person_input(input).map_err(|e| match e {
            CoreError::InvalidInput { field, reason } => {
                CoreError::invalid(format!("line {line}"), format!("{field}: {reason}"))
            }
            other => other,
        })?;
        activists.push(Activist { line, input });
    }
    Ok((activists, unknown))
}

fn by_email(tx: &rusqlite::Transaction<'_>, email: &str) -> Result<Option<PersonId>> {
    Ok(tx
        .prepare_cached(
            "SELECT person_id FROM person_email WHERE email = ?1 COLLATE NOCASE LIMIT 1",
        )?
        .query_row(params![email], |r| r.get(0))
        .optional()?)
}

/// Merges the activists in one transaction.
pub fn import(
    db: &mut Database,
    activists: &[Activist],
    unknown: Vec<String>,
    job: &Job<'_>,
    now: DateTime<Utc>,
) -> Result<ImportReport> {
    let mut report = ImportReport {
        rows: activists.len() as u32,
        unknown_columns: unknown,
        ..Default::default()
    };
    let total = activists.len() as u64;
    let at = crate::db::timestamp::to_text(now);
    db.write(|tx| {
        for (done, a) in activists.iter().enumerate() {
            if done % 250 == 0 {
                job.cancel.check()?;
                job.report(done as u64, total, "rows");
            }
            let existing = match a.input.emails.first() {
                Some(email) => by_email(tx, email)?,
                None => None,
            };
            let Some(id) = existing else {
                store::insert(
                    tx,
                    &a.input,
                    Origin {
                        source: "action network",
                        is_sample: false,
                    },
                    now,
                )?;
                report.created += 1;
                continue;
            };
            let before = as_input(&store::get(tx, id)?);
            let mut merged = before.clone();
            for phone in &a.input.phones {
                if !merged.phones.iter().any(|p| p.number == phone.number) {
                    merged.phones.push(phone.clone());
                }
            }
            for tag in &a.input.tags {
                if !merged.tags.iter().any(|t| t.eq_ignore_ascii_case(tag)) {
                    merged.tags.push(tag.clone());
                }
            }
            if merged.address.zip.is_none() {
                merged.address.zip = a.input.address.zip.clone();
            }
            merged.do_not_text |= a.input.do_not_text;
            merged.do_not_email |= a.input.do_not_email;
            if merged == before {
                report.unchanged += 1;
            } else {
                store::write_fields(tx, id, &validate::person_input(merged)?, &at)?;
                report.updated += 1;
            }
        }
        job.cancel.check()?;
        job.report(total, total, "rows");
        Ok(())
    })?;
    Ok(report)
}
