/** The row `delta` rows away from `selected` (the first or last row when none is selected). */
export function neighbourIn<T>(rows: readonly T[], selected: number, delta: number): T | null {
  if (rows.length === 0) return null;
  const to = selected === -1 ? (delta > 0 ? 0 : rows.length - 1) : selected + delta;
  return rows[Math.max(0, Math.min(rows.length - 1, to))] ?? null;
}
