//! One member as a row of the national list says, normalized.

use super::columns::Field;
use crate::interop::values::{date, flag, text, zip};
use crate::people::model::{Address, Membership, MembershipStatus};
use crate::{msg, Message};

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ListMember {
    /// The line of the file the row starts on, for messages.
    pub line: u64,
    pub actionkit_id: String,
    pub first_name: String,
    pub last_name: String,
    pub address: Address,
    /// Best first; each with its label.
    pub phones: Vec<(String, &'static str)>,
    pub email: Option<String>,
    pub do_not_call: bool,
    pub do_not_text: bool,
    pub membership: Membership,
    pub union_name: Option<String>,
    pub union_local: Option<String>,
    pub is_student: bool,
    pub accommodations: Option<String>,
}

/// Reads membership status from either the text column or the letter, in any case:
/// "Member in Good Standing", "member", "lapsed" (or the older "expired"), "M", "L".
pub fn status(
    text_value: Option<&str>,
    letter: Option<&str>,
) -> Result<Option<MembershipStatus>, Message> {
    if let Some(t) = text_value.map(str::trim).filter(|t| !t.is_empty()) {
        let lower = t.to_ascii_lowercase();
        return match lower.as_str() {
            s if s.contains("good standing") => Ok(Some(MembershipStatus::GoodStanding)),
            "good_standing" => Ok(Some(MembershipStatus::GoodStanding)),
            "member" | "active" => Ok(Some(MembershipStatus::Member)),
            "lapsed" | "expired" => Ok(Some(MembershipStatus::Lapsed)),
            _ => Err(msg!("import-list-status-unknown", status = t)),
        };
    }
    match letter.map(|l| l.trim().to_ascii_uppercase()).as_deref() {
        None | Some("") => Ok(None),
        Some("M") => Ok(Some(MembershipStatus::Member)),
        Some("L") => Ok(Some(MembershipStatus::Lapsed)),
        Some(other) => Err(msg!("import-list-status-letter", letter = other)),
    }
}

/// One row's cells by field ("" for a field the file has no column for). Some layouts carry
/// one field under two names (monthly and annual dues status, say): the first non-empty cell
/// wins.
pub struct Cells<'a>([&'a str; Field::COUNT]);

impl<'a> Cells<'a> {
    /// The cells of one row, given the field of each column.
    pub fn of(fields: &[Option<Field>], row: impl IntoIterator<Item = &'a str>) -> Cells<'a> {
        let mut cells = [""; Field::COUNT];
        for (field, cell) in fields.iter().zip(row) {
            if let Some(field) = field {
                let slot = &mut cells[*field as usize];
                if slot.trim().is_empty() {
                    *slot = cell;
                }
            }
        }
        Cells(cells)
    }

    pub fn get(&self, field: Field) -> &'a str {
        self.0[field as usize]
    }
}

/// Builds a member from one row's cells. `Err` says what is wrong.
pub fn from_cells(line: u64, cells: &Cells<'_>) -> Result<ListMember, Message> {
    let get = |f: Field| cells.get(f);
    let actionkit_id = get(Field::ActionKitId).trim().to_owned();
    if actionkit_id.is_empty() {
        return Err(msg!("import-list-no-id"));
    }
    let first_name = get(Field::FirstName).trim().to_owned();
    let last_name = get(Field::LastName).trim().to_owned();
    if first_name.is_empty() && last_name.is_empty() {
        return Err(msg!("import-list-no-name"));
    }
    // The mailing address, where the list has one, is where the member gets mail.
    let mailing = text(get(Field::MailingAddress1)).is_some();
    let pick = |home: Field, mail: Field| {
        if mailing {
            text(get(mail))
        } else {
            text(get(home))
        }
    };
    let address = Address {
        street: pick(Field::Address1, Field::MailingAddress1),
        unit: pick(Field::Address2, Field::MailingAddress2),
        city: pick(Field::City, Field::MailingCity),
        state: pick(Field::State, Field::MailingState),
        zip: if mailing {
            zip(get(Field::MailingZip))
        } else {
            zip(get(Field::Zip))
        },
    };
    let mut phones: Vec<(String, &'static str)> = Vec::new();
    for (field, label) in [
        (Field::BestPhone, "best"),
        (Field::MobilePhone, "mobile"),
        (Field::HomePhone, "home"),
        (Field::WorkPhone, "work"),
    ] {
        if let Some(number) = text(get(field)) {
            let digits: String = number.chars().filter(char::is_ascii_digit).collect();
            let seen = phones
                .iter()
                .any(|(n, _)| n.chars().filter(char::is_ascii_digit).collect::<String>() == digits);
            if !seen && !digits.is_empty() {
                phones.push((number, label));
            }
        }
    }
    let status = status(Some(get(Field::StatusText)), Some(get(Field::StatusLetter)))?;
    let join_date =
        date(get(Field::JoinDate)).map_err(|e| msg!("import-list-join-date", problem = e))?;
    let expires_on =
        date(get(Field::ExpiresOn)).map_err(|e| msg!("import-list-expiry-date", problem = e))?;
    let union_name = text(get(Field::UnionName));
    Ok(ListMember {
        line,
        actionkit_id,
        first_name,
        last_name,
        address,
        phones,
        email: text(get(Field::Email)).map(|e| e.to_lowercase()),
        do_not_call: flag(get(Field::DoNotCall)),
        do_not_text: flag(get(Field::TextOptOut)),
        membership: Membership {
            actionkit_id: None,
            status,
            member_type: text(get(Field::MemberType)).map(|t| t.to_lowercase()),
            dues_status: text(get(Field::DuesStatus)).map(|t| t.to_lowercase()),
            join_date,
            expires_on,
        },
        union_local: text(get(Field::UnionLocal)),
        union_name,
        is_student: flag(get(Field::Student)),
        accommodations: text(get(Field::Accommodations)),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn status_in_any_case_and_in_old_words() {
        assert_eq!(
            status(Some("Member in Good Standing"), None),
            Ok(Some(MembershipStatus::GoodStanding))
        );
        assert_eq!(
            status(Some("MEMBER"), None),
            Ok(Some(MembershipStatus::Member))
        );
        assert_eq!(
            status(Some("expired"), None),
            Ok(Some(MembershipStatus::Lapsed))
        );
        assert_eq!(status(None, Some("l")), Ok(Some(MembershipStatus::Lapsed)));
        assert_eq!(
            status(Some(""), Some("M")),
            Ok(Some(MembershipStatus::Member))
        );
        assert!(status(Some("pending"), None).is_err());
    }
}
