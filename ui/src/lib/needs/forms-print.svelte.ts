import type * as needsClient from "../api/client/needs";
import type * as printClient from "../api/client/print";
import { toAppError, type AppError } from "../api/errors";
import type { AssessmentId, Lang, NeedsFormsRequest, PrintedForms } from "../api/types";
import { LongJob, type LongJobPorts, type LongJobState } from "../jobs/long-job.svelte";
import {
  countError,
  DEFAULT_FORMS,
  defaultLanguageKey,
  languageCodes,
  languageOptions,
  type PaperChoice,
} from "./forms-print-choices";

export type FormsPrintPorts = LongJobPorts &
  Pick<typeof needsClient, "printNeedsForms"> &
  Pick<typeof printClient, "openInViewer">;

export type FormsPrintState = LongJobState<"print", PrintedForms>;

/**
 * Printing the next numbered forms of an assessment: how many, language and paper, then a long
 * job (progress per form, Cancel), then which numbers were printed and the file to open. One
 * batch at a time; it carries on while the organizer looks at something else.
 */
export class FormsPrint {
  /** How many to print; null while the box is empty. */
  count = $state<number | null>(DEFAULT_FORMS);
  /** A language, or two joined by "+": "en", "en+es". */
  language = $state("");
  paper = $state<PaperChoice>("default");
  /** What to fix in the "how many" box, shown after Print was pressed. */
  countError = $state<string | null>(null);
  /** The assessment the running or last batch is for. */
  assessmentId = $state<AssessmentId | null>(null);
  assessmentName = $state("");
  /** How many the running or last batch asked for. */
  requested = $state(0);
  opening = $state(false);
  openError = $state<AppError | null>(null);

  readonly #job: LongJob<"print", PrintedForms>;
  readonly #ports: FormsPrintPorts;

  constructor(ports: FormsPrintPorts) {
    this.#ports = ports;
    this.#job = new LongJob(ports);
  }

  get state(): FormsPrintState {
    return this.#job.state;
  }

  get busy(): boolean {
    return this.#job.busy;
  }

  /** Fits the language to an assessment's survey: one it does not run in becomes the default. */
  prepare(surveyLanguages: readonly string[], chapterLanguages: readonly Lang[]): void {
    const options = languageOptions(surveyLanguages);
    if (!options.some((option) => option.key === this.language)) {
      this.language = defaultLanguageKey(surveyLanguages, chapterLanguages);
    }
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
    this.requested = request.count;
    this.openError = null;
    return this.#job.run("print", (jobId, onProgress) =>
      this.#ports.printNeedsForms(request, jobId, onProgress),
    );
  }

  cancel(): Promise<void> {
    return this.#job.cancel();
  }

  /** Closes what the last batch said; a running batch carries on. */
  dismiss(): void {
    this.openError = null;
    this.#job.dismiss();
  }

  /** Opens the printed forms in the system's PDF viewer, to print them. */
  async openPrinted(): Promise<void> {
    const state = this.state;
    if (state.phase !== "done" || this.opening) return;
    this.opening = true;
    this.openError = null;
    try {
      await this.#ports.openInViewer(state.result.path);
    } catch (reason) {
      this.openError = toAppError(reason);
    } finally {
      this.opening = false;
    }
  }

  /** Another chapter: nothing of the last one's batch stays on screen. */
  reset(): void {
    this.#job.dismiss();
    this.countError = null;
    this.openError = null;
    this.language = "";
    this.paper = "default";
    if (!this.busy) this.assessmentId = null;
  }
}
