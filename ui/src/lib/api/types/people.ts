// Generated from the Rust types by ts-rs (src-tauri/src/ipc_types/). Do not edit:
// run `make types` after changing a type that crosses to the window.

import type { LadderChangeId, MeetingId, OneOnOneId, PersonId } from "./ids";
import type { Message } from "./messages";

export type Weekday = "mon" | "tue" | "wed" | "thu" | "fri" | "sat" | "sun";

export type DayPart = "morning" | "afternoon" | "evening";

export type Slot = { day: Weekday, part: DayPart, };

export type WorkSchedule = "unknown" | "days" | "evenings" | "nights" | "rotating" | "irregular" | "not_working";

export type Transport = "unknown" | "car" | "transit" | "walk_or_bike" | "needs_ride";

export type Responsibilities = { children: number, 
/**
 * Needs childcare to come to a meeting.
 */
needs_childcare: boolean, 
/**
 * Cares for a parent or a disabled family member.
 */
cares_for_adult: boolean, caregiving_note: string | null, work_schedule: WorkSchedule, transport: Transport, };

export type Address = { street: string | null, unit: string | null, city: string | null, state: string | null, zip: string | null, };

export type Phone = { number: string, e164: string | null, 
/**
 * How screens and paper show it ([`super::phone::shown`]); `number` stays as typed.
 */
shown: string, label: string | null, };

export type PhoneInput = { number: string, label: string | null, };

export type MembershipStatus = "good_standing" | "member" | "lapsed";

export type Membership = { actionkit_id: string | null, status: MembershipStatus | null, member_type: string | null, dues_status: string | null, 
/**
 * YYYY-MM-DD
 */
join_date: string | null, 
/**
 * YYYY-MM-DD
 */
expires_on: string | null, };

export type PersonFields<P> = { first_name: string, last_name: string, preferred_name: string | null, pronouns: string | null, phones: Array<P>, emails: Array<string>, address: Address, 
/**
 * Languages spoken, most comfortable first.
 */
languages: Array<string>, preferred_language: string | null, union_name: string | null, union_local: string | null, is_student: boolean, workplace: string | null, tags: Array<string>, do_not_call: boolean, do_not_text: boolean, do_not_email: boolean, access_needs: string | null, notes: string | null, responsibilities: Responsibilities, availability: Array<Slot>, };

export type PersonInput = PersonFields<PhoneInput>;

export type Person = { id: PersonId, membership: Membership, 
/**
 * The key of the person's ladder level.
 */
ladder_level: string, 
/**
 * VAN's id for them, once a VAN export named them.
 */
van_id: string | null, 
/**
 * Columns other tools carry (a Spoke list's custom fields), kept as they came.
 */
custom_fields: Array<CustomField>, 
/**
 * Where they first came from: "entered", "national list", "sign-in", "spoke", ...
 */
source: string, is_sample: boolean, created_at: string, updated_at: string, first_name: string, last_name: string, preferred_name: string | null, pronouns: string | null, phones: Array<Phone>, emails: Array<string>, address: Address, 
/**
 * Languages spoken, most comfortable first.
 */
languages: Array<string>, preferred_language: string | null, union_name: string | null, union_local: string | null, is_student: boolean, workplace: string | null, tags: Array<string>, do_not_call: boolean, do_not_text: boolean, do_not_email: boolean, access_needs: string | null, notes: string | null, responsibilities: Responsibilities, availability: Array<Slot>, };

export type CustomField = { name: string, value: string, 
/**
 * The tool it came from ("Spoke contact list").
 */
source: string, };

export type Likeness = { "kind": "same_email", email: string, } | { "kind": "same_phone", phone: string, } | { "kind": "same_name_and_address", name: string, street: string, };

export type DuplicatePair = { 
/**
 * The record made first (usually the one to keep).
 */
a: PersonSummary, b: PersonSummary, likeness: Array<Likeness>, };

export type DuplicateList = { 
/**
 * At most [`MOST_SHOWN`] of them.
 */
pairs: Array<DuplicatePair>, 
/**
 * Every pair found, shown or not (a list where households share a phone can make
 * thousands); those past the first few hundred come up as these are dealt with.
 */
total: number, };

