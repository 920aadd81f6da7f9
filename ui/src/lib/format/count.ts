// The UI is in English; a fixed locale keeps "1,024" the same on every laptop and in tests.
const counts = new Intl.NumberFormat("en-US", { maximumFractionDigits: 0 });

/** "1,024" */
export function formatCount(n: number): string {
  return counts.format(n);
}

/** "1 page", "1,024 pages" */
export function formatCounted(n: number, one: string, many: string): string {
  return `${formatCount(n)} ${n === 1 ? one : many}`;
}

/** "412 of 1,024 pages"; just "412 pages" while the total is not known yet. */
export function formatProgressCount(done: number, total: number, unit: string): string {
  if (total <= 0) return `${formatCount(done)} ${unit}`;
  return `${formatCount(Math.min(done, total))} of ${formatCount(total)} ${unit}`;
}

/** Whole percent for a progress bar, never past 100, 0 when the total is unknown. */
export function percentDone(done: number, total: number): number {
  if (total <= 0 || done <= 0) return 0;
  return Math.min(100, Math.floor((done / total) * 100));
}

/** What a job's progress bar shows: its percent, or null (a bar without one) until a total is known. */
export function progressPercent(progress: { done: number; total: number } | null): number | null {
  return progress && progress.total > 0 ? percentDone(progress.done, progress.total) : null;
}
