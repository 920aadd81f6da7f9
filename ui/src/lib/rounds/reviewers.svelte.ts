import * as nationalClient from "../api/client/national";
import { toAppError, type AppError } from "../api/errors";
import type { Reviewer } from "../api/types";
import { Draft, type FieldErrors } from "../forms/draft.svelte";
import { saveDraft } from "../forms/save-draft";
import { t } from "../i18n/locale.svelte";
import { LatestOnly } from "../navigation/latest-only";

export type ReviewersPorts = Pick<typeof nationalClient, "listReviewers" | "addReviewer">;

function validateName(values: { name: string }): FieldErrors {
  return values.name.trim() === "" ? { name: t("rounds-reviewer-name-missing") } : {};
}

/** "Add a reviewer": a name. */
export class ReviewerDraft extends Draft<{ name: string }> {
  constructor() {
    super({ name: "" }, validateName, ["name"]);
  }

  submit(): string | null {
    return this.attempt() ? this.values.name.trim() : null;
  }
}

/**
 * The committee's reviewers, the same in every round, and the form adding one (always on the
 * round's page: a reviewer is added in the middle of reviewing).
 */
export class Reviewers {
  reviewers = $state.raw<Reviewer[]>([]);
  error = $state<AppError | null>(null);
  adding = $state(new ReviewerDraft());
  /** The reviewer just added, said under the form until the next one is typed. */
  added = $state<Reviewer | null>(null);

  readonly #ports: ReviewersPorts;
  readonly #latest = new LatestOnly();

  constructor(ports: ReviewersPorts = nationalClient) {
    this.#ports = ports;
  }

  async load(): Promise<void> {
    const ticket = this.#latest.next();
    try {
      const reviewers = await this.#ports.listReviewers();
      if (!this.#latest.isCurrent(ticket)) return;
      this.reviewers = reviewers;
      this.error = null;
    } catch (reason) {
      if (this.#latest.isCurrent(ticket)) this.error = toAppError(reason);
    }
  }

  name(id: Reviewer["id"] | null): string | null {
    return this.reviewers.find((r) => r.id === id)?.name ?? null;
  }

  /** Adds the reviewer typed; a name already on the committee is refused, beside the form. */
  async add(): Promise<boolean> {
    const draft = this.adding;
    return saveDraft(draft, async (name) => {
      const reviewer = await this.#ports.addReviewer(name);
      this.added = reviewer;
      this.adding = new ReviewerDraft();
      await this.load();
    });
  }

  reset(): void {
    this.#latest.invalidate();
    this.reviewers = [];
    this.error = null;
    this.adding = new ReviewerDraft();
    this.added = null;
  }
}
