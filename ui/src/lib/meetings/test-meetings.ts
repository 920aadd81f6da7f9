// Invented records for the unit tests of the Meetings area.
import type { AttendeeMatch, Attendance, Meeting, MeetingDetail } from "../api/types";
import { meetingId, personId } from "../test-ids";

export function meeting(over: Partial<Meeting> = {}): Meeting {
  return {
    id: meetingId("m-1"),
    title: "Tenant meeting",
    starts_at: "2026-03-03T18:30",
    ends_at: "2026-03-03T20:00",
    place: "St. Pius church basement",
    childcare: true,
    interpretation: ["Spanish"],
    food: true,
    step_free: false,
    notes: null,
    attended: 0,
    created_at: "2026-02-20T18:00:00Z",
    ...over,
  };
}

export function attendance(id: string, over: Partial<Attendance> = {}): Attendance {
  return {
    person_id: personId(id),
    display_name: `Person ${id}`,
    first_time: false,
    needs_childcare: false,
    recorded_at: "2026-03-04T02:00:00Z",
    ...over,
  };
}

export function meetingDetail(attendees: Attendance[] = [], over: Partial<Meeting> = {}): MeetingDetail {
  return { meeting: meeting({ attended: attendees.length, ...over }), attendees };
}

export function match(id: string, over: Partial<AttendeeMatch> = {}): AttendeeMatch {
  return {
    person_id: personId(id),
    display_name: `Person ${id}`,
    detail: "(312) 555-0142",
    already_signed_in: false,
    ...over,
  };
}
