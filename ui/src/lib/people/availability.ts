import type { DayPart, Slot, Weekday } from "../api/types";

/** The week as organizers read it, Monday first. */
export const WEEKDAYS: ReadonlyArray<{ key: Weekday; label: string; short: string }> = [
  { key: "mon", label: "Monday", short: "Mon" },
  { key: "tue", label: "Tuesday", short: "Tue" },
  { key: "wed", label: "Wednesday", short: "Wed" },
  { key: "thu", label: "Thursday", short: "Thu" },
  { key: "fri", label: "Friday", short: "Fri" },
  { key: "sat", label: "Saturday", short: "Sat" },
  { key: "sun", label: "Sunday", short: "Sun" },
];

export const DAY_PARTS: ReadonlyArray<{ key: DayPart; label: string }> = [
  { key: "morning", label: "Morning" },
  { key: "afternoon", label: "Afternoon" },
  { key: "evening", label: "Evening" },
];

/** "mon-morning": one string per slot, for checkbox groups and sets. */
export function slotKey(slot: Slot): string {
  return `${slot.day}-${slot.part}`;
}

/** "Monday morning" */
export function slotLabel(slot: Slot): string {
  const day = WEEKDAYS.find((d) => d.key === slot.day)?.label ?? slot.day;
  return `${day} ${slot.part}`;
}

/** All 21 slots in week order: Monday morning, Monday afternoon, … Sunday evening. */
export const ALL_SLOTS: readonly Slot[] = WEEKDAYS.flatMap((day) =>
  DAY_PARTS.map((part) => ({ day: day.key, part: part.key })),
);

export type AvailabilityCell = { slot: Slot; key: string; label: string; available: boolean };
export type AvailabilityRow = { day: Weekday; label: string; cells: AvailabilityCell[] };

/** The 7 × 3 grid (days down, parts of the day across) with each slot marked free or not. */
export function availabilityGrid(slots: readonly Slot[]): AvailabilityRow[] {
  const free = new Set(slots.map(slotKey));
  return WEEKDAYS.map((day) => ({
    day: day.key,
    label: day.label,
    cells: DAY_PARTS.map((part) => {
      const slot = { day: day.key, part: part.key };
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
