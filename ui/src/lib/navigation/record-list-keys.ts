/** A list of records with one selected, as the keys see it. */
export type RecordList<T extends { id: string }> = {
  items: readonly T[];
  selected: T | null;
  neighbour(delta: number): T | null;
};

export type ListKeyEvent = Pick<KeyboardEvent, "key" | "preventDefault" | "altKey" | "ctrlKey" | "metaKey">;

export type RecordListKeyOptions = {
  /** Rows Page Up and Page Down jump; without it those keys are left alone. */
  pageJump?: number;
  /** Whether Home and End go to the first and the last (yes unless told otherwise). */
  homeEnd?: boolean;
};

/**
 * The keys of a list of records: ↑/↓ move the selection, Home/End go to the first and the
 * last, Enter hands the keyboard to the selected record. Page Up/Down move by `pageJump` rows
 * when given; `homeEnd: false` leaves Home and End alone (e.g. to a search box's text cursor).
 */
export function recordListKeydown<T extends { id: string }>(
  event: ListKeyEvent,
  list: RecordList<T>,
  select: (id: T["id"], options?: { focus?: boolean }) => void,
  { pageJump, homeEnd = true }: RecordListKeyOptions = {},
): void {
  if (event.altKey || event.ctrlKey || event.metaKey) return;
  if (event.key === "Enter") {
    const record = list.selected ?? list.neighbour(1);
    if (!record) return;
    event.preventDefault();
    select(record.id, { focus: true });
    return;
  }
  const moves: Record<string, () => T | null> = {
    ArrowDown: () => list.neighbour(1),
    ArrowUp: () => list.neighbour(-1),
  };
  if (pageJump !== undefined) {
    moves.PageDown = () => list.neighbour(pageJump);
    moves.PageUp = () => list.neighbour(-pageJump);
  }
  if (homeEnd) {
    moves.Home = () => list.items[0] ?? null;
    moves.End = () => list.items.at(-1) ?? null;
  }
  const move = moves[event.key];
  if (!move) return;
  event.preventDefault();
  const target = move();
  if (target && target.id !== list.selected?.id) select(target.id);
}
