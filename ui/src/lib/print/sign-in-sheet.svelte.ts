import * as printClient from "../api/client/print";
import type { ChapterSettings } from "../api/types";
import { PrintedSheet } from "./printed-sheet.svelte";
import { buildSignInRequest } from "./sign-in-request";

/** The blank sign-in sheet form, its last printed file and what went wrong. */
export class SignInSheet extends PrintedSheet {
  meetingTitle = $state("");
  rows = $state<number | null>(null);
  rowsError = $state<string | null>(null);

  constructor(settings: ChapterSettings | null) {
    super(settings, printClient.openInViewer);
  }

  async print(): Promise<void> {
    if (this.printing) return;
    const built = buildSignInRequest(this);
    if ("rowsError" in built) {
      this.rowsError = built.rowsError;
      return;
    }
    this.rowsError = null;
    await this.printWith(() => printClient.printSignIn(built.request));
  }
}
