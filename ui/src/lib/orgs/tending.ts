// The words of the relationships to tend: how long a partner has been quiet, when a step is due.
import type { DueStep, QuietRelationship } from "../api/types";
import { formatDate } from "../format/date";
import { t } from "../i18n/locale.svelte";

/** "Never contacted", or "Last contact on Mar 3, 2026". */
export function lastContactText(quiet: QuietRelationship): string {
  return quiet.last_contact === null
    ? t("tend-never-contacted")
    : t("tend-last-contact", { date: formatDate(quiet.last_contact) });
}

export type DueState = "overdue" | "today" | "soon";

/** Where a step stands on `today`: past its day, on it, or within the coming week. */
export function dueState(step: DueStep, today: string): DueState {
  if (step.overdue || step.due < today) return "overdue";
  return step.due === today ? "today" : "soon";
}

/** "Overdue since Mar 3, 2026", "Due today", "Due Mar 9, 2026". */
export function dueText(step: DueStep, today: string): string {
  switch (dueState(step, today)) {
    case "overdue":
      return t("tend-overdue-since", { date: formatDate(step.due) });
    case "today":
      return t("tend-due-today");
    case "soon":
      return t("tend-due-on", { date: formatDate(step.due) });
  }
}

/** "6 weeks" */
export function weeksText(weeks: number): string {
  return t("tend-weeks", { count: weeks });
}
