import type { Meeting, MeetingInput } from "../api/types";
import { t } from "../i18n/locale.svelte";
import { timePart } from "./meeting-time";
import { readClock, readWhen, writeClock, writeWhen } from "./typed-when";

/** The backend refuses longer free text. */
export const MAX_TEXT = 10_000;
/** Longer than this is almost surely AM typed for PM (or the other way round). */
export const MAX_HOURS = 12;

/** The meeting form as its inputs hold it: text as typed, "" for nothing. */
export type MeetingValues = {
  title: string;
  /** The day and time as typed ("Dec 17 6:30pm", "17/12 18:30"), read by `readWhen`. */
  startsAt: string;
  /** The end time as typed ("8pm", "20:00"): the same day, or the next when not after the start. */
  endsAt: string;
  place: string;
  childcare: boolean;
  interpretation: string[];
  food: boolean;
  stepFree: boolean;
  notes: string;
};

export type MeetingErrors = Partial<
  Record<"title" | "starts_at" | "ends_at" | "place" | "notes", string>
>;

/** The inputs the form shows the backend's refusals beside, by the keys it sends them under. */
export const MEETING_FIELDS: readonly (keyof MeetingErrors)[] = [
  "title",
  "starts_at",
  "ends_at",
  "place",
  "notes",
];

export function meetingValues(meeting: Meeting | null): MeetingValues {
  return {
    title: meeting?.title ?? "",
    startsAt: meeting ? writeWhen(meeting.starts_at) : "",
    endsAt: meeting?.ends_at ? writeClock(timePart(meeting.ends_at)) : "",
    place: meeting?.place ?? "",
    childcare: meeting?.childcare ?? false,
    interpretation: [...(meeting?.interpretation ?? [])],
    food: meeting?.food ?? false,
    stepFree: meeting?.step_free ?? false,
    notes: meeting?.notes ?? "",
  };
}

function minutesOf(time: string): number {
  const [hours, minutes] = time.split(":").map(Number);
  return hours * 60 + minutes;
}

/** "YYYY-MM-DD" one day later. */
function nextDay(date: string): string {
  const [year, month, day] = date.split("-").map(Number);
  return new Date(Date.UTC(year, month - 1, day + 1)).toISOString().slice(0, 10);
}

/**
 * When the meeting ends, as the backend takes it: on the start's day, or on the next day when
 * the end time is not after the start (a meeting that runs past midnight). Null when no end
 * was given or the start is not a date and time yet.
 */
export function endsAtFor(startsAt: string, endsAt: string): string | null {
  const end = readClock(endsAt);
  const start = readWhen(startsAt);
  if (end === null || start === null) return null;
  const [date, startTime] = start.split("T");
  const day = minutesOf(end) > minutesOf(startTime) ? date : nextDay(date);
  return `${day}T${end}`;
}

/** How long the meeting lasts in minutes, or null when the end is not known. */
export function durationMinutes(startsAt: string, endsAt: string): number | null {
  const end = endsAtFor(startsAt, endsAt);
  if (end === null) return null;
  const [startDate, startTime] = (readWhen(startsAt) ?? "").split("T");
  const crossesMidnight = end.slice(0, 10) !== startDate;
  return minutesOf(end.slice(11)) - minutesOf(startTime) + (crossesMidnight ? 24 * 60 : 0);
}

export function validateMeeting(values: MeetingValues): MeetingErrors {
  const errors: MeetingErrors = {};
  if (values.title.trim() === "") {
    errors.title = t("meetings-title-missing");
  }
  if (values.startsAt.trim() === "") {
    errors.starts_at = t("meetings-starts-missing");
  } else if (readWhen(values.startsAt) === null) {
    errors.starts_at = t("meetings-starts-invalid");
  }
  if (values.endsAt.trim() !== "") {
    if (readClock(values.endsAt) === null) {
      errors.ends_at = t("meetings-ends-invalid");
    } else {
      const minutes = durationMinutes(values.startsAt, values.endsAt);
      if (minutes !== null && minutes > MAX_HOURS * 60) {
        errors.ends_at = t("meetings-too-long", { hours: MAX_HOURS });
      }
    }
  }
  if (values.notes.length > MAX_TEXT) errors.notes = t("meetings-notes-too-long");
  return errors;
}

function optional(text: string): string | null {
  const trimmed = text.trim();
  return trimmed === "" ? null : trimmed;
}

/** What is sent to save: trimmed, blanks as null. */
export function meetingInput(values: MeetingValues): MeetingInput {
  return {
    title: values.title.trim(),
    starts_at: readWhen(values.startsAt) ?? values.startsAt.trim(),
    ends_at: endsAtFor(values.startsAt, values.endsAt),
    place: optional(values.place),
    childcare: values.childcare,
    interpretation: [...values.interpretation],
    food: values.food,
    step_free: values.stepFree,
    notes: optional(values.notes),
  };
}
