// The Canvassing area's facts in words: sheets, counts, what adding doors made, rates.
import type { Canvass, DoorAdded, DoorsFromPeople, DoorsImported, Message, Tally, Turf } from "../api/types";
import { formatDate } from "../format/date";
import { say, t } from "../i18n/locale.svelte";
import { DOOR_RESULTS } from "./door-results";

/** Up to this many rows left out of a list are listed; the rest are counted. */
export const LEFT_OUT_SHOWN = 20;

/** "Sheet T3", as the walk sheet's heading prints it. */
export function sheetName(position: number): string {
  return t("canvass-sheet", { position });
}

/** "Sheet T1 · Larch Ct, Elm St +2 · 38 doors" */
export function turfLine(turf: Pick<Turf, "position" | "name" | "doors">): string {
  return t("canvass-turf-line", { sheet: sheetName(turf.position), streets: turf.name, doors: turf.doors });
}

/** Who walks a turf and when, as typed: "Ana & Luis · Sat 10 am – 12 pm"; null when nobody is set. */
export function assignedLine(turf: Pick<Turf, "canvassers" | "shift">): string | null {
  const { canvassers, shift } = turf;
  if (canvassers && shift) return t("canvass-turf-assigned", { canvassers, shift });
  return canvassers || shift || null;
}

/** "Sat, Mar 7, 2026 · 3 turfs · 112 doors"; a canvass not cut yet says so. */
export function canvassFacts(canvass: Canvass): string {
  const day = formatDate(canvass.fields.held_on);
  return canvass.turfs === 0
    ? t("canvass-row-not-cut", { day })
    : t("canvass-row-facts", { day, turfs: canvass.turfs, doors: canvass.doors });
}

/** "62%", or a dash before any door is knocked. */
export function rateText(rate: number | null): string {
  return rate === null ? "—" : t("canvass-rate", { rate });
}

/** Each result's count, in the order the sheets print them (0 for one not counted). */
export function resultCounts(tally: Tally): number[] {
  const counts = new Map(tally.results);
  return DOOR_RESULTS.map((result) => counts.get(result) ?? 0);
}

/** What a list of doors made: "1,204 new doors (310 known already), 980 households, 1,530 people." */
export function importedText(report: DoorsImported): string {
  return t("canvass-imported", {
    doors: report.doors,
    known: report.doors_known,
    households: report.households,
    residents: report.residents,
  });
}

/** What the people records made: "412 doors and 530 people from the people records." */
export function fromPeopleText(made: DoorsFromPeople): string {
  return t("canvass-from-people-made", { doors: made.doors, residents: made.residents });
}

/** "183 Larch Ct Apt 2 added, with 1 person" or "already known: 1 person added". */
export function typedDoorText(added: DoorAdded): string {
  const args = { address: added.address, residents: added.residents_added };
  return added.new ? t("canvass-door-added", args) : t("canvass-door-known", args);
}

/** The rows left out that are listed, and the line counting the rest, null when all are listed. */
export function leftOutShown(leftOut: readonly Message[]): { shown: string[]; more: string | null } {
  const rest = leftOut.length - LEFT_OUT_SHOWN;
  return {
    shown: leftOut.slice(0, LEFT_OUT_SHOWN).map(say),
    more: rest > 0 ? t("canvass-left-out-more", { count: rest }) : null,
  };
}
