import type { MeetingId } from "../api/types";
import type { Navigation } from "../navigation/navigation.svelte";
import type { Meetings } from "./meetings.svelte";

/**
 * Shows a meeting in Meetings, where its sign-ins are entered, as a training session's
 * "Sign-ins" asks (a session is a meeting).
 */
export function openInMeetings(
  meetings: Pick<Meetings, "select">,
  navigation: Pick<Navigation, "go">,
  meetingId: MeetingId,
): void {
  meetings.select(meetingId, { focus: true });
  navigation.go("meetings");
}
