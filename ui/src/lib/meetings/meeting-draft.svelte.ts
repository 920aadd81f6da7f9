import type { Meeting, MeetingId, MeetingInput } from "../api/types";
import { Draft } from "../forms/draft.svelte";
import { withChip } from "../people/person-form";
import { MEETING_FIELDS, meetingInput, meetingValues, validateMeeting } from "./meeting-form";
import type { MeetingValues } from "./meeting-form";

/** The new-meeting or edit-meeting form. */
export class MeetingDraft extends Draft<MeetingValues> {
  /** null for a new meeting. */
  readonly meetingId: MeetingId | null;
  /** The meeting's title when the form opened, for its heading; "" for a new one. */
  readonly openedAs: string;

  constructor(meeting: Meeting | null) {
    super(meetingValues(meeting), validateMeeting, MEETING_FIELDS);
    this.meetingId = meeting?.id ?? null;
    this.openedAs = meeting?.title ?? "";
  }

  /** The input to save, or null while the form shows what to fix. */
  submit(): MeetingInput | null {
    return this.attempt() ? meetingInput(this.values) : null;
  }

  /** False when there was nothing new to add. */
  addLanguage(text: string): boolean {
    const before = this.values.interpretation.length;
    this.values.interpretation = withChip(this.values.interpretation, text);
    return this.values.interpretation.length > before;
  }

  removeLanguage(language: string): void {
    this.values.interpretation = this.values.interpretation.filter((l) => l !== language);
  }
}
