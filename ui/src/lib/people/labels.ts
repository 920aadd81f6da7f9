import type { MembershipStatus, Transport, WorkSchedule } from "../api/types";

export type Choice<T extends string> = { value: T; label: string };

export const MEMBERSHIP_STATUSES: ReadonlyArray<Choice<MembershipStatus>> = [
  { value: "good_standing", label: "In good standing" },
  { value: "member", label: "Member" },
  { value: "lapsed", label: "Lapsed" },
];

export const WORK_SCHEDULES: ReadonlyArray<Choice<WorkSchedule>> = [
  { value: "unknown", label: "Not known" },
  { value: "days", label: "Works days" },
  { value: "evenings", label: "Works evenings" },
  { value: "nights", label: "Works nights" },
  { value: "rotating", label: "Rotating shifts" },
  { value: "irregular", label: "Irregular hours" },
  { value: "not_working", label: "Not working now" },
];

export const TRANSPORTS: ReadonlyArray<Choice<Transport>> = [
  { value: "unknown", label: "Not known" },
  { value: "car", label: "Has a car" },
  { value: "transit", label: "Takes transit" },
  { value: "walk_or_bike", label: "Walks or bikes" },
  { value: "needs_ride", label: "Needs a ride" },
];

/** The label of a value, or the value itself when a newer backend sends one we do not know. */
export function labelOf<T extends string>(choices: ReadonlyArray<Choice<T>>, value: T): string {
  return choices.find((choice) => choice.value === value)?.label ?? value;
}
