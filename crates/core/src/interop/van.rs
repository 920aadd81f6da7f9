//! VAN exports: tab-separated text with `Voter File VANID` (or `VANID`), names, an address,
//! phones and an email, under the column names VAN's export formats use.
//!
//! People are found by their VANID first (kept on the person once seen), then by email, then
//! by phone; the VANID is remembered so the next export finds them at once.

use super::contacts::{checked, ParsedContacts};
use super::report::left_out;
use super::report::ListFormat;
use super::table::{folded, Table};
use super::values::{text, zip};
use crate::msg;
use crate::people::model::{Address, PersonInput, PhoneInput};
use crate::{CoreError, Result};

const VANID: &[&str] = &[
    "voterfilevanid",
    "vanid",
    "myvoterfilevanid",
    "mycampaignvanid",
];
const FIRST: &[&str] = &["firstname", "first"];
const LAST: &[&str] = &["lastname", "last"];
const MIDDLE: &[&str] = &["middlename"];
const SUFFIX: &[&str] = &["suffix"];
const STREET: &[&str] = &["address", "addressline1", "streetaddress", "mailingaddress"];
const UNIT: &[&str] = &["addressline2", "apt", "unit"];
const CITY: &[&str] = &["city", "mailingcity"];
const STATE: &[&str] = &["state", "stateorprovince", "mailingstate"];
const ZIP: &[&str] = &["zip5", "zip", "ziporpostal", "zipcode", "mailingzip5"];
const ZIP4: &[&str] = &["zip4", "mailingzip4"];
/// Phone columns, with the label each number gets; the preferred one first.
const PHONES: &[(&[&str], &str)] = &[
    // VAN writes the preferred phone's column as "Pref Phone " (with a trailing space).
    (&["preferredphone", "prefphone", "phone"], "preferred"),
    (&["cellphone", "mobilephone"], "mobile"),
    (&["homephone"], "home"),
    (&["workphone"], "work"),
];
const EMAIL: &[&str] = &["email", "preferredemail", "personalemail"];

/// Whether a header row looks like a VAN export.
pub fn recognizes(table: &Table) -> bool {
    table.column(VANID).is_some()
}

pub fn parse(table: &Table) -> Result<ParsedContacts> {
    let vanid = table
        .column(VANID)
        .ok_or_else(|| CoreError::invalid(table.place(1), msg!("import-van-no-vanid-column")))?;
    let col = |names: &[&str]| table.column(names);
    let (first, last, middle, suffix) = (col(FIRST), col(LAST), col(MIDDLE), col(SUFFIX));
    // ZIP+4 is read past: Groundwork keeps five-digit ZIPs.
    let (street, unit, city, state, zip5) =
        (col(STREET), col(UNIT), col(CITY), col(STATE), col(ZIP));
    let email = col(EMAIL);
    let phones: Vec<(Option<usize>, &str)> = PHONES
        .iter()
        .map(|(names, label)| (col(names), *label))
        .collect();
    let known: Vec<&[&str]> = [
        VANID, FIRST, LAST, MIDDLE, SUFFIX, STREET, UNIT, CITY, STATE,
    ]
    .into_iter()
    .chain([ZIP, ZIP4, EMAIL])
    .chain(PHONES.iter().map(|(names, _)| *names))
    .collect();
    let unknown_columns = table
        .headers
        .iter()
        .filter(|h| {
            !h.is_empty()
                && !known
                    .iter()
                    .any(|names| names.contains(&folded(h).as_str()))
        })
        .cloned()
        .collect();
    let mut parsed = ParsedContacts {
        format: ListFormat::Van,
        read_as: table.read_as.clone(),
        unknown_columns,
        ..Default::default()
    };
    for row in &table.rows {
        let Some(id) = text(row.cell(Some(vanid))) else {
            parsed
                .skipped
                .push(left_out(table.place(row.at), msg!("import-van-no-vanid")));
            continue;
        };
        if !id.chars().all(|c| c.is_ascii_alphanumeric()) {
            return Err(CoreError::invalid(
                table.place(row.at),
                msg!("import-van-bad-vanid", id = id),
            ));
        }
        // VAN keeps the middle name and suffix apart; Groundwork's first and last name hold
        // them as people write them.
        let given = join(row.cell(first), row.cell(middle));
        let family = join(row.cell(last), row.cell(suffix));
        let mut numbers: Vec<PhoneInput> = Vec::new();
        for (column, label) in &phones {
            if let Some(number) = text(row.cell(*column)) {
                if !numbers.iter().any(|p| p.number == number) {
                    numbers.push(PhoneInput {
                        number,
                        label: Some((*label).to_owned()),
                    });
                }
            }
        }
        let input = PersonInput {
            first_name: given,
            last_name: family,
            phones: numbers,
            emails: text(row.cell(email))
                .map(|e| e.to_lowercase())
                .into_iter()
                .collect(),
            address: Address {
                street: text(row.cell(street)),
                unit: text(row.cell(unit)),
                city: text(row.cell(city)),
                state: text(row.cell(state)),
                zip: zip(row.cell(zip5)),
            },
            ..Default::default()
        };
        if input.first_name.is_empty() && input.last_name.is_empty() {
            parsed.skipped.push(left_out(
                table.place(row.at),
                msg!("import-van-no-name", id = id),
            ));
            continue;
        }
        let mut contact = checked(table.place(row.at), input)?;
        contact.van_id = Some(id);
        parsed.contacts.push(contact);
    }
    Ok(parsed)
}

