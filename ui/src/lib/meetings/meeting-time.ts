// Meeting times are wall-clock times in the chapter's zone, "YYYY-MM-DDTHH:MM", as the backend
// sends and takes them. They are read and shown as they are, with no time-zone arithmetic, so
// "2026-03-03T18:30" reads 6:30 PM on every laptop.

import { dateFormat, plainSpaces } from "../i18n/intl";

const LOCAL = /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::\d{2}(?:\.\d+)?)?$/;
const TIME = /^(\d{2}):(\d{2})(?::\d{2}(?:\.\d+)?)?$/;

type Parts = { date: string; time: string; moment: Date };

function parse(text: string): Parts | null {
  const match = LOCAL.exec(text.trim());
  if (!match) return null;
  const [year, month, day, hour, minute] = match.slice(1, 6).map(Number);
  if (hour > 23 || minute > 59) return null;
  // Read as UTC and shown as UTC: only the calendar arithmetic of Date is wanted.
  const moment = new Date(Date.UTC(year, month - 1, day, hour, minute));
  if (moment.getUTCMonth() !== month - 1 || moment.getUTCDate() !== day) return null;
  return { date: `${match[1]}-${match[2]}-${match[3]}`, time: `${match[4]}:${match[5]}`, moment };
}

/** A real day and time, "YYYY-MM-DDTHH:MM" (seconds, as some inputs add them, are allowed). */
export function isLocalDateTime(text: string): boolean {
  return parse(text) !== null;
}

/** "YYYY-MM-DDTHH:MM" without seconds, or the text trimmed when it is not a date and time. */
export function normalizeLocalDateTime(text: string): string {
  const parts = parse(text);
  return parts ? `${parts.date}T${parts.time}` : text.trim();
}

/** The day part of a date and time, "" when it is not one. */
export function datePart(text: string): string {
  return parse(text)?.date ?? "";
}

/** The "HH:MM" of a date and time, "" when it is not one. */
export function timePart(text: string): string {
  return parse(text)?.time ?? "";
}

/** "HH:MM" (a time input's value, seconds allowed), or null. */
export function parseTime(text: string): string | null {
  const match = TIME.exec(text.trim());
  if (!match || Number(match[1]) > 23 || Number(match[2]) > 59) return null;
  return `${match[1]}:${match[2]}`;
}

// Read as UTC and shown as UTC (see `parse`): only the wall-clock reading is wanted.
const DAY: Intl.DateTimeFormatOptions = {
  weekday: "short",
  month: "short",
  day: "numeric",
  year: "numeric",
  timeZone: "UTC",
};
const CLOCK: Intl.DateTimeFormatOptions = { hour: "numeric", minute: "2-digit", timeZone: "UTC" };

/** "Tue, Mar 3, 2026" in the screens' language. */
function dayOf(parts: Parts): string {
  return plainSpaces(dateFormat(DAY).format(parts.moment));
}

/** "Tue, Mar 3, 2026" ("mar, 3 mar 2026" in Spanish) */
export function formatMeetingDay(startsAt: string): string {
  const parts = parse(startsAt);
  return parts ? dayOf(parts) : startsAt;
}

/** "6:30 PM" ("6:30 p.m."), in the screens' language unless told. */
export function formatClock(moment: Date, lang?: string): string {
  return plainSpaces(dateFormat(CLOCK, lang).format(moment));
}

function formatTime(parts: Parts): string {
  return formatClock(parts.moment);
}

/**
 * When a meeting is, for people: "Tue, Mar 3, 2026, 6:30 PM – 8:00 PM"; an end on another day
 * names that day. Text that is not a date and time is shown as it came.
 */
export function formatMeetingWhen(startsAt: string, endsAt: string | null = null): string {
  const start = parse(startsAt);
  if (!start) return startsAt;
  const from = `${dayOf(start)}, ${formatTime(start)}`;
  const end = endsAt === null ? null : parse(endsAt);
  if (!end) return from;
  const until =
    end.date === start.date
      ? formatTime(end)
      : `${dayOf(end)}, ${formatTime(end)}`;
  return `${from} – ${until}`;
}

/** The meeting has not started yet at `now` (this laptop's wall clock, "YYYY-MM-DDTHH:MM"). */
export function isUpcoming(startsAt: string, now: string): boolean {
  const start = parse(startsAt);
  const current = parse(now);
  return start !== null && current !== null && start.moment > current.moment;
}

/** This laptop's wall clock as "YYYY-MM-DDTHH:MM". */
export function localDateTime(now: Date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, "0");
  return (
    `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}` +
    `T${pad(now.getHours())}:${pad(now.getMinutes())}`
  );
}
