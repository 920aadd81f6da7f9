import type { Person, PersonInput, Transport, WorkSchedule } from "../api/types";
import { t } from "../i18n/locale.svelte";
import { slotKey, slotsFromKeys } from "./availability";

/** The backend refuses longer free text (notes, access needs, …). */
export const MAX_TEXT = 10_000;
/** The backend's bound on the number of children. */
export const MAX_CHILDREN = 30;

export type PhoneRow = { number: string; label: string };

/** The add/edit form as the inputs hold it: text as typed, "" for nothing. */
export type PersonDraftValues = {
  firstName: string;
  lastName: string;
  preferredName: string;
  pronouns: string;
  phones: PhoneRow[];
  emails: string[];
  street: string;
  unit: string;
  city: string;
  state: string;
  zip: string;
  doNotCall: boolean;
  doNotText: boolean;
  doNotEmail: boolean;
  languages: string[];
  /** One of `languages`, or "" for none. */
  preferredLanguage: string;
  /** null while the number box is empty. */
  children: number | null;
  needsChildcare: boolean;
  caresForAdult: boolean;
  caregivingNote: string;
  workSchedule: WorkSchedule;
  transport: Transport;
  /** Slot keys such as "mon-evening", as a checkbox group holds them. */
  availability: string[];
  unionName: string;
  unionLocal: string;
  workplace: string;
  isStudent: boolean;
  tags: string[];
  accessNeeds: string;
  notes: string;
};

/**
 * Where a form error is shown, by the key of the person input it is about: a field
 * ("first_name", "address.zip"), a group ("phones"), or
 * one row of a group ("phones.1", "emails.0").
 */
export type PersonErrors = Record<string, string>;

/**
 * The inputs the form shows the backend's refusals beside, by the keys of the person input it
 * sends ("address.zip", a row of a group: "phones.1").
 */
export const PERSON_FIELDS: readonly string[] = [
  "first_name",
  "last_name",
  "address.zip",
  "phones",
  "emails",
  "responsibilities.children",
  "responsibilities.caregiving_note",
  "notes",
  "access_needs",
];

export function draftValues(person: Person | null): PersonDraftValues {
  const text = (value: string | null | undefined) => value ?? "";
  return {
    firstName: text(person?.first_name),
    lastName: text(person?.last_name),
    preferredName: text(person?.preferred_name),
    pronouns: text(person?.pronouns),
    phones: (person?.phones ?? []).map((p) => ({ number: p.number, label: text(p.label) })),
    emails: [...(person?.emails ?? [])],
    street: text(person?.address.street),
    unit: text(person?.address.unit),
    city: text(person?.address.city),
    state: text(person?.address.state),
    zip: text(person?.address.zip),
    doNotCall: person?.do_not_call ?? false,
    doNotText: person?.do_not_text ?? false,
    doNotEmail: person?.do_not_email ?? false,
    languages: [...(person?.languages ?? [])],
    preferredLanguage: text(person?.preferred_language),
    children: person?.responsibilities.children ?? 0,
    needsChildcare: person?.responsibilities.needs_childcare ?? false,
    caresForAdult: person?.responsibilities.cares_for_adult ?? false,
    caregivingNote: text(person?.responsibilities.caregiving_note),
    workSchedule: person?.responsibilities.work_schedule ?? "unknown",
    transport: person?.responsibilities.transport ?? "unknown",
    availability: (person?.availability ?? []).map(slotKey),
    unionName: text(person?.union_name),
    unionLocal: text(person?.union_local),
    workplace: text(person?.workplace),
    isStudent: person?.is_student ?? false,
    tags: [...(person?.tags ?? [])],
    accessNeeds: text(person?.access_needs),
    notes: text(person?.notes),
  };
}

function optional(text: string): string | null {
  const trimmed = text.trim();
  return trimmed === "" ? null : trimmed;
}

