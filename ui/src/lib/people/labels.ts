import type { MembershipStatus, Transport, WorkSchedule } from "../api/types";
import { t } from "../i18n/locale.svelte";

export type Choice<T extends string> = { value: T; label: string };

/** The national list's standings, in the screens' language (read afresh, so a change shows). */
export function membershipStatuses(): Choice<MembershipStatus>[] {
  return [
    { value: "good_standing", label: t("people-status-good-standing") },
    { value: "member", label: t("people-status-member") },
    { value: "lapsed", label: t("people-status-lapsed") },
  ];
}

export function workSchedules(): Choice<WorkSchedule>[] {
  return [
    { value: "unknown", label: t("people-not-known") },
    { value: "days", label: t("people-works-days") },
    { value: "evenings", label: t("people-works-evenings") },
    { value: "nights", label: t("people-works-nights") },
    { value: "rotating", label: t("people-works-rotating") },
    { value: "irregular", label: t("people-works-irregular") },
    { value: "not_working", label: t("people-works-not-working") },
  ];
}

export function transports(): Choice<Transport>[] {
  return [
    { value: "unknown", label: t("people-not-known") },
    { value: "car", label: t("people-transport-car") },
    { value: "transit", label: t("people-transport-transit") },
    { value: "walk_or_bike", label: t("people-transport-walk-or-bike") },
    { value: "needs_ride", label: t("people-transport-needs-ride") },
  ];
}

/** The label of a value, or the value itself when a newer backend sends one we do not know. */
export function labelOf<T extends string>(choices: ReadonlyArray<Choice<T>>, value: T): string {
  return choices.find((choice) => choice.value === value)?.label ?? value;
}

/**
 * A phone's label as shown: the labels imports and the sample write ("mobile", "home", "work",
 * "cell") in the screens' language; a label someone typed, as they typed it.
 */
export function phoneLabelText(label: string): string {
  switch (label.trim().toLowerCase()) {
    case "cell":
      return t("people-phone-kind-cell");
    case "mobile":
      return t("people-phone-kind-mobile");
    case "home":
      return t("people-phone-kind-home");
    case "work":
      return t("people-phone-kind-work");
    default:
      return label;
  }
}
