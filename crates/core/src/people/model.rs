//! What Groundwork knows about a person.

use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::ids::PersonId;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum Weekday {
    Mon,
    Tue,
    Wed,
    Thu,
    Fri,
    Sat,
    Sun,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum DayPart {
    Morning,
    Afternoon,
    Evening,
}

/// A part of a week when someone can usually come.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize, TS)]
pub struct Slot {
    pub day: Weekday,
    pub part: DayPart,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum WorkSchedule {
    #[default]
    Unknown,
    Days,
    Evenings,
    Nights,
    Rotating,
    Irregular,
    NotWorking,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum Transport {
    #[default]
    Unknown,
    Car,
    Transit,
    WalkOrBike,
    NeedsRide,
}

/// The life responsibilities that shape when and how someone can show up.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize, TS)]
pub struct Responsibilities {
    pub children: u8,
    /// Needs childcare to come to a meeting.
    pub needs_childcare: bool,
    /// Cares for a parent or a disabled family member.
    pub cares_for_adult: bool,
    pub caregiving_note: Option<String>,
    pub work_schedule: WorkSchedule,
    pub transport: Transport,
}

#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize, TS)]
pub struct Address {
    pub street: Option<String>,
    pub unit: Option<String>,
    pub city: Option<String>,
    pub state: Option<String>,
    pub zip: Option<String>,
}

/// A phone number as typed, with its E.164 form when it could be read.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct Phone {
    pub number: String,
    pub e164: Option<String>,
    /// How screens and paper show it ([`super::phone::shown`]); `number` stays as typed.
    pub shown: String,
    pub label: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize, TS)]
pub struct PhoneInput {
    pub number: String,
    pub label: Option<String>,
}

impl From<Phone> for PhoneInput {
    /// The phone as typed: its E.164 form is worked out again whenever it is written.
    fn from(p: Phone) -> Self {
        PhoneInput {
            number: p.number,
            label: p.label,
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum MembershipStatus {
    GoodStanding,
    Member,
    Lapsed,
}

impl MembershipStatus {
    pub fn code(self) -> &'static str {
        match self {
            MembershipStatus::GoodStanding => "good_standing",
            MembershipStatus::Member => "member",
            MembershipStatus::Lapsed => "lapsed",
        }
    }
}

/// Membership facts, as the national list has them. Organizers read them; imports write them.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize, TS)]
pub struct Membership {
    pub actionkit_id: Option<String>,
    pub status: Option<MembershipStatus>,
    pub member_type: Option<String>,
    pub dues_status: Option<String>,
    /// YYYY-MM-DD
    pub join_date: Option<String>,
    /// YYYY-MM-DD
    pub expires_on: Option<String>,
}

/// Everything organizers write about a person: what they are entered and edited with, and
/// the same again when read back. `P` is how phones are held: as typed ([`PhoneInput`]) when
/// written, with their E.164 form ([`Phone`]) when read. The first phone and email are the
/// primary ones.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize, TS)]
pub struct PersonFields<P> {
    pub first_name: String,
    pub last_name: String,
    pub preferred_name: Option<String>,
    pub pronouns: Option<String>,
    pub phones: Vec<P>,
    pub emails: Vec<String>,
    pub address: Address,
    /// Languages spoken, most comfortable first.
    pub languages: Vec<String>,
    pub preferred_language: Option<String>,
    pub union_name: Option<String>,
    pub union_local: Option<String>,
    pub is_student: bool,
    pub workplace: Option<String>,
    pub tags: Vec<String>,
    pub do_not_call: bool,
    pub do_not_text: bool,
    pub do_not_email: bool,
    pub access_needs: Option<String>,
    pub notes: Option<String>,
    pub responsibilities: Responsibilities,
    pub availability: Vec<Slot>,
}

/// What a person is created or edited with.
pub type PersonInput = PersonFields<PhoneInput>;

impl<P> PersonFields<P> {
    /// The same fields, with each phone held another way.
    pub fn map_phones<Q>(self, f: impl FnMut(P) -> Q) -> PersonFields<Q> {
        PersonFields {
            phones: self.phones.into_iter().map(f).collect(),
            first_name: self.first_name,
            last_name: self.last_name,
            preferred_name: self.preferred_name,
            pronouns: self.pronouns,
            emails: self.emails,
            address: self.address,
            languages: self.languages,
            preferred_language: self.preferred_language,
            union_name: self.union_name,
            union_local: self.union_local,
            is_student: self.is_student,
            workplace: self.workplace,
            tags: self.tags,
            do_not_call: self.do_not_call,
            do_not_text: self.do_not_text,
            do_not_email: self.do_not_email,
            access_needs: self.access_needs,
            notes: self.notes,
            responsibilities: self.responsibilities,
            availability: self.availability,
        }
    }
}

/// A person as stored: what organizers wrote, plus what Groundwork and other tools keep.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct Person {
    pub id: PersonId,
    #[serde(flatten)]
    #[ts(flatten)]
    pub fields: PersonFields<Phone>,
    pub membership: Membership,
    /// The key of the person's ladder level.
    pub ladder_level: String,
    /// VAN's id for them, once a VAN export named them.
    pub van_id: Option<String>,
    /// Columns other tools carry (a Spoke list's custom fields), kept as they came.
    pub custom_fields: Vec<CustomField>,
    /// Where they first came from: "entered", "national list", "sign-in", "spoke", ...
    pub source: String,
    pub is_sample: bool,
    pub created_at: String,
    pub updated_at: String,
}

/// A column another tool carries for a person, kept as it came.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct CustomField {
    pub name: String,
    pub value: String,
    /// The tool it came from ("Spoke contact list").
    pub source: String,
}

impl Person {
    /// The name to greet someone by: their preferred name if they gave one.
    pub fn display_name(&self) -> String {
        let f = &self.fields;
        display_name(f.preferred_name.as_deref(), &f.first_name, &f.last_name)
    }
}

pub fn display_name(preferred: Option<&str>, first: &str, last: &str) -> String {
    let given = preferred
        .map(str::trim)
        .filter(|p| !p.is_empty())
        .unwrap_or(first.trim());
    [given, last.trim()]
        .iter()
        .filter(|s| !s.is_empty())
        .copied()
        .collect::<Vec<_>>()
        .join(" ")
}

/// One line of a people list.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct PersonSummary {
    pub id: PersonId,
    pub display_name: String,
    /// The first phone, as shown ([`super::phone::shown`]).
    pub phone: Option<String>,
    pub email: Option<String>,
    pub zip: Option<String>,
    pub ladder_level: String,
    pub membership_status: Option<MembershipStatus>,
    pub needs_childcare: bool,
    pub is_sample: bool,
}

/// A search as you type, with filters; every filter is optional.
#[derive(Debug, Clone, PartialEq, Eq, Default, Deserialize, TS)]
pub struct PeopleQuery {
    pub text: String,
    pub membership_status: Option<MembershipStatus>,
    pub ladder_level: Option<String>,
    pub tag: Option<String>,
    pub language: Option<String>,
    pub needs_childcare: Option<bool>,
    pub zip: Option<String>,
    pub limit: Option<u32>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct PeoplePage {
    pub people: Vec<PersonSummary>,
    /// How many match in all, beyond the page returned.
    pub total: u32,
}

/// Where a new person came from, kept on the record.
#[derive(Debug, Clone, Copy)]
pub struct Origin<'a> {
    pub source: &'a str,
    pub is_sample: bool,
}

impl Origin<'_> {
    pub const ENTERED: Origin<'static> = Origin {
        source: "entered",
        is_sample: false,
    };
}
