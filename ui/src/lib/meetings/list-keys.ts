import type { Meeting } from "../api/types";
import { recordListKeydown, type ListKeyEvent } from "../navigation/record-list-keys";

/** What the keys need from the Meetings area. */
export type MeetingKeyTarget = {
  list: {
    meetings: readonly Meeting[];
    selected: Meeting | null;
    neighbour(delta: number): Meeting | null;
  };
  select(id: string, options?: { focus?: boolean }): void;
};

/** The meeting list's keys (see `recordListKeydown`): newest first, oldest last. */
export function meetingListKeydown(event: ListKeyEvent, meetings: MeetingKeyTarget): void {
  const list = meetings.list;
  recordListKeydown(
    event,
    { items: list.meetings, selected: list.selected, neighbour: (d) => list.neighbour(d) },
    meetings.select.bind(meetings),
  );
}
