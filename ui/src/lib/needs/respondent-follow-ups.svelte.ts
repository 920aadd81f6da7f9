import type * as needsClient from "../api/client/needs";
import { toAppError, type AppError } from "../api/errors";
import type { AssessmentId, RespondentFollowUp, ResponseId } from "../api/types";
import { LatestOnly } from "../navigation/latest-only";

export type RespondentFollowUpPorts = Pick<typeof needsClient, "needsFollowUps" | "markRespondentFollowedUp">;

/** Respondents of the open assessment who asked to be contacted and are still waiting. */
export class RespondentFollowUps {
  /** Whose respondents are shown or being fetched. */
  id = $state<AssessmentId | null>(null);
  items = $state.raw<RespondentFollowUp[]>([]);
  loaded = $state(false);
  error = $state<AppError | null>(null);
  /** The response being marked done. */
  marking = $state<ResponseId | null>(null);
  markError = $state<{ response: ResponseId; error: AppError } | null>(null);

  readonly #ports: RespondentFollowUpPorts;
  readonly #latest = new LatestOnly();

  constructor(ports: RespondentFollowUpPorts) {
    this.#ports = ports;
  }

  async load(id: AssessmentId): Promise<void> {
    if (id !== this.id) {
      this.items = [];
      this.loaded = false;
      this.error = null;
      this.markError = null;
    }
    this.id = id;
    const ticket = this.#latest.next();
    try {
      const items = await this.#ports.needsFollowUps(id);
      if (!this.#latest.isCurrent(ticket)) return;
      this.items = items;
      this.loaded = true;
      this.error = null;
    } catch (reason) {
      if (this.#latest.isCurrent(ticket)) this.error = toAppError(reason);
    }
  }

  /** "Done": the respondent was contacted and leaves the list. One at a time. */
  async markDone(response: ResponseId): Promise<boolean> {
    if (this.marking !== null) return false;
    this.marking = response;
    this.markError = null;
    try {
      await this.#ports.markRespondentFollowedUp(response);
      this.items = this.items.filter((item) => item.response !== response);
      return true;
    } catch (reason) {
      this.markError = { response, error: toAppError(reason) };
      return false;
    } finally {
      this.marking = null;
    }
  }

  reset(): void {
    this.#latest.invalidate();
    this.id = null;
    this.items = [];
    this.loaded = false;
    this.error = null;
    this.marking = null;
    this.markError = null;
  }
}
