import type { LanguageChoice, PaperSize, SignInRequest } from "../api/types";
import { t } from "../i18n/locale.svelte";

/** A typo like 50000 would make a PDF nobody can print; the backend checks again. */
export const MAX_ROWS = 1000;

export type SignInOptions = {
  meetingTitle: string;
  lang: LanguageChoice;
  paper: PaperSize;
  /** What a number input binds to: null (or undefined) when it is empty. */
  rows: number | null | undefined;
};

export type SignInBuild = { request: SignInRequest } | { rowsError: string };

/** The request for the form's options, or what is wrong with the row count. */
export function buildSignInRequest(options: SignInOptions): SignInBuild {
  const rows = options.rows ?? null;
  if (rows !== null && (!Number.isInteger(rows) || rows < 1 || rows > MAX_ROWS)) {
    return {
      rowsError: t("print-rows-invalid", { max: MAX_ROWS }),
    };
  }
  const title = options.meetingTitle.trim();
  return {
    request: {
      lang: options.lang,
      paper: options.paper,
      rows,
      meeting_title: title === "" ? null : title,
    },
  };
}
