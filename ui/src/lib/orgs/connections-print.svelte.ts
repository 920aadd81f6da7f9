import * as jobsClient from "../api/client/jobs";
import * as orgsClient from "../api/client/orgs";
import * as printClient from "../api/client/print";
import { toAppError, type AppError } from "../api/errors";
import type { ChapterSettings, Lang, LanguageChoice, PaperSize, PrintedFile, PrintedForms } from "../api/types";
import { defaultLanguageChoice } from "../chapter/languages";
import { newJobId } from "../jobs/long-job.svelte";
import {
  NumberedFormsPrint,
  type NumberedFormsPorts,
  type NumberedFormsState,
} from "../print/numbered-forms-print.svelte";
import {
  connectionsFormsRequest,
  DEFAULT_CONNECTIONS_FORMS,
  languageRefusal,
  startingPointsRequest,
} from "./connections-print";

export type ConnectionsFormsPorts = NumberedFormsPorts & Pick<typeof orgsClient, "printConnectionsForms">;

export type ConnectionsFormsState = NumberedFormsState;

/**
 * Printing the next numbered connections forms: how many, language and paper, then a long job
 * (progress per form, Cancel), then which numbers were printed and the file to open. The panel
 * asking it opens and closes; a batch carries on while the organizer looks elsewhere.
 */
export class ConnectionsFormsPrint extends NumberedFormsPrint {
  isOpen = $state(false);

  readonly #ports: ConnectionsFormsPorts;
  /** Counts chapters: a batch of the last one's does not speak in this one's window. */
  #chapter = 0;

  constructor(
    ports: ConnectionsFormsPorts = {
      printConnectionsForms: orgsClient.printConnectionsForms,
      openInViewer: printClient.openInViewer,
      cancelJob: jobsClient.cancelJob,
      newJobId,
    },
  ) {
    super(ports, DEFAULT_CONNECTIONS_FORMS);
    this.#ports = ports;
  }

  /**
   * Why the last batch was refused, to show beside the language (a language the survey lacks
   * or has not translated yet), or null.
   */
  get languageError(): string | null {
    return this.state.phase === "failed" ? languageRefusal(this.state.error) : null;
  }

  /** Opens the panel with a language the survey prints in. */
  open(surveyLanguages: readonly string[], chapterLanguages: readonly Lang[]): void {
    this.prepare(surveyLanguages, chapterLanguages);
    this.isOpen = true;
  }

  /** Closes the panel and what the last batch said; a running batch carries on. */
  close(): void {
    this.isOpen = false;
    if (!this.busy) this.dismiss();
  }

  /**
   * Prints the next `count` forms. Answers with what was printed, or null when the count needs
   * fixing, a batch is already running, or it was cancelled or failed (the state says which).
   */
  async print(): Promise<PrintedForms | null> {
    if (this.busy) return null;
    const built = connectionsFormsRequest(this);
    if ("countError" in built) {
      this.countError = built.countError;
      return null;
    }
    this.countError = null;
    const { request } = built;
    const chapter = this.#chapter;
    const printed = await this.runBatch(request.count, (jobId, onProgress) =>
      this.#ports.printConnectionsForms(request, jobId, onProgress),
    );
    if (chapter !== this.#chapter) {
      this.job.dismiss();
      return null;
    }
    return printed;
  }

  /** Another chapter: its own language, and nothing of the last one's batch on screen. */
  reset(): void {
    this.#chapter += 1;
    this.isOpen = false;
    this.count = DEFAULT_CONNECTIONS_FORMS;
    this.resetChoices();
  }
}

export type StartingPointsPorts = Pick<typeof orgsClient, "printStartingPoints"> &
  Pick<typeof printClient, "openInViewer">;

/**
 * The starting-points report for the chapter meeting: its language and paper (the chapter's
 * settings give the defaults), the file printed, and opening it.
 */
export class StartingPointsPrint {
  isOpen = $state(false);
  lang = $state<LanguageChoice>("en");
  paper = $state<PaperSize>("letter");
  printing = $state(false);
  printed = $state.raw<PrintedFile | null>(null);
  error = $state<AppError | null>(null);
  opening = $state(false);

  readonly #ports: StartingPointsPorts;
  /** Whether the language and paper were set for this chapter, by its settings or by the organizer. */
  #prepared = false;
  #chapter = 0;

  constructor(
    ports: StartingPointsPorts = {
      printStartingPoints: orgsClient.printStartingPoints,
      openInViewer: printClient.openInViewer,
    },
  ) {
    this.#ports = ports;
  }

  /** Opens the panel; the first time in a chapter, the language and paper are the chapter's. */
  open(settings: ChapterSettings | null): void {
    this.prepare(settings);
    this.isOpen = true;
  }

  prepare(settings: ChapterSettings | null): void {
    if (this.#prepared || settings === null) return;
    this.lang = defaultLanguageChoice(settings);
    this.paper = settings.paper_size;
    this.#prepared = true;
  }

  /** Closes the panel and what the last print said. */
  close(): void {
    this.isOpen = false;
    if (this.printing) return;
    this.printed = null;
    this.error = null;
  }

  /** Writes the report; a failure is shown, not thrown. Answers with the file, or null. */
  async print(): Promise<PrintedFile | null> {
    if (this.printing) return null;
    const chapter = this.#chapter;
    this.#prepared = true;
    this.printing = true;
    this.printed = null;
    this.error = null;
    try {
      const file = await this.#ports.printStartingPoints(startingPointsRequest(this));
      if (chapter !== this.#chapter) return null;
      this.printed = file;
      return file;
    } catch (reason) {
      if (chapter === this.#chapter) this.error = toAppError(reason);
      return null;
    } finally {
      if (chapter === this.#chapter) this.printing = false;
    }
  }

  async openPrinted(): Promise<void> {
    const printed = this.printed;
    if (printed === null || this.opening) return;
    this.opening = true;
    this.error = null;
    try {
      await this.#ports.openInViewer(printed.path);
    } catch (reason) {
      this.error = toAppError(reason);
    } finally {
      this.opening = false;
    }
  }

  /** Another chapter: its own language and paper, and nothing of the last one's report. */
  reset(): void {
    this.#chapter += 1;
    this.#prepared = false;
    this.isOpen = false;
    this.printing = false;
    this.printed = null;
    this.error = null;
    this.opening = false;
  }
}
