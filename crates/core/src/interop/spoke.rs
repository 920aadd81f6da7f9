//! Spoke contact lists: `firstName` (or `first_name`), `lastName`, `cell`, `zip`, and any other
//! column as a custom field, the way Spoke itself reads an upload.
//!
//! Like Spoke, a row whose cell is not a phone number that can take a text is left out (and
//! reported with its line), and rows with the same cell are one person: later rows only fill
//! what the first left empty.

use std::collections::HashMap;

use super::contacts::{checked, Contact, ParsedContacts};
use super::report::{left_out, ListFormat};
use super::table::{folded, Table};
use super::values::{text, zip};
use crate::msg;
use crate::people::model::{Address, PersonInput, PhoneInput};
use crate::people::phone::to_e164;
use crate::{CoreError, Result};

const FIRST: &[&str] = &["firstname"];
const LAST: &[&str] = &["lastname"];
const CELL: &[&str] = &["cell"];
const ZIP: &[&str] = &["zip"];

/// Whether a header row looks like a Spoke contact list: a `cell` column and a first name.
pub fn recognizes(table: &Table) -> bool {
    table.column(CELL).is_some() && table.column(FIRST).is_some()
}

pub fn parse(table: &Table) -> Result<ParsedContacts> {
    let cell = table
        .column(CELL)
        .ok_or_else(|| CoreError::invalid(table.place(1), msg!("import-spoke-no-cell-column")))?;
    let (first, last, zip_col) = (table.column(FIRST), table.column(LAST), table.column(ZIP));
    // Everything else travels as a custom field, under the name the file gives it. Spoke's
    // `external_id` is one of them.
    let custom: Vec<(usize, &String)> = table
        .headers
        .iter()
        .enumerate()
        .filter(|(i, h)| ![Some(cell), first, last, zip_col].contains(&Some(*i)) && !h.is_empty())
        .collect();
    let mut parsed = ParsedContacts {
        format: ListFormat::Spoke,
        read_as: table.read_as.clone(),
        ..Default::default()
    };
    let mut by_cell: HashMap<String, usize> = HashMap::new();
    for row in &table.rows {
        let number = row.cell(Some(cell)).trim();
        let Some(e164) = to_e164(number).filter(|_| !number.is_empty()) else {
            let reason = if number.is_empty() {
                msg!("import-spoke-no-cell")
            } else {
                msg!("import-spoke-cell-not-mobile", number = number)
            };
            parsed.skipped.push(left_out(table.place(row.at), reason));
            continue;
        };
        let fields: Vec<(String, String)> = custom
            .iter()
            .filter_map(|(i, name)| text(row.cell(Some(*i))).map(|v| ((*name).clone(), v)))
            .collect();
        if let Some(&earlier) = by_cell.get(&e164) {
            fold_into(
                &mut parsed.contacts[earlier],
                row,
                (first, last, zip_col),
                fields,
            );
            parsed.folded += 1;
            continue;
        }
        let input = PersonInput {
            first_name: row.cell(first).trim().to_owned(),
            last_name: row.cell(last).trim().to_owned(),
            phones: vec![PhoneInput {
                number: number.to_owned(),
                label: Some("mobile".into()),
            }],
            address: Address {
                zip: zip(row.cell(zip_col)),
                ..Default::default()
            },
            ..Default::default()
        };
        if input.first_name.is_empty() && input.last_name.is_empty() {
            parsed.skipped.push(left_out(
                table.place(row.at),
                msg!("import-spoke-no-name", number = number),
            ));
            continue;
        }
        let mut contact = checked(table.place(row.at), input)?;
        contact.fields = fields;
        by_cell.insert(e164, parsed.contacts.len());
        parsed.contacts.push(contact);
    }
    Ok(parsed)
}

/// A later row for the same cell fills only what the first left empty.
fn fold_into(
    contact: &mut Contact,
    row: &super::table::Row,
    (first, last, zip_col): (Option<usize>, Option<usize>, Option<usize>),
    fields: Vec<(String, String)>,
) {
    let input = &mut contact.input;
    if input.first_name.is_empty() {
        input.first_name = row.cell(first).trim().to_owned();
    }
    if input.last_name.is_empty() {
        input.last_name = row.cell(last).trim().to_owned();
    }
    if input.address.zip.is_none() {
        input.address.zip = zip(row.cell(zip_col));
    }
    for (name, value) in fields {
        if !contact
            .fields
            .iter()
            .any(|(n, _)| folded(n) == folded(&name))
        {
            contact.fields.push((name, value));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn table(text: &str) -> Table {
        Table::from_bytes("spoke.csv", text.as_bytes().to_vec()).unwrap()
    }

    #[test]
    fn invalid_cells_are_left_out_and_same_cells_folded() {
        let t = table(
            "firstName,lastName,cell,zip,shift\n\
             Ana,Ruiz,(617) 555-0143,2134,\n\
             Bo,,555-01,02139,day\n\
             ,Ruiz,617.555.0143,,night\n\
             Cy,Lee,,02139,\n",
        );
        assert!(recognizes(&t));
        let p = parse(&t).unwrap();
        assert_eq!(p.contacts.len(), 1);
        assert_eq!(p.folded, 1);
        assert_eq!(
            p.skipped,
            [
                "line 3: '555-01' is not a phone number that can take a text",
                "line 5: no cell number"
            ]
        );
        let ana = &p.contacts[0];
        assert_eq!(ana.input.address.zip.as_deref(), Some("02134"));
        assert_eq!(ana.fields, [("shift".to_owned(), "night".to_owned())]);
    }

    #[test]
    fn snake_case_headers_are_read_too() {
        let t = table("first_name,last_name,cell\nAna,Ruiz,6175550143\n");
        let p = parse(&t).unwrap();
        assert_eq!(p.contacts[0].input.first_name, "Ana");
    }
}
