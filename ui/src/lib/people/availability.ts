import type { DayPart, Slot, Weekday } from "../api/types";
import { t } from "../i18n/locale.svelte";

/** The week as organizers read it, Monday first. */
export const WEEKDAYS: readonly Weekday[] = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"];

export const DAY_PARTS: readonly DayPart[] = ["morning", "afternoon", "evening"];

/** "Monday", in the screens' language; a day this version does not know, as it came. */
export function weekdayName(day: Weekday): string {
  switch (day) {
    case "mon":
      return t("people-monday");
    case "tue":
      return t("people-tuesday");
    case "wed":
      return t("people-wednesday");
    case "thu":
      return t("people-thursday");
    case "fri":
      return t("people-friday");
    case "sat":
      return t("people-saturday");
    case "sun":
      return t("people-sunday");
    default:
      return day;
  }
}

/** "Morning", "Afternoon", "Evening": a column of the week's grid. */
export function dayPartName(part: DayPart): string {
  switch (part) {
    case "morning":
      return t("people-morning");
    case "afternoon":
      return t("people-afternoon");
    case "evening":
      return t("people-evening");
    default:
      return part;
  }
}

/** "mon-morning": one string per slot, for checkbox groups and sets. */
export function slotKey(slot: Slot): string {
  return `${slot.day}-${slot.part}`;
}

/** "Monday morning" */
export function slotLabel(slot: Slot): string {
  return t("people-slot", { day: weekdayName(slot.day), part: slot.part });
}

/** All 21 slots in week order: Monday morning, Monday afternoon, … Sunday evening. */
export const ALL_SLOTS: readonly Slot[] = WEEKDAYS.flatMap((day) =>
  DAY_PARTS.map((part) => ({ day, part })),
);

export type AvailabilityCell = { slot: Slot; key: string; label: string; available: boolean };
export type AvailabilityRow = { day: Weekday; label: string; cells: AvailabilityCell[] };

/** The 7 × 3 grid (days down, parts of the day across) with each slot marked free or not. */
export function availabilityGrid(slots: readonly Slot[]): AvailabilityRow[] {
  const free = new Set(slots.map(slotKey));
  return WEEKDAYS.map((day) => ({
    day,
    label: weekdayName(day),
    cells: DAY_PARTS.map((part) => {
      const slot = { day, part };
      const key = slotKey(slot);
      return { slot, key, label: slotLabel(slot), available: free.has(key) };
    }),
  }));
}

/** Slot keys back into slots, in week order, each once; keys that name no slot are dropped. */
export function slotsFromKeys(keys: Iterable<string>): Slot[] {
  const wanted = new Set(keys);
  return ALL_SLOTS.filter((slot) => wanted.has(slotKey(slot)));
}
