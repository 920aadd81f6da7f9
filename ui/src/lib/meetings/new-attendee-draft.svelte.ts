import type { NewAttendee } from "../api/types";
import { Draft } from "../forms/draft.svelte";
import {
  NEW_ATTENDEE_FIELDS,
  newAttendeeInput,
  newAttendeeValues,
  validateNewAttendee,
  type NewAttendeeValues,
} from "./new-attendee";

/** The short new-person row that opens when a name on the sheet matches no one. */
export class NewAttendeeDraft extends Draft<NewAttendeeValues> {
  /** What was in the name box when the row opened; Escape puts it back. */
  readonly typed: string;

  constructor(typed: string) {
    super(newAttendeeValues(typed), validateNewAttendee, NEW_ATTENDEE_FIELDS);
    this.typed = typed;
  }

  submit(): NewAttendee | null {
    return this.attempt() ? newAttendeeInput(this.values) : null;
  }
}
