// A member saying who they are at the laptop: their first and last name and one more fact the
// chapter may have (never the member list). The same, typed by someone new, makes them a member.
import type { FieldErrors } from "../forms/draft.svelte";
import { t } from "../i18n/locale.svelte";

/** The facts a member may tell who they are by, in the order offered. */
export type FactKind = "phone" | "zip" | "house" | "email";

export const FACT_KINDS: readonly FactKind[] = ["phone", "zip", "house", "email"];

export type WhoValues = {
  first: string;
  last: string;
  factKind: FactKind;
  fact: string;
};

/** Places on the form, as the backend names them: a newcomer without a name is refused at "name". */
export const WHO_FIELDS = ["first", "last", "name", "fact"] as const;

export function emptyWho(): WhoValues {
  return { first: "", last: "", factKind: "phone", fact: "" };
}

/** The choice of fact, as a member reads it. */
export function factKindLabel(kind: FactKind): string {
  switch (kind) {
    case "phone":
      return t("laptop-fact-phone");
    case "zip":
      return t("laptop-fact-zip");
    case "house":
      return t("laptop-fact-house");
    case "email":
      return t("laptop-fact-email");
  }
}

/**
 * The field's label once a kind is chosen. Someone joining is asked for what can be kept on
 * their record and found again next time: a whole phone number rather than its last four
 * digits, a street address rather than a house number alone.
 */
export function factFieldLabel(kind: FactKind, joining = false): string {
  if (joining && kind === "phone") return t("laptop-join-phone-field");
  if (joining && kind === "house") return t("laptop-join-house-field");
  switch (kind) {
    case "phone":
      return t("laptop-fact-phone-field");
    case "zip":
      return t("laptop-fact-zip-field");
    case "house":
      return t("laptop-fact-house-field");
    case "email":
      return t("laptop-fact-email-field");
  }
}

/** Typed numbers only, for the kinds that are numbers (the keyboard a touch screen offers). */
export function factIsNumber(kind: FactKind, joining = false): boolean {
  return kind !== "email" && !(joining && kind === "house");
}

function digits(text: string): string {
  return text.replace(/\D/g, "");
}

/** Whether the fact reads as the kind chosen: the backend would find no one otherwise. */
function factReads(kind: FactKind, text: string, joining: boolean): boolean {
  const typed = text.trim();
  if (joining && kind === "phone") return digits(typed).length >= 10;
  // A number, then the street's name.
  if (joining && kind === "house") return /^\d+\S*\s+\S*[^\d\s]/u.test(typed);
  switch (kind) {
    case "phone":
      return digits(typed).length >= 4;
    case "zip":
      return /^\d{5}(-?\d{4})?$/.test(typed);
    case "house":
      return /^\d/.test(typed);
    case "email":
      return /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(typed);
  }
}

function factProblem(kind: FactKind, joining: boolean): string {
  if (joining && kind === "phone") return t("laptop-join-phone-problem");
  if (joining && kind === "house") return t("laptop-join-house-problem");
  switch (kind) {
    case "phone":
      return t("laptop-fact-phone-problem");
    case "zip":
      return t("laptop-fact-zip-problem");
    case "house":
      return t("laptop-fact-house-problem");
    case "email":
      return t("laptop-fact-email-problem");
  }
}

/** What is missing or does not read; `joining` asks for a fact that can be kept (see [factFieldLabel]). */
export function checkWho(values: WhoValues, joining = false): FieldErrors {
  const errors: Record<string, string> = {};
  if (values.first.trim() === "") errors.first = t("laptop-first-name-missing");
  if (values.last.trim() === "") errors.last = t("laptop-last-name-missing");
  if (!factReads(values.factKind, values.fact, joining)) errors.fact = factProblem(values.factKind, joining);
  return errors;
}

/** The name as the backend looks it up: "first last", spaces tidied. */
export function fullName(values: WhoValues): string {
  return `${values.first} ${values.last}`.trim().replace(/\s+/g, " ");
}

/**
 * The fact as sent, as typed: a whole phone number finds the member as well as its last four
 * digits, and a newcomer's is kept on their record.
 */
export function factSent(values: WhoValues): string {
  return values.fact.trim();
}
