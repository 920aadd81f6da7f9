import type { NewAttendee } from "../api/types";
import { looksLikeEmail } from "../people/person-form";
import { t } from "../i18n/locale.svelte";

/** The "new person" row while entering a sheet, as its inputs hold it. */
export type NewAttendeeValues = {
  firstName: string;
  lastName: string;
  phone: string;
  email: string;
  zip: string;
  /** "" for not asked. */
  preferredLanguage: string;
  wantsChildcare: boolean;
};

export type NewAttendeeErrors = Partial<
  Record<"first_name" | "last_name" | "phone" | "email" | "zip", string>
>;

/** The inputs the row shows the backend's refusals beside, by the keys it sends them under. */
export const NEW_ATTENDEE_FIELDS: readonly (keyof NewAttendeeErrors)[] = [
  "first_name",
  "last_name",
  "phone",
  "email",
  "zip",
];

/**
 * A name typed from a sheet, split for the new-person row: the last word is the last name
 * and the words before it the first name ("Ana María Ruiz" → "Ana María" + "Ruiz"); one word
 * is a first name; "Ruiz, Ana", as some people write it, is last name first.
 */
export function splitTypedName(text: string): { firstName: string; lastName: string } {
  const clean = text.trim().replace(/\s+/g, " ");
  const comma = clean.indexOf(",");
  if (comma !== -1) {
    const last = clean.slice(0, comma).trim();
    const first = clean.slice(comma + 1).replace(/,/g, " ").trim().replace(/\s+/g, " ");
    if (first !== "" && last !== "") return { firstName: first, lastName: last };
    return { firstName: first || last, lastName: "" };
  }
  const words = clean === "" ? [] : clean.split(" ");
  if (words.length < 2) return { firstName: words[0] ?? "", lastName: "" };
  return { firstName: words.slice(0, -1).join(" "), lastName: words[words.length - 1] };
}

/** Looks like a phone number someone typed instead of a name: digits and phone punctuation. */
function looksLikePhone(text: string): boolean {
  return /\d/.test(text) && /^[\d\s()+.\-]+$/.test(text);
}

/**
 * The new-person row filled from what was typed in the name box: a name is split into first
 * and last, a phone number or an email address goes in its own box.
 */
export function newAttendeeValues(typed: string, wantsChildcare = false): NewAttendeeValues {
  const text = typed.trim();
  const blank: NewAttendeeValues = {
    firstName: "",
    lastName: "",
    phone: "",
    email: "",
    zip: "",
    preferredLanguage: "",
    wantsChildcare,
  };
  if (looksLikePhone(text)) return { ...blank, phone: text };
  if (text.includes("@") && !/\s/.test(text)) return { ...blank, email: text };
  return { ...blank, ...splitTypedName(text) };
}

const ZIP = /^[A-Za-z0-9 -]+$/;

/** What the organizer can fix before saving; the backend checks again. */
export function validateNewAttendee(values: NewAttendeeValues): NewAttendeeErrors {
  const errors: NewAttendeeErrors = {};
  if (values.firstName.trim() === "" && values.lastName.trim() === "") {
    errors.first_name = t("meetings-new-name-missing");
  }
  const phone = values.phone.trim();
  if (phone !== "" && !/\d/.test(phone)) errors.phone = t("meetings-new-phone-invalid");
  const email = values.email.trim();
  if (email !== "" && !looksLikeEmail(email)) {
    errors.email = t("meetings-new-email-invalid");
  }
  const zip = values.zip.trim();
  if (zip !== "" && !ZIP.test(zip)) errors.zip = t("meetings-new-zip-invalid");
  return errors;
}

function optional(text: string): string | null {
  const trimmed = text.trim().replace(/\s+/g, " ");
  return trimmed === "" ? null : trimmed;
}

export function newAttendeeInput(values: NewAttendeeValues): NewAttendee {
  return {
    first_name: values.firstName.trim().replace(/\s+/g, " "),
    last_name: values.lastName.trim().replace(/\s+/g, " "),
    phone: optional(values.phone),
    email: optional(values.email),
    zip: optional(values.zip),
    preferred_language: optional(values.preferredLanguage),
    wants_childcare: values.wantsChildcare,
  };
}

/** The languages offered for "prefers": English and Spanish, then the meeting's interpreted ones. */
export function languageOptions(interpretation: readonly string[]): string[] {
  const options = ["English", "Spanish"];
  for (const language of interpretation) {
    const name = language.trim();
    if (name !== "" && !options.some((o) => o.toLowerCase() === name.toLowerCase())) {
      options.push(name);
    }
  }
  return options;
}
