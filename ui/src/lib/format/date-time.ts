import { dateFormat } from "../i18n/intl";

/**
 * "Mar 3, 2026, 9:15 PM" ("3 mar 2026, 9:15 p.m." in Spanish) in the chapter's time zone. An
 * unreadable timestamp is shown as it came rather than as "Invalid Date", so nothing
 * disappears from a list.
 */
export function formatDateTime(iso: string, timeZone: string | undefined): string {
  const when = new Date(iso);
  if (Number.isNaN(when.getTime())) return iso;
  try {
    return dateFormat({ dateStyle: "medium", timeStyle: "short", timeZone }).format(when);
  } catch {
    // An unknown zone name throws; the laptop's own zone is a reasonable second choice.
    return dateFormat({ dateStyle: "medium", timeStyle: "short" }).format(when);
  }
}

/** "Mar 3, 2026" ("3 mar 2026"): the day a moment fell on in the chapter's time zone. */
export function formatDayOf(iso: string, timeZone: string | undefined): string {
  const when = new Date(iso);
  if (Number.isNaN(when.getTime())) return iso;
  try {
    return dateFormat({ dateStyle: "medium", timeZone }).format(when);
  } catch {
    return dateFormat({ dateStyle: "medium" }).format(when);
  }
}
