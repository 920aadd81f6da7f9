// Where the cursor goes along a walk sheet: the doors in the order they are walked, those
// nobody knocks (do not contact) passed over. `null` is the end of the sheet, after its last
// door, where Enter goes on to the next sheet.

/** A row of the sheet as the cursor sees it. */
export type WalkRow = { knock: boolean; entered: boolean };

/** The first door to knock without a result yet; null when every one has one. */
export function firstOpen(rows: readonly WalkRow[]): number | null {
  const index = rows.findIndex((row) => row.knock && !row.entered);
  return index < 0 ? null : index;
}

/** The next door to knock after `from` (the first one from the start for -1); null past the last. */
export function nextDoor(rows: readonly WalkRow[], from: number): number | null {
  for (let i = from + 1; i < rows.length; i++) if (rows[i].knock) return i;
  return null;
}

/** The door to knock before `from` (the last one from the end, null); stays on the first. */
export function previousDoor(rows: readonly WalkRow[], from: number | null): number | null {
  const start = from === null ? rows.length : from;
  for (let i = start - 1; i >= 0; i--) if (rows[i].knock) return i;
  return from === null ? null : from;
}

/** The next door to knock after `from` that has no result yet; null when none is left after it. */
export function nextOpen(rows: readonly WalkRow[], from: number): number | null {
  for (let i = from + 1; i < rows.length; i++) if (rows[i].knock && !rows[i].entered) return i;
  return null;
}
