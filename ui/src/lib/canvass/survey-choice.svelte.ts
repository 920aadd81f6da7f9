import * as needsClient from "../api/client/needs";
import { toAppError, type AppError } from "../api/errors";
import type { Assessment } from "../api/types";

export type SurveyChoicePorts = Pick<typeof needsClient, "listAssessments">;

/**
 * The needs assessments a canvass can take to its doors, fetched when a form asks for them.
 */
export class SurveyChoice {
  assessments = $state.raw<readonly Assessment[]>([]);
  loaded = $state(false);
  error = $state<AppError | null>(null);

  readonly #ports: SurveyChoicePorts;

  constructor(ports: SurveyChoicePorts = { listAssessments: needsClient.listAssessments }) {
    this.#ports = ports;
  }

  async load(): Promise<void> {
    try {
      this.assessments = await this.#ports.listAssessments();
      this.error = null;
    } catch (error) {
      this.error = toAppError(error);
    } finally {
      this.loaded = true;
    }
  }
}
