// Generated from the Rust types by ts-rs (src-tauri/src/ipc_types/). Do not edit:
// run `make types` after changing a type that crosses to the window.

import type { LanguageChoice, PaperSize } from "./chapter";
import type { MeetingId, PersonId } from "./ids";
import type { PersonSummary } from "./people";

export type MeetingInput = { title: string, 
/**
 * Local time in the chapter's zone, "YYYY-MM-DDTHH:MM".
 */
starts_at: string, ends_at: string | null, place: string | null, childcare: boolean, 
/**
 * Languages interpreted at the meeting.
 */
interpretation: Array<string>, food: boolean, step_free: boolean, notes: string | null, };

export type Meeting = { id: MeetingId, title: string, 
/**
 * Local time in the chapter's zone, "YYYY-MM-DDTHH:MM".
 */
starts_at: string, ends_at: string | null, place: string | null, childcare: boolean, interpretation: Array<string>, food: boolean, step_free: boolean, notes: string | null, 
/**
 * How many people signed in.
 */
attended: number, created_at: string, };

export type Attendance = { person_id: PersonId, display_name: string, 
/**
 * Their first meeting with the chapter.
 */
first_time: boolean, 
/**
 * They need childcare to come next time.
 */
needs_childcare: boolean, recorded_at: string, };

export type MeetingDetail = { meeting: Meeting, attendees: Array<Attendance>, };

export type AttendeeMatch = { person_id: PersonId, display_name: string, 
/**
 * Phone, ZIP or email: enough to tell two people of the same name apart.
 */
detail: string | null, already_signed_in: boolean, };

export type NewAttendee = { first_name: string, last_name: string, phone: string | null, email: string | null, zip: string | null, preferred_language: string | null, wants_childcare: boolean, };

export type SignInSummary = { attended: number, new_people: number, 
/**
 * The people new at this meeting: who to follow up with.
 */
follow_up: Array<PersonSummary>, };

export type MeetingSignInRequest = { meeting_id: MeetingId, lang: LanguageChoice | null, paper: PaperSize | null, 
/**
 * Pre-print the names of people expected (who came before), to tick.
 */
expected_names: boolean, };
