// Logging a contact with an organization: the form's values, what to fix, the input sent, and
// where a logged contact's next step stands.
import type { ContactInput, ContactKind, OrgContact, Participant } from "../api/types";
import { isPlainDate } from "../format/date";
import { t } from "../i18n/locale.svelte";

export type ContactValues = {
  kind: ContactKind;
  happenedOn: string;
  summary: string;
  theirPeople: string;
  /** Who from the chapter took part, as picked. */
  people: Participant[];
  nextStep: string;
  nextStepDue: string;
  loggedBy: string;
};

export type ContactErrors = Partial<
  Record<"happened_on" | "summary" | "next_step" | "next_step_due" | "logged_by", string>
>;

/** The inputs the form shows the backend's refusals beside, by the keys it sends them under. */
export const CONTACT_FIELDS: readonly (keyof ContactErrors)[] = [
  "happened_on",
  "summary",
  "next_step",
  "next_step_due",
  "logged_by",
];

export function newContact(today: string, loggedBy: string): ContactValues {
  return {
    kind: "contact",
    happenedOn: today,
    summary: "",
    theirPeople: "",
    people: [],
    nextStep: "",
    nextStepDue: "",
    loggedBy,
  };
}

/** Dates compare as text because "YYYY-MM-DD" sorts in calendar order. */
export function validateContact(values: ContactValues, today: string): ContactErrors {
  const errors: ContactErrors = {};
  const happenedOn = values.happenedOn.trim();
  const due = values.nextStepDue.trim();
  if (!isPlainDate(happenedOn)) errors.happened_on = t("orgs-contact-date-invalid");
  else if (happenedOn > today) errors.happened_on = t("orgs-contact-date-future");
  if (values.summary.trim() === "") errors.summary = t("orgs-contact-summary-missing");
  if (values.loggedBy.trim() === "") errors.logged_by = t("orgs-logged-by-missing");
  if (due !== "") {
    if (!isPlainDate(due)) errors.next_step_due = t("orgs-next-step-due-invalid");
    else if (isPlainDate(happenedOn) && due < happenedOn) {
      errors.next_step_due = t("orgs-next-step-due-before");
    }
    if (values.nextStep.trim() === "") errors.next_step = t("orgs-next-step-missing");
  }
  return errors;
}

function optional(text: string): string | null {
  const trimmed = text.trim();
  return trimmed === "" ? null : trimmed;
}

export function contactInput(values: ContactValues): ContactInput {
  return {
    kind: values.kind,
    happened_on: values.happenedOn.trim(),
    summary: values.summary.trim(),
    their_people: optional(values.theirPeople),
    people: values.people.map((person) => person.id),
    next_step: optional(values.nextStep),
    next_step_due: optional(values.nextStepDue),
    logged_by: values.loggedBy.trim(),
  };
}

export type NextStepState = "none" | "open" | "due" | "overdue" | "done";

/**
 * Where a contact's next step stands on `today`: done, overdue (its day has passed), due
 * (today), open (a later day, or no day), or none at all.
 */
export function nextStepState(contact: OrgContact, today: string): NextStepState {
  if (contact.next_step === null) return "none";
  if (contact.next_step_done_on !== null) return "done";
  const due = contact.next_step_due;
  if (due === null || due > today) return "open";
  return due < today ? "overdue" : "due";
}
