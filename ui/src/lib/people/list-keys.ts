import type { PersonSummary } from "../api/types";

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
  event: Pick<KeyboardEvent, "key" | "preventDefault" | "altKey" | "ctrlKey" | "metaKey">,
  people: ListKeyTarget,
  { inList = false }: { inList?: boolean } = {},
): void {
  if (event.altKey || event.ctrlKey || event.metaKey) return;
  const list = people.list;
  if (event.key === "Enter") {
    const person = list.selected ?? list.neighbour(1);
    if (!person) return;
    event.preventDefault();
    people.select(person.id, { focus: true });
    return;
  }
  const moves: Record<string, () => PersonSummary | null> = {
    ArrowDown: () => list.neighbour(1),
    ArrowUp: () => list.neighbour(-1),
    PageDown: () => list.neighbour(PAGE_JUMP),
    PageUp: () => list.neighbour(-PAGE_JUMP),
  };
  if (inList) {
    moves.Home = () => list.people[0] ?? null;
    moves.End = () => list.people.at(-1) ?? null;
  }
  const move = moves[event.key];
  if (!move) return;
  event.preventDefault();
  const target = move();
  if (target && target.id !== list.selected?.id) people.select(target.id);
}
