// An initiative's months, counted as the backend counts them: both days included, and a month
// stepped as the calendar does it (31 August plus three months is 30 November). Days are plain
// "YYYY-MM-DD" dates, reckoned at UTC midnight so no time zone moves them.
import { isPlainDate } from "../format/date";

/** How long an initiative runs: whole months, then the days left over. */
export type Span = { months: number; days: number };

const DAY_MS = 86_400_000;

function toDate(day: string): Date {
  const [year, month, date] = day.split("-").map(Number);
  return new Date(Date.UTC(year, month - 1, date));
}

function toDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** The day `days` after (or before) `day`. */
export function addDays(day: string, days: number): string {
  return toDay(new Date(toDate(day).getTime() + days * DAY_MS));
}

/** The same day `months` later, or the month's last day when it has no such day. */
export function addMonths(day: string, months: number): string {
  const from = toDate(day);
  const first = new Date(Date.UTC(from.getUTCFullYear(), from.getUTCMonth() + months, 1));
  const lastDay = new Date(Date.UTC(first.getUTCFullYear(), first.getUTCMonth() + 1, 0)).getUTCDate();
  first.setUTCDate(Math.min(from.getUTCDate(), lastDay));
  return toDay(first);
}

/**
 * How long `startsOn` to `endsOn` runs, both days counted: 1 February to 30 April is three
 * months, to 15 May three months and 15 days. Null unless both are days and the end comes after
 * the start.
 */
export function spanOf(startsOn: string, endsOn: string): Span | null {
  if (!isPlainDate(startsOn) || !isPlainDate(endsOn) || endsOn <= startsOn) return null;
  const dayAfter = addDays(endsOn, 1);
  let months = 0;
  // Plain dates compare as text. An initiative is months long, so this takes a few steps; a
  // year typed wrong (20266) stops at a hundred years rather than counting to it.
  while (months < 1200 && addMonths(startsOn, months + 1) <= dayAfter) months += 1;
  const days = Math.round((toDate(dayAfter).getTime() - toDate(addMonths(startsOn, months)).getTime()) / DAY_MS);
  return { months, days };
}

/**
 * The days a new application starts with: the first of next month to the day before four
 * months later, well inside the round's three to six months, for the organizer to change.
 */
export function defaultSpan(today: string): { startsOn: string; endsOn: string } {
  const startsOn = addMonths(`${today.slice(0, 7)}-01`, 1);
  return { startsOn, endsOn: addDays(addMonths(startsOn, 4), -1) };
}
