// The add and edit forms for an organization, as plain values: what the inputs hold, what to
// fix before sending, and the input the backend takes.
import type { Organization, OrgInput, OrgKind, Relationship } from "../api/types";
import { t } from "../i18n/locale.svelte";

/** The fields as the inputs hold them: text as typed, "" for nothing. */
export type OrgValues = {
  name: string;
  kind: OrgKind;
  area: string;
  street: string;
  city: string;
  state: string;
  zip: string;
  languages: string[];
  website: string;
  phone: string;
  email: string;
  notes: string;
  /** Only a new organization starts with one; the record changes it with a reason. */
  relationship: Relationship;
  /** Who is adding it; only asked of a new organization. */
  addedBy: string;
};

export type OrgErrors = Partial<Record<"name" | "added_by", string>>;

/** The inputs the form shows the backend's refusals beside, by the keys of the input it sends. */
export const ORG_FIELDS: readonly string[] = [
  "name",
  "area",
  "street",
  "city",
  "state",
  "zip",
  "website",
  "phone",
  "email",
  "notes",
  "added_by",
];

export function orgValues(org: Organization | null, addedBy = ""): OrgValues {
  const f = org?.fields;
  const text = (value: string | null | undefined) => value ?? "";
  return {
    name: text(f?.name),
    kind: f?.kind ?? "community_group",
    area: text(f?.area),
    street: text(f?.street),
    city: text(f?.city),
    state: text(f?.state),
    zip: text(f?.zip),
    languages: [...(f?.languages ?? [])],
    website: text(f?.website),
    phone: text(f?.phone),
    email: text(f?.email),
    notes: text(f?.notes),
    relationship: org?.relationship ?? "unknown",
    addedBy,
  };
}

/** `isNew`: the form also asks who is adding it. */
export function validateOrg(values: OrgValues, isNew: boolean): OrgErrors {
  const errors: OrgErrors = {};
  if (values.name.trim() === "") errors.name = t("orgs-name-missing");
  if (isNew && values.addedBy.trim() === "") errors.added_by = t("orgs-added-by-missing");
  return errors;
}

function optional(text: string): string | null {
  const trimmed = text.trim();
  return trimmed === "" ? null : trimmed;
}

export function orgInput(values: OrgValues): OrgInput {
  return {
    name: values.name.trim(),
    kind: values.kind,
    area: optional(values.area),
    street: optional(values.street),
    city: optional(values.city),
    state: optional(values.state),
    zip: optional(values.zip),
    languages: [...values.languages],
    website: optional(values.website),
    phone: optional(values.phone),
    email: optional(values.email),
    notes: optional(values.notes),
  };
}

/** The list with one more word, unless it is blank or already there (in any case). */
export function withWord(list: readonly string[], text: string): string[] {
  const word = text.trim().replace(/\s+/g, " ");
  if (word === "" || list.some((item) => item.toLowerCase() === word.toLowerCase())) {
    return [...list];
  }
  return [...list, word];
}

/** The address as the lines an envelope would have; none when nothing is known. */
export function addressLines(org: Pick<OrgInput, "street" | "city" | "state" | "zip">): string[] {
  const place = [org.city, [org.state, org.zip].filter(Boolean).join(" ")]
    .filter(Boolean)
    .join(", ");
  return [org.street ?? "", place].filter((line) => line !== "");
}
