import type { PersonSummary } from "../api/types";
import { recordListKeydown, type ListKeyEvent } from "../navigation/record-list-keys";

/** What the keys need from the People area. */
export type ListKeyTarget = {
  list: {
    people: readonly PersonSummary[];
    selected: PersonSummary | null;
    neighbour(delta: number): PersonSummary | null;
  };
  select(id: string, options?: { focus?: boolean }): void;
};

/** Rows a Page Up or Page Down jumps. */
export const PAGE_JUMP = 10;

/**
 * The people list's keys, shared by the search box and the list itself: ↑/↓ (and Page Up/Down)
 * move the selection, Enter opens the selected person, or the first row when none is. Home and
 * End only count in the list, where they do not fight the text cursor.
 */
export function listKeydown(
  event: ListKeyEvent,
  people: ListKeyTarget,
  { inList = false }: { inList?: boolean } = {},
): void {
  const list = people.list;
  recordListKeydown(
    event,
    { items: list.people, selected: list.selected, neighbour: (d) => list.neighbour(d) },
    people.select.bind(people),
    { pageJump: PAGE_JUMP, homeEnd: inList },
  );
}
