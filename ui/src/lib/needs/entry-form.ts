// Turning what was ticked on a paper form into what the backend takes, and a refusal back into
// the place on screen it is about.

import { fieldMessage, invalidField, type AppError } from "../api/errors";
import type { Answer, Method, ResponseInput, Survey } from "../api/types";
import { t } from "../i18n/locale.svelte";
import { answerIsEmpty, answerProblems, answersOf, questionTarget, type AnswerDraft } from "./paper-answers";
import { allQuestions } from "./survey-edit";

/** The form being typed in: everything that changes from one paper form to the next. */
export type EntryValues = {
  form: string;
  answers: Record<string, AnswerDraft>;
  consent: boolean;
  contactName: string;
  contactPhone: string;
  contactEmail: string;
  wantsContact: boolean;
};

/** Set once at the top and kept from form to form: canvassers work one area at a time. */
export type EntrySettings = {
  enteredBy: string;
  /** "" when not known. */
  area: string;
  language: string;
  /** "" when not known. */
  method: Method | "";
};

export function emptyValues(): EntryValues {
  return {
    form: "",
    answers: {},
    consent: false,
    contactName: "",
    contactPhone: "",
    contactEmail: "",
    wantsContact: false,
  };
}

/** Nothing typed or ticked yet on this form. */
export function isBlank(values: EntryValues): boolean {
  return (
    values.form.trim() === "" &&
    Object.values(values.answers).every((draft) => answerIsEmpty(draft)) &&
    !values.consent &&
    values.contactName.trim() === "" &&
    values.contactPhone.trim() === "" &&
    values.contactEmail.trim() === "" &&
    !values.wantsContact
  );
}

/** The answered questions only, in survey order: a form can be partial. */
export function buildAnswers(survey: Survey, answers: Record<string, AnswerDraft>): Answer[] {
  return answersOf(allQuestions(survey), answers);
}

function optional(text: string): string | null {
  const trimmed = text.trim();
  return trimmed === "" ? null : trimmed;
}

/** What is sent for one filled form. Contact details go only with consent. */
export function buildInput(survey: Survey, settings: EntrySettings, values: EntryValues): ResponseInput {
  const consent = values.consent;
  return {
    form: values.form.trim(),
    area: optional(settings.area),
    language: optional(settings.language),
    method: settings.method === "" ? null : settings.method,
    answers: buildAnswers(survey, values.answers),
    consent,
    contact_name: consent ? optional(values.contactName) : null,
    contact_phone: consent ? optional(values.contactPhone) : null,
    contact_email: consent ? optional(values.contactEmail) : null,
    wants_contact: consent && values.wantsContact,
    entered_by: settings.enteredBy.trim(),
  };
}

/** The form with consent ticked or not; without it, every contact detail is cleared. */
export function withConsent(values: EntryValues, consent: boolean): EntryValues {
  if (consent) return { ...values, consent };
  return {
    ...values,
    consent: false,
    contactName: "",
    contactPhone: "",
    contactEmail: "",
    wantsContact: false,
  };
}

/**
 * Where on screen a message belongs: "form number", "entered by", "area", "consent", "phone",
 * "email", or "question:<key>" for a question.
 */
export type EntryTarget = string;

export const FORM_NUMBER = "form number";
export const ENTERED_BY = "entered by";

/**
 * The places that show refusals about the form's inputs, by the key of the input the backend
 * names (typed against the generated input, so a renamed field fails the type check); a refusal
 * about an answer names `answers.<question key>`.
 */
const PLACE_OF_INPUT: Readonly<Partial<Record<keyof ResponseInput, EntryTarget>>> = {
  form: FORM_NUMBER,
  entered_by: ENTERED_BY,
  area: "area",
  consent: "consent",
  contact_phone: "phone",
  contact_email: "email",
};

/** The place a refusal is about, or null when it is about the form as a whole. */
export function errorTarget(error: AppError, survey: Survey): EntryTarget | null {
  const field = invalidField(error);
  if (field === null) return null;
  const place = PLACE_OF_INPUT[field as keyof ResponseInput];
  if (place !== undefined) return place;
  const question = field.startsWith("answers.") ? field.slice("answers.".length) : null;
  if (question !== null && allQuestions(survey).some((q) => q.key === question)) {
    return questionTarget(question);
  }
  return null;
}

/** The refusal placed beside its field, or left for the form as a whole. */
export function placeError(
  error: AppError,
  survey: Survey,
): { target: EntryTarget; message: string } | { target: null; error: AppError } {
  const target = errorTarget(error, survey);
  return target === null ? { target, error } : { target, message: fieldMessage(error) };
}

/** What must be fixed before a form is sent, by target. */
export function checkEntry(
  survey: Survey,
  settings: EntrySettings,
  values: EntryValues,
): Record<EntryTarget, string> {
  const problems: Record<EntryTarget, string> = {};
  if (values.form.trim() === "") {
    problems[FORM_NUMBER] = t("needs-entry-form-number-missing");
  }
  if (settings.enteredBy.trim() === "") {
    problems[ENTERED_BY] = t("needs-entry-entered-by-missing");
  }
  return { ...problems, ...answerProblems(allQuestions(survey), values.answers) };
}