/** What is sent to save: trimmed, blanks as null, empty phone and email rows left out. */
export function personInput(values: PersonDraftValues): PersonInput {
  return {
    first_name: values.firstName.trim(),
    last_name: values.lastName.trim(),
    preferred_name: optional(values.preferredName),
    pronouns: optional(values.pronouns),
    phones: values.phones
      .filter((p) => p.number.trim() !== "")
      .map((p) => ({ number: p.number.trim(), label: optional(p.label) })),
    emails: values.emails.map((e) => e.trim()).filter((e) => e !== ""),
    address: {
      street: optional(values.street),
      unit: optional(values.unit),
      city: optional(values.city),
      state: optional(values.state),
      zip: optional(values.zip),
    },
    languages: [...values.languages],
    preferred_language:
      values.languages.includes(values.preferredLanguage) ? optional(values.preferredLanguage) : null,
    union_name: optional(values.unionName),
    union_local: optional(values.unionLocal),
    is_student: values.isStudent,
    workplace: optional(values.workplace),
    tags: [...values.tags],
    do_not_call: values.doNotCall,
    do_not_text: values.doNotText,
    do_not_email: values.doNotEmail,
    access_needs: optional(values.accessNeeds),
    notes: optional(values.notes),
    responsibilities: {
      children: values.children ?? 0,
      needs_childcare: values.needsChildcare,
      cares_for_adult: values.caresForAdult,
      caregiving_note: values.caresForAdult ? optional(values.caregivingNote) : null,
      work_schedule: values.workSchedule,
      transport: values.transport,
    },
    availability: slotsFromKeys(values.availability),
  };
}

/** Something before a single "@", a dot inside the part after it, and no spaces. */
export function looksLikeEmail(email: string): boolean {
  if (/\s/.test(email)) return false;
  const at = email.indexOf("@");
  if (at <= 0 || email.includes("@", at + 1)) return false;
  const domain = email.slice(at + 1);
  return domain.includes(".") && !domain.startsWith(".") && !domain.endsWith(".");
}

const ZIP = /^[A-Za-z0-9 -]+$/;

/** What the organizer can fix before saving; the backend checks again. */
export function validatePerson(values: PersonDraftValues): PersonErrors {
  const errors: PersonErrors = {};
  if (values.firstName.trim() === "") {
    errors.first_name = t("people-first-name-missing");
  }
  values.phones.forEach((phone, index) => {
    const number = phone.number.trim();
    if (number !== "" && !/\d/.test(number)) {
      errors[`phones.${index}`] = t("people-phone-invalid");
    }
  });
  values.emails.forEach((email, index) => {
    const trimmed = email.trim();
    if (trimmed !== "" && !looksLikeEmail(trimmed)) {
      errors[`emails.${index}`] = t("people-email-invalid");
    }
  });
  const zip = values.zip.trim();
  if (zip !== "" && !ZIP.test(zip)) {
    errors["address.zip"] = t("people-zip-invalid");
  }
  const children = values.children;
  if (children !== null && (!Number.isInteger(children) || children < 0 || children > MAX_CHILDREN)) {
    errors["responsibilities.children"] = t("people-children-invalid", { max: MAX_CHILDREN });
  }
  for (const [field, text] of [
    ["notes", values.notes],
    ["access_needs", values.accessNeeds],
    ["responsibilities.caregiving_note", values.caregivingNote],
  ] as const) {
    if (text.length > MAX_TEXT) errors[field] = t("people-too-long");
  }
  return errors;
}

/**
 * A list of words (languages, tags) with one more added: trimmed, and left as it was when empty
 * or already there in any capitalisation.
 */
export function withChip(list: readonly string[], text: string): string[] {
  const chip = text.trim().replace(/\s+/g, " ");
  if (chip === "" || list.some((item) => item.toLowerCase() === chip.toLowerCase())) {
    return [...list];
  }
  return [...list, chip];
}
