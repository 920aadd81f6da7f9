// A meeting's day and time as a person types them, read the way the screens' language writes
// them: "Dec 17 6:30pm", "12/17 18:30" in English; "17/12 18:30", "17 dic 6:30 p. m." in
// Spanish; and the machine's own "2026-12-17T18:30" in any language. Typing beats a picker at
// the kitchen table, and a field that is empty looks empty.

import { dateFormat, plainSpaces } from "../i18n/intl";
import { locale } from "../i18n/locale.svelte";
import { ENGLISH } from "../i18n/languages";
import { formatClock } from "./meeting-time";

/** The calendar day a date without a year is read near (today, on the laptop). */
export type Today = { year: number; month: number; day: number };

export function todayOnLaptop(now: Date = new Date()): Today {
  return { year: now.getFullYear(), month: now.getMonth() + 1, day: now.getDate() };
}

const pad = (n: number) => String(n).padStart(2, "0");

/** Lower case, accents off, "p. m." as "pm": what the patterns below read. */
function folded(text: string): string {
  return text
    .toLowerCase()
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/\u202f|\u00a0/g, " ")
    .replace(/\b([ap])\.?\s*m\b\.?/g, "$1m");
}

const monthNames = new Map<string, Map<string, number>>();

/** Month names, long and short, in English and in `lang`, folded: "dec" → 12, "diciembre" → 12. */
function months(lang: string): Map<string, number> {
  let found = monthNames.get(lang);
  if (found) return found;
  found = new Map();
  for (const code of new Set(["en-US", lang])) {
    for (const style of ["long", "short"] as const) {
      const format = dateFormat({ month: style, timeZone: "UTC" }, code);
      for (let month = 1; month <= 12; month++) {
        const name = folded(format.format(new Date(Date.UTC(2026, month - 1, 1)))).replace(/\./g, "");
        found.set(name, month);
        if (name.length > 3) found.set(name.slice(0, 3), month);
      }
    }
  }
  monthNames.set(lang, found);
  return found;
}

function validDay(year: number, month: number, day: number): boolean {
  const d = new Date(Date.UTC(year, month - 1, day));
  return d.getUTCFullYear() === year && d.getUTCMonth() === month - 1 && d.getUTCDate() === day;
}

/** A day without a year is the one nearest today: "Jan 5" typed in December is next January. */
function nearestYear(month: number, day: number, today: Today): number {
  const from = Date.UTC(today.year, today.month - 1, today.day);
  let best = today.year;
  for (const year of [today.year - 1, today.year, today.year + 1]) {
    if (!validDay(year, month, day)) continue;
    const distance = Math.abs(Date.UTC(year, month - 1, day) - from);
    if (!validDay(best, month, day) || distance < Math.abs(Date.UTC(best, month - 1, day) - from)) {
      best = year;
    }
  }
  return best;
}

function fullYear(text: string | undefined, month: number, day: number, today: Today): number {
  if (text === undefined) return nearestYear(month, day, today);
  const n = Number(text);
  return text.length <= 2 ? 2000 + n : n;
}

type Clock = { hour: number; minute: number };

function clockOf(hourText: string, minuteText: string | undefined, half: string | undefined): Clock | null {
  let hour = Number(hourText);
  const minute = minuteText === undefined ? 0 : Number(minuteText);
  if (minute > 59) return null;
  if (half) {
    if (hour < 1 || hour > 12) return null;
    if (half === "pm" && hour < 12) hour += 12;
    if (half === "am" && hour === 12) hour = 0;
  } else if (hour > 23) {
    return null;
  }
  return { hour, minute };
}

// "6:30pm", "6:30 pm", "18:30", "18.30", "18h30", "18h", "6pm": the last one in the text.
const CLOCK = /(\d{1,2})(?:\s*[:h.]\s*(\d{2})|h)?\s*(am|pm)?(?![\d/.-])/g;

/** "HH:MM" from a time typed on its own ("8pm", "20:00", "8:00 p. m."), or null. */
export function readClock(text: string): string | null {
  const match = /^\s*(\d{1,2})(?:\s*[:h.]\s*(\d{2})(?::\d{2})?|h)?\s*(am|pm)?\s*$/.exec(folded(text));
  if (!match) return null;
  const clock = clockOf(match[1], match[2], match[3]);
  return clock ? `${pad(clock.hour)}:${pad(clock.minute)}` : null;
}

