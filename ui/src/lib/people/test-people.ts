// Invented records for the unit tests of the People area.
import type {
  DuplicatePair,
  FollowUp,
  Likeness,
  MergeComparison,
  OneOnOne,
  Person,
  PersonDetail,
  PersonSummary,
} from "../api/types";
import { oneOnOneId, personId } from "../test-ids";
import { Duplicates, type DuplicatePorts } from "./duplicates.svelte";

export function person(over: Partial<Person> = {}): Person {
  return {
    id: personId("p-1"),
    first_name: "Rosa",
    last_name: "Delgado",
    preferred_name: null,
    pronouns: "she/her",
    phones: [{ number: "(312) 555-0142", e164: "+13125550142", shown: "(312) 555-0142", label: "cell" }],
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
    id: personId(id),
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
    id: oneOnOneId("o-1"),
    person_id: personId("p-1"),
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
    one_on_one_id: oneOnOneId("o-1"),
    person_id: personId("p-1"),
    person_name: "Rosa Delgado",
    held_by: "Marcus",
    next_step: "Bring her to the tenant meeting",
    follow_up_on: "2026-03-10",
    due: true,
    overdue: false,
    ...over,
  };
}

export function duplicatePair(
  a: string,
  b: string,
  likeness: Likeness[] = [{ kind: "same_phone", phone: "+16175550143" }],
): DuplicatePair {
  return { a: summary(a, { display_name: `Person ${a}` }), b: summary(b), likeness };
}

/** Two records of Ana: the older one (a) and one typed in later from a sign-in sheet (b). */
export function comparison(over: Partial<MergeComparison> = {}): MergeComparison {
  return {
    a: person({
      id: personId("a"),
      first_name: "Ana",
      last_name: "Ruiz",
      pronouns: null,
      phones: [{ number: "617-555-0143", e164: "+16175550143", shown: "(617) 555-0143", label: "cell" }],
      emails: ["ana@example.org"],
      workplace: null,
      created_at: "2026-01-10T18:00:00.000Z",
    }),
    b: person({
      id: personId("b"),
      first_name: "Ana María",
      last_name: "Ruiz",
      pronouns: "she/her",
      phones: [
        { number: "(617) 555-0143", e164: "+16175550143", shown: "(617) 555-0143", label: null },
        { number: "617 555 0199", e164: "+16175550199", shown: "(617) 555-0199", label: "work" },
      ],
      emails: ["ANA@example.org", "ana.ruiz@example.net"],
      workplace: "Stop & Shop",
      do_not_text: true,
      source: "sign-in",
      created_at: "2026-03-03T21:00:00.000Z",
    }),
    a_history: { one_on_ones: 1, meetings: 0, ladder_changes: 0 },
    b_history: { one_on_ones: 2, meetings: 3, ladder_changes: 1 },
    differing: ["name", "pronouns", "workplace"],
    ...over,
  };
}

/** The duplicates state with nothing behind it but what a test hands in. */
export function fakeDuplicates(over: Partial<DuplicatePorts> = {}): Duplicates {
  return new Duplicates({
    findDuplicates: async () => ({ pairs: [], total: 0 }),
    comparePeople: async () => comparison(),
    mergePeople: async (request) => detail({ id: request.keep }),
    markNotDuplicates: async () => {},
    organizer: () => "",
    ...over,
  });
}
