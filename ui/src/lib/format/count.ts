import { formatNumber } from "../i18n/intl";
import { t } from "../i18n/locale.svelte";

/** "1,024": grouped the way the screen's language groups (`Intl`). */
export function formatCount(n: number): string {
  return formatNumber(n);
}

/** "412 of 1,024 pages"; just "412 pages" while the total is not known yet. */
export function formatProgressCount(done: number, total: number, unit: string): string {
  if (total <= 0) return t("progress-count-open", { done, unit });
  return t("progress-count", { done: Math.min(done, total), total, unit });
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