/** The time in a whole date-and-time text and the text without it. */
function takeClock(text: string): { clock: Clock; rest: string } | null {
  let last: RegExpExecArray | null = null;
  for (const match of text.matchAll(CLOCK)) {
    // A bare number is a day, not an hour: an hour needs minutes or am/pm.
    if (match[2] === undefined && match[3] === undefined && !match[0].includes("h")) continue;
    last = match;
  }
  if (!last) return null;
  const clock = clockOf(last[1], last[2], last[3]);
  if (!clock) return null;
  return { clock, rest: text.slice(0, last.index) + " " + text.slice(last.index + last[0].length) };
}

type Day = { year: number; month: number; day: number };

function takeDay(text: string, lang: string, today: Today): Day | null {
  const iso = /(\d{4})-(\d{1,2})-(\d{1,2})/.exec(text);
  if (iso) return { year: Number(iso[1]), month: Number(iso[2]), day: Number(iso[3]) };
  const numeric = /(\d{1,2})[/.-](\d{1,2})(?:[/.-](\d{4}|\d{2}))?/.exec(text);
  if (numeric) {
    // English writes the month first; Spanish (and most languages) the day.
    const [first, second] = [Number(numeric[1]), Number(numeric[2])];
    const [month, day] = lang.startsWith(ENGLISH) ? [first, second] : [second, first];
    return { year: fullYear(numeric[3], month, day, today), month, day };
  }
  const names = months(lang);
  let month: number | undefined;
  for (const word of text.replace(/[.,]/g, " ").split(/\s+/)) {
    month ??= names.get(word) ?? (word.length >= 3 ? names.get(word.slice(0, 3)) : undefined);
  }
  const numbers = [...text.matchAll(/\b(\d{1,4})\b/g)].map((m) => m[1]);
  const day = numbers.find((n) => n.length <= 2);
  const year = numbers.find((n) => n.length === 4);
  if (month === undefined || day === undefined) return null;
  return { year: fullYear(year, month, Number(day), today), month, day: Number(day) };
}

/**
 * "YYYY-MM-DDTHH:MM" from what was typed, read in `lang` (the screens' language unless told),
 * or null when it does not hold both a real day and a time.
 */
export function readWhen(text: string, today: Today = todayOnLaptop(), lang: string = locale.code): string | null {
  const plain = folded(text).trim();
  if (plain === "") return null;
  const iso = /^(\d{4}-\d{2}-\d{2})[t ](\d{2}):(\d{2})/.exec(plain);
  const taken = iso ? null : takeClock(plain);
  const clock = iso ? { hour: Number(iso[2]), minute: Number(iso[3]) } : taken?.clock;
  if (!clock || clock.hour > 23 || clock.minute > 59) return null;
  const day = takeDay(iso ? iso[1] : (taken?.rest ?? ""), lang, today);
  if (!day || !validDay(day.year, day.month, day.day)) return null;
  return `${day.year}-${pad(day.month)}-${pad(day.day)}T${pad(clock.hour)}:${pad(clock.minute)}`;
}

/** A stored "YYYY-MM-DDTHH:MM" as the field shows it for editing, in a shape `readWhen` reads. */
export function writeWhen(value: string, lang: string = locale.intl): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})/.exec(value);
  if (!match) return value;
  const [year, month, day, hour, minute] = match.slice(1).map(Number);
  const moment = new Date(Date.UTC(year, month - 1, day, hour, minute));
  const format = dateFormat(
    { month: "short", day: "numeric", year: "numeric", hour: "numeric", minute: "2-digit", timeZone: "UTC" },
    lang,
  );
  return plainSpaces(format.format(moment));
}

/** A stored "HH:MM" as the end-time field shows it, in the language's habit ("8:00 PM"). */
export function writeClock(value: string, lang: string = locale.intl): string {
  const match = /^(\d{2}):(\d{2})/.exec(value);
  if (!match) return value;
  const moment = new Date(Date.UTC(2026, 0, 1, Number(match[1]), Number(match[2])));
  return formatClock(moment, lang);
}
