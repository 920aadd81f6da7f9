//! The national list's columns across its layouts (2019 to 2024), matched by name without
//! regard to case. Each field lists every name it has been exported under.

/// A field Groundwork reads from the list.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Field {
    ActionKitId,
    FirstName,
    MiddleName,
    LastName,
    Suffix,
    Address1,
    Address2,
    City,
    State,
    Zip,
    MailingAddress1,
    MailingAddress2,
    MailingCity,
    MailingState,
    MailingZip,
    BestPhone,
    MobilePhone,
    HomePhone,
    WorkPhone,
    Email,
    DoNotCall,
    TextOptOut,
    JoinDate,
    ExpiresOn,
    StatusText,
    StatusLetter,
    MemberType,
    DuesStatus,
    UnionMember,
    UnionName,
    UnionLocal,
    Student,
    Accommodations,
    /// Read and ignored on purpose (the list's own bookkeeping, or data the chapter does not
    /// keep, such as race): known, so not reported as unknown.
    Ignored,
}

impl Field {
    /// How many fields there are, [`Field::Ignored`] being the last.
    pub const COUNT: usize = Field::Ignored as usize + 1;
}

const NAMES: &[(Field, &[&str])] = &[
    (
        Field::ActionKitId,
        &["ak_id", "actionkit_id", "action_kit_id"],
    ),
    (Field::FirstName, &["first_name", "firstname"]),
    (Field::MiddleName, &["middle_name", "middlename"]),
    (Field::LastName, &["last_name", "lastname"]),
    (Field::Suffix, &["suffix"]),
    (
        Field::Address1,
        &[
            "address1",
            "address_line_1",
            "billing_address_line_1",
            "billing_address1",
            "address",
        ],
    ),
    (
        Field::Address2,
        &[
            "address2",
            "address_line_2",
            "billing_address_line_2",
            "billing_address2",
        ],
    ),
    (Field::City, &["city", "billing_city"]),
    (Field::State, &["state", "billing_state"]),
    (
        Field::Zip,
        &["zip", "zip_code", "billing_zip", "postal_code"],
    ),
    (
        Field::MailingAddress1,
        &["mailing_address1", "mailing_address_line_1"],
    ),
    (
        Field::MailingAddress2,
        &["mailing_address2", "mailing_address_line_2"],
    ),
    (Field::MailingCity, &["mailing_city"]),
    (Field::MailingState, &["mailing_state"]),
    (Field::MailingZip, &["mailing_zip"]),
    (Field::BestPhone, &["best_phone"]),
    (
        Field::MobilePhone,
        &["mobile_phone", "cell_phone", "mobile"],
    ),
    (Field::HomePhone, &["home_phone"]),
    (Field::WorkPhone, &["work_phone"]),
    (Field::Email, &["email", "email_address"]),
    (Field::DoNotCall, &["do_not_call", "dnc"]),
    (
        Field::TextOptOut,
        &["p2ptext_optout", "text_optout", "do_not_text"],
    ),
    (Field::JoinDate, &["join_date"]),
    (
        Field::ExpiresOn,
        &["xdate", "expiration_date", "expires_on"],
    ),
    (Field::StatusText, &["membership_status"]),
    (Field::StatusLetter, &["memb_status", "memb_status_letter"]),
    (Field::MemberType, &["membership_type", "member_type"]),
    (
        Field::DuesStatus,
        &[
            "monthly_dues_status",
            "monthly_status",
            "annual_recurring_dues_status",
            "yearly_dues_status",
            "dues_status",
        ],
    ),
    (Field::UnionMember, &["union_member"]),
    (Field::UnionName, &["union_name"]),
    (Field::UnionLocal, &["union_local"]),
    (Field::Student, &["student_yes_no", "student"]),
    (Field::Accommodations, &["accomodations", "accommodations"]),
    (
        Field::Ignored,
        &[
            "dsa_id",
            "race",
            "list_date",
            "mail_preference",
            "dsa_chapter",
            "ydsa_chapter",
            "student_school_name",
            "organization",
            "do_not_mail",
        ],
    ),
];

/// The field a column header names, if any: case, surrounding space, a byte order mark and
/// spaces-for-underscores are all forgiven.
pub fn field_of(header: &str) -> Option<Field> {
    let key = header
        .trim()
        .trim_start_matches('\u{feff}')
        .trim()
        .to_ascii_lowercase()
        .replace([' ', '-'], "_");
    NAMES
        .iter()
        .find(|(_, names)| names.contains(&key.as_str()))
        .map(|(field, _)| *field)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn headers_match_across_layouts_and_case() {
        assert_eq!(field_of("AK_ID"), Some(Field::ActionKitId));
        assert_eq!(field_of("\u{feff}AK_ID"), Some(Field::ActionKitId));
        assert_eq!(field_of("actionkit_id"), Some(Field::ActionKitId));
        assert_eq!(field_of("Memb_status"), Some(Field::StatusLetter));
        assert_eq!(field_of("accomodations"), Some(Field::Accommodations));
        assert_eq!(field_of("Billing_Zip"), Some(Field::Zip));
        assert_eq!(field_of("yearly_dues_status"), Some(Field::DuesStatus));
        assert_eq!(field_of("race"), Some(Field::Ignored));
        assert_eq!(field_of("favorite_color"), None);
    }
}