fn join(a: &str, b: &str) -> String {
    [a.trim(), b.trim()]
        .iter()
        .filter(|s| !s.is_empty())
        .copied()
        .collect::<Vec<_>>()
        .join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_van_export_reads_ids_names_address_and_phones() {
        let t = Table::from_bytes(
            "van.txt",
            b"Voter File VANID\tLastName\tFirstName\tMiddleName\tAddress\tCity\tState\tZip5\tHome Phone\tCell Phone\tEmail\tPrecinct\n\
              1001\tRuiz\tAna\tM\t12 Elm St\tBoston\tMA\t2134\t617-555-0143\t617-555-0199\tANA@example.org\t5-2\n\
              \tNobody\tNo\t\t\t\t\t\t\t\t\t\n"
                .to_vec(),
        )
        .unwrap();
        assert!(recognizes(&t));
        let p = parse(&t).unwrap();
        assert_eq!(p.contacts.len(), 1);
        assert_eq!(p.skipped, ["line 3: no VANID"]);
        assert_eq!(p.unknown_columns, ["Precinct"]);
        let ana = &p.contacts[0];
        assert_eq!(ana.van_id.as_deref(), Some("1001"));
        assert_eq!(ana.input.first_name, "Ana M");
        assert_eq!(ana.input.address.zip.as_deref(), Some("02134"));
        assert_eq!(ana.input.phones.len(), 2);
        // The cell phone comes before the home phone: it is the one that can take a text.
        assert_eq!(ana.input.phones[0].label.as_deref(), Some("mobile"));
        assert_eq!(ana.input.emails, ["ana@example.org"]);
    }

    #[test]
    fn the_preferred_phone_is_read_under_the_name_van_gives_it() {
        let t = Table::from_bytes(
            "van.txt",
            b"Voter File VANID\tLastName\tFirstName\tPref Phone \tEmail\n\
              1002\tLi\tBo\t(312) 555-0107\tbo@example.org\n"
                .to_vec(),
        )
        .unwrap();
        let p = parse(&t).unwrap();
        assert!(p.unknown_columns.is_empty(), "{:?}", p.unknown_columns);
        let bo = &p.contacts[0];
        assert_eq!(bo.input.phones.len(), 1);
        assert_eq!(bo.input.phones[0].number, "(312) 555-0107");
        assert_eq!(bo.input.phones[0].label.as_deref(), Some("preferred"));
    }
}
