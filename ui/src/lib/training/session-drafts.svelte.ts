// The two small forms of a module's sessions: planning one (a meeting given over to the
// module), and what the trainers say of it afterwards.
import type { Feedback, MeetingId, MeetingInput, Session } from "../api/types";
import { Draft, type FieldErrors } from "../forms/draft.svelte";
import { isPlainDate } from "../format/date";
import { t } from "../i18n/locale.svelte";
import { parseTime } from "../meetings/meeting-time";
import { withChip } from "../people/person-form";

/** When a session starts unless the organizer says otherwise: evening, after work. */
export const DEFAULT_SESSION_TIME = "18:00";

export type SessionValues = {
  /** "YYYY-MM-DD", "" while no day is picked. */
  day: string;
  /** "HH:MM". */
  time: string;
  place: string;
  trainers: string;
  childcare: boolean;
  interpretation: string[];
  food: boolean;
  stepFree: boolean;
};

/** The inputs the form shows the backend's refusals beside, by the keys it sends them under. */
export const SESSION_FIELDS = ["starts_at", "place", "trainers"] as const;

export function validateSession(values: SessionValues): FieldErrors {
  const errors: Record<string, string> = {};
  if (values.day.trim() === "") errors.starts_at = t("training-session-day-missing");
  else if (!isPlainDate(values.day)) errors.starts_at = t("training-session-day-invalid");
  if (parseTime(values.time) === null) errors.time = t("training-session-time-invalid");
  return errors;
}

function optional(text: string): string | null {
  const trimmed = text.trim();
  return trimmed === "" ? null : trimmed;
}

/** What `createSession` is sent: the meeting (titled as the module) and who trains. */
export type SessionInput = { meeting: MeetingInput; trainers: string | null };

export function sessionInput(values: SessionValues, title: string): SessionInput {
  return {
    meeting: {
      title,
      starts_at: `${values.day.trim()}T${parseTime(values.time) ?? DEFAULT_SESSION_TIME}`,
      ends_at: null,
      place: optional(values.place),
      childcare: values.childcare,
      interpretation: [...values.interpretation],
      food: values.food,
      step_free: values.stepFree,
      notes: null,
    },
    trainers: optional(values.trainers),
  };
}

/** "Plan a session": the day, the time, the place, who trains, and what makes it one people can come to. */
export class SessionDraft extends Draft<SessionValues> {
  /** The meeting's title: the module's, in the screens' language. */
  readonly title: string;

  constructor(title: string) {
    super(
      {
        day: "",
        time: DEFAULT_SESSION_TIME,
        place: "",
        trainers: "",
        childcare: false,
        interpretation: [],
        food: false,
        stepFree: false,
      },
      validateSession,
      SESSION_FIELDS,
    );
    this.title = title;
  }

  submit(): SessionInput | null {
    return this.attempt() ? sessionInput(this.values, this.title) : null;
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

export type FeedbackValues = { trainers: string; worked: string; toChange: string };

/** What the trainers say after a session: who trained, what worked, what to change next time. */
export class FeedbackDraft extends Draft<FeedbackValues> {
  readonly sessionId: MeetingId;
  /** Set on the fresh form a save leaves, so the page says "Saved" until the next change. */
  justSaved = $state(false);

  constructor(session: Session) {
    super(
      {
        trainers: session.trainers ?? "",
        worked: session.worked ?? "",
        toChange: session.to_change ?? "",
      },
      () => ({}),
      ["trainers", "worked", "to_change"],
    );
    this.sessionId = session.id;
  }

  submit(): Feedback | null {
    if (!this.attempt()) return null;
    return {
      trainers: optional(this.values.trainers),
      worked: optional(this.values.worked),
      to_change: optional(this.values.toChange),
    };
  }
}
