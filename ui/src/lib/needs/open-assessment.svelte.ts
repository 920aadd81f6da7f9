import { toAppError, type AppError } from "../api/errors";
import type { AssessmentDetail } from "../api/types";
import { LatestOnly } from "../people/latest-only";

export type GetAssessment = (id: string) => Promise<AssessmentDetail>;

/** The assessment shown on the right: its facts and its survey. */
export class OpenAssessment {
  /** Which assessment is shown or being fetched. */
  id = $state<string | null>(null);
  detail = $state.raw<AssessmentDetail | null>(null);
  loading = $state(false);
  error = $state<AppError | null>(null);
  /** Set when the record should take the keyboard focus as soon as it is on screen. */
  focusRequested = $state(false);

  readonly #get: GetAssessment;
  readonly #latest = new LatestOnly();

  constructor(get: GetAssessment) {
    this.#get = get;
  }

  /** Shows an assessment, or fetches the shown one again. Answers whether it is on screen. */
  async show(id: string | null): Promise<boolean> {
    if (id !== this.id) {
      this.detail = null;
      this.error = null;
    }
    this.id = id;
    const ticket = this.#latest.next();
    if (id === null) {
      this.loading = false;
      return false;
    }
    this.loading = true;
    try {
      const detail = await this.#get(id);
      if (!this.#latest.isCurrent(ticket)) return false;
      this.detail = detail;
      this.error = null;
      return true;
    } catch (reason) {
      if (this.#latest.isCurrent(ticket)) this.error = toAppError(reason);
      return false;
    } finally {
      if (this.#latest.isCurrent(ticket)) this.loading = false;
    }
  }

  /** After a create or a survey save answered with the fresh assessment. */
  replace(detail: AssessmentDetail): void {
    this.#latest.invalidate();
    this.id = detail.assessment.id;
    this.detail = detail;
    this.error = null;
    this.loading = false;
  }

  reset(): void {
    this.#latest.invalidate();
    this.id = null;
    this.detail = null;
    this.loading = false;
    this.error = null;
    this.focusRequested = false;
  }
}
