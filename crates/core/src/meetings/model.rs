//! What Groundwork keeps about a meeting and who came.

use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::ids::{MeetingId, PersonId};
use crate::people::PersonSummary;
use crate::settings::{LanguageChoice, PaperSize};

#[derive(Debug, Clone, PartialEq, Eq, Default, Deserialize, TS)]
pub struct MeetingInput {
    pub title: String,
    /// Local time in the chapter's zone, "YYYY-MM-DDTHH:MM".
    pub starts_at: String,
    pub ends_at: Option<String>,
    pub place: Option<String>,
    pub childcare: bool,
    /// Languages interpreted at the meeting.
    pub interpretation: Vec<String>,
    pub food: bool,
    pub step_free: bool,
    pub notes: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct Meeting {
    pub id: MeetingId,
    pub title: String,
    /// Local time in the chapter's zone, "YYYY-MM-DDTHH:MM".
    pub starts_at: String,
    pub ends_at: Option<String>,
    pub place: Option<String>,
    pub childcare: bool,
    pub interpretation: Vec<String>,
    pub food: bool,
    pub step_free: bool,
    pub notes: Option<String>,
    /// How many people signed in.
    pub attended: u32,
    pub created_at: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct Attendance {
    pub person_id: PersonId,
    pub display_name: String,
    /// Their first meeting with the chapter.
    pub first_time: bool,
    /// They need childcare to come next time.
    pub needs_childcare: bool,
    pub recorded_at: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct MeetingDetail {
    pub meeting: Meeting,
    pub attendees: Vec<Attendance>,
}

/// A known person who may be the name just typed from a sheet.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct AttendeeMatch {
    pub person_id: PersonId,
    pub display_name: String,
    /// Phone, ZIP or email: enough to tell two people of the same name apart.
    pub detail: Option<String>,
    pub already_signed_in: bool,
}

/// Someone on the sheet the chapter did not know yet.
#[derive(Debug, Clone, PartialEq, Eq, Default, Deserialize, TS)]
pub struct NewAttendee {
    pub first_name: String,
    pub last_name: String,
    pub phone: Option<String>,
    pub email: Option<String>,
    pub zip: Option<String>,
    pub preferred_language: Option<String>,
    pub wants_childcare: bool,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct SignInSummary {
    pub attended: u32,
    pub new_people: u32,
    /// The people new at this meeting: who to follow up with.
    pub follow_up: Vec<PersonSummary>,
}

#[derive(Debug, Clone, PartialEq, Eq, Deserialize, TS)]
pub struct MeetingSignInRequest {
    pub meeting_id: MeetingId,
    pub lang: Option<LanguageChoice>,
    pub paper: Option<PaperSize>,
    /// Pre-print the names of people expected (who came before), to tick.
    pub expected_names: bool,
}

/// A meeting someone came to, as their record lists it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct AttendedMeeting {
    pub meeting_id: MeetingId,
    pub title: String,
    /// Local time in the chapter's zone, "YYYY-MM-DDTHH:MM".
    pub starts_at: String,
    pub first_time: bool,
}
