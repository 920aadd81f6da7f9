import * as needsClient from "../api/client/needs";
import { toAppError, type AppError } from "../api/errors";
import type { Assessment, AssessmentId } from "../api/types";
import { t } from "../i18n/locale.svelte";
import { LatestOnly } from "../navigation/latest-only";

export type ListAssessments = typeof needsClient.listAssessments;

/** One choice of "Survey at the doors". */
export type SurveyChoice = { id: AssessmentId; label: string };

/**
 * The chapter's needs assessments, whose survey a new canvass can take to the doors: fetched
 * each time the form opens, since one may have been made in Needs in the meantime.
 */
export class SurveyChoices {
  assessments = $state.raw<Assessment[]>([]);
  /** The list has come (or could not be fetched): until then the form does not say "none". */
  loaded = $state(false);
  error = $state<AppError | null>(null);

  readonly #list: ListAssessments;
  readonly #latest = new LatestOnly();

  constructor(list: ListAssessments = needsClient.listAssessments) {
    this.#list = list;
  }

  async load(): Promise<void> {
    const ticket = this.#latest.next();
    try {
      const assessments = await this.#list();
      if (!this.#latest.isCurrent(ticket)) return;
      this.assessments = assessments;
      this.error = null;
    } catch (reason) {
      if (this.#latest.isCurrent(ticket)) this.error = toAppError(reason);
    } finally {
      if (this.#latest.isCurrent(ticket)) this.loaded = true;
    }
  }

  /** Whether the chapter has no assessment to choose (once the list has come). */
  get none(): boolean {
    return this.loaded && this.error === null && this.assessments.length === 0;
  }

  /** The assessments to choose from, the sample one marked as such. */
  get choices(): SurveyChoice[] {
    return this.assessments.map((a) => ({
      id: a.id,
      label: a.is_sample ? t("canvass-survey-choice-sample", { name: a.name }) : a.name,
    }));
  }

  reset(): void {
    this.#latest.invalidate();
    this.assessments = [];
    this.loaded = false;
    this.error = null;
  }
}
