import type { Attendance, Meeting, PersonId } from "../api/types";
import { t } from "../i18n/locale.svelte";

export type AttendanceCounts = {
  came: number;
  firstTime: number;
  needChildcare: number;
};

export function attendanceCounts(attendees: readonly Attendance[]): AttendanceCounts {
  return {
    came: attendees.length,
    firstTime: attendees.filter((a) => a.first_time).length,
    needChildcare: attendees.filter((a) => a.needs_childcare).length,
  };
}

/** "12 came, 3 for the first time, 4 need childcare next time"; parts that are 0 are left out. */
export function countsText(counts: AttendanceCounts): string {
  if (counts.came === 0) return t("meetings-no-one-yet");
  const parts = [t("meetings-came", { count: counts.came })];
  if (counts.firstTime > 0) parts.push(t("meetings-first-time", { count: counts.firstTime }));
  if (counts.needChildcare > 0) {
    parts.push(t("meetings-need-childcare", { count: counts.needChildcare }));
  }
  return parts.join(t("meetings-counts-separator"));
}

/** The list row's short count: "12 came", "No sign-ins yet". */
export function attendedText(attended: number): string {
  return attended === 0 ? t("meetings-no-sign-ins") : t("meetings-came", { count: attended });
}

export type AccessFact = {
  key: "childcare" | "interpretation" | "food" | "step_free";
  /** Arranged for this meeting. */
  provided: boolean;
  /** The words that say it, either way. */
  label: string;
};

/** What makes the meeting one people can come to, in words, whether arranged or not. */
export function accessFacts(meeting: Meeting): AccessFact[] {
  const languages = meeting.interpretation.filter((l) => l.trim() !== "");
  return [
    {
      key: "childcare",
      provided: meeting.childcare,
      label: meeting.childcare ? t("meetings-childcare") : t("meetings-no-childcare"),
    },
    {
      key: "interpretation",
      provided: languages.length > 0,
      label:
        languages.length > 0
          ? t("meetings-interpretation", {
              languages: languages.join(t("meetings-counts-separator")),
            })
          : t("meetings-no-interpretation"),
    },
    {
      key: "food",
      provided: meeting.food,
      label: meeting.food ? t("meetings-food") : t("meetings-no-food"),
    },
    {
      key: "step_free",
      provided: meeting.step_free,
      label: meeting.step_free ? t("meetings-step-free") : t("meetings-no-step-free"),
    },
  ];
}

/**
 * The "signed in" list while entering a sheet: the people marked in this sitting first, the
 * latest on top, then everyone marked before in the order the backend gives (latest first).
 */
export function signedInOrder(
  attendees: readonly Attendance[],
  markedNow: readonly PersonId[],
): Attendance[] {
  const byId = new Map(attendees.map((a) => [a.person_id, a]));
  const recent = markedNow
    .map((id) => byId.get(id))
    .filter((a): a is Attendance => a !== undefined);
  const seen = new Set(recent.map((a) => a.person_id));
  return [...recent, ...attendees.filter((a) => !seen.has(a.person_id))];
}
