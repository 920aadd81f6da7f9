// Turning what was ticked on a paper form into what the backend takes, and a refusal back into
// the place on screen it is about.

import { fieldMessage, invalidField, type AppError } from "../api/errors";
import type { Answer, AnswerValue, Method, Question, ResponseInput, Survey } from "../api/types";
import { t } from "../i18n/locale.svelte";
import { allQuestions } from "./survey-edit";

/** What a question's inputs hold before it becomes an answer; null or empty when skipped. */
export type AnswerDraft = number | string | boolean | string[] | null;

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

/** How many needs the top-three question takes. */
export const TOP_THREE_LIMIT = 3;

/** Said when a fourth need is ticked on the top-three question. */
export function topThreeRefusal(): string {
  return t("needs-entry-top-three-full");
}

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

function answerIsEmpty(draft: AnswerDraft | undefined): boolean {
  return (
    draft === null ||
    draft === undefined ||
    (typeof draft === "string" && draft.trim() === "") ||
    (Array.isArray(draft) && draft.length === 0)
  );
}

/** The answer to send for a question, or null when it was left empty (skipped). */
export function answerOf(question: Question, draft: AnswerDraft | undefined): AnswerValue | null {
  if (answerIsEmpty(draft)) return null;
  switch (question.kind) {
    case "scale":
      return typeof draft === "number" ? { kind: "scale", value: draft } : null;
    case "single":
      return typeof draft === "string" ? { kind: "choice", value: draft } : null;
    case "multiple":
    case "top_three": {
      if (!Array.isArray(draft)) return null;
      // In the order the form prints them, whatever order they were ticked in.
      const order = (question.choices ?? []).map((c) => c.key);
      const picked = order.filter((key) => draft.includes(key));
      return picked.length > 0 ? { kind: "choices", value: picked } : null;
    }
    case "yes_no":
      return typeof draft === "boolean" ? { kind: "yes_no", value: draft } : null;
    case "number":
      return typeof draft === "number" && Number.isFinite(draft)
        ? { kind: "number", value: draft }
        : null;
    case "text":
      return typeof draft === "string" ? { kind: "text", value: draft.trim() } : null;
  }
}

/** The answered questions only, in the order given: a form can be partial. */
export function answersOf(questions: readonly Question[], answers: Record<string, AnswerDraft>): Answer[] {
  const out: Answer[] = [];
  for (const question of questions) {
    const value = answerOf(question, answers[question.key]);
    if (value) out.push({ question: question.key, value });
  }
  return out;
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
 * The choices ticked after one more tick or untick. The top-three question refuses a fourth:
 * `refused` is true and nothing changes.
 */
export function toggled(
  question: Question,
  picked: readonly string[],
  key: string,
  on: boolean,
): { picked: string[]; refused: boolean } {
  if (!on) return { picked: picked.filter((k) => k !== key), refused: false };
  if (picked.includes(key)) return { picked: [...picked], refused: false };
  if (question.kind === "top_three" && picked.length >= TOP_THREE_LIMIT) {
    return { picked: [...picked], refused: true };
  }
  return { picked: [...picked, key], refused: false };
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

export function questionTarget(key: string): EntryTarget {
  return `question:${key}`;
}

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

/** What must be fixed in the answers before they are sent: a number that is not whole. */
export function answerProblems(
  questions: readonly Question[],
  answers: Record<string, AnswerDraft>,
): Record<EntryTarget, string> {
  const problems: Record<EntryTarget, string> = {};
  for (const question of questions) {
    const draft = answers[question.key];
    if (question.kind !== "number" || answerIsEmpty(draft)) continue;
    if (typeof draft !== "number" || !Number.isInteger(draft) || draft < 0) {
      problems[questionTarget(question.key)] = t("needs-entry-whole-number");
    }
  }
  return problems;
}

/** What a key pressed on a question's radios does: pick an answer, clear it, or nothing. */
export type AnswerKey = { set: number | boolean } | { clear: true } | null;

/**
 * Keys that answer from the paper at once: 1–5 on a scale, Y or N on yes/no, and Delete or
 * Backspace to leave any of them empty again (radios cannot be unticked otherwise).
 */
export function answerKey(
  kind: Question["kind"],
  event: Pick<KeyboardEvent, "key" | "ctrlKey" | "metaKey" | "altKey">,
): AnswerKey {
  if (event.ctrlKey || event.metaKey || event.altKey) return null;
  if (event.key === "Delete" || event.key === "Backspace") return { clear: true };
  if (kind === "scale" && /^[1-5]$/.test(event.key)) return { set: Number(event.key) };
  if (kind === "yes_no") {
    const key = event.key.toLowerCase();
    // "s" for "sí": Spanish forms are entered by the same keys.
    if (key === "y" || key === "s") return { set: true };
    if (key === "n") return { set: false };
  }
  return null;
}
