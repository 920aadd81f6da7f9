//! Action Network activist exports: `first_name`, `last_name`, `email`, `zip_code`,
//! `can2_phone`, other `can2_*` columns, tags joined with ", ".
//!
//! People are matched by email (Action Network's own key); a match gains the phone and tags it
//! lacked and nothing an organizer entered is overwritten. Unsubscribes become opt-outs.

use super::contacts::{checked, ParsedContacts};
use super::report::ListFormat;
use super::table::{folded, Table};
use super::values::{text, zip};
use crate::msg;
use crate::people::model::{Address, PersonInput, PhoneInput};
use crate::{CoreError, Result};

/// Whether a header row looks like an Action Network export.
pub fn recognizes(headers: &[String]) -> bool {
    headers.iter().any(|h| folded(h).starts_with("can2"))
}

const KNOWN: &[&str] = &["firstname", "lastname", "email", "zipcode"];

/// Reads and checks the whole file; errors name the line.
pub fn parse(table: &Table) -> Result<ParsedContacts> {
    let email = table.column(&["email"]);
    if email.is_none() {
        return Err(CoreError::invalid(
            table.place(1),
            msg!("import-an-no-email-column"),
        ));
    }
    let unknown_columns = table
        .headers
        .iter()
        .filter(|h| !KNOWN.contains(&folded(h).as_str()) && !folded(h).starts_with("can2"))
        .cloned()
        .collect();
    let (first, last, zip_col, phone, tags, sms, subscription) = (
        table.column(&["firstname"]),
        table.column(&["lastname"]),
        table.column(&["zipcode"]),
        table.column(&["can2phone"]),
        table.column(&["can2usertags"]),
        table.column(&["can2smsstatus"]),
        table.column(&["can2subscriptionstatus"]),
    );
    let mut contacts = Vec::with_capacity(table.rows.len());
    for row in &table.rows {
        let unsubscribed =
            |i: Option<usize>| row.cell(i).trim().eq_ignore_ascii_case("unsubscribed");
        let input = PersonInput {
            first_name: row.cell(first).trim().to_owned(),
            last_name: row.cell(last).trim().to_owned(),
            emails: text(row.cell(email))
                .into_iter()
                .map(|e| e.to_lowercase())
                .collect(),
            phones: text(row.cell(phone))
                .map(|number| PhoneInput {
                    number,
                    label: None,
                })
                .into_iter()
                .collect(),
            address: Address {
                zip: zip(row.cell(zip_col)),
                ..Default::default()
            },
            tags: row
                .cell(tags)
                .split(", ")
                .map(str::trim)
                .filter(|t| !t.is_empty())
                .map(str::to_owned)
                .collect(),
            do_not_text: unsubscribed(sms),
            do_not_email: unsubscribed(subscription),
            ..Default::default()
        };
        contacts.push(checked(table.place(row.at), input)?);
    }
    Ok(ParsedContacts {
        format: ListFormat::ActionNetwork,
        read_as: table.read_as.clone(),
        contacts,
        unknown_columns,
        ..Default::default()
    })
}
