import type { DoorId, DoorQuestions, DoorResult, ResidentId, ResultInput } from "../api/types";
import { readNeeds, typedNeeds, type NeedsReading } from "./door-needs";

/** What a door's row has beside its result: its words, the needs named and the "wants in" box. */
export type DoorMarks = Pick<ResultInput, "notes" | "wants_involved" | "needs">;

export type NoteLineOpening = {
  door: DoorId;
  result: DoorResult;
  resident: ResidentId | null;
  /** What the canvass asks at the doors, when this line asks for the needs; else null. */
  survey: DoorQuestions | null;
  /** What was typed for the door last, else what it has: the line starts from it. */
  earlier: DoorMarks;
  /** The backend's refusal of the needs sent before for this door. */
  refusal: string | null;
};

/**
 * The line for what the sheet has beside a result that takes words ("talked": what they said;
 * "come back": when): the words, the needs' numbers (with a survey, when they talked) and the
 * "wants to get involved" box.
 */
export class NoteLine {
  readonly door: DoorId;
  readonly result: DoorResult;
  readonly resident: ResidentId | null;
  /** Non-null when the line asks for the needs named. */
  readonly survey: DoorQuestions | null;
  /** The backend's refusal of the needs sent before, shown under them. */
  readonly refusal: string | null;
  text = $state("");
  /** The needs' numbers as written on the sheet: "1 5 7". */
  needs = $state("");
  involved = $state(false);

  constructor(opening: NoteLineOpening) {
    this.door = opening.door;
    this.result = opening.result;
    this.resident = opening.resident;
    this.survey = opening.survey;
    this.refusal = opening.refusal;
    this.text = opening.earlier.notes ?? "";
    this.needs = opening.survey ? typedNeeds(opening.earlier.needs, opening.survey) : "";
    this.involved = opening.earlier.wants_involved;
  }

  /** What the needs' numbers say, when the line asks for them. */
  get reading(): NeedsReading | null {
    return this.survey ? readNeeds(this.needs, this.survey) : null;
  }

  /** Whether something is typed or ticked on it. */
  get typed(): boolean {
    return this.text.trim() !== "" || this.needs.trim() !== "" || this.involved;
  }

  /** What the door is entered with; null while the needs' numbers are not the sheet's. */
  input(): ResultInput | null {
    const reading = this.reading;
    if (reading?.problem) return null;
    const notes = this.text.trim();
    return {
      result: this.result,
      resident: this.resident,
      notes: notes === "" ? null : notes,
      wants_involved: this.involved,
      needs: reading?.needs.map((need) => need.key) ?? [],
    };
  }
}
