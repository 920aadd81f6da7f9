// Invented records for the unit tests of the People area.
import type { FollowUp, OneOnOne, Person, PersonDetail, PersonSummary } from "../api/types";

export function person(over: Partial<Person> = {}): Person {
  return {
    id: "p-1",
    first_name: "Rosa",
    last_name: "Delgado",
    preferred_name: null,
    pronouns: "she/her",
    phones: [{ number: "(312) 555-0142", e164: "+13125550142", label: "cell" }],
    emails: ["rosa@example.org"],
    address: { street: "1432 W Cermak Rd", unit: "2F", city: "Chicago", state: "IL", zip: "60608" },
    languages: ["Spanish", "English"],
    preferred_language: "Spanish",
    union_name: null,
    union_local: null,
    is_student: false,
    workplace: "St. Anthony Hospital",
    tags: ["tenant union"],
    do_not_call: false,
    do_not_text: false,
    do_not_email: false,
    access_needs: null,
    notes: null,
    responsibilities: {
      children: 2,
      needs_childcare: true,
      cares_for_adult: false,
      caregiving_note: null,
      work_schedule: "nights",
      transport: "transit",
    },
    availability: [
      { day: "sat", part: "morning" },
      { day: "mon", part: "evening" },
    ],
    membership: {
      actionkit_id: null,
      status: null,
      member_type: null,
      dues_status: null,
      join_date: null,
      expires_on: null,
    },
    ladder_level: "contact",
    van_id: null,
    custom_fields: [],
    source: "entered",
    is_sample: false,
    created_at: "2026-03-01T18:00:00Z",
    updated_at: "2026-03-01T18:00:00Z",
    ...over,
  };
}

export function detail(over: Partial<Person> = {}): PersonDetail {
  return {
    person: person(over),
    one_on_ones: [],
    ladder_history: [],
    suggestion: null,
    attendance: [],
    possible_duplicates: [],
    merged_records: [],
  };
}

export function summary(id: string, over: Partial<PersonSummary> = {}): PersonSummary {
  return {
    id,
    display_name: `Person ${id}`,
    phone: null,
    email: null,
    zip: null,
    ladder_level: "contact",
    membership_status: null,
    needs_childcare: false,
    is_sample: false,
    ...over,
  };
}

export function oneOnOne(over: Partial<OneOnOne> = {}): OneOnOne {
  return {
    id: "o-1",
    person_id: "p-1",
    held_on: "2026-03-03",
    held_by: "Marcus",
    story: null,
    cares_about: null,
    agreed_to: null,
    next_step: null,
    follow_up_on: null,
    follow_up_done: false,
    created_at: "2026-03-03T20:00:00Z",
    ...over,
  };
}

export function followUp(over: Partial<FollowUp> = {}): FollowUp {
  return {
    one_on_one_id: "o-1",
    person_id: "p-1",
    person_name: "Rosa Delgado",
    held_by: "Marcus",
    next_step: "Bring her to the tenant meeting",
    follow_up_on: "2026-03-10",
    overdue: false,
    ...over,
  };
}
