import { toAppError, type AppError } from "../api/errors";
import type { Assessment } from "../api/types";
import { LatestOnly } from "../people/latest-only";

export type ListAssessments = () => Promise<Assessment[]>;

/** Every assessment, newest first, and which one is selected. */
export class AssessmentList {
  assessments = $state.raw<Assessment[]>([]);
  loaded = $state(false);
  error = $state<AppError | null>(null);
  selectedId = $state<string | null>(null);

  readonly selectedIndex: number = $derived(
    this.selectedId === null ? -1 : this.assessments.findIndex((a) => a.id === this.selectedId),
  );
  readonly selected: Assessment | null = $derived(this.assessments[this.selectedIndex] ?? null);
  /** The chapter has no assessments yet. */
  readonly isEmpty: boolean = $derived(this.loaded && this.assessments.length === 0);

  readonly #list: ListAssessments;
  readonly #latest = new LatestOnly();

  constructor(list: ListAssessments) {
    this.#list = list;
  }

  async load(): Promise<void> {
    const ticket = this.#latest.next();
    try {
      const assessments = await this.#list();
      if (!this.#latest.isCurrent(ticket)) return;
      this.assessments = assessments;
      this.error = null;
      this.loaded = true;
    } catch (reason) {
      if (this.#latest.isCurrent(ticket)) this.error = toAppError(reason);
    }
  }

  /** The assessment `delta` rows away from the selection (first or last when none is). */
  neighbour(delta: number): Assessment | null {
    if (this.assessments.length === 0) return null;
    const from = this.selectedIndex;
    const to = from === -1 ? (delta > 0 ? 0 : this.assessments.length - 1) : from + delta;
    return this.assessments[Math.max(0, Math.min(this.assessments.length - 1, to))] ?? null;
  }

  reset(): void {
    this.#latest.invalidate();
    this.assessments = [];
    this.loaded = false;
    this.error = null;
    this.selectedId = null;
  }
}
