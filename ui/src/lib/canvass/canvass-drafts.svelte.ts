// The small forms of the Canvassing area: a new canvass, cutting its doors into turfs, who walks
// a turf and when, and the one line for someone new met at a door.
import type { AssessmentId, CanvassInput, CutInput, DoorQuestions, Turf, TurfId, TypedDoor } from "../api/types";
import { isPlainDate } from "../format/date";
import { Draft, type FieldErrors } from "../forms/draft.svelte";
import { t } from "../i18n/locale.svelte";
import { readNeeds } from "./door-needs";
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

export type CanvassValues = {
  name: string;
  heldOn: string;
  script: string;
  literature: string;
  /** The needs assessment whose survey is asked at the doors; null: none. */
  assessment: AssessmentId | null;
};

export function validateCanvass(values: CanvassValues): FieldErrors {
  const errors: Record<string, string> = {};
  if (values.name.trim() === "") errors.name = t("canvass-name-needed");
  if (!isPlainDate(values.heldOn)) errors.held_on = t("canvass-day-needed");
  return errors;
}

/**
 * "New canvass": its name, the day, the short script for the door, what to bring, and the
 * survey asked at the doors, if any.
 */
export class CanvassDraft extends Draft<CanvassValues> {
  /** @param today the day the form starts on, "YYYY-MM-DD". */
  constructor(today: string) {
    super({ name: "", heldOn: today, script: "", literature: "", assessment: null }, validateCanvass, [
      "name",
      "held_on",
      "script",
      "literature",
      "assessment",
    ]);
  }

  submit(): CanvassInput | null {
    if (!this.attempt()) return null;
    return {
      name: this.values.name.trim(),
      held_on: this.values.heldOn,
      script: orNull(this.values.script),
      literature: orNull(this.values.literature),
      assessment: this.values.assessment,
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

export type TypedDoorValues = { address: string; zip: string; names: string };

export function validateTypedDoor(values: TypedDoorValues): FieldErrors {
  const errors: Record<string, string> = {};
  if (!/^\s*\d/.test(values.address) || values.address.trim().split(/\s+/).length < 2) {
    errors.address = t("canvass-door-address-needed");
  }
  if (!/^\d{5}$/.test(values.zip.trim())) errors.zip = t("canvass-door-zip-needed");
  return errors;
}

/**
 * "Type a door in": its address as on an envelope, its ZIP code, and who lives there (a name
 * a line), for a door no list has.
 */
export class TypedDoorDraft extends Draft<TypedDoorValues> {
  constructor() {
    super({ address: "", zip: "", names: "" }, validateTypedDoor, ["address", "zip", "residents"]);
  }

  submit(): TypedDoor | null {
    if (!this.attempt()) return null;
    return {
      address: this.values.address.trim(),
      zip: this.values.zip.trim(),
      residents: this.values.names
        .split("\n")
        .map((n) => n.trim())
        .filter((n) => n !== ""),
    };
  }
}

export type NewPersonValues = {
  name: string;
  notes: string;
  /** The needs' numbers as written on the sheet, when the canvass carries a survey. */
  needs: string;
  involved: boolean;
};

export function validateNewPerson(values: NewPersonValues, survey: DoorQuestions | null = null): FieldErrors {
  const errors: Record<string, string> = {};
  if (values.name.trim() === "") errors.name = t("canvass-new-person-name-needed");
  const problem = survey ? readNeeds(values.needs, survey).problem : null;
  if (problem) errors.needs = problem;
  return errors;
}

/** What the line for someone new sends. */
export type NewPersonTyped = {
  name: string;
  notes: string | null;
  /** The survey's keys of the needs named. */
  needs: string[];
  wantsInvolved: boolean;
};

/**
 * Someone met at a door who is not on the sheet: the name written in the margin, what they
 * said, and the row's other marks (the needs named, with a survey, and "wants to get
 * involved"). Saving records the door as "talked", naming them.
 */
export class NewPersonDraft extends Draft<NewPersonValues> {
  /** What the canvass asks at the doors; null: no needs to write. */
  readonly survey: DoorQuestions | null;

  constructor(survey: DoorQuestions | null = null) {
    super(
      { name: "", notes: "", needs: "", involved: false },
      (values) => validateNewPerson(values, survey),
      ["name", "notes", "needs"],
    );
    this.survey = survey;
  }

  submit(): NewPersonTyped | null {
    if (!this.attempt()) return null;
    const needs = this.survey ? readNeeds(this.values.needs, this.survey).needs : [];
    return {
      name: this.values.name.trim(),
      notes: orNull(this.values.notes),
      needs: needs.map((need) => need.key),
      wantsInvolved: this.values.involved,
    };
  }
}
