import type { Meeting } from "../api/types";

/** What the keys need from the Meetings area. */
export type MeetingKeyTarget = {
  list: {
    meetings: readonly Meeting[];
    selected: Meeting | null;
    neighbour(delta: number): Meeting | null;
  };
  select(id: string, options?: { focus?: boolean }): void;
};

/**
 * The meeting list's keys: ↑/↓ move the selection, Home/End go to the newest and the oldest,
 * Enter hands the keyboard to the selected meeting's record.
 */
export function meetingListKeydown(
  event: Pick<KeyboardEvent, "key" | "preventDefault" | "altKey" | "ctrlKey" | "metaKey">,
  meetings: MeetingKeyTarget,
): void {
  if (event.altKey || event.ctrlKey || event.metaKey) return;
  const list = meetings.list;
  if (event.key === "Enter") {
    const meeting = list.selected ?? list.neighbour(1);
    if (!meeting) return;
    event.preventDefault();
    meetings.select(meeting.id, { focus: true });
    return;
  }
  const moves: Record<string, () => Meeting | null> = {
    ArrowDown: () => list.neighbour(1),
    ArrowUp: () => list.neighbour(-1),
    Home: () => list.meetings[0] ?? null,
    End: () => list.meetings.at(-1) ?? null,
  };
  const move = moves[event.key];
  if (!move) return;
  event.preventDefault();
  const target = move();
  if (target && target.id !== list.selected?.id) meetings.select(target.id);
}