export type MergeField = "name" | "pronouns" | "address" | "preferred_language" | "union" | "workplace" | "access_needs" | "responsibilities" | "membership" | "ladder_level";

export type RecordHistory = { one_on_ones: number, meetings: number, ladder_changes: number, };

export type MergeComparison = { a: Person, b: Person, a_history: RecordHistory, b_history: RecordHistory, differing: Array<MergeField>, };

export type MergeRequest = { keep: PersonId, merge: PersonId, 
/**
 * The groups whose value comes from the record merged away; every other group keeps the
 * kept record's value.
 */
take_from_merged: Array<MergeField>, merged_by: string, };

export type MergedRecord = { name: string, merged_by: string, merged_at: string, };

export type PersonSummary = { id: PersonId, display_name: string, 
/**
 * The first phone, as shown ([`super::phone::shown`]).
 */
phone: string | null, email: string | null, zip: string | null, ladder_level: string, membership_status: MembershipStatus | null, needs_childcare: boolean, is_sample: boolean, };

export type PeopleQuery = { text: string, membership_status: MembershipStatus | null, ladder_level: string | null, tag: string | null, language: string | null, needs_childcare: boolean | null, zip: string | null, limit: number | null, };

export type PeoplePage = { people: Array<PersonSummary>, 
/**
 * How many match in all, beyond the page returned.
 */
total: number, };

export type LadderLevel = { key: string, name: string, rank: number, 
/**
 * Whether the chapter gave the level its own name: a level still under its built-in name
 * is shown in the screens' language, a name the chapter chose as it was written.
 */
renamed: boolean, };

export type LadderChange = { id: LadderChangeId, from_level: string | null, to_level: string, changed_by: string, reason: string | null, changed_at: string, };

export type LadderSuggestion = { person_id: PersonId, to_level: string, 
/**
 * Why, after the level: "attended 3 meetings in the last 2 months".
 */
evidence: Message, };

export type OneOnOneInput = { person_id: PersonId, 
/**
 * YYYY-MM-DD
 */
held_on: string, 
/**
 * The organizer who held it.
 */
held_by: string, 
/**
 * Their story.
 */
story: string | null, 
/**
 * What they care about, and why.
 */
cares_about: string | null, 
/**
 * What they agreed to do.
 */
agreed_to: string | null, next_step: string | null, 
/**
 * YYYY-MM-DD
 */
follow_up_on: string | null, };

export type OneOnOne = { id: OneOnOneId, follow_up_done: boolean, created_at: string, person_id: PersonId, 
/**
 * YYYY-MM-DD
 */
held_on: string, 
/**
 * The organizer who held it.
 */
held_by: string, 
/**
 * Their story.
 */
story: string | null, 
/**
 * What they care about, and why.
 */
cares_about: string | null, 
/**
 * What they agreed to do.
 */
agreed_to: string | null, next_step: string | null, 
/**
 * YYYY-MM-DD
 */
follow_up_on: string | null, };

export type AttendedMeeting = { meeting_id: MeetingId, title: string, 
/**
 * Local time in the chapter's zone, "YYYY-MM-DDTHH:MM".
 */
starts_at: string, first_time: boolean, };

export type PersonDetail = { person: Person, one_on_ones: Array<OneOnOne>, ladder_history: Array<LadderChange>, 
/**
 * A move up that attendance supports; an organizer decides.
 */
suggestion: LadderSuggestion | null, 
/**
 * Meetings they signed in at, newest first.
 */
attendance: Array<AttendedMeeting>, 
/**
 * Other records that look like the same person.
 */
possible_duplicates: Array<DuplicatePair>, 
/**
 * Records merged into this one, newest first.
 */
merged_records: Array<MergedRecord>, };

export type FollowUp = { one_on_one_id: OneOnOneId, person_id: PersonId, person_name: string, held_by: string, next_step: string | null, follow_up_on: string, 
/**
 * The day has come: today or earlier. Only these count as "due"; the others are coming up.
 */
due: boolean, 
/**
 * The date has passed.
 */
overdue: boolean, };
