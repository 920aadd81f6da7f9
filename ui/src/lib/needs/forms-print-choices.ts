// What printing numbered needs forms asks: how many, in which language or pair of languages,
// on which paper, and what to say when it is done.
import { fieldMessage, type AppError } from "../api/errors";
import type { Lang, PaperSize, PrintedForms, Progress } from "../api/types";
import { PAPER_SIZES } from "../chapter/paper-sizes";
import { formatProgressCount } from "../format/count";
import { t } from "../i18n/locale.svelte";
import { languageLabel } from "./survey-texts";

/** The backend prints at most this many at a time. */
export const MAX_FORMS = 5000;
export const DEFAULT_FORMS = 50;

export type FormsLanguageOption = {
  /** "en", or "en+es" for two on one form. */
  key: string;
  codes: string[];
  label: string;
};

/** Each language alone, then each pair of them ("English + Spanish"), the survey's order kept. */
export function languageOptions(surveyLanguages: readonly string[]): FormsLanguageOption[] {
  const singles = surveyLanguages.map((code) => ({
    key: code,
    codes: [code],
    label: languageLabel(code),
  }));
  const pairs: FormsLanguageOption[] = [];
  surveyLanguages.forEach((first, i) => {
    for (const second of surveyLanguages.slice(i + 1)) {
      pairs.push({
        key: `${first}+${second}`,
        codes: [first, second],
        label: `${languageLabel(first)} + ${languageLabel(second)}`,
      });
    }
  });
  return [...singles, ...pairs];
}

/**
 * What forms print in unless the organizer says otherwise, as the backend decides it: the
 * chapter's print languages the survey runs in (two at most), else the survey's first.
 */
export function defaultLanguageKey(
  surveyLanguages: readonly string[],
  chapterLanguages: readonly Lang[],
): string {
  const wanted = chapterLanguages.filter((l) => surveyLanguages.includes(l)).slice(0, 2);
  if (wanted.length > 0) return wanted.join("+");
  return surveyLanguages[0] ?? "en";
}

/** The codes a language choice stands for: "en+es" → ["en", "es"]. */
export function languageCodes(key: string): string[] {
  return key.split("+").filter((code) => code !== "");
}

export type PaperChoice = "default" | PaperSize;

/** "Chapter's choice (US Letter)", "US Letter", "A4". */
export function paperChoices(
  chapterPaper: PaperSize | null,
): ReadonlyArray<{ value: PaperChoice; label: string }> {
  const chapterLabel = PAPER_SIZES.find((p) => p.value === chapterPaper)?.label;
  return [
    {
      value: "default",
      label: chapterLabel
        ? t("needs-print-paper-chapter", { paper: chapterLabel })
        : t("needs-print-paper-chapter-unset"),
    },
    ...PAPER_SIZES,
  ];
}

/** What to fix in the "how many" box, or null. */
export function countError(count: number | null): string | null {
  if (count === null || !Number.isFinite(count)) {
    return t("needs-print-count-missing", { max: MAX_FORMS });
  }
  if (!Number.isInteger(count)) return t("needs-print-count-whole");
  if (count < 1 || count > MAX_FORMS) {
    return t("needs-print-count-range", { max: MAX_FORMS });
  }
  return null;
}

/** The button: "Print 50 forms". */
export function printButtonText(count: number | null): string {
  if (countError(count) !== null) return t("needs-tab-print");
  return t("needs-print-count-button", { count: count ?? 0 });
}

/** "12 of 50 forms" */
export function printProgressText(progress: Progress | null, count: number): string {
  return formatProgressCount(progress?.done ?? 0, progress?.total ?? count, t("needs-print-unit"));
}

/** "Printed forms K7QF-0051 to K7QF-0100 (150 pages)" */
export function printedText(printed: PrintedForms): string {
  const { first, last, pages } = printed;
  if (first === last) return t("needs-print-printed-one", { first, pages });
  return t("needs-print-printed", { first, last, pages });
}

/** A refusal in plain words: "Spanish still has…", not "language: spanish still has…". */
export function printFailure(error: AppError): { message: string; details: string | null } {
  const message = error.kind === "invalid_input" ? fieldMessage(error) : error.message;
  return { message, details: error.details };
}

/** Said under a refusal. */
export function nothingPrintedText(): string {
  return t("needs-print-nothing-printed");
}

/** Said once printing was cancelled. */
export function printCancelledText(): string {
  return t("needs-print-cancelled");
}
