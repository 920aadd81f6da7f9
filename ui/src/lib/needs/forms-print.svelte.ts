import type * as needsClient from "../api/client/needs";
import type { AssessmentId, NeedsFormsRequest, PrintedForms } from "../api/types";
import {
  NumberedFormsPrint,
  type NumberedFormsPorts,
  type NumberedFormsState,
} from "../print/numbered-forms-print.svelte";
import { countError, DEFAULT_FORMS, languageCodes } from "./forms-print-choices";

export type FormsPrintPorts = NumberedFormsPorts & Pick<typeof needsClient, "printNeedsForms">;

export type FormsPrintState = NumberedFormsState;

/**
 * Printing the next numbered forms of an assessment: how many, language and paper, then a long
 * job (progress per form, Cancel), then which numbers were printed and the file to open. One
 * batch at a time; it carries on while the organizer looks at something else.
 */
export class FormsPrint extends NumberedFormsPrint {
  /** The assessment the running or last batch is for. */
  assessmentId = $state<AssessmentId | null>(null);
  assessmentName = $state("");

  readonly #ports: FormsPrintPorts;

  constructor(ports: FormsPrintPorts) {
    super(ports, DEFAULT_FORMS);
    this.#ports = ports;
  }

  /** Whether this batch (running, done, failed or cancelled) is the given assessment's. */
  isFor(assessmentId: AssessmentId): boolean {
    return this.state.phase !== "idle" && this.assessmentId === assessmentId;
  }

  /**
   * Prints the next `count` forms. Answers with what was printed, or null when the count needs
   * fixing, a batch is already running, or it was cancelled or failed (the state says which).
   */
  async print(assessment: { id: AssessmentId; name: string }): Promise<PrintedForms | null> {
    if (this.busy) return null;
    this.countError = countError(this.count);
    if (this.countError !== null || this.count === null) return null;
    const request: NeedsFormsRequest = {
      assessment: assessment.id,
      count: this.count,
      languages: languageCodes(this.language),
      paper: this.paper === "default" ? null : this.paper,
    };
    this.assessmentId = assessment.id;
    this.assessmentName = assessment.name;
    return this.runBatch(request.count, (jobId, onProgress) =>
      this.#ports.printNeedsForms(request, jobId, onProgress),
    );
  }

  /** Another chapter: nothing of the last one's batch stays on screen. */
  reset(): void {
    this.resetChoices();
    if (!this.busy) this.assessmentId = null;
  }
}
