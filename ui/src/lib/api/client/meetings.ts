// Meetings: the list, one meeting's facts, who came (typed in from a filled sign-in sheet), and
// the meeting's own sign-in sheet.
import type { MeetingId, PersonId } from "../types/ids";
import type {
  AttendeeMatch,
  Meeting,
  MeetingDetail,
  MeetingInput,
  MeetingSignInRequest,
  NewAttendee,
  PrintedFile,
  SignInSummary,
} from "../types";
import { call } from "./call";

/** Every meeting, newest first. */
export function listMeetings(): Promise<Meeting[]> {
  return call("list_meetings");
}

export function createMeeting(input: MeetingInput): Promise<MeetingDetail> {
  return call("create_meeting", { input });
}

export function updateMeeting(id: MeetingId, input: MeetingInput): Promise<MeetingDetail> {
  return call("update_meeting", { id, input });
}

export function getMeeting(id: MeetingId): Promise<MeetingDetail> {
  return call("get_meeting", { id });
}

/** Who a name typed from a sign-in sheet may be: best first, up to 8. Fast enough per keystroke. */
export function matchAttendee(meetingId: MeetingId, text: string): Promise<AttendeeMatch[]> {
  return call("match_attendee", { meetingId, text });
}

/** Marks someone present; answers with the meeting as it now stands. */
export function recordAttendance(meetingId: MeetingId, personId: PersonId): Promise<MeetingDetail> {
  return call("record_attendance", { meetingId, personId });
}

/** Adds someone the chapter did not know yet and marks them present, for the first time. */
export function addNewAttendee(meetingId: MeetingId, attendee: NewAttendee): Promise<MeetingDetail> {
  return call("add_new_attendee", { meetingId, attendee });
}

/** Takes a mark back (undo); the person stays in the chapter. */
export function removeAttendance(meetingId: MeetingId, personId: PersonId): Promise<MeetingDetail> {
  return call("remove_attendance", { meetingId, personId });
}

/** How many came, how many were new, and the new people to follow up with. */
export function signInSummary(meetingId: MeetingId): Promise<SignInSummary> {
  return call("sign_in_summary", { meetingId });
}

/** Writes the meeting's sign-in sheet as a PDF into the print folder. */
export function printMeetingSignIn(request: MeetingSignInRequest): Promise<PrintedFile> {
  return call("print_meeting_sign_in", { request });
}
