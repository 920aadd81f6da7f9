// What an import of a membership list says, in plain words.
import type { AppError } from "../api/errors";
import type { ImportReport, ListFormat, Progress } from "../api/types";
import { formatProgressCount } from "../format/count";
import { say, t } from "../i18n/locale.svelte";

/** Up to this many names are listed as they are; more are folded under a "Show" line. */
export const NAMES_SHOWN_OPEN = 8;

/** Up to this many rows left out are listed; the rest are counted on an "and N more" line. */
export const SKIPPED_SHOWN = 20;

export function nothingImported(): string {
  return t("people-import-nothing");
}

export function importCancelled(): string {
  return t("people-import-cancelled");
}

/** "2,431 rows: 12 new people, 40 updated, 2,379 unchanged" */
export function importCounts(report: ImportReport): string {
  return t("people-import-counts", {
    rows: report.rows,
    created: report.created,
    updated: report.updated,
    unchanged: report.unchanged,
  });
}

/** What kind of list each format is, with its article: "an Action Network export". */
function listKind(format: ListFormat): string {
  switch (format) {
    case "national-list":
      return t("people-list-kind-national");
    case "action-network":
      return t("people-list-kind-action-network");
    case "spoke":
      return t("people-list-kind-spoke");
    case "van":
      return t("people-list-kind-van");
    default:
      return t("people-list-kind-other");
  }
}

/**
 * "Read as a Spoke contact list (CSV).", "Read as a national membership list (Excel workbook,
 * sheet "Members")."; just the kind of list when the backend does not say how it was read.
 */
export function readAsText(report: Pick<ImportReport, "format" | "read_as">): string {
  const kind = listKind(report.format);
  const how = say(report.read_as).trim();
  return how === "" ? t("people-read-as", { kind }) : t("people-read-as-how", { kind, how });
}

/**
 * "2 rows were the same person as an earlier row and were folded into them."; null when no row
 * was folded.
 */
export function foldedText(folded: number): string | null {
  if (folded <= 0) return null;
  return t("people-import-folded", { count: folded });
}

/** "Left out (1 row):", "Left out (1,204 rows):" */
export function skippedTitle(count: number): string {
  return t("people-import-skipped", { count });
}

/**
 * The rows left out that are listed, the first SKIPPED_SHOWN of them, and the line that counts
 * the rest ("and 1,184 more"), null when every one is listed. (The backend's lines come as
 * messages: say them first, `report.skipped.map(say)`.)
 */
export function skippedShown(skipped: readonly string[]): { shown: string[]; more: string | null } {
  const rest = skipped.length - SKIPPED_SHOWN;
  return {
    shown: skipped.slice(0, SKIPPED_SHOWN),
    more: rest > 0 ? t("people-import-more", { count: rest }) : null,
  };
}

/** "1 person lapsed since the last list", "40 people renewed since the last list" */
export function membershipChange(count: number, change: "lapsed" | "renewed"): string {
  return change === "lapsed"
    ? t("people-import-lapsed", { count })
    : t("people-import-renewed", { count });
}

/** "Columns not read: Phone 2, Precinct"; null when every column was read. */
export function columnsNotRead(columns: readonly string[]): string | null {
  const named = columns.map((column) => column.trim()).filter((column) => column !== "");
  return named.length === 0 ? null : t("people-import-columns", { columns: named.join(", ") });
}

/** What the progress bar says: "12,000 of 50,000 rows", or that the file is still being read. */
export function importProgressText(progress: Progress | null): string {
  if (progress === null) return t("people-import-reading");
  // The backend names its unit in English ("rows"); the screen says it in its own language.
  return formatProgressCount(progress.done, progress.total, t("people-import-rows"));
}

function asSentence(text: string): string {
  const trimmed = text.trim();
  if (trimmed === "") return trimmed;
  const sentence = trimmed[0].toUpperCase() + trimmed.slice(1);
  return /[.!?…]$/.test(sentence) ? sentence : `${sentence}.`;
}

/**
 * Why an import stopped, for the error box. A refused file names the line ("line 18: expected
 * 36 fields, found 37"), which becomes "Problem on line 18 of the file: expected 36 fields,
 * found 37."; that is the whole story, so its details (the same line again) are dropped. Any
 * other error keeps its details under "More".
 */
export function importFailure(error: AppError): { message: string; details: string | null } {
  if (error.kind !== "invalid_input") {
    return { message: asSentence(error.text) || error.text, details: error.details };
  }
  const refused = error.refusal;
  const placed = refused?.field.id === "import-line" ? refused.field.args.line : undefined;
  if (refused && placed !== undefined) {
    const problem = say(refused.reason);
    const message = asSentence(t("people-import-line-problem", { line: String(placed), problem }));
    return { message: message || error.text, details: null };
  }
  return { message: asSentence(error.text) || error.text, details: null };
}

/** The heading over a failed import: "Could not import members.csv". */
export function importFailedTitle(fileName: string): string {
  return fileName
    ? t("people-import-failed-file", { file: fileName })
    : t("people-import-failed-list");
}

/** What to do next, after "Nothing was imported."; other errors' messages already say. */
export function importFailureAdvice(error: AppError): string | null {
  return error.kind === "invalid_input"
    ? t("people-import-advice")
    : null;
}
