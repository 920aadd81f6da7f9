// What an import of a membership list says, in plain words.
import type { AppError } from "../api/errors";
import type { ImportReport, ListFormat, Progress } from "../api/types";
import { formatCount, formatCounted, formatProgressCount } from "../format/count";

/** Up to this many names are listed as they are; more are folded under a "Show" line. */
export const NAMES_SHOWN_OPEN = 8;

/** Up to this many rows left out are listed; the rest are counted on an "and N more" line. */
export const SKIPPED_SHOWN = 20;

export const NOTHING_IMPORTED = "Nothing was imported.";
export const IMPORT_CANCELLED = "Cancelled — nothing was imported.";

/** "2,431 rows: 12 new people, 40 updated, 2,379 unchanged" */
export function importCounts(report: ImportReport): string {
  const rows = formatCounted(report.rows, "row", "rows");
  const created = formatCounted(report.created, "new person", "new people");
  return `${rows}: ${created}, ${formatCount(report.updated)} updated, ${formatCount(report.unchanged)} unchanged`;
}

/** What kind of list each format is, with its article: "an Action Network export". */
const LIST_KINDS: Record<ListFormat, string> = {
  "national-list": "a national membership list",
  "action-network": "an Action Network export",
  spoke: "a Spoke contact list",
  van: "a VAN export",
};

/**
 * "Read as a Spoke contact list (CSV).", "Read as a national membership list (Excel workbook,
 * sheet "Members")."; just the kind of list when the backend does not say how it was read.
 */
export function readAsText(report: Pick<ImportReport, "format" | "read_as">): string {
  const kind = LIST_KINDS[report.format] ?? "a list";
  const how = report.read_as.trim();
  return how === "" ? `Read as ${kind}.` : `Read as ${kind} (${how}).`;
}

/**
 * "2 rows were the same person as an earlier row and were folded into them."; null when no row
 * was folded.
 */
export function foldedText(folded: number): string | null {
  if (folded <= 0) return null;
  return folded === 1
    ? "1 row was the same person as an earlier row and was folded into it."
    : `${formatCount(folded)} rows were the same person as an earlier row and were folded into them.`;
}

/** "Left out (1 row):", "Left out (1,204 rows):" */
export function skippedTitle(count: number): string {
  return `Left out (${formatCounted(count, "row", "rows")}):`;
}

/**
 * The rows left out that are listed, the first SKIPPED_SHOWN of them, and the line that counts
 * the rest ("and 1,184 more"), null when every one is listed.
 */
export function skippedShown(skipped: readonly string[]): { shown: string[]; more: string | null } {
  const rest = skipped.length - SKIPPED_SHOWN;
  return {
    shown: skipped.slice(0, SKIPPED_SHOWN),
    more: rest > 0 ? `and ${formatCount(rest)} more` : null,
  };
}

/** "1 person lapsed since the last list", "40 people renewed since the last list" */
export function membershipChange(count: number, change: "lapsed" | "renewed"): string {
  return `${formatCounted(count, "person", "people")} ${change} since the last list`;
}

/** "Columns not read: Phone 2, Precinct"; null when every column was read. */
export function columnsNotRead(columns: readonly string[]): string | null {
  const named = columns.map((column) => column.trim()).filter((column) => column !== "");
  return named.length === 0 ? null : `Columns not read: ${named.join(", ")}`;
}

/** What the progress bar says: "12,000 of 50,000 rows", or that the file is still being read. */
export function importProgressText(progress: Progress | null): string {
  if (progress === null) return "Reading the list…";
  return formatProgressCount(progress.done, progress.total, progress.message || "rows");
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
    return { message: asSentence(error.message) || error.message, details: error.details };
  }
  const line = /^line (\d+):\s*(.+)$/is.exec(error.message.trim());
  const message = line
    ? asSentence(`Problem on line ${line[1]} of the file: ${line[2]}`)
    : asSentence(error.message);
  return { message: message || error.message, details: null };
}

/** The heading over a failed import: "Could not import members.csv". */
export function importFailedTitle(fileName: string): string {
  return fileName ? `Could not import ${fileName}` : "Could not import the list";
}

/** What to do next, after "Nothing was imported."; other errors' messages already say. */
export function importFailureAdvice(error: AppError): string | null {
  return error.kind === "invalid_input"
    ? "Correct the file, or ask for a fresh copy of the list, then import it again."
    : null;
}
