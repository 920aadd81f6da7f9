import * as client from "../api/client";
import { toAppError, type AppError } from "../api/errors";
import type { ChapterSettings, LanguageChoice, PaperSize, PrintedFile } from "../api/types";
import { defaultLanguageChoice } from "../chapter/languages";
import { buildSignInRequest } from "./sign-in-request";

/** The blank sign-in sheet form, its last printed file and what went wrong. */
export class SignInSheet {
  meetingTitle = $state("");
  lang = $state<LanguageChoice>("en");
  paper = $state<PaperSize>("letter");
  rows = $state<number | null>(null);
  rowsError = $state<string | null>(null);
  printing = $state(false);
  printed = $state<PrintedFile | null>(null);
  error = $state<AppError | null>(null);
  opening = $state(false);

  constructor(settings: ChapterSettings | null) {
    this.lang = defaultLanguageChoice(settings);
    this.paper = settings?.paper_size ?? "letter";
  }

  async print(): Promise<void> {
    if (this.printing) return;
    const built = buildSignInRequest(this);
    if ("rowsError" in built) {
      this.rowsError = built.rowsError;
      return;
    }
    this.rowsError = null;
    this.error = null;
    this.printed = null;
    this.printing = true;
    try {
      this.printed = await client.printSignIn(built.request);
    } catch (reason) {
      this.error = toAppError(reason);
    } finally {
      this.printing = false;
    }
  }

  async openPrinted(): Promise<void> {
    if (!this.printed || this.opening) return;
    this.opening = true;
    this.error = null;
    try {
      await client.openInViewer(this.printed.path);
    } catch (reason) {
      this.error = toAppError(reason);
    } finally {
      this.opening = false;
    }
  }
}
