import type { Meeting } from "../api/types";
import { listAreaKeydown, type ListAreaTarget } from "../navigation/list-area-keys";
import type { ListKeyEvent } from "../navigation/record-list-keys";

/** What the keys need from the Meetings area. */
export type MeetingKeyTarget = ListAreaTarget<"meetings", Meeting>;

/** The meeting list's keys (see `recordListKeydown`): newest first, oldest last. */
export function meetingListKeydown(event: ListKeyEvent, meetings: MeetingKeyTarget): void {
  listAreaKeydown(event, meetings, "meetings");
}
