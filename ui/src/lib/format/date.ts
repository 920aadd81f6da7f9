import { dateFormat } from "../i18n/intl";

// Plain dates ("YYYY-MM-DD") name a day, not a moment: they are read and shown without any
// time zone, so "2026-03-03" is March 3 on every laptop.

const PLAIN_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** The date as a UTC midnight, or null when the text is not a real YYYY-MM-DD day. */
function parse(text: string): Date | null {
  const match = PLAIN_DATE.exec(text.trim());
  if (!match) return null;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  // Date.UTC rolls "2026-02-31" over into March; a real day survives the round trip.
  if (date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return null;
  return date;
}

export function isPlainDate(text: string): boolean {
  return parse(text) !== null;
}

/** Today on this laptop's calendar, as "YYYY-MM-DD". */
export function localDate(now: Date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** "Mar 3, 2026" ("3 mar 2026" in Spanish); text that is not a date is shown as it came, so nothing disappears. */
export function formatDate(text: string): string {
  const date = parse(text);
  return date ? dateFormat({ dateStyle: "medium", timeZone: "UTC" }).format(date) : text;
}
