import { toAppError, type AppError } from "../api/errors";
import type { ChapterSettings, LanguageChoice, PaperSize, PrintedFile } from "../api/types";
import { defaultLanguageChoice } from "../chapter/languages";

/**
 * A sheet to print: its language and paper (the chapter's settings give the defaults), the
 * last printed file and what went wrong. Each kind of sheet says what it sends.
 */
export class PrintedSheet {
  lang = $state<LanguageChoice>("en");
  paper = $state<PaperSize>("letter");
  printing = $state(false);
  printed = $state<PrintedFile | null>(null);
  error = $state<AppError | null>(null);
  opening = $state(false);

  readonly #openInViewer: (path: string) => Promise<void>;

  constructor(settings: ChapterSettings | null, openInViewer: (path: string) => Promise<void>) {
    this.lang = defaultLanguageChoice(settings);
    this.paper = settings?.paper_size ?? "letter";
    this.#openInViewer = openInViewer;
  }

  async openPrinted(): Promise<void> {
    if (!this.printed || this.opening) return;
    this.opening = true;
    this.error = null;
    try {
      await this.#openInViewer(this.printed.path);
    } catch (reason) {
      this.error = toAppError(reason);
    } finally {
      this.opening = false;
    }
  }

  /** Makes the PDF; a failure is shown, not thrown. The caller checks `printing` first. */
  protected async printWith(make: () => Promise<PrintedFile>): Promise<void> {
    this.error = null;
    this.printed = null;
    this.printing = true;
    try {
      this.printed = await make();
    } catch (reason) {
      this.error = toAppError(reason);
    } finally {
      this.printing = false;
    }
  }
}
