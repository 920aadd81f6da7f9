import type * as printClient from "../api/client/print";
import { toAppError, type AppError } from "../api/errors";
import type { Lang, PrintedForms } from "../api/types";
import { LongJob, type LongJobPorts, type LongJobState, type LongJobWork } from "../jobs/long-job.svelte";
import { defaultLanguageKey, languageOptions, type PaperChoice } from "../needs/forms-print-choices";

export type NumberedFormsPorts = LongJobPorts & Pick<typeof printClient, "openInViewer">;

export type NumberedFormsState = LongJobState<"print", PrintedForms>;

/**
 * Printing a batch of numbered forms (needs forms, connections forms): how many, language and
 * paper, then a long job (progress per form, Cancel), then which numbers were printed and the
 * file to open. Each kind says what it sends; one batch at a time, and it carries on while the
 * organizer looks at something else.
 */
export class NumberedFormsPrint {
  /** How many to print; null while the box is empty. */
  count = $state<number | null>(null);
  /** A language of the survey, or two joined by "+": "en", "en+es"; "" until prepared. */
  language = $state("");
  paper = $state<PaperChoice>("default");
  /** What to fix in the "how many" box, shown after Print was pressed. */
  countError = $state<string | null>(null);
  /** How many the running or last batch asked for. */
  requested = $state(0);
  opening = $state(false);
  openError = $state<AppError | null>(null);

  protected readonly job: LongJob<"print", PrintedForms>;
  readonly #openInViewer: NumberedFormsPorts["openInViewer"];

  constructor(ports: NumberedFormsPorts, count: number) {
    this.count = count;
    this.job = new LongJob(ports);
    this.#openInViewer = ports.openInViewer;
  }

  get state(): NumberedFormsState {
    return this.job.state;
  }

  get busy(): boolean {
    return this.job.busy;
  }

  /**
   * Fits the language to the survey: the organizer's choice stays while the survey has it;
   * else the chapter's print languages the survey runs in (both, when it prints in both).
   */
  prepare(surveyLanguages: readonly string[], chapterLanguages: readonly Lang[]): void {
    if (languageOptions(surveyLanguages).some((option) => option.key === this.language)) return;
    this.language = defaultLanguageKey(surveyLanguages, chapterLanguages);
  }

  cancel(): Promise<void> {
    return this.job.cancel();
  }

  /** Clears what the last batch said; a running batch carries on. */
  dismiss(): void {
    this.openError = null;
    this.job.dismiss();
  }

  /** Opens the printed forms in the system's PDF viewer, to print them. */
  async openPrinted(): Promise<void> {
    const state = this.state;
    if (state.phase !== "done" || this.opening) return;
    this.opening = true;
    this.openError = null;
    try {
      await this.#openInViewer(state.result.path);
    } catch (reason) {
      this.openError = toAppError(reason);
    } finally {
      this.opening = false;
    }
  }

  /**
   * Runs a batch of `requested` forms. Answers with what was printed, or null when a batch is
   * already running, or it was cancelled or failed (the state says which).
   */
  protected runBatch(requested: number, work: LongJobWork<PrintedForms>): Promise<PrintedForms | null> {
    this.requested = requested;
    this.openError = null;
    return this.job.run("print", work);
  }

  /** Another chapter: the language and paper are chosen again, and the last batch is not shown. */
  protected resetChoices(): void {
    this.countError = null;
    this.language = "";
    this.paper = "default";
    this.dismiss();
  }
}
