// The small forms of the Canvassing area: a new canvass, cutting its doors into turfs, who walks
// a turf and when, and the one line for someone new met at a door.
import type { CanvassInput, CutInput, Turf, TurfId } from "../api/types";
import { isPlainDate } from "../format/date";
import { Draft, type FieldErrors } from "../forms/draft.svelte";
import { t } from "../i18n/locale.svelte";
import { DoorPicker } from "./door-picker.svelte";

/** The turf sizes the backend cuts (DOORS_PER_TURF in the core). */
export const FEWEST_DOORS = 5;
export const MOST_DOORS = 500;
/** About two hours of knocking for a pair of canvassers. */
export const DEFAULT_DOORS = 40;

function orNull(text: string): string | null {
  const trimmed = text.trim();
  return trimmed === "" ? null : trimmed;
}

export type CanvassValues = { name: string; heldOn: string; script: string; literature: string };

export function validateCanvass(values: CanvassValues): FieldErrors {
  const errors: Record<string, string> = {};
  if (values.name.trim() === "") errors.name = t("canvass-name-needed");
  if (!isPlainDate(values.heldOn)) errors.held_on = t("canvass-day-needed");
  return errors;
}

/** "New canvass": its name, the day, the short script for the door and what to bring. */
export class CanvassDraft extends Draft<CanvassValues> {
  /** @param today the day the form starts on, "YYYY-MM-DD". */
  constructor(today: string) {
    super({ name: "", heldOn: today, script: "", literature: "" }, validateCanvass, [
      "name",
      "held_on",
      "script",
      "literature",
    ]);
  }

  submit(): CanvassInput | null {
    if (!this.attempt()) return null;
    return {
      name: this.values.name.trim(),
      held_on: this.values.heldOn,
      script: orNull(this.values.script),
      literature: orNull(this.values.literature),
      assessment: null,
    };
  }
}

export type CutValues = { doorsPerTurf: string; zip: string; street: string };

/** The doors per turf as a whole number, or null when it is not one. */
export function doorsPerTurf(text: string): number | null {
  const trimmed = text.trim();
  return /^\d{1,4}$/.test(trimmed) ? Number(trimmed) : null;
}

export function validateCut(values: CutValues): FieldErrors {
  const doors = doorsPerTurf(values.doorsPerTurf);
  if (doors === null || doors < FEWEST_DOORS || doors > MOST_DOORS) {
    return { doors_per_turf: t("canvass-doors-per-turf-between", { least: FEWEST_DOORS, most: MOST_DOORS }) };
  }
  return {};
}

/** "Cut into turfs": how many doors each turf has, and which doors (a ZIP code, a street). */
export class CutDraft extends Draft<CutValues> {
  /** Doors picked one by one; none: the ZIP code and street choose. */
  readonly picker: DoorPicker;

  constructor(picker: DoorPicker = new DoorPicker()) {
    super({ doorsPerTurf: String(DEFAULT_DOORS), zip: "", street: "" }, validateCut, [
      "doors_per_turf",
      "zip",
      "street",
    ]);
    this.picker = picker;
  }

  submit(): CutInput | null {
    if (!this.attempt()) return null;
    return {
      doors_per_turf: doorsPerTurf(this.values.doorsPerTurf) ?? DEFAULT_DOORS,
      zip: orNull(this.values.zip),
      street: orNull(this.values.street),
      doors: this.picker.ids,
    };
  }
}

export type AssignValues = { canvassers: string; shift: string };

/** What `assignTurf` is sent: each box trimmed, an empty one null (which clears it). */
export type Assignment = { canvassers: string | null; shift: string | null };

/**
 * "Assign" on a turf's row: the pair who walk it and their shift, as its cover prints them.
 * Both may be left empty, which clears the turf's assignment.
 */
export class AssignDraft extends Draft<AssignValues> {
  readonly turfId: TurfId;

  constructor(turf: Pick<Turf, "id" | "canvassers" | "shift">) {
    super({ canvassers: turf.canvassers ?? "", shift: turf.shift ?? "" }, () => ({}), ["canvassers", "shift"]);
    this.turfId = turf.id;
  }

  submit(): Assignment | null {
    if (!this.attempt()) return null;
    return { canvassers: orNull(this.values.canvassers), shift: orNull(this.values.shift) };
  }
}

export type NewPersonValues = { name: string; notes: string };

export function validateNewPerson(values: NewPersonValues): FieldErrors {
  return values.name.trim() === "" ? { name: t("canvass-new-person-name-needed") } : {};
}

/**
 * Someone met at a door who is not on the sheet: the name written in the margin and what they
 * said. Saving records the door as "talked", naming them.
 */
export class NewPersonDraft extends Draft<NewPersonValues> {
  constructor(notes = "") {
    super({ name: "", notes }, validateNewPerson, ["name", "notes"]);
  }

  submit(): { name: string; notes: string | null } | null {
    if (!this.attempt()) return null;
    return { name: this.values.name.trim(), notes: orNull(this.values.notes) };
  }
}
