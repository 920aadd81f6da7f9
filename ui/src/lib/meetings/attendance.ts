import type { Attendance, Meeting, PersonId } from "../api/types";
import { formatCount } from "../format/count";

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
  if (counts.came === 0) return "No one signed in yet";
  const parts = [`${formatCount(counts.came)} came`];
  if (counts.firstTime > 0) parts.push(`${formatCount(counts.firstTime)} for the first time`);
  if (counts.needChildcare > 0) {
    const verb = counts.needChildcare === 1 ? "needs" : "need";
    parts.push(`${formatCount(counts.needChildcare)} ${verb} childcare next time`);
  }
  return parts.join(", ");
}

/** The list row's short count: "12 came", "No sign-ins yet". */
export function attendedText(attended: number): string {
  return attended === 0 ? "No sign-ins yet" : `${formatCount(attended)} came`;
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
      label: meeting.childcare ? "Childcare provided" : "No childcare arranged",
    },
    {
      key: "interpretation",
      provided: languages.length > 0,
      label:
        languages.length > 0
          ? `Interpretation: ${languages.join(", ")}`
          : "No interpretation arranged",
    },
    {
      key: "food",
      provided: meeting.food,
      label: meeting.food ? "Food provided" : "No food arranged",
    },
    {
      key: "step_free",
      provided: meeting.step_free,
      label: meeting.step_free ? "Step-free access" : "Step-free access not noted",
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
