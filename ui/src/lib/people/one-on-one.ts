import type { OneOnOne, OneOnOneInput, PersonId } from "../api/types";
import { isPlainDate } from "../format/date";
import { t } from "../i18n/locale.svelte";

/** The "log a one-on-one" form as the inputs hold it. */
export type OneOnOneValues = {
  heldOn: string;
  heldBy: string;
  story: string;
  caresAbout: string;
  agreedTo: string;
  nextStep: string;
  followUpOn: string;
};

export type OneOnOneErrors = Partial<Record<"held_on" | "held_by" | "follow_up_on", string>>;

/** The inputs the form shows the backend's refusals beside, by the keys it sends them under. */
export const ONE_ON_ONE_FIELDS: readonly (keyof OneOnOneErrors)[] = [
  "held_on",
  "held_by",
  "follow_up_on",
];

export function newOneOnOne(today: string, heldBy: string): OneOnOneValues {
  return {
    heldOn: today,
    heldBy,
    story: "",
    caresAbout: "",
    agreedTo: "",
    nextStep: "",
    followUpOn: "",
  };
}

/** Dates compare as text because "YYYY-MM-DD" sorts in calendar order. */
export function validateOneOnOne(values: OneOnOneValues, today: string): OneOnOneErrors {
  const errors: OneOnOneErrors = {};
  const heldOn = values.heldOn.trim();
  const followUp = values.followUpOn.trim();
  if (!isPlainDate(heldOn)) {
    errors.held_on = t("people-held-on-invalid");
  } else if (heldOn > today) {
    errors.held_on = t("people-held-on-future");
  }
  if (values.heldBy.trim() === "") {
    errors.held_by = t("people-held-by-missing");
  }
  if (followUp !== "") {
    if (!isPlainDate(followUp)) {
      errors.follow_up_on = t("people-follow-up-invalid");
    } else if (isPlainDate(heldOn) && followUp < heldOn) {
      errors.follow_up_on = t("people-follow-up-before");
    }
  }
  return errors;
}

function optional(text: string): string | null {
  const trimmed = text.trim();
  return trimmed === "" ? null : trimmed;
}

export function oneOnOneInput(personId: PersonId, values: OneOnOneValues): OneOnOneInput {
  return {
    person_id: personId,
    held_on: values.heldOn.trim(),
    held_by: values.heldBy.trim(),
    story: optional(values.story),
    cares_about: optional(values.caresAbout),
    agreed_to: optional(values.agreedTo),
    next_step: optional(values.nextStep),
    follow_up_on: optional(values.followUpOn),
  };
}

/** Most recent conversation first; two on one day in the order they were written down. */
export function newestFirst(list: readonly OneOnOne[]): OneOnOne[] {
  return [...list].sort(
    (a, b) => b.held_on.localeCompare(a.held_on) || b.created_at.localeCompare(a.created_at),
  );
}

export type FollowUpState = "none" | "done" | "overdue" | "due";

/** Where a conversation's follow-up stands on `today`. */
export function followUpState(item: OneOnOne, today: string): FollowUpState {
  if (item.follow_up_on === null) return "none";
  if (item.follow_up_done) return "done";
  return item.follow_up_on < today ? "overdue" : "due";
}
